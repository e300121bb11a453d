"""Finds (or builds) the benchmark's programs and installs the Debian tools it compares with."""
import os
import shutil
import subprocess

from . import measure
from .measure import log

PROGRAMS = {  # program -> path inside the build dir
    "news-index": "indexer/news-index",
    "news-search": "searcher/news-search",
    "bench-floor-index": "bench/bench-floor-index",
    "bench-floor-search": "bench/bench-floor-search",
    "bench-fts5-index": "bench/bench-fts5-index",
    "bench-fts5-search": "bench/bench-fts5-search",
    "bench-newsarchive-search": "bench/bench-newsarchive-search",
    "news-eval-ner": "ner/news-eval-ner",
    "bench-rusage": "bench/bench-rusage",
}
APT_PACKAGES = {"omindex": "xapian-omega", "xapian-compact": "xapian-tools",
                "xapian-delve": "xapian-tools", "sqlite3": "sqlite3"}


def install_tools():
    """apt-get installs what is missing (as root), as the README's set-up does."""
    missing = sorted({pkg for tool, pkg in APT_PACKAGES.items() if not shutil.which(tool)})
    if not missing:
        return
    if os.geteuid() != 0:
        raise SystemExit(f"bench: missing tools; run as root: apt-get install -y "
                         f"--no-install-recommends {' '.join(missing)}")
    log(f"installing {' '.join(missing)}")
    subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *missing], check=True)


def add_location_options(parser, repo):
    """--build, --work and --shared, with the defaults every bench entry point shares."""
    parser.add_argument("--build", default=os.path.join(repo, "build-bench"),
                        help="build dir holding the programs (built Release if needed)")
    parser.add_argument("--work", default=os.environ.get("NEWSARCHIVE_BENCH_WORK",
                                                         os.path.join(repo, "bench", "work")),
                        help="cache of converted corpora and databases")
    parser.add_argument("--shared", default=os.environ.get("NEWSARCHIVE_SHARED_DIR",
                                                           os.path.join(repo, "..", "shared")),
                        help="the shared/ folder with data/, tools/ and bench/")


def programs(repo, build_dir, names=tuple(PROGRAMS)):
    """{name: path}, building the targets (Release) first; a build that fails while every
    program already exists only warns, so others' work in progress does not stop a run.
    `names`: only these programs (a stage run alone needs fewer); bench-rusage, which every
    measured run goes through, is always built."""
    names = tuple(dict.fromkeys((*names, "bench-rusage")))
    # A build dir configured already (with any generator: a plain `cmake -B build` makes
    # Makefiles) is built as it is; configuring it again with Ninja would fail.
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        log(f"configuring {build_dir} (Release)")
        subprocess.run(["cmake", "-S", repo, "-B", build_dir, "-G", "Ninja",
                        "-DCMAKE_BUILD_TYPE=Release"], check=True, stdout=subprocess.DEVNULL)
    paths = {name: os.path.join(build_dir, PROGRAMS[name]) for name in names}
    built = subprocess.run(["cmake", "--build", build_dir, "--parallel", "2",
                            "--target", *names],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if built.returncode != 0:
        missing = [p for p in paths.values() if not os.path.exists(p)]
        if missing:
            raise SystemExit(f"bench: build failed and {missing} do not exist:\n"
                             f"{built.stderr[-3000:]}")
        log("warning: the build failed; using the programs already built")
    measure.LAUNCHER = paths["bench-rusage"]
    return paths


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                if l.startswith("model name")), "unknown")
    mem = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem / 1024 / 1024, 1),
            "load_average_at_start": os.getloadavg()}

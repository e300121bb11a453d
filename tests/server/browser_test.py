"""Runs tests/server/browser/e2e.cjs: headless Chromium (Debian's `chromium`) through
puppeteer-core (npm, installed into the build folder with no browser download) against a real
news-serve on sample_data/. Exits 77 (ctest: skipped), saying why, only when no browser or no
puppeteer-core can be had."""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import serve_fixture as fx  # noqa: E402

SKIP = 77


def skip(why):
    print("SKIPPED: " + why, flush=True)
    sys.exit(SKIP)


def puppeteer_in(folder):
    """node_modules holding puppeteer-core, installed there at the first run."""
    modules = os.path.join(folder, "node_modules")
    if os.path.isdir(os.path.join(modules, "puppeteer-core")):
        return modules
    if not shutil.which("npm"):
        skip("npm is not installed (scripts/install-deps.sh installs it)")
    env = dict(os.environ, PUPPETEER_SKIP_DOWNLOAD="1")
    run = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-save",
                          "--prefix", folder, "puppeteer-core@24"], env=env,
                         capture_output=True, text=True)
    if run.returncode != 0:
        skip("npm could not install puppeteer-core: " + run.stderr.strip()[-400:])
    return modules


def main():
    build = sys.argv[1]
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not os.access(chromium, os.X_OK):
        skip(f"no browser at {chromium} (Debian: apt-get install chromium)")
    modules = puppeteer_in(os.path.join(build, "browser-node"))
    shots = os.path.join(build, "browser-screenshots")
    shutil.rmtree(shots, ignore_errors=True)
    os.makedirs(shots)
    with fx.temp_dir() as work:
        server = fx.Server(fx.build_archive(work))
        try:
            script = os.path.join(os.path.dirname(__file__), "browser", "e2e.cjs")
            run = subprocess.run(["node", script, server.url, shots], timeout=400,
                                 env=dict(os.environ, NODE_PATH=modules, CHROMIUM=chromium))
        finally:
            server.close()
    sys.exit(run.returncode)


if __name__ == "__main__":
    main()

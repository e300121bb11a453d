"""Run a program and record what it cost: wall time, CPU time and peak memory (the child's own
rusage, as /usr/bin/time -v reports it), plus sizes on disk and medians."""
import os
import statistics
import subprocess
import sys
import tempfile
import time


class CommandFailed(RuntimeError):
    def __init__(self, cmd, code, stderr):
        super().__init__(f"{' '.join(map(str, cmd))} exited {code}:\n{stderr[-2000:]}")
        self.code = code
        self.stderr = stderr


def run(cmd, env=None):
    """Runs cmd and returns its stdout; raises CommandFailed with its stderr on failure."""
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace",
                          env={**os.environ, **(env or {})})
    if proc.returncode != 0:
        raise CommandFailed(cmd, proc.returncode, proc.stderr)
    return proc.stdout


# bench-rusage (bench/src/rusage_exec.cpp), set by setup.programs. Measured commands run under
# it: a child spawned straight from this process would report our own memory high-water mark
# (Linux carries it across exec), not the program's.
LAUNCHER = None


def run_measured(cmd, env=None, ok_codes=(0,)):
    """Runs cmd under bench-rusage and returns (stdout text, {"wall_s", "cpu_s", "max_rss_mb"})."""
    if LAUNCHER is None:
        raise RuntimeError("measure.LAUNCHER is unset: call setup.programs first")
    with tempfile.NamedTemporaryFile("r", prefix="bench-rusage-", suffix=".txt") as cost:
        proc = subprocess.run([LAUNCHER, cost.name, *map(str, cmd)], capture_output=True,
                              text=True, errors="replace", env={**os.environ, **(env or {})})
        if proc.returncode not in ok_codes:
            raise CommandFailed(cmd, proc.returncode, proc.stderr)
        wall, cpu, rss_kb = cost.read().split()
    return proc.stdout, {"wall_s": float(wall), "cpu_s": float(cpu),
                         "max_rss_mb": int(rss_kb) / 1024}


def size_mb(path):
    """Bytes on disk of a file or directory tree, in MB (10^6)."""
    if os.path.isfile(path):
        return os.path.getsize(path) / 1e6
    total = 0
    for root, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total / 1e6


def median_of(runs):
    """Per-key median of a list of dicts of numbers."""
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def percentile(values, p):
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(round(p / 100 * len(v) + 0.5)) - 1))]


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

"""Run a program and record what it cost: wall time, CPU time and peak memory (getrusage of
the child, as /usr/bin/time -v reports it), plus sizes on disk and medians."""
import os
import statistics
import subprocess
import sys
import threading
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


def run_measured(cmd, env=None, ok_codes=(0,)):
    """Runs cmd, waiting with wait4 to get its own rusage (as /usr/bin/time -v does).
    Returns (stdout text, {"wall_s", "cpu_s", "max_rss_mb"})."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    # Reading both pipes to the end before wait4; a program that fills stderr while we
    # block on stdout would stall, so stderr is read in a thread.
    err_chunks = []
    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()))
    reader.start()
    out = proc.stdout.read()
    reader.join()
    err = err_chunks[0]
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in ok_codes:
        raise CommandFailed(cmd, proc.returncode, err)
    return out, {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
                 "max_rss_mb": usage.ru_maxrss / 1024}


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

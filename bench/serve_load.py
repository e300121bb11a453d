#!/usr/bin/env python3
"""bench/serve_load.py: news-serve under load, on loopback only. N clients (default 8) send
mixed searches (the benchmark's financial queries; every other one with facets) for S seconds
(default 30) to a real news-serve on the financial 2007 archive built by the shipped news-index,
and we report requests/s, p50/p95/p99 latency, errors and the server's memory (RSS sampled each
second); after each round the same searches run through the library in one process
(bench-newsarchive-search), the peer that says what HTTP costs. Then HTTP load again while
one news-index, fed new articles through a pipe, commits them into the served archive every
25 articles, and after each batch a search must find what it added (each search sees the last
commit; the lag from writing a batch to seeing it is reported). Bounded: 10 s of warm-up, `--rounds` rounds and one indexing phase of S seconds each, plus
the peer's runs; run it under `nice`.
Figures go into docs/performance.md ("news-serve under load")."""
import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import corpora  # noqa: E402
from lib.measure import log  # noqa: E402

HELD_BACK = 1000    # articles left out of the base archive, committed during the second phase
COMMIT_BATCH = 25   # articles per commit of the one news-index fed through a pipe


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--build", default=os.path.join(REPO, "build"),
                   help="build dir holding indexer/news-index and server/news-serve")
    p.add_argument("--work", default=os.environ.get("NEWSARCHIVE_BENCH_WORK",
                                                    os.path.join(HERE, "work")))
    p.add_argument("--shared", default=os.environ.get("NEWSARCHIVE_SHARED_DIR",
                                                      os.path.join(REPO, "..", "shared")))
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--rounds", type=int, default=2,
                   help="rounds of HTTP load, each followed by the in-process peer")
    p.add_argument("--out", help="write the figures as JSON here too")
    return p.parse_args()


def split_corpus(jsonl, work):
    """(base file, [batch files]): all but the last HELD_BACK articles, then those in batches."""
    lines = open(jsonl, encoding="utf-8").read().splitlines(keepends=True)
    folder = os.path.join(work, "serve-load")
    os.makedirs(folder, exist_ok=True)
    base = os.path.join(folder, "base.jsonl")
    with open(base, "w", encoding="utf-8") as out:
        out.writelines(lines[:-HELD_BACK])
    batches = []
    held = lines[-HELD_BACK:]
    for i in range(0, len(held), COMMIT_BATCH):
        path = os.path.join(folder, f"batch-{i // COMMIT_BATCH:02}.jsonl")
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(held[i:i + COMMIT_BATCH])
        batches.append(path)
    return base, batches


def base_archive(news_index, base, work):
    db = os.path.join(work, "serve-load", "base-db")
    if not os.path.exists(os.path.join(db, "iamglass")):
        log(f"indexing {base} into {db}")
        shutil.rmtree(db, ignore_errors=True)
        subprocess.run([news_index, "--quiet", "--db", db, base], check=True)
    return db


class Server:
    def __init__(self, news_serve, db, threads):
        self.proc = subprocess.Popen([news_serve, "--db", db, "--listen", "127.0.0.1:0",
                                      "--threads", str(threads)], stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        self.port = int(line.strip().rsplit(":", 1)[1].rstrip("/"))

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)


def request_paths(queries):
    """Mixed requests: each query plain, and with three facets (totals then exact)."""
    paths = []
    for i, q in enumerate(queries):
        params = {"q": q, "limit": 10}
        if i % 2:
            params["facets"] = "person,org,date"
        paths.append("/api/search?" + urllib.parse.urlencode(params))
    return paths


def client(port, paths, start, stop_at, results):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    i = start
    while time.monotonic() < stop_at:
        t = time.perf_counter()
        try:
            conn.request("GET", paths[i % len(paths)])
            res = conn.getresponse()
            res.read()
            ok = res.status == 200
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        results.append((time.perf_counter() - t, ok, "facets=" in paths[i % len(paths)]))
        i += 1
    conn.close()


def sample_rss(server, stop, samples):
    while not stop.is_set():
        samples.append(server.rss_mb())
        stop.wait(1.0)


def load(server, paths, clients, seconds):
    """Runs the clients for `seconds`; returns the phase's figures."""
    results, rss, stop = [], [], threading.Event()
    sampler = threading.Thread(target=sample_rss, args=(server, stop, rss))
    sampler.start()
    stop_at = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(server.port, paths, k * 37, stop_at, results))
               for k in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began
    stop.set()
    sampler.join()
    figures = {"requests": len(results), "errors": sum(1 for r in results if not r[1]),
               "rps": len(results) / elapsed, "rss_first_mb": rss[0] if rss else 0,
               "rss_last_mb": rss[-1] if rss else 0, "rss_max_mb": max(rss) if rss else 0}
    for kind, chosen in (("all", results), ("plain", [r for r in results if not r[2]]),
                         ("facets", [r for r in results if r[2]])):
        figures[kind] = percentiles([r[0] * 1000 for r in chosen])
    return figures


def percentiles(times_ms):
    times = sorted(times_ms)
    pick = lambda p: round(times[min(len(times) - 1, int(p * len(times)))], 1)  # noqa: E731
    return {"n": len(times), "p50_ms": pick(0.50), "p95_ms": pick(0.95), "p99_ms": pick(0.99)}


def visible(server, article_id):
    """Whether a search for `article_id` finds it now (a new connection each time)."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    conn.request("GET", "/api/search?" + urllib.parse.urlencode({"q": f'id:"{article_id}"'}))
    found = json.loads(conn.getresponse().read())
    conn.close()
    return [h["id"] for h in found.get("hits", [])] == [article_id]


def index_while_serving(news_index, db, batches, server, stop_after):
    """One news-index reads the held-back articles from a pipe and commits every COMMIT_BATCH
    (an archive taking a live feed). After each batch is written, its last article must become
    visible to searches (each search sees the last commit): we wait for it, and count a batch
    that never shows within 60 s as a stale read. Returns (commits, stale reads, median and
    worst seconds from writing a batch to seeing it)."""
    writer = subprocess.Popen([news_index, "--quiet", "--batch", str(COMMIT_BATCH), "--db", db,
                               "-"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, text=True)
    commits, misses, lags = 0, 0, []
    try:
        for batch in batches:
            if time.monotonic() > stop_after:
                break
            lines = open(batch, encoding="utf-8").read().splitlines(keepends=True)
            written = time.monotonic()
            writer.stdin.writelines(lines)
            writer.stdin.flush()
            last_id = json.loads(lines[-1])["id"]
            while not visible(server, last_id) and time.monotonic() < written + 60:
                time.sleep(0.05)
            if visible(server, last_id):
                commits += 1
                lags.append(time.monotonic() - written)
            else:
                misses += 1
    finally:
        writer.stdin.close()
        writer.wait()
    return commits, misses, round(statistics.median(lags), 2) if lags else None, \
        round(max(lags), 2) if lags else None


def in_process_qps(program, db, queries_path, threads, facets):
    """The peer: the same searches through the library in one process (bench-newsarchive-search,
    as bench/run uses it), no HTTP between."""
    env = dict(os.environ, NEWSARCHIVE_BENCH_FACETS=facets)
    if not facets:
        env.pop("NEWSARCHIVE_BENCH_FACETS", None)
    out = subprocess.run([program, "--db", db, "--queries", queries_path, "--mode", "qps",
                          "--threads", str(threads), "--limit", "10", "--repeats", "1"],
                         capture_output=True, text=True, check=True, env=env).stdout
    return json.loads(out)["qps"]


def rounds_against_in_process(server, paths, args, program, db, queries_path):
    """Interleaved rounds (this machine drifts within minutes): HTTP, then the library alone on
    the same mix (half the queries with facets: the mean of the two kinds' times per search)."""
    rounds = []
    for r in range(args.rounds):
        log(f"round {r + 1}/{args.rounds}: {args.clients} HTTP clients for {args.seconds} s")
        http_figures = load(server, paths, args.clients, args.seconds)
        log(f"round {r + 1}/{args.rounds}: the library in process, {args.clients} threads")
        plain = in_process_qps(program, db, queries_path, args.clients, "")
        faceted = in_process_qps(program, db, queries_path, args.clients, "person,org,date")
        mixed = 2 / (1 / plain + 1 / faceted)
        rounds.append({"http": http_figures, "in_process_qps": {
            "plain": round(plain, 1), "facets": round(faceted, 1), "mixed": round(mixed, 1)},
            "http_over_in_process": round(http_figures["rps"] / mixed, 3)})
    return rounds


def main():
    args = parse_args()
    news_index = os.path.join(args.build, "indexer", "news-index")
    news_serve = os.path.join(args.build, "server", "news-serve")
    peer = os.path.join(args.build, "bench", "bench-newsarchive-search")
    queries_path = os.path.join(args.shared, "bench", "queries-financial.txt")
    queries = open(queries_path).read().split("\n")
    paths = request_paths([q for q in queries if q.strip()])
    base, batches = split_corpus(corpora.jsonl(args.shared, args.work, "financial-2007"),
                                 args.work)
    base_db = base_archive(news_index, base, args.work)
    live = os.path.join(args.work, "serve-load", "live-db")
    shutil.rmtree(live, ignore_errors=True)
    shutil.copytree(base_db, live)
    server = Server(news_serve, live, args.clients)
    try:
        # Warm up first (page cache, database handles, caches): the memory to watch for growth
        # is what the server holds once it is serving, not its start-up size.
        log("warming up for 10 s")
        load(server, paths, args.clients, 10)
        quiet = rounds_against_in_process(server, paths, args, peer, live, queries_path)
        log(f"last phase: HTTP load while news-index commits {len(batches)} batches")
        writer_result = {}
        writer = threading.Thread(target=lambda: writer_result.update(zip(
            ("commits", "stale_reads", "median_lag_s", "max_lag_s"), index_while_serving(
                news_index, live, batches, server, time.monotonic() + args.seconds))))
        writer.start()
        busy = load(server, paths, args.clients, args.seconds)
        writer.join()
        busy.update(writer_result)
    finally:
        server.close()
    figures = {"clients": args.clients, "seconds": args.seconds,
               "articles": sum(1 for _ in open(base)), "rounds": quiet, "while_indexing": busy}
    print(json.dumps(figures, indent=1))
    if args.out:
        with open(args.out, "w") as out:
            json.dump(figures, out, indent=1)


if __name__ == "__main__":
    main()

"""The shards stage (issue 8): search latency over 1, 2 and 4 local shards and over 2 shards
served by xapian-tcpsrv on loopback, against one database of the same articles; and indexing
time for shards built in parallel (one news-index per shard) then merged by xapian-compact,
against a single writer. Shards are routed by a hash of the article id, as news-index --shards
routes them, and opened through a Xapian stub file, as news-search --db STUB opens them."""
import os
import resource
import signal
import socket
import subprocess
import time
import zlib

from . import corpora, engines, searching
from .measure import log, run, size_mb

SHARD_COUNTS = (2, 4)
PROGRAMS = ("news-index", "bench-newsarchive-search")  # what this stage runs


def _split(jsonl, n, out_dir):
    """n JSON Lines files holding the articles of jsonl, each routed by crc32 of its id."""
    os.makedirs(out_dir, exist_ok=True)
    paths = [os.path.join(out_dir, f"part-{i:02d}.jsonl") for i in range(n)]
    outs = [open(p, "w") for p in paths]
    with open(jsonl) as f:
        for line in f:
            key = line.split('"id": "', 1)[-1].split('"', 1)[0]
            outs[zlib.crc32(key.encode()) % n].write(line)
    for o in outs:
        o.close()
    return paths


def _children_cpu():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def _index_in_parallel(bins, parts, shard_dir):
    """One news-index per part at once; returns (wall seconds, CPU seconds)."""
    engines.remove(shard_dir)
    os.makedirs(shard_dir)
    cpu0, start = _children_cpu(), time.monotonic()
    procs = [subprocess.Popen([bins["news-index"], "--quiet", "--db",
                               os.path.join(shard_dir, f"shard-{i:02d}"), part],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for i, part in enumerate(parts)]
    codes = [p.wait() for p in procs]
    if any(c not in (0, 1) for c in codes):  # 1: some record skipped, as in the single run
        raise RuntimeError(f"news-index on shards of {shard_dir} exited {codes}")
    return time.monotonic() - start, _children_cpu() - cpu0


def _write_stub(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("".join(line + "\n" for line in lines))
    return path


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Servers:
    """xapian-tcpsrv per shard on 127.0.0.1, read-only; stopped on leaving the block."""

    def __init__(self, dbs):
        self.dbs, self.procs, self.ports = dbs, [], []

    def __enter__(self):
        for db in self.dbs:
            port = _free_port()
            self.procs.append(subprocess.Popen(
                ["xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1", "--port", str(port),
                 "--timeout", "60000", db], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True))  # its own group: it forks a child per connection
            self.ports.append(port)
        deadline = time.monotonic() + 20
        for port in self.ports:
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        self.__exit__()
                        raise RuntimeError(f"xapian-tcpsrv on port {port} did not start")
                    time.sleep(0.1)
        return self

    def __exit__(self, *exc):
        for p in self.procs:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def run_stage(ctx, corpus, queries, repeats):
    jsonl = corpora.jsonl(ctx.shared, ctx.work, corpus)
    stats = corpora.stats(jsonl)
    base = os.path.join(ctx.work, "db", f"{corpus}-shards")
    os.makedirs(base, exist_ok=True)
    result = {"corpus": corpus, "articles": stats["articles"], "cores": os.cpu_count(),
              "indexing": {}, "latency": {}}

    log(f"shards: single writer on {corpus}")
    single = os.path.join(base, "single.db")
    m = engines.index("newsarchive", ctx.bins, jsonl, None, single)
    result["indexing"]["single writer"] = {"wall_s": m["wall_s"], "cpu_s": m["cpu_s"],
                                           "size_mb": m["size_mb"]}
    stubs = {"one database": single,
             "1 local shard (stub)": _write_stub(os.path.join(base, "1-shard", "XAPIANDB"),
                                                 ["auto ../single.db"])}
    for n in SHARD_COUNTS:
        log(f"shards: {n} news-index in parallel, then xapian-compact")
        shard_dir = os.path.join(base, f"{n}-shards")
        parts = _split(jsonl, n, os.path.join(base, f"{n}-parts"))
        wall, cpu = _index_in_parallel(ctx.bins, parts, shard_dir)
        shards = [os.path.join(shard_dir, f"shard-{i:02d}") for i in range(n)]
        merged = os.path.join(base, f"{n}-merged.db")
        engines.remove(merged)
        start = time.monotonic()
        run(["xapian-compact", *shards, merged])
        compact_s = time.monotonic() - start
        result["indexing"][f"{n} shards in parallel"] = {
            "wall_s": wall, "cpu_s": cpu, "compact_s": compact_s, "total_s": wall + compact_s,
            "size_mb": sum(size_mb(s) for s in shards), "merged_mb": size_mb(merged),
            "merged_articles": engines.article_count("newsarchive", merged)}
        engines.remove(merged)
        stubs[f"{n} local shards"] = _write_stub(os.path.join(shard_dir, "XAPIANDB"),
                                                 [f"auto shard-{i:02d}" for i in range(n)])

    two = [os.path.join(base, "2-shards", f"shard-{i:02d}") for i in range(2)]
    for label, db in stubs.items():
        log(f"shards: latency over {label}")
        result["latency"][label] = searching.latency(ctx.bins, "newsarchive", db, queries, repeats)
    with _Servers(two) as servers:
        stub = _write_stub(os.path.join(base, "2-remote", "XAPIANDB"),
                           [f"remote 127.0.0.1:{p}" for p in servers.ports])
        log("shards: latency over 2 remote shards on loopback")
        result["latency"]["2 remote shards (loopback)"] = searching.latency(
            ctx.bins, "newsarchive", stub, queries, repeats)
        result["latency"]["2 remote shards, facets person,org,place,date"] = searching.latency(
            ctx.bins, "newsarchive", stub, queries, repeats, None, "person,org,place,date")
    result["latency"]["one database, facets person,org,place,date"] = searching.latency(
        ctx.bins, "newsarchive", single, queries, repeats, None, "person,org,place,date")
    return result


def markdown(res):
    """The stage's two tables, ratios against one database / the single writer."""
    lines = [f"### Shards on {res['corpus']}: {res['articles']} articles, {res['cores']} cores",
             "", "| search over | median (ms) | p95 (ms) | hits | median / one database |",
             "|---|---|---|---|---|"]
    lat = res["latency"]
    base = lat["one database"]["median_ms"]
    for label, m in lat.items():
        ref = base if "facets" not in label else \
            lat["one database, facets person,org,place,date"]["median_ms"]
        lines.append(f"| {label} | {m['median_ms']:.2f} | {m['p95_ms']:.2f} | {m['hits']} | "
                     f"{m['median_ms'] / ref:.2f} |")
    lines += ["", "| indexing | build wall (s) | CPU (s) | xapian-compact (s) | total wall (s) | "
              "MB on disk | wall / single writer |", "|---|---|---|---|---|---|---|"]
    single = res["indexing"]["single writer"]["wall_s"]
    for label, m in res["indexing"].items():
        total = m.get("total_s", m["wall_s"])
        lines.append(f"| {label} | {m['wall_s']:.1f} | {m['cpu_s']:.1f} | "
                     f"{m.get('compact_s', 0):.1f} | {total:.1f} | {m['size_mb']:.1f} | "
                     f"{total / single:.2f} |")
    return "\n".join(lines) + "\n"

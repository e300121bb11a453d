"""Drives the search benchmark programs (bench/src/*_search.cpp): latency, queries per second,
exact counts and ranked runs, all timed inside the programs, never around process start-up."""
import json
import statistics

from .engines import SEARCHERS
from .measure import percentile, run


def _program(bins, engine, db, queries, *args, env=None):
    program, _ = SEARCHERS[engine]
    return run([bins[program], "--db", db, "--queries", queries, *map(str, args)], env=env)


def latency(bins, engine, db, queries, repeats, date_range=None, facets=None, snippets=True,
            collapse=True):
    """Median, p95 and p99 over the queries of each query's median time over the repeats.
    `facets` ("person,org,place,date") counts those facets over every match (newsarchive);
    `snippets=False` leaves out newsarchive's snippets, which the peers do not make;
    `collapse=False` its collapsing of near-duplicates, which they do not do either."""
    extra = ["--date-from", date_range[0], "--date-to", date_range[1]] if date_range else []
    env = {}
    if facets:
        env["NEWSARCHIVE_BENCH_FACETS"] = facets
    if not snippets:
        env["NEWSARCHIVE_BENCH_SNIPPETS"] = "0"
    if not collapse:
        env["NEWSARCHIVE_BENCH_COLLAPSE"] = "0"
    out = json.loads(_program(bins, engine, db, queries, "--mode", "latency",
                              "--repeats", repeats, *extra, env=env or None))
    ms = out["per_query_ms"]
    return {"median_ms": statistics.median(ms), "p95_ms": percentile(ms, 95),
            "p99_ms": percentile(ms, 99), "hits": out["hits"], "errors": out["errors"]}


def qps(bins, engine, db, queries, threads, repeats):
    out = json.loads(_program(bins, engine, db, queries, "--mode", "qps",
                              "--threads", threads, "--repeats", repeats))
    return out["qps"]


def counts(bins, engine, db, queries):
    out = json.loads(_program(bins, engine, db, queries, "--mode", "count"))
    return {c["query"]: c["count"] for c in out["counts"]}


def ranked(bins, engine, db, queries, limit):
    """{qid: [doc id, ...] best first} from a TREC run."""
    result = {}
    for line in _program(bins, engine, db, queries, "--mode", "run", "--limit", limit).splitlines():
        qid, _, doc, *_ = line.split()
        result.setdefault(qid, []).append(doc)
    return result

#!/usr/bin/env python3
"""bench/compare_layouts.py: news-index on one core and on all, as one merged database or as
shards, against the floor in the same run; then search latency over each layout. The figures
behind the default layout (docs/parallel-indexing.md). Needs bench/run's converted corpus in
--work and its programs in --build."""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import corpora, engines, searching  # noqa: E402
from lib.measure import log, run_measured  # noqa: E402
from lib.setup import programs  # noqa: E402

VARIANTS = {  # name -> news-index options
    "jobs1": ["--jobs", "1"],
    "jobs2-merged": ["--jobs", "2"],
    "jobs2-shards2": ["--jobs", "2", "--shards", "2"],
}


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--work", default=os.path.join(HERE, "work"))
    p.add_argument("--build", default=os.path.join(os.path.dirname(HERE), "build-bench"))
    p.add_argument("--shared", default=os.path.join(os.path.dirname(HERE), "..", "shared"))
    p.add_argument("--corpus", default="financial-2007")
    args = p.parse_args()
    bins = programs(os.path.dirname(HERE), os.path.abspath(args.build))
    jsonl = corpora.jsonl(os.path.abspath(args.shared), os.path.abspath(args.work), args.corpus)
    articles = corpora.stats(jsonl)["articles"]
    out = {"corpus": args.corpus, "articles": articles, "load_at_start": os.getloadavg()}
    db = lambda name: engines.db_path(args.work, args.corpus, "layout", "-" + name)
    runs = {}
    log("indexing with the floor")
    runs["floor"] = engines.index("floor", bins, jsonl, None, db("floor"), 500)
    for name, opts in VARIANTS.items():
        log(f"indexing with news-index {' '.join(opts)}")
        engines.remove(db(name))
        _, m = run_measured([bins["news-index"], "--quiet", "--db", db(name), *opts, jsonl],
                            ok_codes=(0, 1))
        runs[name] = m
    for m in runs.values():
        m["articles_per_s"] = articles / m["wall_s"]
        m["vs_floor"] = m["articles_per_s"] / (articles / runs["floor"]["wall_s"])
    out["indexing"] = runs
    queries = os.path.join(args.shared, "bench", "queries-financial.txt")
    out["latency"] = {}
    for name in VARIANTS:
        log(f"search latency over {name}")
        out["latency"][name] = searching.latency(bins, "newsarchive", db(name), queries, 3)
    out["load_at_end"] = os.getloadavg()
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""bench/versions.py: this build of newsarchive against another (a past commit built in its own
folder), indexing and searching the same corpus in interleaved rounds (old, new, old, new...):
this machine's speed drifts by a quarter within minutes, so each round's new figure is divided by
the same round's old one and the median of those ratios is reported. CPU seconds are the main
figure (they drift less than wall time when other work shares the machine).

  git worktree add --detach ../old fff4d7b && cmake -S ../old -B ../old/build-bench -G Ninja \\
      -DCMAKE_BUILD_TYPE=Release && cmake --build ../old/build-bench --target news-index \\
      bench-newsarchive-search bench-rusage
  bench/versions.py --old-build ../old/build-bench --rounds 3

--new-option passes an option to the new news-index only (e.g. --no-language-identification,
to compare the same work when the new build does more)."""
import argparse
import json
import os
import shutil
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import corpora, setup  # noqa: E402
from lib.measure import log, run, run_measured  # noqa: E402

REPO = os.path.dirname(HERE)


def index(news_index, jsonl, db, options):
    shutil.rmtree(db, ignore_errors=True)
    _, cost = run_measured([news_index, "--quiet", *options, "--db", db, jsonl], ok_codes=(0, 1))
    return cost


def search_latency(program, db, queries, repeats):
    """Median and p95 over the queries of each one's median time (timed inside the program)."""
    out = json.loads(run([program, "--db", db, "--queries", queries, "--mode", "latency",
                          "--repeats", str(repeats)]))
    ms = sorted(out["per_query_ms"])
    return {"median_ms": statistics.median(ms), "p95_ms": ms[int(0.95 * (len(ms) - 1))],
            "errors": out["errors"]}


def one_round(builds, jsonl, work, queries, args):
    figures = {}
    for name, bins in builds.items():
        db = os.path.join(work, "versions", name)
        options = args.new_option if name == "new" else []
        log(f"indexing with the {name} build {' '.join(options)}")
        figures[name] = {"index": index(bins["news-index"], jsonl, db, options)}
    for name, bins in builds.items():
        log(f"searching with the {name} build")
        db = os.path.join(work, "versions", name)
        figures[name]["search"] = search_latency(bins["bench-newsarchive-search"], db, queries,
                                                 args.repeats)
    return figures


def ratios(rounds):
    """new / old per round for each figure, and the median over the rounds."""
    keys = {"index cpu_s": ("index", "cpu_s"), "index wall_s": ("index", "wall_s"),
            "index max_rss_mb": ("index", "max_rss_mb"),
            "search median_ms": ("search", "median_ms"), "search p95_ms": ("search", "p95_ms")}
    out = {}
    for label, (stage, key) in keys.items():
        per_round = [r["new"][stage][key] / r["old"][stage][key] for r in rounds]
        out[label] = {"per_round": [round(x, 3) for x in per_round],
                      "median": round(statistics.median(per_round), 3)}
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    setup.add_location_options(p, REPO)
    p.add_argument("--old-build", required=True, help="build folder of the other commit")
    p.add_argument("--corpus", default="financial-2007", choices=sorted(corpora.SOURCES))
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--repeats", type=int, default=3, help="times each query runs per round")
    p.add_argument("--new-option", action="append", default=[],
                   help="an option for the new news-index only (repeatable)")
    p.add_argument("--out", help="write the figures as JSON here")
    args = p.parse_args()
    names = ("news-index", "bench-newsarchive-search")
    builds = {"new": setup.programs(REPO, os.path.abspath(args.build), names)}
    old = os.path.abspath(args.old_build)
    builds["old"] = {n: os.path.join(old, setup.PROGRAMS[n]) for n in names}
    for path in builds["old"].values():
        if not os.path.exists(path):
            raise SystemExit(f"bench/versions.py: {path} is missing: build it in {old}")
    builds = {"old": builds["old"], "new": builds["new"]}  # the old build first in each round
    work = os.path.abspath(args.work)
    jsonl = corpora.jsonl(os.path.abspath(args.shared), work, args.corpus)
    queries = os.path.join(args.shared, "bench", "queries-financial.txt")
    rounds = []
    for i in range(args.rounds):
        log(f"round {i + 1} of {args.rounds}")
        rounds.append(one_round(builds, jsonl, work, queries, args))
    result = {"corpus": args.corpus, "old_build": old, "new_option": args.new_option,
              "rounds": rounds, "new_over_old": ratios(rounds),
              "load_average_at_end": os.getloadavg()}
    for label, r in result["new_over_old"].items():
        print(f"{label:18} new/old median {r['median']:.3f}  rounds {r['per_round']}")
    if args.out:
        with open(args.out, "w") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()

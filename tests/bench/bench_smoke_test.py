#!/usr/bin/env python3
"""Runs bench/run's programs and stages on a handful of generated articles and checks that
their output is sane: every engine holds every article (a repeated id replaces), the
correctness check passes, searches return hits and timings, TIME-style runs score.
Never asserts speed. Usage: bench_smoke_test.py BUILD_DIR REPO_DIR"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import types

build, repo = sys.argv[1:3]
sys.path.insert(0, os.path.join(repo, "bench"))
from lib import corpora, engines, measure, ner, relevance, searching, setup, stages  # noqa: E402

if not all(shutil.which(t) for t in ("omindex", "xapian-compact", "xapian-delve")):
    print("skipped: xapian-omega and xapian-tools are not installed")
    sys.exit(77)

ARTICLES = [
    ("a1", "Bank raises rates", "The central bank raised interest rates again.", "2007-02-01"),
    ("a2", "Oil prices climb", "Crude oil prices rose as shares of producers gained.", "2007-03-05"),
    ("a3", "Profit up", "Quarterly profit lifted shares; the stock market cheered.", "2007-08-09"),
    ("a4", "Trade deficit widens", "The trade deficit widened while oil imports grew.", ""),
    ("a5", "Banks and rates", "Banks expect rates to stay high, the bank's chief said.", "2008-01-02"),
    ("a1", "Bank raises rates", "The central bank raised rates again, a revised story.", "2007-02-01"),
]


def main():
    work = tempfile.mkdtemp(prefix="bench-smoke-")
    try:
        data = os.path.join(work, "data")
        os.makedirs(data)
        jsonl = os.path.join(data, "tiny.jsonl")
        with open(jsonl, "w") as f:
            for i, t, b, d in ARTICLES:
                f.write(json.dumps({"id": i, "title": t, "body": b, "date": d}) + "\n")
        ctx = types.SimpleNamespace(work=work, shared=None, flush_threshold=500,
                                    bins={n: os.path.join(build, p)
                                          for n, p in setup.PROGRAMS.items()})
        measure.LAUNCHER = ctx.bins["bench-rusage"]
        # Peak memory is the measured program's own, not this process's: while we hold 300 MB,
        # a program that holds almost nothing must report almost nothing.
        ballast = bytearray(300 * 1024 * 1024)
        ballast[::4096] = b"\1" * len(ballast[::4096])
        _, tiny = measure.run_measured(["true"])
        assert tiny["max_rss_mb"] < 50, tiny
        del ballast
        stats = corpora.stats(jsonl)
        assert stats["articles"] == 6 and stats["distinct_ids"] == 5, stats
        tree = corpora.text_tree(jsonl)
        for e in engines.INDEXERS:
            m = engines.index(e, ctx.bins, jsonl, tree, engines.db_path(work, "tiny", e), 500)
            assert m["wall_s"] > 0 and m["max_rss_mb"] > 0 and m["size_mb"] > 0, (e, m)
        checks = os.path.join(work, "checks.txt")
        open(checks, "w").write("\n".join(stages.CHECK_QUERIES) + "\n")
        found = stages.check(ctx, "tiny", stats, checks)
        assert found["ok"] and found["and_queries"]["bank AND rates"]["newsarchive"] == 2, found

        queries = os.path.join(work, "queries.txt")
        open(queries, "w").write("bank rates\noil prices\nnothing-matches-this\n")
        for e, (_, source) in engines.SEARCHERS.items():
            db = engines.db_path(work, "tiny", source)
            lat = searching.latency(ctx.bins, e, db, queries, 2)
            assert lat["errors"] == 0 and lat["hits"] > 0 and lat["median_ms"] >= 0, (e, lat)
            assert searching.qps(ctx.bins, e, db, queries, 2, 1) > 0, e
            if e != "omindex":  # omindex has its own ids and no day slot
                dated = searching.latency(ctx.bins, e, db, queries, 1, ("2007-01-01", "2007-06-30"))
                assert dated["hits"] == 2, (e, dated)  # a1 and a2: a5 is 2008, a4 undated
                runs = searching.ranked(ctx.bins, e, db, queries, 10)
                assert runs["1"][0] in ("a1", "a5") and set(runs["1"]) == {"a1", "a5"}, (e, runs)
        for e in engines.INDEXERS:
            assert engines.compacted_size(e, ctx.bins, engines.db_path(work, "tiny", e)) > 0, e

        # bench/index_only: the indexing stage alone, on the cached corpus, its ratios to the floor.
        out = os.path.join(work, "index-only.json")
        shown = subprocess.run([os.path.join(repo, "bench", "index_only"), "--corpora", "tiny",
                                "--engines",
                                "newsarchive,newsarchive-2-shards,"
                                "newsarchive-2-shards-search-stemming,floor,floor@100,floor-2",
                                "--work", work,
                                "--build", build, "--out", out],
                               capture_output=True, text=True, check=True).stdout
        only = json.load(open(out))["tiny"]
        assert all(only[e]["articles"] == 5 for e in only if e not in ("stats", "rounds")), only
        assert len(only["rounds"]) == 1 and only["rounds"][0]["floor"] == only["floor"], only
        assert os.path.exists(os.path.join(work, "db", "tiny-newsarchive-2-shards.db", "XAPIANDB"))
        words_only = os.path.join(work, "db", "tiny-newsarchive-2-shards-search-stemming.db")
        terms = subprocess.run(["xapian-delve", "-a", "-1", os.path.join(words_only, "shard-00")],
                               capture_output=True, text=True, check=True).stdout.split()
        assert terms and not any(t.startswith("Z") for t in terms), terms  # words, no stems
        assert os.path.exists(os.path.join(work, "db", "tiny-floor@100.db"))
        # The ratios are to the fastest floor: one of the two floors' lines is the 1.00x.
        floors = (["floor"], ["floor@100"])
        floor_lines = [l for l in shown.splitlines() if l.split()[1:2] in floors]
        assert len(floor_lines) == 2, shown
        assert sum("(1.00x floor)" in l for l in floor_lines) >= 1, shown
        # --rounds: every engine again, each round's ratio to its own round's floor, and medians.
        shown = subprocess.run([os.path.join(repo, "bench", "index_only"), "--corpora", "tiny",
                                "--engines", "newsarchive-2-shards-search-stemming,floor",
                                "--rounds", "3", "--work", work, "--build", build, "--out", out],
                               capture_output=True, text=True, check=True).stdout
        rounds = json.load(open(out))["tiny"]["rounds"]
        assert len(rounds) == 3 and all(r["floor"]["x_floor"] == 1.0 for r in rounds), rounds
        ratios = [r["newsarchive-2-shards-search-stemming"]["x_floor"] for r in rounds]
        line = next(l for l in shown.splitlines() if "search-stemming" in l)
        assert f"({sorted(ratios)[1]:.2f}x floor)" in line, (line, ratios)
        assert "rounds: " + ", ".join(f"{x:.2f}x" for x in ratios) in line, (line, ratios)

        qrels = {"1": {"a", "b"}, "2": {"c"}}
        s = relevance.scores({"1": ["a", "x", "b"], "2": ["y"]}, qrels)
        assert abs(s["odd"]["MAP"] - (1 + 2 / 3) / 2) < 1e-9 and s["even"]["MAP"] == 0, s
        assert abs(s["all"]["P@10"] - 0.1) < 1e-9, s
        moved = corpora.realigned_time_judgments({"7": {"time-12", "time-377", "time-386"}})
        assert moved == {"7": {"time-12", "time-377", "time-384"}}, moved

        # The recogniser's stage on a two-sentence CoNLL file: its F1 and throughput are read.
        conll = os.path.join(work, "tiny.conll")
        open(conll, "w").write("-DOCSTART- -X- -X- O\n\nJohn NNP B-NP B-PER\nSmith NNP I-NP I-PER\n"
                               "visited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O O\n")
        n = ner.run_stage(ctx.bins, repo, conll, rounds=2, held_out=conll)
        assert n["f1"]["overall"] == 1.0 and n["tokens_per_cpu_s"] > 0, n
        assert "| exact-span F1, overall | 1.0000 |" in ner.markdown(n), ner.markdown(n)
        assert n["held_out"]["PER"] == {"precision": 1.0, "recall": 1.0}, n
        assert "| tiny.conll PER: precision / recall | 1.000 / 1.000 | R ≥ 0.95, P ≥ 0.90 (issue " \
            "24) |" in ner.markdown(n), ner.markdown(n)
        print("ok")
    finally:
        shutil.rmtree(work)


main()

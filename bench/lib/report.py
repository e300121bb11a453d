"""The Markdown report: one table per section, a figure per engine and the ratio
newsarchive/peer for each figure. Missing figures print as "n/a" with the reason."""
from . import ner, shards

from . import floor_two, ner_off

ORDER = ["newsarchive", ner_off.NAME, "floor", floor_two.NAME, "fts5", "omindex"]
PEER_NAMES = {"floor": "floor (bare Xapian)", "fts5": "SQLite FTS5",
              "omindex": "omindex", "newsarchive": "newsarchive", ner_off.NAME: ner_off.LABEL,
              floor_two.NAME: floor_two.LABEL}


def _cell(value, fmt):
    if value is None:
        return "n/a"
    if isinstance(value, str):  # a failure's first line, or a placeholder
        return value.splitlines()[0][:60]
    return format(value, fmt)


def table(title, rows, note=""):
    """rows: [(label, {engine: number | str | None}, format spec)]."""
    engines = [e for e in ORDER if any(e in r[1] for r in rows)]
    peers = [e for e in engines if e != "newsarchive"]
    head = ["figure"] + [PEER_NAMES[e] for e in engines] + [f"na/{p}" for p in peers]
    lines = [f"### {title}", "", "| " + " | ".join(head) + " |",
             "|" + "---|" * len(head)]
    for label, values, fmt in rows:
        cells = [label] + [_cell(values.get(e), fmt) for e in engines]
        mine = values.get("newsarchive")
        for p in peers:
            theirs = values.get(p)
            ok = all(isinstance(v, (int, float)) for v in (mine, theirs)) and theirs
            cells.append(f"{mine / theirs:.2f}" if ok else "")
        lines.append("| " + " | ".join(cells) + " |")
    if note:
        lines += ["", note]
    return "\n".join(lines) + "\n"


def correctness_line(found):
    def counts(by_engine):
        values = set(by_engine.values())
        if len(values) == 1:
            return str(values.pop())
        return " / ".join(f"{e} {n}" for e, n in by_engine.items())
    return ("Correctness (checked after the first indexing pass, before any search is timed): every engine holds every article; "
            "AND-query hit counts " +
            ", ".join(f"{q}: {counts(n)}" for q, n in found["and_queries"].items()) +
            " (the Xapian engines must agree exactly, FTS5 within 1%).")


def indexing_rows(engines):
    """engines: {engine: medians}; the figures of an indexing table."""
    def col(key):
        return {e: m.get(key) for e, m in engines.items()}
    return [("articles/s (wall)", col("articles_per_s"), ".0f"),
            ("articles per CPU-second", col("articles_per_cpu_s"), ".0f"),
            ("MB of text/s (wall)", col("mb_per_s"), ".2f"),
            ("peak RSS (MB)", col("max_rss_mb"), ".0f"),
            ("database (MB)", col("size_mb"), ".1f"),
            ("after compaction (MB)", col("compact_mb"), ".1f"),
            ("articles in database", col("articles"), "d"),
            ("no-change re-run, share of the first run's time", col("rerun_unchanged_ratio"),
             ".3f")]


def relevance_rows(scores):
    rows = []
    names = {"all": "all queries", "odd": "tune half: odd queries",
             "even": "held-out half: even queries"}
    for half in ("all", "odd", "even"):
        for metric in ("MAP", "P@10", "nDCG@10"):
            rows.append((f"{metric} ({names[half]})",
                         {e: s[half][metric] for e, s in scores.items()}, ".4f"))
    return rows


def markdown(res):
    """The whole report of one bench/run result."""
    out = [f"## newsarchive benchmark ({res['mode']}, {res['started']})", "",
           f"Machine: {res['machine']['nproc']} cores, {res['machine']['cpu']}, "
           f"{res['machine']['ram_gb']} GB RAM; load average at start "
           f"{res['machine']['load_average_at_start'][0]:.1f}. Commit {res['commit']}.", ""]
    for corpus in res["indexing"]:
        c = corpus
        out.append(table(
            f"Indexing {c['corpus']}: {c['articles']} articles with text, "
            f"{c['text_mb']:.1f} MB of it "
            f"(median of {c['repeats']})", indexing_rows(c["engines"]),
            correctness_line(c["correctness"])))
    out.append(f"### Floor flush threshold on {res['search']['corpus']} (one run each)\n\n"
               "| XAPIAN_FLUSH_THRESHOLD | articles/s | articles per CPU-second | peak RSS (MB) |\n"
               "|---|---|---|---|")
    for threshold, m in res["flush_thresholds"].items():
        out.append(f"| {threshold} | {m['articles_per_s']:.0f} | {m['articles_per_cpu_s']:.0f} | "
                   f"{m['max_rss_mb']:.0f} |")
    out.append(f"\nThe floor runs with {res['floor_flush_threshold']} in the tables above.\n")
    s = res["search"]["rows"]
    def lat(key, k):
        return {e: v[k] if isinstance(v, dict) else v for e, v in s[key].items()}

    rows = [("median latency (ms)", lat("latency", "median_ms"), ".2f"),
            ("median latency, no snippets (ms)", lat("no_snippets", "median_ms"), ".2f"),
            ("p95 latency, no snippets (ms)", lat("no_snippets", "p95_ms"), ".2f"),
            ("median latency, no snippets, no collapsing (ms)", lat("no_collapse", "median_ms"),
             ".2f"),
            ("p95 latency (ms)", lat("latency", "p95_ms"), ".2f"),
            ("p99 latency (ms)", lat("latency", "p99_ms"), ".2f"),
            ("queries/s, 1 thread", s["qps1"], ".0f"),
            ("queries/s, 2 threads", s["qps2"], ".0f"),
            (f"median latency, date {res['search']['dates'][0]}..{res['search']['dates'][1]} (ms)",
             lat("dated", "median_ms"), ".2f"),
            ("p95 latency, date-filtered (ms)", lat("dated", "p95_ms"), ".2f"),
            ("median latency, facets person,org,place,date (ms)", lat("facets", "median_ms"), ".2f"),
            ("median latency, date histogram only (ms)", lat("histogram", "median_ms"), ".2f")]
    out.append(table(
        f"Search {res['search']['corpus']}: {res['search']['queries']} queries, ranked top 10, "
        f"in-process (per-query median of {res['search']['latency_repeats']} passes)", rows,
        "omindex's database is searched by the floor searcher. newsarchive makes a snippet for "
        "each hit and collapses near-duplicates, the peers do neither: the no-snippets rows "
        "show the cost of snippets, the no-collapsing row compares like with like (the peers' "
        "figures there are their plain latency). Ratios: above 1 means newsarchive is slower "
        "(latency) or faster (queries/s, articles/s)."))
    relevance = res["relevance"]
    if "distributed" not in relevance:  # results written before the judgments were re-aligned
        relevance = {"distributed": relevance}
    out.append(table("Ranking quality on TIME (83 queries, 423 articles), judgments as distributed",
                     relevance_rows(relevance["distributed"]),
                     "newsarchive's ranking was chosen on the odd-numbered queries only; the "
                     "even-numbered ones show whether it holds on queries it was not tuned on."))
    if "realigned" in relevance:
        out.append(table("Ranking quality on TIME, judgments re-aligned",
                         relevance_rows(relevance["realigned"]),
                         "TIME.REL counts two documents that this copy of TIME.ALL lacks: "
                         "judgments from 378 on are moved back by two "
                         "(bench/lib/corpora.py, docs/query-syntax.md)."))
    if "shards" in res:
        out.append(shards.markdown(res["shards"]))
    if "ner" in res:
        out.append(ner.markdown(res["ner"]))
    return "\n".join(out)

"""The stages of bench/run, in the order they run: index (with the correctness check after the
first repeat), search, relevance. Engines run interleaved within a repeat so that drifting
load on a shared machine hits all of them alike."""
from . import corpora, engines, relevance, searching
from .measure import CommandFailed, log, median_of, run

# AND queries whose words stem alike under Porter (FTS5) and Porter2 (Xapian): hit counts must
# be identical across the Xapian engines (same tokenizer and stemmer) and within
# FTS5_TOLERANCE for FTS5, whose tokenizer splits possessives ("bank's" -> "bank", "s").
CHECK_QUERIES = ["bank AND rates", "oil AND prices", "shares AND profit", "trade AND deficit",
                 "stock AND market"]
FTS5_TOLERANCE = 0.01


class CorrectnessError(SystemExit):
    pass


def index_corpus(ctx, corpus, repeats, check_queries_file):
    jsonl = corpora.jsonl(ctx.shared, ctx.work, corpus)
    stats = corpora.stats(jsonl)
    tree = corpora.text_tree(jsonl)
    runs = {e: [] for e in engines.INDEXERS}
    result = {"corpus": corpus, **stats, "repeats": repeats, "engines": {}}
    for r in range(repeats):
        for e in engines.INDEXERS:
            log(f"indexing {corpus} with {e} ({r + 1}/{repeats})")
            db = engines.db_path(ctx.work, corpus, e)
            runs[e].append(engines.index(e, ctx.bins, jsonl, tree, db, ctx.flush_threshold))
        if r == 0:
            result["correctness"] = check(ctx, corpus, stats, check_queries_file)
    for e, measured in runs.items():
        m = median_of(measured)
        db = engines.db_path(ctx.work, corpus, e)
        m.update(articles=engines.article_count(e, db),
                 articles_per_s=stats["articles"] / m["wall_s"],
                 articles_per_cpu_s=stats["articles"] / m["cpu_s"],
                 mb_per_s=stats["text_mb"] / m["wall_s"])
        result["engines"][e] = m
    # Incremental indexing: a run over unchanged input, against the first run's time.
    log(f"re-indexing {corpus} unchanged with newsarchive")
    na = result["engines"]["newsarchive"]
    rerun = engines.rerun_unchanged(ctx.bins, jsonl, engines.db_path(ctx.work, corpus, "newsarchive"))
    na["rerun_unchanged_wall_s"] = rerun["wall_s"]
    na["rerun_unchanged_ratio"] = rerun["wall_s"] / na["wall_s"]
    for e in engines.INDEXERS:  # last: compaction rewrites FTS5's file in place
        db = engines.db_path(ctx.work, corpus, e)
        result["engines"][e]["compact_mb"] = engines.compacted_size(e, ctx.bins, db)
    return result


def check(ctx, corpus, stats, queries_file):
    """Aborts the run unless every engine holds every article and they agree on hit counts."""
    found = {"articles": {}, "and_queries": {}}
    for e in engines.INDEXERS:
        found["articles"][e] = engines.article_count(e, engines.db_path(ctx.work, corpus, e))
    for e, (_, source) in engines.SEARCHERS.items():
        db = engines.db_path(ctx.work, corpus, source)
        for q, n in searching.counts(ctx.bins, e, db, queries_file).items():
            found["and_queries"].setdefault(q, {})[e] = n
    problems = [f"{e} holds {n} articles, expected {stats['distinct_ids']}"
                for e, n in found["articles"].items() if n != stats["distinct_ids"]]
    # Every article that carries a publication date must get it (issue: dates, 100%).
    dated = engines.dated_count(ctx.bins, engines.db_path(ctx.work, corpus, "newsarchive"))
    found["dated"] = {"newsarchive": dated, "expected": stats["dated_ids"]}
    if dated != stats["dated_ids"]:
        problems.append(f"newsarchive dated {dated} articles, {stats['dated_ids']} carry a date")
    for q, by_engine in found["and_queries"].items():
        xapian = {by_engine[e] for e in engines.XAPIAN_ENGINES}
        if len(xapian) != 1:
            problems.append(f"'{q}': Xapian engines disagree: {by_engine}")
        ref = by_engine["floor"]
        if abs(by_engine["fts5"] - ref) > FTS5_TOLERANCE * max(ref, 1):
            problems.append(f"'{q}': FTS5 {by_engine['fts5']} vs Xapian {ref} (> 1%)")
    found["ok"] = not problems
    log(f"correctness on {corpus}: " + ("ok" if not problems else "; ".join(problems)))
    if problems:
        raise CorrectnessError("bench: engines did different work on " + corpus +
                               ", the comparison would be worthless:\n  " + "\n  ".join(problems))
    return found


def flush_thresholds(ctx, corpus, thresholds):
    """One floor run per XAPIAN_FLUSH_THRESHOLD, to show why the floor uses the one it does."""
    jsonl = corpora.jsonl(ctx.shared, ctx.work, corpus)
    stats = corpora.stats(jsonl)
    out = {}
    for t in thresholds:
        log(f"indexing {corpus} with floor at XAPIAN_FLUSH_THRESHOLD={t}")
        db = engines.db_path(ctx.work, corpus, "floor", f"-flush{t}")
        m = engines.index("floor", ctx.bins, jsonl, None, db, t)
        m["articles_per_s"] = stats["articles"] / m["wall_s"]
        m["articles_per_cpu_s"] = stats["articles"] / m["cpu_s"]
        engines.remove(db)
        out[t] = m
    return out


def _attempt(what, measure, *args):
    """A figure, or its failure as text, so that one engine's crash does not lose the run."""
    try:
        return measure(*args)
    except CommandFailed as e:
        last = (e.stderr.strip().splitlines() or [""])[-1]
        log(f"{what} failed: {e}")
        return f"failed (exit {e.code}): {last}"


def search(ctx, corpus, queries, repeats, qps_repeats, date_range):
    rows = {"latency": {}, "no_snippets": {}, "no_collapse": {}, "dated": {}, "facets": {},
            "histogram": {}, "qps1": {}, "qps2": {}}
    for e, (_, source) in engines.SEARCHERS.items():
        db = engines.db_path(ctx.work, corpus, source)
        log(f"searching {corpus} with {e}")
        rows["latency"][e] = _attempt(f"{e} latency", searching.latency, ctx.bins, e, db,
                                      queries, repeats)
        if e != "omindex":  # omindex's values are not the floor's day slot
            rows["dated"][e] = _attempt(f"{e} dated latency", searching.latency, ctx.bins, e,
                                        db, queries, repeats, date_range)
        if e == "newsarchive":  # the peers make no snippets and have no facets to compare
            rows["no_snippets"][e] = _attempt(f"{e} latency without snippets", searching.latency,
                                              ctx.bins, e, db, queries, repeats, None, None,
                                              False)
            rows["no_collapse"][e] = _attempt(f"{e} latency without snippets or collapsing",
                                              searching.latency, ctx.bins, e, db, queries,
                                              repeats, None, None, False, False)
            rows["facets"][e] = _attempt(f"{e} facets latency", searching.latency, ctx.bins, e,
                                         db, queries, repeats, None, "person,org,place,date")
            rows["histogram"][e] = _attempt(f"{e} histogram latency", searching.latency,
                                            ctx.bins, e, db, queries, repeats, None, "date")
        for threads in (1, 2):
            rows[f"qps{threads}"][e] = _attempt(f"{e} {threads}-thread qps", searching.qps,
                                                ctx.bins, e, db, queries, threads, qps_repeats)
    # The peers never make snippets: their plain latency is the like-for-like figure.
    for e, v in rows["latency"].items():
        if e != "newsarchive":
            rows["no_snippets"][e] = v
            rows["no_collapse"][e] = v
    return rows


def ranking(ctx):
    """TIME scores per engine, with the judgments as distributed and re-aligned
    ({"distributed": {engine: scores}, "realigned": {...}})."""
    jsonl, queries, qrels = corpora.time_collection(ctx.shared, ctx.work)
    realigned = corpora.realigned_time_judgments(qrels)
    out = {"distributed": {}, "realigned": {}}
    for e in ("newsarchive", "floor", "fts5"):
        db = engines.db_path(ctx.work, "time", e)
        engines.index(e, ctx.bins, jsonl, None, db, ctx.flush_threshold)
        runs = searching.ranked(ctx.bins, e, db, queries, 1000)
        out["distributed"][e] = relevance.scores(runs, qrels)
        out["realigned"][e] = relevance.scores(runs, realigned)
    return out


def versions():
    return {"xapian": run(["xapian-config", "--version"]).split()[-1],
            "omindex": run(["omindex", "--version"]).split()[-1]}

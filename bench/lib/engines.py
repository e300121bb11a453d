"""How each engine indexes a corpus, reports its article count and compacts its database.
newsarchive runs as shipped (news-index, no environment tuning); the floor gets its best
single-writer settings (an explicit XAPIAN_FLUSH_THRESHOLD); omindex runs with its defaults."""
import json
import os
import re
import shutil
import sqlite3

from . import floor_two, ner_off
from .measure import run, run_measured, size_mb

# The floor's flush threshold: its best single-writer setting, measured against Xapian's
# default 10000 in every bench/run.
FLOOR_FLUSH_THRESHOLD = 500
INDEXERS = ["newsarchive", ner_off.NAME, "floor", floor_two.NAME, "fts5", "omindex"]
XAPIAN_ENGINES = {"newsarchive", "floor", "omindex"}
# news-index writing its archive as two shards of one database (a Xapian stub), which skips
# the end-of-run merge: a layout users may choose. Only bench/index_only runs it.
TWO_SHARDS = "newsarchive-2-shards"
# The same, for an archive stemmed at search time (news-index --search-time-stemming): words
# without their stems, the choice that trades search time for indexing time.
TWO_SHARDS_SEARCH_STEMMING = "newsarchive-2-shards-search-stemming"
# news-index without language identification (--no-language-identification): the peer that
# prices identification (issue 25 budgets it at 5% of indexing CPU). Only bench/index_only runs it.
NO_IDENTIFICATION = "newsarchive-no-language-identification"


def db_path(work, corpus, engine, variant=""):
    suffix = ".sqlite" if engine == "fts5" else ".db"
    return os.path.join(work, "db", f"{corpus}-{engine}{variant}{suffix}")


def remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


def index_command(engine, bins, jsonl, tree, db, flush_threshold):
    if engine == "newsarchive":
        return [bins["news-index"], "--quiet", "--db", db, jsonl]
    if engine == ner_off.NAME:
        return ner_off.index_command(bins, jsonl, db)
    if engine == NO_IDENTIFICATION:
        return [bins["news-index"], "--quiet", "--no-language-identification", "--db", db, jsonl]
    if engine == TWO_SHARDS:
        return [bins["news-index"], "--quiet", "--shards", "2", "--db", db, jsonl]
    if engine == TWO_SHARDS_SEARCH_STEMMING:
        return [bins["news-index"], "--quiet", "--shards", "2", "--search-time-stemming", "--db",
                db, jsonl]
    if engine == "floor":
        return [bins["bench-floor-index"], "--db", db, "--flush-threshold", str(flush_threshold),
                jsonl]
    if engine == floor_two.NAME:
        return floor_two.index_command(bins, jsonl, db, flush_threshold)
    if engine == "fts5":
        return [bins["bench-fts5-index"], "--db", db, jsonl]
    if engine == "omindex":
        # -M skips libmagic: every file is text/plain, as the JSON Lines are for the others.
        return ["omindex", "--db", db, "--url", "/", "-M", "txt:text/plain", "--overwrite", tree]
    raise ValueError(engine)


def index(engine, bins, jsonl, tree, db, flush_threshold=None):
    """Builds db from scratch; returns the measurement (wall_s, cpu_s, max_rss_mb, size_mb)."""
    remove(db)
    os.makedirs(os.path.dirname(db), exist_ok=True)
    # news-index exits 1 when it skipped a record; the correctness check then says which.
    _, m = run_measured(index_command(engine, bins, jsonl, tree, db, flush_threshold),
                        ok_codes=(0, 1) if engine.startswith("newsarchive") else (0,))
    m["size_mb"] = size_mb(db)
    return m


def rerun_unchanged(bins, jsonl, db):
    """news-index again over the same input into the database it built: every article is
    unchanged, so this measures what an incremental run costs when nothing changed."""
    _, m = run_measured(index_command("newsarchive", bins, jsonl, None, db, None), ok_codes=(0, 1))
    return m


def article_count(engine, db):
    if engine == "fts5":
        with sqlite3.connect(db) as con:
            return con.execute("SELECT count(*) FROM docs").fetchone()[0]
    out = run(["xapian-delve", db])
    return int(re.search(r"number of documents = (\d+)", out).group(1))


def dated_count(bins, db):
    """Articles of a newsarchive database with a publication date: all of them less the date
    histogram's "undated" bucket, asked of news-search so the schema stays in one place."""
    out = json.loads(run([bins["news-search"], "--db", db, "--json", "--limit", "0",
                          "--no-collapse", "--facets", "date"]))
    undated = next(f["undated"] for f in out["facets"] if f["field"] == "date")
    return out["total"]["lower_bound"] - undated  # exact: facets count every match


def compacted_size(engine, bins, db):
    """Size in MB after xapian-compact (Xapian) or FTS5 'optimize' plus VACUUM (SQLite)."""
    if engine == "fts5":
        run([bins["bench-fts5-index"], "--db", db, "--optimize"])
        return size_mb(db)
    target = db + ".compact"
    remove(target)
    run(["xapian-compact", db, target])
    size = size_mb(target)
    remove(target)
    return size


# Search engines: name -> (benchmark program, which indexer's database it searches).
# omindex's database is searched by the floor searcher: quest would time process start-up.
SEARCHERS = {
    "newsarchive": ("bench-newsarchive-search", "newsarchive"),
    "floor": ("bench-floor-search", "floor"),
    "fts5": ("bench-fts5-search", "fts5"),
    "omindex": ("bench-floor-search", "omindex"),
}

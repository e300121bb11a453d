"""The engine "floor-2": two copies of the floor indexer at once, each indexing the articles
whose id hashes to its half (each copy reads every line), their databases then merged by
xapian-compact as news-index merges its shards. It is the floor's own work spread over two
cores, so its articles/s is the most that an indexer built on Xapian 1.4's writer, doing no more
than the floor does, reaches on this machine: the ceiling against which issue 6's target (1.6x
the single floor's articles/s) can be judged."""

NAME = "floor-2"
LABEL = "floor, 2 writers + merge"
PARTS = 2


def index_command(bins, jsonl, db, flush_threshold):
    floor = bins["bench-floor-index"]
    parts = [f"{db}.part{k}" for k in range(PARTS)]
    quoted = " ".join(f"'{p}'" for p in parts)
    writers = " ".join(
        f"'{floor}' --db '{p}' --flush-threshold {flush_threshold} --part {k}/{PARTS} '{jsonl}'"
        f" >/dev/null & p{k}=$!;" for k, p in enumerate(parts))
    waits = " ".join(f"wait $p{k};" for k in range(PARTS))
    script = (f"set -e; rm -rf {quoted}; {writers} {waits} "
              f"xapian-compact -m {quoted} '{db}' >/dev/null; rm -rf {quoted}")
    return ["bash", "-c", script]

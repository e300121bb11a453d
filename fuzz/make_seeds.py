#!/usr/bin/env python3
"""Writes each harness's seed corpus from sample_data/ and docs/query-syntax.md, plus small
excerpts made here: the first lines of each sample, bundles of samples, dates, queries, stub files
and stored records. Usage: make_seeds.py SOURCE_DIR OUT_DIR (one subdirectory per harness)."""
import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

SRC = Path(sys.argv[1])
OUT = Path(sys.argv[2])
SAMPLES = SRC / "sample_data"
FORMATS = SAMPLES / "formats"

# Reader (--format name) -> its sample files; detect_and_read's name byte for each.
READER_SAMPLES = {
    "text": [*SAMPLES.glob("*.txt"), *(SAMPLES / "duplicates").glob("*.txt")],
    "jsonl": [SAMPLES / "wire-stories.jsonl"],
    "financial_news": [FORMATS / "financial_news_sample"],
    "reuters21578": [FORMATS / "reuters21578_sample.sgm"],
    "trec": [FORMATS / "trec_sample.sgml"],
    "nitf": [FORMATS / "nitf_sample.xml"],
    "newsml": [FORMATS / "newsml_sample.xml"],
    "feed": [FORMATS / "rss_sample.xml", FORMATS / "atom_sample.xml"],
    "html": [FORMATS / "article_sample.html"],
    "warc": [FORMATS / "crawl_sample.warc"],
    "csv": [FORMATS / "news_sample.csv"],
}
# Index into detect_and_read.cpp's kNames of a name that fits each reader.
NAME_BYTE = {"text": 0, "jsonl": 1, "csv": 3, "feed": 5, "html": 7, "warc": 8,
             "reuters21578": 9, "trec": 10, "nitf": 11, "newsml": 12, "financial_news": 15}


def put(harness, data):
    if isinstance(data, str):
        data = data.encode()
    d = OUT / harness
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def excerpts(data):
    """The whole sample and its first lines: small inputs run faster and mutate better."""
    lines = data.split(b"\n")
    yield data
    for n in (3, 10, 25):
        if n < len(lines):
            yield b"\n".join(lines[:n]) + b"\n"


def bundles(files):
    """The samples as every kind of bundle the bundle layer reads."""
    tar_bytes = io.BytesIO()
    with tarfile.open(fileobj=tar_bytes, mode="w") as tar:
        for f in files:
            tar.add(f, arcname="news/" + f.name)
    yield gzip.compress(tar_bytes.getvalue())
    zip_bytes = io.BytesIO()
    with zipfile.ZipFile(zip_bytes, "w", zipfile.ZIP_DEFLATED) as z:
        for f in files:
            z.write(f, "news/" + f.name)
    yield zip_bytes.getvalue()
    raw = files[0].read_bytes()
    yield gzip.compress(raw)
    for tool in (["bzip2", "-c"], ["xz", "-c"], ["zstd", "-c", "-q"]):
        yield subprocess.run(tool, input=raw, capture_output=True, check=True).stdout


def reader_seeds():
    every = []
    for reader, files in READER_SAMPLES.items():
        for f in files:
            every.append(f)
            for piece in excerpts(f.read_bytes()):
                put("read_" + reader, piece)
                put("detect_and_read", bytes([NAME_BYTE[reader]]) + piece)
    for small in ([FORMATS / "news_sample.csv"], [FORMATS / "rss_sample.xml", FORMATS /
                  "crawl_sample.warc"], [SAMPLES / "wire-stories.jsonl"]):
        for packed in bundles(small):
            put("read_bundle", packed)
            put("detect_and_read", bytes([13]) + packed)


def doc_queries():
    table = (SRC / "docs" / "query-syntax.md").read_text()
    section = table.split("## Examples", 1)[1].split("\n## ", 1)[0]
    for row in section.splitlines():
        cell = row.split("|")[1] if row.startswith("| `") else ""
        if cell:
            yield re.findall(r"`([^`]*)`", cell)[0]
    yield from ["mentions:2023-10..2023-12", "label:cocoa", "id:courier-2024-0318-bridge",
                "url:http://news.example.com/a", 'title:"harbour bridge" -date:..2000', "NOT museum",
                "cluster:x", "person:", "date:2023-02-30", "(storm OR (flood AND -rain)) NEAR/3 x"]


DATES = ["2023-11-15", "2023-11-15T10:30", "2023-11-15T10:30:00Z", "2023-11-15T10:30:00+02:00",
         "2023-11-15 10:30:00", "Wed, 15 Nov 2023 10:30:00 +0000", "Wed, 15 Nov 2023 10:30 EST",
         "Fri Oct 20, 2006 4:25pm EDT", "26-FEB-1987 15:01:01.79", " 5-MAR-1987 09:10:11.00\x05F",
         "November 15, 2023", "Nov. 15, 2023", "15 November 2023", "15 Nov 2023", "1700000000",
         "0001-01-01", "9999-12-31T23:59:59Z", "999999999999"]
RANGES = ["2023", "2023-10", "2023-10-07", "2023-10-01..2023-11-30", "..2007-06-30",
          "2008-09-15..", "2024-02-29", "..", "2023-13"]
STUBS = ["auto shard1\nauto shard2\n", "# comment\n\nglass /srv/a\nchert b\n",
         "remote 10.0.0.3:33333\nremote [::1]:8100\n", "remote :xapian-progsrv /srv/db\n",
         "auto\n", "remote host:0\n"]


# Rows of common/src/schema.cpp's table (field_processors.cpp picks a row with its first byte).
FIELD_ROWS = {"id": 0, "source": 4, "lang": 5, "url": 6, "date": 7, "year": 8, "month": 9,
              "day": 10, "person": 11, "org": 12, "place": 13, "mentions": 14, "label": 15,
              "cluster": 17}


def text_seeds():
    texts = [f.read_bytes() for f in READER_SAMPLES["text"]]
    texts += [json.loads(line).get("body", "").encode() for line in
              (SAMPLES / "wire-stories.jsonl").read_text().splitlines() if line.strip()]
    for t in texts:
        for piece in excerpts(t):
            put("ner_tokenizer", piece)
            put("ner_recognizer", piece)
            put("temporal_resolver", b"2023-11-15T10:30:00Z\n" + piece)
    for d in DATES:
        put("publication_date", d)
        put("temporal_resolver", d + "\nOn Oct. 7 last year, the 1990s; next Friday, 15 May.")
    for r in RANGES:
        put("date_range", r)
        put("field_processors", bytes([FIELD_ROWS["date"]]) + r.encode())
        put("field_processors", bytes([FIELD_ROWS["mentions"]]) + r.encode())
    for q in doc_queries():
        put("query_parser", q)
        put("search_requests", q)
        field, _, value = q.partition(":")
        if value:
            put("field_processors", bytes([FIELD_ROWS.get(field, 0)]) + value.encode())
    for s in STUBS:
        put("shard_stub", s)


def record_seeds():
    record = {"id": "courier-2024-0318-bridge", "title": "Harbour bridge reopens",
              "body": "The bridge \"reopened\" on Monday.\n", "url": "http://example.com/a",
              "source": "The Eastbrook Courier", "language": "en", "authors": ["A. Lindqvist"],
              "date": "2024-03-18T09:00:00Z", "origin": "sample_data/a.txt:3"}
    for r in (record, {"id": "x", "title": "", "body": "b", "date": "2024-03-18"}):
        flat = json.dumps(r).encode()
        put("stored_record", flat)
        put("stored_record", subprocess.run(["zstd", "-c", "-q"], input=flat,
                                            capture_output=True, check=True).stdout)
    put("stored_record", b"person:khamenei\tAli Khamenei\norg:hamas\tHamas")


reader_seeds()
text_seeds()
record_seeds()

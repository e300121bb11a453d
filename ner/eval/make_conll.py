#!/usr/bin/env python3
"""Turns the hand-labelled paragraphs of news2020s.txt (the test set) and news2020s-dev.txt (the
development set) ([TYPE words] markup) into CoNLL-2003 columns (word, two placeholder columns,
IOB1 tag), one document per paragraph, so that
news-eval-ner reads them as it reads eng.testb. Deterministic: the .conll file is made from the
.txt by this script alone (`python3 ner/eval/make_conll.py`)."""
import re
import sys
from pathlib import Path

MARK = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\]]+)\]")
# CoNLL-2003 tokenisation: punctuation apart, possessive 's and n't apart, $ apart from numbers.
TOKEN = re.compile(r"'s\b|\$|\d[\d,.]*\d|(?:[A-Z]\.){2,}|\w+(?:-\w+|&\w+|'(?=[A-Z])\w+)*\.?|[^\w\s]")


def tokens(text):
    out = []
    for m in TOKEN.finditer(text):
        t = m.group(0)
        # A trailing full stop belongs to the word only for abbreviations such as "Co." or "U.S.".
        if t.endswith(".") and len(t) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+|Co\.|Corp\.|Inc\.|Ltd\.|Jr\.|St\.", t):
            out.extend([t[:-1], "."])
        else:
            out.append(t)
    return out


def paragraph_to_conll(line):
    rows, last_type = [], None
    pos = 0
    for m in MARK.finditer(line):
        for t in tokens(line[pos:m.start()]):
            rows.append((t, "O"))
        kind = m.group(1)
        # IOB1: B- only where an entity directly follows another of the same type.
        first = "B-" if last_type == kind and rows and rows[-1][1] != "O" else "I-"
        for i, t in enumerate(tokens(m.group(2))):
            rows.append((t, (first if i == 0 else "I-") + kind))
        pos = m.end()
        last_type = kind
    for t in tokens(line[pos:]):
        rows.append((t, "O"))
    return rows


def file_to_conll(src):
    """The CoNLL text of a [TYPE words] file, one document per paragraph, and its paragraphs."""
    out = ["-DOCSTART- -X- -X- O", ""]
    paragraphs = 0
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        paragraphs += 1
        for word, tag in paragraph_to_conll(line):
            out.append(f"{word} _ _ {tag}")
        out.append("")
        out.append("-DOCSTART- -X- -X- O")
        out.append("")
    return "\n".join(out[:-2]) + "\n", paragraphs


def write_or_check(directory, names):
    """Makes NAME.conll from NAME.txt in `directory` for each name; with --check on the command
    line, fails instead when a committed .conll is not what this script makes of its .txt."""
    for name in names:
        text, paragraphs = file_to_conll(directory / f"{name}.txt")
        target = directory / f"{name}.conll"
        if "--check" in sys.argv:
            if target.read_text(encoding="utf-8") != text:
                sys.exit(f"{target} is out of date: run python3 {Path(sys.argv[0]).name}")
            print(f"{target.name} matches its source ({paragraphs} paragraphs)")
        else:
            target.write_text(text, encoding="utf-8")
            print(f"{target.name}: {paragraphs} paragraphs", file=sys.stderr)


def main():
    # The held-out test set and the development set beside it.
    write_or_check(Path(__file__).resolve().parent, ("news2020s", "news2020s-dev"))


if __name__ == "__main__":
    main()

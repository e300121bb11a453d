#!/usr/bin/env python3
"""Turns the hand-labelled French, Spanish and German paragraphs (fr.txt, es.txt, de.txt, [TYPE
words] markup) into CoNLL-2003 columns, one document per paragraph, with the tokenisation and
IOB1 tags of ../make_conll.py. `--check` fails when a committed .conll is not what this script
makes of its .txt."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_conll import file_to_conll  # noqa: E402

LANGUAGES = ("fr", "es", "de")


def main():
    here = Path(__file__).resolve().parent
    for lang in LANGUAGES:
        text, paragraphs = file_to_conll(here / f"{lang}.txt")
        target = here / f"{lang}.conll"
        if "--check" in sys.argv:
            if target.read_text(encoding="utf-8") != text:
                sys.exit(f"{target} is out of date: run python3 {Path(__file__).name}")
            print(f"{target.name} matches its source ({paragraphs} paragraphs)")
        else:
            target.write_text(text, encoding="utf-8")
            print(f"{target.name}: {paragraphs} paragraphs", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Turns the hand-labelled French, Spanish and German paragraphs (fr.txt, es.txt, de.txt, [TYPE
words] markup) into CoNLL-2003 columns, one document per paragraph, with the tokenisation and
IOB1 tags of ../make_conll.py. `--check` fails when a committed .conll is not what this script
makes of its .txt."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_conll import write_or_check  # noqa: E402

LANGUAGES = ("fr", "es", "de")


def main():
    write_or_check(Path(__file__).resolve().parent, LANGUAGES)


if __name__ == "__main__":
    main()

"""Runs the Python example of docs/http-api.md, exactly as written there, against a real
news-serve, and checks the table it prints against the API's own hits."""
import collections
import os
import re
import subprocess
import sys
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(__file__))
import serve_fixture as fx  # noqa: E402


def doc_example():
    doc = os.path.join(fx.env_path("NEWSARCHIVE_SOURCE_DIR"), "docs", "http-api.md")
    with open(doc, encoding="utf-8") as f:
        text = f.read()
    section = text.split("## Python, standard library only", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


class DocsPythonTest(unittest.TestCase):
    def test_the_documented_lines_run_and_count_the_hits_by_source(self):
        with fx.temp_dir() as work:
            server = fx.Server(fx.build_archive(work))
            try:
                run = subprocess.run([sys.executable, "-c", doc_example()], capture_output=True,
                                     text=True, timeout=60,
                                     env=dict(os.environ, NEWSARCHIVE_URL=server.url))
                _, result = server.json("/api/search?" + urllib.parse.urlencode(
                    {"q": "harbour", "limit": 100}))
            finally:
                server.close()
        self.assertEqual(run.returncode, 0, run.stderr)
        printed = {}
        for line in run.stdout.splitlines():
            n, source = line.strip().split("  ", 1) if "  " in line.strip() else (line.strip(), "")
            printed[source.strip()] = int(n)
        expected = collections.Counter(h["source"] for h in result["hits"])
        self.assertEqual(printed, dict(expected))
        self.assertGreater(len(expected), 1)


if __name__ == "__main__":
    unittest.main()

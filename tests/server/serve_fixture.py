"""A real archive and a real news-serve for the server's tests: sample_data/ plus a few test
articles (hostile markup, right-to-left and CJK text) indexed by news-index, served on a free
loopback port."""
import json
import os
import subprocess
import tempfile
import urllib.error
import urllib.request

# Articles the tests need beyond sample_data/: one whose every field tries to run script, and
# one each in Arabic and Japanese.
HOSTILE = '<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=2">'
TEST_ARTICLES = [
    {"id": "hostile-1", "title": "Harbour " + HOSTILE, "source": "Evil " + HOSTILE,
     "author": "Mallory " + HOSTILE, "date": "2020-02-02",
     "url": "javascript:window.__pwned=3",
     "body": "The harbour pilot said " + HOSTILE + " twice.\n\nA second harbour paragraph."},
    {"id": "arabic-1", "title": "ميناء المدينة يعيد فتح أبوابه", "source": "Test Arabic",
     "date": "2020-03-03", "language": "ar",
     "body": "أعلنت سلطات الميناء أن الميناء سيعيد فتح أبوابه يوم الاثنين بعد العاصفة."},
    {"id": "japanese-1", "title": "港が嵐の後に再開", "source": "Test Japanese",
     "date": "2020-04-04", "language": "ja",
     "body": "港湾当局は、嵐の後、港が月曜日に再開すると発表した。"},
]


def env_path(name):
    path = os.environ.get(name)
    if not path:
        raise SystemExit(f"set {name} (ctest does)")
    return path


def build_archive(work):
    """Indexes sample_data/ and the test articles into work/db; returns the db path."""
    extra = os.path.join(work, "test-articles.jsonl")
    with open(extra, "w", encoding="utf-8") as out:
        for a in TEST_ARTICLES:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    db = os.path.join(work, "db")
    source = os.path.join(env_path("NEWSARCHIVE_SOURCE_DIR"), "sample_data")
    for path in (source, extra):
        subprocess.run([env_path("NEWS_INDEX"), "--db", db, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return db


class Server:
    """news-serve on 127.0.0.1, a free port; stopped (SIGTERM) by close()."""

    def __init__(self, db, *args):
        self.proc = subprocess.Popen([env_path("NEWS_SERVE"), "--db", db,
                                      "--listen", "127.0.0.1:0", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("news-serve did not start: " + self.proc.stderr.read())
        self.url = line.strip().rsplit(" on ", 1)[1].rstrip("/")

    def get(self, path, headers=None, method="GET"):
        """(status, headers, body bytes) of a request; errors are answers too."""
        request = urllib.request.Request(self.url + path, headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(request, timeout=30) as res:
                return res.status, res.headers, res.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def json(self, path, **kw):
        status, _, body = self.get(path, **kw)
        return status, json.loads(body)

    def close(self):
        """Stops the server; a clean stop exits 0 (under the sanitizers: nothing leaked)."""
        self.proc.terminate()
        code = self.proc.wait(timeout=30)
        errors = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        if code != 0:
            raise RuntimeError(f"news-serve exited {code} on SIGTERM: {errors[-3000:]}")


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, seconds=20):
    import socket
    import time
    deadline = time.time() + seconds
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


def temp_dir():
    return tempfile.TemporaryDirectory(prefix="news-serve-test-")

"""news-serve's HTTP API (docs/http-api.md) on a real archive: sample_data/ indexed by the real
news-index, served by the real news-serve on a free loopback port."""
import json
import os
import signal
import subprocess
import sys
import unittest
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
import serve_fixture as fx  # noqa: E402


def q(**params):
    return urllib.parse.urlencode(params, doseq=True)


class ApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = fx.temp_dir()
        cls.db = fx.build_archive(cls.tmp.name)
        cls.server = fx.Server(cls.db)

    @classmethod
    def tearDownClass(cls):
        cls.server.close()
        cls.tmp.cleanup()

    def search(self, **params):
        return self.server.json("/api/search?" + q(**params))

    def test_search_is_byte_for_byte_news_search_json(self):
        _, _, body = self.server.get("/api/search?" + q(q="harbour", facets="person,date"))
        cli = subprocess.run([fx.env_path("NEWS_SEARCH"), "--db", self.db, "--json",
                              "--facets", "person,date", "--", "harbour"],
                             capture_output=True, check=True)
        self.assertEqual(body, cli.stdout)
        self.assertGreater(len(json.loads(body)["hits"]), 0)

    def test_paging_returns_the_next_hits(self):
        _, first = self.search(q="the", limit=2, sort="newest")
        _, second = self.search(q="the", limit=2, offset=2, sort="newest")
        self.assertEqual([h["rank"] for h in second["hits"]], [3, 4])
        self.assertFalse({h["id"] for h in first["hits"]} & {h["id"] for h in second["hits"]})
        dates = [h["date"] for h in first["hits"] + second["hits"]]
        self.assertEqual(dates, sorted(dates, reverse=True))

    def test_filter_narrows_to_the_facet_value(self):
        _, all_hits = self.search(q="harbour", facets="source:50")
        # A value holding '"' cannot be written as a filter (docs/http-api.md).
        source = next(v for v in all_hits["facets"][0]["values"] if '"' not in v["key"])
        status, narrowed = self.search(q="harbour", filter="source:" + source["key"])
        self.assertEqual(status, 200)
        self.assertEqual(narrowed["total"]["estimate"], source["count"])
        self.assertLess(narrowed["total"]["estimate"], all_hits["total"]["estimate"])

    def test_since_until_like_explain(self):
        _, dated = self.search(q="harbour", since="2020-02", until="2020-02", limit=50)
        self.assertEqual([h["id"] for h in dated["hits"]], ["hostile-1"])
        _, like = self.search(like="hostile-1")
        self.assertNotIn("hostile-1", [h["id"] for h in like["hits"]])
        self.assertGreater(len(like["like_terms"]), 0)
        _, explained = self.search(q="harbour", explain=1, limit=1)
        self.assertGreater(len(explained["hits"][0]["explanation"]["terms"]), 0)

    def test_facets_endpoint(self):
        status, body = self.server.json("/api/facets?" + q(q="harbour"))
        self.assertEqual(status, 200)
        self.assertEqual([f["field"] for f in body["facets"]],
                         ["person", "org", "place", "source", "lang", "date"])
        _, only = self.server.json("/api/facets?" + q(q="harbour", facets="lang"))
        self.assertEqual([f["field"] for f in only["facets"]], ["lang"])

    def test_article_and_not_found(self):
        status, a = self.server.json("/api/article/arabic-1")
        self.assertEqual(status, 200)
        self.assertEqual(a["title"], fx.TEST_ARTICLES[1]["title"])
        self.assertIn("body", a)
        status, err = self.server.json("/api/article/no-such-id")
        self.assertEqual(status, 404)
        self.assertEqual(err["error"]["kind"], "not_found")

    def news_search_json(self, *args):
        out = subprocess.run([fx.env_path("NEWS_SEARCH"), "--db", self.db, "--json", *args],
                             capture_output=True, check=True).stdout
        return json.loads(out)

    def test_trend_is_news_search_trend(self):
        status, body = self.server.json("/api/trend?" + q(q=["storm", "harbour"], by="year"))
        self.assertEqual(status, 200)
        self.assertEqual(body, self.news_search_json("--trend", "storm", "--trend", "harbour",
                                                     "--by", "year"))
        self.assertEqual([s["query"] for s in body["series"]], ["storm", "harbour"])
        self.assertEqual(body["granularity"], "year")
        status, error = self.server.json("/api/trend?" + q(by="year"))
        self.assertEqual((status, error["error"]["kind"]), (400, "request"))

    def test_kwic_is_news_search_kwic(self):
        status, body = self.server.json("/api/kwic?" + q(q="storm", context=3, order="left"))
        self.assertEqual(status, 200)
        self.assertEqual(body, self.news_search_json("--kwic", "--context", "3", "--sort", "left",
                                                     "--", "storm"))
        self.assertGreater(len(body["lines"]), 0)
        self.assertTrue(all(line["match"].lower() == "storm" for line in body["lines"]))
        status, error = self.server.json("/api/kwic?" + q(q="storm", order="up"))
        self.assertEqual((status, error["error"]["kind"]), (400, "request"))

    def test_lineage_and_not_found(self):
        _, hits = self.search(q="portmere harbour", collapse=0, limit=1)
        some_id = hits["hits"][0]["id"]
        status, body = self.server.json("/api/lineage/" + urllib.parse.quote(some_id))
        self.assertEqual(status, 200)
        self.assertEqual(body, self.news_search_json("--lineage", some_id))
        self.assertGreater(len(body["copies"]) + len(body["undated"]), 1)
        status, error = self.server.json("/api/lineage/no-such-article")
        self.assertEqual((status, error["error"]["kind"]), (404, "not_found"))

    def test_derived_facets_are_offered_as_by_the_library(self):
        status, body = self.search(q="portmere", facets="words:5,first-source")
        self.assertEqual(status, 200)
        self.assertEqual([f["field"] for f in body["facets"]], ["words", "first-source"])
        self.assertGreater(len(body["facets"][0]["values"]), 0)

    def test_errors_are_json_with_kinds_and_statuses(self):
        cases = [({"q": "harbour", "limit": 1000}, "request"),
                 ({"q": "harbour", "limit": "ten"}, "request"),
                 ({"q": "x" * 1001}, "request"),
                 ({"q": "harbour", "sort": "sideways"}, "request"),
                 ({"q": "harbour", "filter": "body:x"}, "request"),
                 ({"q": "harbour", "facets": "colour"}, "request"),
                 ({"q": "harbour", "since": "last tuesday"}, "query"),
                 ({"like": "no-such-id"}, "query")]
        for params, kind in cases:
            status, body = self.search(**params)
            self.assertEqual((status, body["error"]["kind"]), (400, kind), params)
            self.assertTrue(body["error"]["message"])

    def test_health_reports_count_revision_and_sees_each_commit(self):
        status, before = self.server.json("/api/health")
        self.assertEqual(status, 200)
        self.assertEqual(before["status"], "ok")
        self.assertEqual(before["shards"], {"total": 1, "answering": 1, "missing": []})
        extra = os.path.join(self.tmp.name, "late.jsonl")
        with open(extra, "w") as out:
            out.write(json.dumps({"id": "late-1", "title": "Zeppelin lands late",
                                  "body": "A zeppelin landed.", "date": "2021-01-01"}) + "\n")
        subprocess.run([fx.env_path("NEWS_INDEX"), "--db", self.db, extra], check=True,
                       capture_output=True)
        _, after = self.server.json("/api/health")
        self.assertEqual(after["articles"], before["articles"] + 1)
        self.assertGreater(after["revision"], before["revision"])
        _, found = self.search(q="zeppelin")
        self.assertEqual([h["id"] for h in found["hits"]], ["late-1"])

    def test_export_all_as_json_lines_and_csv(self):
        _, counted = self.search(q="the", exact=1, limit=0)
        total = counted["total"]["estimate"]
        status, headers, body = self.server.get("/api/search?" + q(q="the", all=1))
        self.assertEqual(status, 200)
        self.assertEqual(headers["Transfer-Encoding"], "chunked")
        lines = [json.loads(line) for line in body.decode().splitlines()]
        self.assertEqual(len(lines), total)
        self.assertEqual([h["rank"] for h in lines], list(range(1, total + 1)))
        _, _, csv_body = self.server.get("/api/search?" + q(q="harbour", all=1, format="csv"))
        rows = csv_body.decode().split("\r\n")
        self.assertTrue(rows[0].startswith("rank,id,date,title,source"))
        hostile = next(r for r in rows if ",hostile-1," in r)
        self.assertIn('"Harbour <script>', hostile)  # quoted: the title holds '"'

    def test_export_stops_at_the_row_limit_and_says_so(self):
        server = fx.Server(self.db, "--max-export-rows", "3")
        try:
            _, _, body = server.get("/api/search?" + q(q="the", all=1))
        finally:
            server.close()
        lines = [json.loads(line) for line in body.decode().splitlines()]
        self.assertEqual(len(lines), 4)
        self.assertEqual(lines[-1]["error"]["kind"], "incomplete")

    def test_oversized_requests_are_json_errors(self):
        status, _, body = self.server.get("/api/search?q=" + "a" * 9000)
        self.assertEqual((status, json.loads(body)["error"]["kind"]), (414, "request"))
        # No body is ever read: the API takes none, and a request with one is refused unread.
        request = urllib.request.Request(self.server.url + "/api/health", data=b"x" * 20000,
                                         method="POST")
        try:
            urllib.request.urlopen(request, timeout=30)
            status = 200
        except urllib.error.HTTPError as e:
            status, body = e.code, e.read()
        self.assertEqual((status, json.loads(body)["error"]["kind"]), (405, "request"))
        self.assertEqual(self.server.get("/api/health")[0], 200)

    def test_read_only_and_no_file_system(self):
        status, _, _ = self.server.get("/api/search?q=x", method="POST")
        self.assertEqual(status, 405)
        for path in ("/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/CMakeLists.txt",
                     "/api/nothing"):
            status, _, body = self.server.get(path)
            self.assertEqual(status, 404, path)
            self.assertEqual(json.loads(body)["error"]["kind"], "not_found")

    def test_page_and_security_headers(self):
        status, headers, body = self.server.get("/")
        self.assertEqual(status, 200)
        self.assertIn(b'<script src="/app.js"', body)
        self.assertIn("script-src 'self'", headers["Content-Security-Policy"])
        self.assertIsNone(headers["Access-Control-Allow-Origin"])
        status, headers, _ = self.server.get("/app.js")
        self.assertTrue(headers["Content-Type"].startswith("text/javascript"))

    def test_cors_only_for_the_origin_named(self):
        server = fx.Server(self.db, "--cors", "https://newsroom.example")
        try:
            _, headers, _ = server.get("/api/health")
        finally:
            server.close()
        self.assertEqual(headers["Access-Control-Allow-Origin"], "https://newsroom.example")

    def test_token_required_when_given_and_off_loopback(self):
        refused = subprocess.run([fx.env_path("NEWS_SERVE"), "--db", self.db,
                                  "--listen", "0.0.0.0:0"], capture_output=True, text=True,
                                 timeout=30)
        self.assertEqual(refused.returncode, 2)
        self.assertIn("--token-file", refused.stderr)
        token_file = os.path.join(self.tmp.name, "token")
        with open(token_file, "w") as out:
            out.write("s3cret-token-of-enough-length\n")
        server = fx.Server(self.db, "--token-file", token_file)
        try:
            self.assertEqual(server.get("/api/health")[0], 401)
            self.assertEqual(server.get("/api/health", headers={
                "Authorization": "Bearer wrong-token-of-enough-length"})[0], 401)
            self.assertEqual(server.get("/api/health", headers={
                "Authorization": "Bearer s3cret-token-of-enough-length"})[0], 200)
            self.assertEqual(server.get("/")[0], 200)
        finally:
            server.close()


class ShardHealthTest(unittest.TestCase):
    def test_partial_archive_reports_the_missing_shard(self):
        with fx.temp_dir() as work:
            db = fx.build_archive(work)
            stub = os.path.join(work, "archive.stub")
            with open(stub, "w") as out:
                out.write(f"auto {db}\nremote 127.0.0.1:1\n")
            server = fx.Server(stub, "--allow-partial")
            try:
                status, health = server.json("/api/health")
            finally:
                server.close()
        self.assertEqual(status, 200)
        self.assertEqual(health["status"], "partial")
        self.assertEqual((health["shards"]["total"], health["shards"]["answering"]), (2, 1))
        self.assertIsNone(health["revision"])
        self.assertIn("127.0.0.1:1", health["shards"]["missing"][0])

    def test_shard_that_stops_answering_is_a_503_database_error(self):
        with fx.temp_dir() as work:
            db = fx.build_archive(work)
            port = fx.free_port()
            # Its own process group: xapian-tcpsrv serves each connection from a child.
            tcpsrv = subprocess.Popen(["xapian-tcpsrv", "--port", str(port), db],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                      start_new_session=True)
            fx.wait_for_port(port)
            stub = os.path.join(work, "remote.stub")
            with open(stub, "w") as out:
                out.write(f"remote 127.0.0.1:{port}\n")
            server = fx.Server(stub)
            try:
                self.assertEqual(server.json("/api/search?q=harbour")[0], 200)
                os.killpg(tcpsrv.pid, signal.SIGKILL)
                tcpsrv.wait(timeout=10)
                status, body = server.json("/api/search?q=harbour")
                health_status, _ = server.json("/api/health")
            finally:
                server.close()
                if tcpsrv.poll() is None:
                    os.killpg(tcpsrv.pid, signal.SIGKILL)
        self.assertEqual((status, body["error"]["kind"]), (503, "database"))
        self.assertEqual(health_status, 503)


if __name__ == "__main__":
    unittest.main()

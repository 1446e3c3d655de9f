"""Fetching a page: address checks as pure functions, and fetches from a tiny server on 127.0.0.1.

Nothing here touches the internet. The local server is private by definition, so the tests let
exactly 127.0.0.1 through (``allow_addresses``); every other private address stays refused.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from viewpoints.corpus.fetch import check_url, fetch_url, is_public, vetted_addresses
from viewpoints.corpus.io import ArticleError

LOCAL = {"127.0.0.1"}
ARTICLE = b"""<html><head><title>Ferries sail again</title><meta name="author" content="Ana Ruiz"></head><body>
<article><h1>Ferries sail again</h1><p>The ferry company said the first boats would sail at dawn. Crews cleared the quay overnight.</p>
<script>alert('x')</script><h2>Doubts remain</h2><p>Union leaders argued that the schedule was too ambitious.</p></article></body></html>"""


@pytest.mark.parametrize(
    "address, public",
    [
        ("93.184.216.34", True), ("8.8.8.8", True), ("2606:4700:4700::1111", True),
        ("127.0.0.1", False), ("127.8.9.10", False), ("10.0.0.1", False), ("172.16.5.4", False), ("192.168.1.1", False),
        ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False), ("240.0.0.1", False),
        ("255.255.255.255", False), ("192.0.2.10", False), ("198.18.0.1", False),
        ("::1", False), ("::", False), ("fe80::1%eth0", False), ("fc00::1", False), ("ff02::1", False), ("2001:db8::1", False),
        ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False), ("::ffff:93.184.216.34", False),
        ("2002:7f00:1::", False), ("2002:a00:1::", False), ("64:ff9b::a00:1", False), ("2001:0:4136:e378:8000:63bf:f5ff:fffe", False),
        ("localhost", False), ("not an address", False), ("", False),
    ],
)
def test_is_public(address, public):
    assert is_public(address) is public


@pytest.mark.parametrize(
    "url, message",
    [
        ("ftp://example.org/article", "only web addresses"),
        ("file:///etc/passwd", "only web addresses"),
        ("javascript:alert(1)", "only web addresses"),
        ("data:text/html,<p>hi</p>", "only web addresses"),
        ("gopher://example.org/", "only web addresses"),
        ("example.org/article", "only web addresses"),
        ("", "give the address"),
        ("   ", "give the address"),
        ("http://user:secret@example.org/", "user name or password"),
        ("http://example.org:99999/", "invalid port"),
        ("http:///article", "no host name"),
    ],
)
def test_check_url_refuses(url, message):
    with pytest.raises(ArticleError, match=message):
        check_url(url)
    with pytest.raises(ArticleError, match=message):
        fetch_url(url, resolver=fail_if_called)


def fail_if_called(host, port):
    raise AssertionError(f"{host} should not have been resolved")


def test_check_url_parts():
    assert check_url("HTTPS://News.Example.org:8443/a/b?c=1#frag") == ("https", "news.example.org", 8443, "/a/b?c=1")
    assert check_url("http://example.org") == ("http", "example.org", 80, "/")
    assert check_url("http://exämple.org/café a?q=ü") == ("http", "xn--exmple-cua.org", 80, "/caf%C3%A9%20a?q=%C3%BC")
    assert check_url("http://[::1]:8080/x") == ("http", "::1", 8080, "/x")
    assert not {"\r", "\n", " "} & set(check_url("http://example.org/a\r\nX-Injected: 1\t")[3])  # no header injection


@pytest.mark.parametrize(
    "addresses, ok",
    [(["93.184.216.34"], True), (["93.184.216.34", "2606:4700:4700::1111"], True), (["93.184.216.34", "10.0.0.5"], False), (["::1"], False), (["169.254.169.254"], False)],
)
def test_every_address_of_a_host_must_be_public(addresses, ok):
    def resolver(host, port):
        return addresses

    if ok:
        assert vetted_addresses("news.test", 443, resolver=resolver) == addresses
    else:
        with pytest.raises(ArticleError, match="private or reserved address"):
            vetted_addresses("news.test", 443, resolver=resolver)


@pytest.mark.parametrize("error", [socket.gaierror(-3, "Temporary failure in name resolution"), socket.gaierror(-2, "Name or service not known"), OSError("Network is unreachable")])
def test_no_internet_is_said_plainly(error):
    def resolver(host, port):
        raise error

    with pytest.raises(ArticleError, match="could not reach news.test: this server has no internet access"):
        fetch_url("https://news.test/article", resolver=resolver)


# -- a tiny local server --------------------------------------------------------------------------

class Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str]]] = []  # (path, Host header) of every request

    def log_message(self, *args):  # keep test output quiet
        pass

    def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers: dict | None = None, length: bool = True):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # http.server's name
        Handler.seen.append((self.path, self.headers.get("Host", "")))
        port = self.server.server_address[1]
        routes = {
            "/article": lambda: self.send(200, ARTICLE),
            "/plain": lambda: self.send(200, b"The ferry sailed. Crews cheered.", "text/plain; charset=utf-8"),
            "/latin": lambda: self.send(200, "<p>The café by the quay reopened today.</p>".encode("latin-1"), "text/html; charset=iso-8859-1"),
            "/pdf": lambda: self.send(200, b"%PDF-1.7 binary", "application/pdf"),
            "/big": lambda: self.send(200, b"<p>" + b"The quay reopened. " * 10_000 + b"</p>"),
            "/big-unlabelled": lambda: self.send(200, b"<p>" + b"The quay reopened. " * 10_000 + b"</p>", length=False),
            "/bomb": lambda: self.send(200, gzip.compress(b"<p>" + b" " * 20_000_000 + b"</p>"), headers={"Content-Encoding": "gzip"}),
            "/bad-gzip": lambda: self.send(200, b"not gzip at all", headers={"Content-Encoding": "gzip"}),
            "/brotli": lambda: self.send(200, b"??", headers={"Content-Encoding": "br"}),
            "/gzip": lambda: self.send(200, gzip.compress(ARTICLE), headers={"Content-Encoding": "gzip"}),
            "/missing": lambda: self.send(404, b"not here"),
            "/redirect-ok": lambda: self.send(302, headers={"Location": "/article"}),
            "/redirect-private": lambda: self.send(302, headers={"Location": "http://10.0.0.1/article"}),
            "/redirect-metadata": lambda: self.send(301, headers={"Location": "http://169.254.169.254/latest/meta-data/"}),
            "/redirect-ipv6-loopback": lambda: self.send(307, headers={"Location": f"http://[::1]:{port}/article"}),
            "/redirect-file": lambda: self.send(302, headers={"Location": "file:///etc/passwd"}),
            "/loop": lambda: self.send(302, headers={"Location": "/loop"}),
            "/slow": self.slow,
            "/drip": self.drip,
        }
        routes.get(self.path, lambda: self.send(404))()

    def slow(self):
        time.sleep(3)
        self.send(200, ARTICLE)

    def drip(self):  # headers at once, then one byte every 0.2 s: each read is quick, the whole is not
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(40):
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # the client hanging up early is the point
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_reads_the_page(server):
    article = fetch_url(f"{server}/article", allow_addresses=LOCAL)
    assert (article.title, article.byline, article.format, article.source) == ("Ferries sail again", "Ana Ruiz", "html", f"url:{server}/article")
    assert "## Doubts remain" in article.text.splitlines() and "alert" not in article.text


@pytest.mark.parametrize("path, fmt, text", [("/plain", "text", "The ferry sailed. Crews cheered."), ("/latin", "html", "The café by the quay reopened today."), ("/gzip", "html", "The ferry company said")])
def test_fetch_decodes_what_the_server_declares(server, path, fmt, text):
    article = fetch_url(server + path, allow_addresses=LOCAL)
    assert article.format == fmt and text in article.text


def test_local_addresses_are_refused_by_default(server):
    before = len(Handler.seen)
    with pytest.raises(ArticleError, match=r"private or reserved address \(127.0.0.1\)"):
        fetch_url(f"{server}/article")
    assert len(Handler.seen) == before  # refused before any connection


def test_the_checked_address_is_the_one_connected_to(server):
    port = server.rsplit(":", 1)[1]
    article = fetch_url(f"http://news.test:{port}/article", resolver=lambda host, p: ["127.0.0.1"], allow_addresses=LOCAL)
    assert "ferry company" in article.text
    assert Handler.seen[-1] == ("/article", f"news.test:{port}")  # no second lookup of news.test


@pytest.mark.parametrize(
    "path, options, message",
    [
        ("/big", {"max_bytes": 100_000}, "larger than"),
        ("/big-unlabelled", {"max_bytes": 100_000}, "larger than"),
        ("/bomb", {"max_bytes": 1_000_000}, "larger than"),
        ("/redirect-private", {}, r"private or reserved address \(10.0.0.1\)"),
        ("/redirect-metadata", {}, r"private or reserved address \(169.254.169.254\)"),
        ("/redirect-ipv6-loopback", {}, r"private or reserved address \(::1\)"),
        ("/redirect-file", {}, "only web addresses"),
        ("/loop", {}, "redirects more than 5 times"),
        ("/missing", {}, "answered 404 Not Found"),
        ("/bad-gzip", {}, "could not be unpacked"),
        ("/brotli", {}, "compressed as br"),
        ("/pdf", {}, "application/pdf, not a web page"),
    ],
)
def test_fetch_refuses(server, path, options, message):
    with pytest.raises(ArticleError, match=message):
        fetch_url(server + path, allow_addresses=LOCAL, **options)


def test_redirects_are_followed_and_noted(server):
    article = fetch_url(f"{server}/redirect-ok", allow_addresses=LOCAL)
    assert article.source == f"url:{server}/redirect-ok" and f"the address redirected to {server}/article" in article.notes


@pytest.mark.parametrize("path", ["/slow", "/drip"])
def test_timeout_bounds_the_whole_fetch(server, path):
    started = time.monotonic()
    with pytest.raises(ArticleError, match="took too long"):
        fetch_url(server + path, timeout=1, allow_addresses=LOCAL)
    assert time.monotonic() - started < 2.5


def test_a_closed_port_cannot_be_reached():
    with socket.socket() as probe:  # a port nobody listens on: bind, note it, close
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ArticleError, match="could not reach 127.0.0.1"):
        fetch_url(f"http://127.0.0.1:{port}/", allow_addresses=LOCAL, timeout=3)

"""A web page in, safely: ``fetch_url(url) -> Article``.

Only http(s). Every host is resolved first and refused unless all its addresses are public (no
private, loopback, link-local, shared, multicast or reserved ones, also when written inside an IPv6
address), and the connection then goes to the address that was checked, so a name cannot point
somewhere else a moment later. Redirects are followed by hand (at most five), each checked the same
way. The size cap holds while the body streams in, and the timeout bounds the whole fetch.
Standard library only: ``http.client`` lets the vetted address be the one connected to.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import string
import time
import zlib
from collections.abc import Callable, Collection
from dataclasses import replace
from email.message import Message
from urllib.parse import quote, urljoin, urlsplit

from .ingest import Article, from_html, from_markdown, from_text
from .io import ArticleError

MAX_REDIRECTS = 5
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
CHUNK = 64 * 1024
USER_AGENT = "Viewpoints/0.1 (article reader; +https://github.com/)"
REDIRECTS = {301, 302, 303, 307, 308}
TEXT_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown"}
# IPv6 ranges that carry an IPv4 address inside them: the IPv4 address is checked too.
NAT64 = ipaddress.ip_network("64:ff9b::/96")

Resolver = Callable[[str, int], list[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, Teredo, NAT64), if any."""
    if ip.version == 4:
        return None
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(address: str | IPAddress) -> bool:
    """True only for a globally routable unicast address; False for anything private or special."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0] if isinstance(address, str) else address)
    except ValueError:
        return False
    inner = embedded_ipv4(ip)
    if inner is not None and not is_public(inner):
        return False
    special = ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
    return ip.is_global and not special


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path-and-query) of an http(s) URL; anything else is refused."""
    if not isinstance(url, str) or not url.strip():
        raise ArticleError("give the address of a web page, starting with https:// or http://")
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ArticleError(f"only web addresses (https:// or http://) can be fetched, not {scheme or 'this'}: addresses")
    if parts.username is not None or parts.password is not None:
        raise ArticleError("addresses with a user name or password in them are not fetched")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise ArticleError(f"the address has an invalid port: {exc}") from exc
    if not parts.hostname:
        raise ArticleError("the address has no host name")
    try:  # "exämple.org" travels as "xn--exmple-cua.org"; spaces and accents in the path as %-escapes
        host = parts.hostname if ":" in parts.hostname else parts.hostname.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ArticleError(f"the host name {parts.hostname!r} is not valid") from exc
    path = quote((parts.path or "/") + (f"?{parts.query}" if parts.query else ""), safe=string.punctuation)
    return scheme, host, port, path


def resolve(host: str, port: int) -> list[str]:
    """All addresses a host name resolves to (an IP literal resolves to itself)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def vetted_addresses(host: str, port: int, *, resolver: Resolver = resolve, allow: Collection[str] = ()) -> list[str]:
    """The host's addresses, when every one of them is public (or in `allow`, for tests)."""
    try:
        addresses = resolver(host, port)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise ArticleError(f"could not reach {host}: this server has no internet access, or the name does not exist ({exc})") from exc
    if not addresses:
        raise ArticleError(f"could not reach {host}: the name has no addresses")
    refused = [a for a in addresses if not is_public(a) and a not in allow]
    if refused:
        raise ArticleError(f"{host} points to a private or reserved address ({refused[0]}); only public web pages are fetched")
    return addresses


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to an address that was already checked, with the URL's host in Host."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = self.vetted_sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(_PinnedHTTP):
    def connect(self) -> None:
        super().connect()
        self.sock = self.vetted_sock = ssl.create_default_context().wrap_socket(self.sock, server_hostname=self.host)


def fetch_url(
    url: str,
    *,
    timeout: float = 10,
    max_bytes: int = DEFAULT_MAX_BYTES,
    resolver: Resolver = resolve,
    allow_addresses: Collection[str] = (),
) -> Article:
    """Fetch a public web page and read it as an article (``source="url:<url>"``, the first URL).

    `resolver` and `allow_addresses` exist for tests, which serve pages from 127.0.0.1; leave them be.
    """
    deadline = time.monotonic() + timeout
    current = url.strip() if isinstance(url, str) else url
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port, path = check_url(current)
        addresses = vetted_addresses(host, port, resolver=resolver, allow=allow_addresses)
        status, headers, body = _get(scheme, host, port, path, addresses, deadline, max_bytes)
        if status in REDIRECTS and headers.get("Location"):
            current = urljoin(current, headers["Location"].strip())
            continue
        if not 200 <= status < 300 or status == 204:
            raise ArticleError(f"{host} answered {status} {http.client.responses.get(status, '')}".rstrip() + "; check the address")
        article = _article(body, headers, source=f"url:{url.strip()}")
        moved = (f"the address redirected to {current}",) if current != url.strip() else ()
        return replace(article, notes=moved + article.notes)
    raise ArticleError(f"{url} redirects more than {MAX_REDIRECTS} times; open it in a browser and copy the final address")


def _remaining(deadline: float, host: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise ArticleError(f"{host} took too long to answer; try again later")
    return left


def _get(scheme: str, host: str, port: int, path: str, addresses: list[str], deadline: float, max_bytes: int) -> tuple[int, Message, bytes]:
    cls = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
    name = f"[{host}]" if ":" in host else host
    hostport = name if port == (443 if scheme == "https" else 80) else f"{name}:{port}"
    errors = []
    for address in addresses:
        conn = cls(host, port, address, _remaining(deadline, host))
        try:
            conn.request("GET", path, headers={"Host": hostport, "User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9, */*;q=0.1", "Accept-Encoding": "gzip, identity"})
            response = conn.getresponse()
            return response.status, response.msg, _read(conn, response, deadline, max_bytes, host)
        except ArticleError:
            raise
        except TimeoutError as exc:
            raise ArticleError(f"{host} took too long to answer; try again later") from exc
        except zlib.error as exc:
            raise ArticleError(f"{host} sent a compressed page that could not be unpacked ({exc})") from exc
        except ssl.SSLError as exc:
            raise ArticleError(f"{host} has no valid secure connection ({exc.reason or exc}); the page was not fetched") from exc
        except (OSError, http.client.HTTPException) as exc:
            errors.append(exc)
        finally:
            conn.close()
    raise ArticleError(f"could not reach {host}: this server has no internet access, or the site is down ({errors[-1]})")


def _read(conn: _PinnedHTTP, response: http.client.HTTPResponse, deadline: float, max_bytes: int, host: str) -> bytes:
    too_big = f"the page at {host} is larger than {max_bytes / 2**20:g} MB; it was not read"
    length = response.getheader("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise ArticleError(too_big)
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
        raise ArticleError(f"{host} sent the page compressed as {encoding}, which this reader does not unpack")
    inflate = zlib.decompressobj(32 + zlib.MAX_WBITS) if encoding != "identity" else None  # gzip or zlib header
    chunks, size = [], 0
    while True:
        conn.vetted_sock.settimeout(_remaining(deadline, host))  # the whole fetch shares one deadline
        chunk = response.read1(CHUNK) if 200 <= response.status < 300 else b""
        if not chunk:
            chunk = inflate.flush() if inflate is not None else b""
            size += len(chunk)
            if size > max_bytes:
                raise ArticleError(too_big)
            chunks.append(chunk)
            break
        if inflate is not None:  # unpacked with a limit: a small bomb does not become a large page
            chunk = inflate.decompress(chunk, max_bytes + 1 - size)
        size += len(chunk)
        if size > max_bytes:
            raise ArticleError(too_big)
        chunks.append(chunk)
    return b"".join(chunks)


def _article(body: bytes, headers: Message, *, source: str) -> Article:
    ctype = headers.get_content_type() if headers.get("Content-Type") else ""
    kind = TEXT_TYPES.get(ctype) or ("html" if not ctype and body.lstrip()[:1] == b"<" else None)
    if kind is None:
        raise ArticleError(f"the address gives {ctype or 'something that is not a web page'}, not a web page or text")
    charset = headers.get_content_charset()
    if kind == "html":
        return from_html(body, source=source, encoding=charset)
    try:
        text = body.decode(charset or "utf-8-sig")
    except (LookupError, UnicodeDecodeError) as exc:
        raise ArticleError(f"the text at this address is not {charset or 'UTF-8'} as it should be; it was not read") from exc
    return (from_markdown if kind == "markdown" else from_text)(text, source=source)

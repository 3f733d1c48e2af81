"""Fetching a URL safely: http/https only, public addresses only, bounded in size and time.

Every host is resolved and every address it resolves to is checked before connecting; the
connection then goes to the checked address (so a second DNS answer cannot swap in a private
one), and each redirect is checked the same way. Private, loopback, link-local, reserved and
multicast addresses are refused unless `allow_private=True` (tests serve pages from loopback).
Every failure is a `FetchError` with one line that names the URL.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

MAX_BYTES = 5 * 1024 * 1024  # a news page or feed is far smaller; past this the download is stopped
TIMEOUT = 20.0  # seconds for the whole fetch, redirects included
MAX_REDIRECTS = 5
USER_AGENT = "Sanad/0.1 (claim-and-source verification; +https://w3id.org/sanad)"
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line naming the URL."""


@dataclass
class Fetched:
    url: str  # as asked for: the article's identity
    final_url: str  # after redirects
    status: int
    content_type: str  # media type only, lower case, e.g. "text/html"
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """304: the conditional request found nothing new (body is empty)."""
        return self.status == 304


def _why_not_public(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What kind of non-public address this is, or None for a public one."""
    if isinstance(addr, ipaddress.IPv6Address):
        embedded = addr.ipv4_mapped or addr.sixtofour  # an IPv4 address wearing IPv6 clothes
        if embedded is not None:
            return _why_not_public(embedded)
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(addr, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if addr.is_global else "non-global"  # e.g. 100.64/10, shared address space


def resolve_public(url: str, host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses to connect to for `host`, in the resolver's order, after checking every one."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise FetchError(f"{url}: cannot resolve host {host!r} ({e.strerror})")
    except UnicodeError:
        raise FetchError(f"{url}: invalid host name {host!r}")
    addrs = [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]
    if not allow_private:
        for addr in addrs:
            kind = _why_not_public(addr)
            if kind:
                raise FetchError(f"{url}: refused: {host} resolves to {addr}, a {kind} address "
                                 "(allow private addresses to fetch it)")
    return list(dict.fromkeys(str(a) for a in addrs))


def fetch(url: str, *, allow_private: bool = False, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT,
          etag: str | None = None, last_modified: str | None = None, accept: str | None = None,
          client: httpx.Client | None = None) -> Fetched:
    """GET `url` within the limits. `etag` / `last_modified` make it conditional: a 304 comes back
    as a `Fetched` whose `not_modified` is true. HTTP errors (4xx/5xx) are `FetchError`s."""
    own_client = client is None
    client = client or httpx.Client(trust_env=False, follow_redirects=False)
    deadline = time.monotonic() + timeout
    try:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            reply = _get_once(url, current, client, allow_private, max_bytes, deadline,
                             _request_headers(etag, last_modified, accept))
            if reply.status in _REDIRECTS and "location" in reply.headers:
                current = urljoin(current, reply.headers["location"])
                continue
            return _result(url, current, reply)
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
    finally:
        if own_client:
            client.close()


def _request_headers(etag: str | None, last_modified: str | None, accept: str | None) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT, "Accept": accept or "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _get_once(url: str, current: str, client: httpx.Client, allow_private: bool, max_bytes: int,
              deadline: float, headers: dict[str, str]) -> "_Reply":
    """One request, to the checked address of `current`'s host, with the body read within limits."""
    try:
        target = httpx.URL(current)
    except httpx.InvalidURL as e:
        raise FetchError(f"{url}: invalid URL ({e})")
    if target.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched, not {target.scheme or 'a relative URL'}"
                         + (f" (redirected to {current})" if current != url else ""))
    if not target.host:
        raise FetchError(f"{url}: no host in URL")
    port = target.port or (443 if target.scheme == "https" else 80)
    addresses = resolve_public(url if current == url else f"{url} (redirected to {current})",
                               target.host, port, allow_private)
    headers = {**headers, "Host": target.netloc.decode("ascii").rsplit("@", 1)[-1]}
    for n, address in enumerate(addresses, 1):
        try:
            return _read_reply(url, client, target.copy_with(host=address), headers, target.host, max_bytes,
                               deadline)
        except httpx.ConnectError as e:  # e.g. an IPv6 address on a host without IPv6: try the next
            if n == len(addresses):
                raise FetchError(f"{url}: cannot connect ({e})".splitlines()[0])
    raise AssertionError("unreachable: getaddrinfo gives at least one address")


def _read_reply(url: str, client: httpx.Client, pinned: httpx.URL, headers: dict[str, str], host: str,
                max_bytes: int, deadline: float) -> "_Reply":
    """GET the pinned address (TLS still checks the certificate against `host`), the body read
    within the size and time limits."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"{url}: timed out")
    try:
        with client.stream("GET", pinned, headers=headers, timeout=remaining,
                           extensions={"sni_hostname": host}) as resp:
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: too large ({int(declared):,} bytes; limit {max_bytes:,})")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{url}: too large (over {max_bytes:,} bytes; limit {max_bytes:,})")
                if time.monotonic() > deadline:
                    raise FetchError(f"{url}: timed out after {size:,} bytes")
                chunks.append(chunk)
            return _Reply(resp.status_code, resp.reason_phrase, resp.headers, b"".join(chunks))
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out")
    except httpx.ConnectError:
        raise  # the caller tries the host's next address
    except httpx.HTTPError as e:
        raise FetchError(f"{url}: {type(e).__name__}: {e}".splitlines()[0])


@dataclass
class _Reply:
    status: int
    reason: str
    headers: httpx.Headers
    body: bytes


def _result(url: str, final_url: str, reply: _Reply) -> Fetched:
    if reply.status >= 400 or (reply.status >= 300 and reply.status != 304):
        raise FetchError(f"{url}: HTTP {reply.status} {reply.reason}".rstrip())
    media_type = reply.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return Fetched(url=url, final_url=final_url, status=reply.status, content_type=media_type,
                   body=reply.body, etag=reply.headers.get("etag"), last_modified=reply.headers.get("last-modified"))

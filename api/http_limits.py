"""Limits on the request line and headers, enforced on the wire by `sanad serve`.

uvicorn's default HTTP parser (httptools) has no limit of its own: it buffered a 1 MB header
and answered 200, and a URL past 64 KiB got an opaque 400. Here the request target past
$SANAD_MAX_URL_BYTES (8 KiB, as nginx, Apache and Jetty by default) is answered 414, and a
header block past $SANAD_MAX_HEADER_BYTES (32 KiB) or $SANAD_MAX_HEADERS (100 fields) 431 —
before any of it reaches the app, and without reading the rest into memory.

The check sits in a subclass of uvicorn's httptools protocol (its parser callbacks on_url /
on_header), the only place that sees the bytes before they are buffered; without httptools,
uvicorn's h11 parser is used with its incomplete-event limit (400 past it).
"""

from __future__ import annotations

import os

MAX_URL_BYTES = 8 * 1024
MAX_HEADER_BYTES = 32 * 1024
MAX_HEADERS = 100
LINGER_SECONDS = 2.0  # keep draining a refused request briefly, so the client reads the answer, not a reset

MESSAGES = {
    414: "request URL too long (more than {url} bytes); send a long SPARQL query by POST",
    431: "request headers too large (more than {headers} bytes or {count} fields)",
}


def _limit(name: str, default: int, minimum: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < minimum:
        raise ValueError(f"${name} must be a whole number >= {minimum}, not {raw!r}")
    return int(raw)


def limits() -> tuple[int, int, int]:
    """(request-target bytes, header-block bytes, header fields) from the environment."""
    return (_limit("SANAD_MAX_URL_BYTES", MAX_URL_BYTES, 1024), _limit("SANAD_MAX_HEADER_BYTES", MAX_HEADER_BYTES, 1024),
            _limit("SANAD_MAX_HEADERS", MAX_HEADERS, 10))


def uvicorn_options() -> dict:
    """Keyword arguments for uvicorn.run / uvicorn.Config that enforce the limits."""
    max_url, max_headers, max_fields = limits()
    try:
        import httptools  # noqa: F401
    except ImportError:  # uvicorn without [standard]: h11 bounds what it buffers (400 past it)
        return {"http": "h11", "h11_max_incomplete_event_size": max_url + max_headers}
    return {"http": limited_protocol(max_url, max_headers, max_fields)}


def limited_protocol(max_url: int, max_header_bytes: int, max_fields: int):
    """uvicorn's httptools protocol, refusing an oversized request line (414) or header block (431)."""
    from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

    class LimitedHttpToolsProtocol(HttpToolsProtocol):
        _refused: int | None = None  # the status this connection's request was refused with
        _header_bytes = 0
        _header_fields = 0

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._header_bytes = self._header_fields = 0

        def on_url(self, url: bytes) -> None:
            super().on_url(url)
            if len(self.url) > max_url:
                self._refuse(414)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._header_bytes += len(name) + len(value) + 4  # ": " and CRLF
            self._header_fields += 1
            if self._header_bytes > max_header_bytes or self._header_fields > max_fields:
                self._refuse(431)
            super().on_header(name, value)

        def _refuse(self, status: int) -> None:
            self._refused = status
            # httptools turns this into an HttpParserError; uvicorn answers that with
            # send_400_response, which answers with this status instead (below)
            raise ValueError(f"HTTP {status}")

        def data_received(self, data: bytes) -> None:
            if self._refused is not None:
                return  # drained, not parsed: the answer is sent and the connection is closing
            super().data_received(data)

        def send_400_response(self, msg: str) -> None:
            if self._refused is None:
                return super().send_400_response(msg)
            body = MESSAGES[self._refused].format(url=max_url, headers=max_header_bytes, count=max_fields)
            body = (body + "\n").encode("ascii")
            head = [STATUS_LINE[self._refused]]
            for name, value in self.server_state.default_headers:
                head += [name, b": ", value, b"\r\n"]
            head += [b"content-type: text/plain; charset=utf-8\r\n",
                     b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
                     b"connection: close\r\n\r\n", body]
            self.transport.write(b"".join(head))
            # Closing now, with the rest of a large request unread, would reset the connection
            # and the client might never see the answer: half-close, drain, then close.
            if self.transport.can_write_eof():
                self.transport.write_eof()
            import asyncio

            asyncio.get_running_loop().call_later(LINGER_SECONDS, self.transport.close)

    return LimitedHttpToolsProtocol

"""A loopback HTTP server for the web and feed tests: saved pages and feeds from
tests/fixtures/web/, with the conditional GETs, redirects, errors and oversized or slow
answers a real news site can give. It records the headers of every request."""

from __future__ import annotations

import hashlib
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
FEED_MODIFIED = formatdate(1458907200, usegmt=True)  # 2016-03-25 12:00 GMT, the feeds' last change

# path → (fixture file, content type); feeds have {BASE} replaced by the server's own URL
ROUTES = {
    "/news/palmyra.html": ("palmyra.html", "text/html; charset=utf-8"),
    "/news/aleppo.html": ("aleppo.html", "text/html"),  # windows-1256, said only by its meta tag
    "/news/geneva.html": ("geneva.html", "text/html; charset=utf-8"),
    "/news/kerry.html": ("kerry.html", "text/html; charset=utf-8"),
    "/files/report.pdf": ("report.pdf", "application/pdf"),
    "/feeds/rss.xml": ("rss.xml", "application/rss+xml; charset=utf-8"),
    "/feeds/atom.xml": ("atom.xml", "application/atom+xml"),
}

# Reported speech that sits around the article in the saved pages: menus, tickers, related and
# most-read links, reader comments. None of it may reach an article's text, let alone a claim.
BOILERPLATE = [
    "انفجاراً هز وسط العاصمة",  # breaking-news ticker
    "المفاوضات السورية ستستأنف الشهر المقبل",  # related articles
    "القصف على حلب أوقع عشرات القتلى",
    "جولة جنيف انتهت دون نتائج",
    "الجيش لم يقترب من المدينة",  # comments
    "قصفت السوق القديم",
    "المتحف دُمّر بالكامل",
    "الحكومة لن ترفع أسعار الوقود",  # most read
    "العصابة اعتقلت بالكامل",
    "الخبز غير متوفر",  # comments
    "المساعدات بيعت في السوق",
    "المعارك في ريف اللاذقية توقفت",  # read also
    "أنقرة أغلقت المعبر",
    "الطائرات ستعود إلى قواعدها",  # latest news widget
    "أرباحها تضاعفت",
    "اتصل بنا", "الصفحة الأولى", "تسجيل الدخول", "جميع الحقوق محفوظة", "أضف تعليقك", "اشترك في نشرتنا",
]


def no_boilerplate(text: str) -> None:
    found = [b for b in BOILERPLATE if b in text]
    assert not found, f"page furniture became article text: {found}"


class WebServer:
    def __init__(self):
        self.requests: list[tuple[str, dict[str, str], int]] = []  # path, headers, status sent
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "WebServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def seen(self, path: str) -> list[tuple[dict[str, str], int]]:
        return [(headers, status) for p, headers, status in self.requests if p == path]

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        url = urlsplit(h.path)
        query = parse_qs(url.query)
        headers = {k.lower(): v for k, v in h.headers.items()}

        def send(status: int, body: bytes = b"", content_type: str = "text/plain", extra: dict | None = None,
                 length: bool = True):
            self.requests.append((url.path, headers, status))
            h.send_response(status)
            h.send_header("Content-Type", content_type)
            for k, v in (extra or {}).items():
                h.send_header(k, v)
            if length:
                h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)

        if url.path in ROUTES:
            name, content_type = ROUTES[url.path]
            body = (FIXTURES / name).read_bytes()
            if name.endswith(".xml"):
                body = body.replace(b"{BASE}", self.base.encode())
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                validators = {"ETag": etag, "Last-Modified": FEED_MODIFIED}
                if headers.get("if-none-match") == etag or (
                        "if-none-match" not in headers and headers.get("if-modified-since") == FEED_MODIFIED):
                    return send(304, extra=validators, length=False)
                return send(200, body, content_type, validators)
            return send(200, body, content_type)
        if url.path == "/redirect":  # ?to=URL
            return send(302, extra={"Location": query["to"][0]})
        if url.path == "/big":  # ?mb=N&declared=0|1: N MB of page, its length declared or not
            size = int(float(query.get("mb", ["6"])[0]) * 1024 * 1024)
            declared = query.get("declared", ["1"])[0] == "1"
            self.requests.append((url.path, headers, 200))
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            if declared:
                h.send_header("Content-Length", str(size))
            h.end_headers()
            chunk = b"<p>" + "كلام ".encode() * 200 + b"</p>\n"
            try:
                for _ in range(size // len(chunk) + 1):
                    h.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading: what the size limit is for
            return
        if url.path == "/slow":  # a byte every 0.2 s, for ever: only a total time limit stops it
            self.requests.append((url.path, headers, 200))
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            try:
                for _ in range(300):
                    h.wfile.write(b" ")
                    h.wfile.flush()
                    time.sleep(0.2)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        send(404, "الصفحة غير موجودة".encode(), "text/html; charset=utf-8")

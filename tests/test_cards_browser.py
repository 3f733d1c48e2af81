"""Cards as a newsroom would embed them, in real headless Chromium (Debian's chromium,
driven by Playwright's Python package): a page on ANOTHER loopback origin frames a card
by a plain iframe and by the oEmbed html; each card renders right to left, resizes its
iframe to its content through embed.js, and screenshots land in test-artifacts/."""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.conftest import ARTIFACTS, BROWSER_SKIPS

DENIAL = "لا صحة لدخول قوات النظام للمدينة"

pytestmark = BROWSER_SKIPS


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def embedder(tmp_path_factory):
    """A static site on another port: the newsroom's page."""
    root = tmp_path_factory.mktemp("newsroom")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _page_html(server_url: str, key: str, oembed_html: str) -> str:
    # The plain-iframe embed is the claim page's snippet, written by hand here; the second
    # card comes from the oEmbed answer, pasted as is. Two more frames try to cheat:
    # one from the newsroom's own origin posts a resize message, and the page itself does.
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Newsroom article</title>
<style>body{{font-family:sans-serif;margin:24px;max-width:640px}} iframe{{display:block;margin:0 0 24px}}</style></head>
<body>
<h1>Palmyra: who says what</h1>
<p>By iframe:</p>
<iframe id="by-iframe" src="{server_url}/cards/{key}" width="560" height="80" style="border:0;width:100%;max-width:560px"
  title="Sanad claim card"></iframe>
<script async src="{server_url}/static/embed.js"></script>
<p>By oEmbed:</p>
<div id="by-oembed">{oembed_html}</div>
<p>English, dark, compact:</p>
<iframe id="en-dark" src="{server_url}/cards/{key}?lang=en&theme=dark&view=compact" width="560" height="80"
  style="border:0;width:100%;max-width:560px" title="Sanad claim card"></iframe>
<iframe id="impostor" src="/impostor.html" width="300" height="50"></iframe>
<p>A page of Sanad that is not a card (must refuse to be framed):</p>
<iframe id="refused" src="{server_url}/claims/{key}" width="560" height="60"></iframe>
<script>
  // the embedding page itself pretending to be a card: embed.js must ignore it
  window.postMessage({{type: "sanad:card-size", height: 1234}}, "*");
</script>
</body></html>"""


IMPOSTOR = """<!doctype html><html><body><script>
  // a frame from the newsroom's origin (not Sanad's) asking to resize itself and the cards
  for (var i = 0; i < 5; i++) {
    parent.postMessage({type: "sanad:card-size", key: "x", height: 2222}, "*");
  }
</script></body></html>"""


def test_cards_embedded_from_another_origin(server, embedder, browser):
    root, origin = embedder
    assert origin.split(":")[-1] != server.url.split(":")[-1]
    with httpx.Client(base_url=server.url, timeout=30) as http:
        items = http.get("/api/search", params={"q": DENIAL}).json()["items"]
        key = next(c["key"] for c in items if c["quote"] == DENIAL)
        oembed = http.get("/oembed", params={"url": f"{server.url}/claims/{key}"}).json()
    (root / "index.html").write_text(_page_html(server.url, key, oembed["html"]), encoding="utf-8")
    (root / "impostor.html").write_text(IMPOSTOR, encoding="utf-8")

    # tall enough for every frame to be painted in the full-page screenshot
    page = browser.new_page(viewport={"width": 700, "height": 1800})
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text
            and "frame-ancestors" not in m.text else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(origin + "/index.html", wait_until="load")

    for frame_id in ("by-iframe", "en-dark"):
        page.wait_for_function(f"document.getElementById('{frame_id}').hasAttribute('data-sanad-resized')",
                               timeout=30000)
    page.wait_for_function("document.querySelector('#by-oembed iframe').hasAttribute('data-sanad-resized')",
                           timeout=30000)
    page.wait_for_timeout(300)  # let any late (impostor) messages arrive

    frames = {
        "by-iframe": page.locator("#by-iframe"),
        "by-oembed": page.locator("#by-oembed iframe"),
        "en-dark": page.locator("#en-dark"),
    }
    for name, el in frames.items():
        frame = el.element_handle().content_frame()
        assert frame is not None and frame.url.startswith(server.url + "/cards/"), name
        # the card rendered: its quote, right to left, its source, its link back
        quote = frame.locator("blockquote").first
        assert quote.inner_text().strip() == DENIAL, name
        assert quote.evaluate("e => getComputedStyle(e).direction") == "rtl"
        body_h = frame.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
        frame_h = el.evaluate("e => e.getBoundingClientRect().height")
        assert abs(frame_h - body_h) <= 2, (name, frame_h, body_h)  # resized to its content
        assert 120 < frame_h < 1200, (name, frame_h)
        # nothing is cut off: the card's footer link is inside the frame's viewport
        assert frame.evaluate("document.querySelector('footer a').getBoundingClientRect().bottom <= innerHeight")
        assert frame.locator(f'footer a[href="{server.url}/claims/{key}"]').count() == 1
    # the oEmbed height (what shows when scripts are stripped) is a fair estimate of the real one
    real = frames["by-oembed"].evaluate("e => e.getBoundingClientRect().height")
    assert abs(real - oembed["height"]) <= 0.2 * real, (real, oembed["height"])
    ar = frames["by-iframe"].element_handle().content_frame()
    assert ar.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    assert ar.locator("section.contradicts").count() == 1
    en = frames["en-dark"].element_handle().content_frame()
    assert en.evaluate("getComputedStyle(document.documentElement).direction") == "ltr"
    assert en.evaluate("getComputedStyle(document.querySelector('.card')).backgroundColor") == "rgb(21, 27, 36)"
    assert "Contradicted by" in en.locator(".card").inner_text()

    # origin checks: neither the page nor a frame of the newsroom's origin resized anything
    assert page.locator("#impostor").evaluate("e => [e.style.height, e.getAttribute('height')]") == ["", "50"]
    assert not page.locator("#impostor").evaluate("e => e.hasAttribute('data-sanad-resized')")
    for el in frames.values():
        assert el.evaluate("e => e.getBoundingClientRect().height") not in (1234, 2222)

    # a Sanad page that is not a card is not rendered in a frame
    refused = page.locator("#refused").element_handle().content_frame()
    try:
        shown = refused.evaluate("document.body ? document.body.innerText : ''") if refused else ""
    except Exception:  # an error page Playwright cannot read: refused all the same
        shown = ""
    assert DENIAL not in shown and "Related claims" not in shown

    # the cards made no request but the card documents themselves (and embed.js for the page)
    sanad_requests = sorted({u for u in requests if u.startswith(server.url)})
    allowed = {f"{server.url}/static/embed.js", f"{server.url}/claims/{key}"}
    assert all("/cards/" in u or u in allowed for u in sanad_requests), sanad_requests
    assert not [u for u in requests if not u.startswith((server.url, origin, "data:", "about:"))], requests
    assert not problems, problems

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "cards-embedded.png"), full_page=True)
    frames["by-iframe"].screenshot(path=str(ARTIFACTS / "card-ar-light.png"))
    frames["en-dark"].screenshot(path=str(ARTIFACTS / "card-en-dark-compact.png"))
    page.close()


def test_card_image_renders(server, browser):
    with httpx.Client(base_url=server.url, timeout=30) as http:
        items = http.get("/api/search", params={"q": DENIAL}).json()["items"]
        key = next(c["key"] for c in items if c["quote"] == DENIAL)
    page = browser.new_page(viewport={"width": 1200, "height": 630})
    ARTIFACTS.mkdir(exist_ok=True)
    for name, query in (("card-image-ar.png", ""), ("card-image-en-dark.png", "?lang=en&theme=dark")):
        page.goto(f"{server.url}/cards/{key}.svg{query}")
        size = page.evaluate("[document.documentElement.getBBox().width, document.documentElement.getBBox().height]")
        assert size[0] > 1000 and size[1] > 600, size
        texts = page.evaluate("Array.from(document.querySelectorAll('text')).map(t => t.textContent).join(' ')")
        assert DENIAL in texts
        # the Arabic quote is laid out inside the image
        box = page.evaluate("(() => { const b = Array.from(document.querySelectorAll('text'))"
                            ".find(t => t.textContent.includes('لا صحة')).getBBox(); return [b.x, b.x + b.width]; })()")
        assert 0 <= box[0] and box[1] <= 1200, box
        page.screenshot(path=str(ARTIFACTS / name))
    page.close()


def test_resize_when_the_script_comes_after_the_card(server, embedder, browser):
    """embed.js loads async: a card that reported its height before the script listened
    is asked again, and resizes all the same."""
    root, origin = embedder
    with httpx.Client(base_url=server.url, timeout=30) as http:
        items = http.get("/api/search", params={"q": DENIAL}).json()["items"]
        key = next(c["key"] for c in items if c["quote"] == DENIAL)
    (root / "late.html").write_text(f"""<!doctype html><html><body>
<iframe id="late" src="{server.url}/cards/{key}?view=compact" width="500" height="60" style="border:0"></iframe>
<script>
  document.getElementById("late").addEventListener("load", function () {{
    setTimeout(function () {{
      var s = document.createElement("script");
      s.src = "{server.url}/static/embed.js";
      document.body.appendChild(s);
    }}, 500);
  }});
</script></body></html>""", encoding="utf-8")
    page = browser.new_page(viewport={"width": 700, "height": 900})
    page.goto(origin + "/late.html", wait_until="load")
    page.wait_for_function("document.getElementById('late').hasAttribute('data-sanad-resized')", timeout=30000)
    el = page.locator("#late")
    frame = el.element_handle().content_frame()
    body_h = frame.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
    assert abs(el.evaluate("e => e.getBoundingClientRect().height") - body_h) <= 2 and body_h > 100
    page.close()


def test_an_error_card_resizes_its_iframe_like_a_card(server, embedder, browser):
    """An iframe sized for a whole card (the oEmbed height) whose card cannot be shown (no such claim, a bad
    parameter) is shrunk to the error box by embed.js, as a card is; the box says why, in the card's language."""
    root, origin = embedder
    frames = "".join(f'<iframe id="e{i}" src="{server.url}{path}" width="560" height="420" style="border:0;'
                     f'width:100%;max-width:560px;height:420px" title="Sanad claim card"></iframe>'
                     for i, path in enumerate(("/cards/000000000000", "/cards/000000000000?lang=fr",
                                               "/cards/000000000000?lang=en&theme=dark")))
    (root / "errors.html").write_text(f"""<!doctype html><html><body>{frames}
<script async src="{server.url}/static/embed.js"></script></body></html>""", encoding="utf-8")
    page = browser.new_page(viewport={"width": 700, "height": 900})
    page.goto(origin + "/errors.html", wait_until="load")
    for i in range(3):
        page.wait_for_function(f"document.getElementById('e{i}').hasAttribute('data-sanad-resized')", timeout=30000)
        el = page.locator(f"#e{i}")
        frame = el.element_handle().content_frame()
        body_h = frame.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
        assert 40 < body_h < 250
        assert abs(el.evaluate("e => e.getBoundingClientRect().height") - body_h) <= 2
        assert frame.locator("[role=alert]").is_visible()
    assert "This claim card cannot be shown." in page.locator("#e2").element_handle().content_frame().content()
    page.screenshot(path=str(ARTIFACTS / "card-errors-embedded.png"), full_page=True)
    page.close()


def test_embed_js_keeps_an_oembed_maxheight(server, embedder, browser):
    """The oEmbed html for maxheight=150 stays at most 150 px tall once embed.js has resized it (the card
    scrolls inside); the same card's answer without maxheight grows to the whole card."""
    root, origin = embedder
    with httpx.Client(base_url=server.url, timeout=30) as http:
        items = http.get("/api/search", params={"q": DENIAL}).json()["items"]
        key = next(c["key"] for c in items if c["quote"] == DENIAL)
        url = f"{server.url}/claims/{key}"
        capped = http.get("/oembed", params={"url": url, "maxheight": 150}).json()["html"]
        free = http.get("/oembed", params={"url": url, "maxheight": 150}).json()["html"].replace(
            ' data-sanad-max-height="150"', "")
    (root / "capped.html").write_text(f"""<!doctype html><html><body>
<div id="capped">{capped}</div><div id="free">{free}</div></body></html>""", encoding="utf-8")
    page = browser.new_page(viewport={"width": 700, "height": 1200})
    page.goto(origin + "/capped.html", wait_until="load")
    for box in ("capped", "free"):
        page.wait_for_function(f"document.querySelector('#{box} iframe').hasAttribute('data-sanad-resized')",
                               timeout=30000)
    heights = {box: page.locator(f"#{box} iframe").evaluate("e => e.getBoundingClientRect().height")
               for box in ("capped", "free")}
    body = page.locator("#free iframe").element_handle().content_frame().evaluate(
        "Math.ceil(document.body.getBoundingClientRect().height)")
    assert heights["capped"] <= 150 < body and abs(heights["free"] - body) <= 2
    page.close()


def test_a_card_embedded_in_a_local_file_shows_and_resizes(server, browser, tmp_path):
    """A newsroom developer pastes the oEmbed html into a local .html file and opens it: `frame-ancestors *`
    matches network schemes only, so the card was refused (a browser error page in the frame). It now shows and
    resizes, and the page logs no error (embed.js's hello to a frame still at about:blank logged one)."""
    with httpx.Client(base_url=server.url, timeout=30) as http:
        items = http.get("/api/search", params={"q": DENIAL}).json()["items"]
        key = next(c["key"] for c in items if c["quote"] == DENIAL)
        snippet = http.get("/oembed", params={"url": f"{server.url}/claims/{key}"}).json()["html"]
        assert "file:" in http.get(f"/cards/{key}").headers["content-security-policy"]
    page_file = tmp_path / "draft.html"
    page_file.write_text(f"""<!doctype html><html><head><meta charset="utf-8"><title>Draft</title></head>
<body><h1>Draft story</h1>{snippet}</body></html>""", encoding="utf-8")
    page = browser.new_page(viewport={"width": 700, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri(), wait_until="load")
    page.wait_for_function("document.querySelector('iframe').hasAttribute('data-sanad-resized')", timeout=30000)
    frame = page.locator("iframe").element_handle().content_frame()
    assert frame.url.startswith(f"{server.url}/cards/{key}")
    assert DENIAL in frame.locator("blockquote").first.inner_text()
    body_h = frame.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
    assert abs(page.locator("iframe").evaluate("e => e.getBoundingClientRect().height") - body_h) <= 2
    page.wait_for_timeout(500)
    assert errors == []
    page.screenshot(path=str(ARTIFACTS / "card-in-local-file.png"), full_page=True)
    page.close()

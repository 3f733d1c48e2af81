"""Templates and the helpers pages share (quote highlighting, labels)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"

# autoescape is on for every .html template (Starlette's default); nothing from an
# article is ever marked safe except through json_script below.
templates = Jinja2Templates(directory=str(TEMPLATE_DIR))

SOURCE_TYPE_LABELS = {
    "state-media": "state media", "news-outlet": "news outlet", "government-official": "government official",
    "monitoring-group": "monitoring group", "local-activist-network": "local activist network",
    "armed-group": "armed group", "anonymous-source": "anonymous source", "collective": "collective",
    "outlet-own": "the outlet itself", "unknown": "not yet typed",
}


def json_script(obj: Any) -> Markup:
    """JSON for a <script type="application/ld+json"> block that text can't break out of."""
    s = json.dumps(obj, ensure_ascii=False)
    s = s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    s = s.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(s)


def segments(text: str, spans: list[tuple[int, int, Any]]) -> list[tuple[str, Any]]:
    """Cut text into (piece, tag) runs; tag is the span's payload or None. Overlapping
    spans after the first are dropped, so every character is rendered exactly once."""
    out: list[tuple[str, Any]] = []
    pos = 0
    for start, end, tag in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], tag))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def context_window(text: str, start: int, end: int, chars: int = 240) -> tuple[str, str, str, bool, bool]:
    a = max(0, start - chars)
    b = min(len(text), end + chars)
    return text[a:start], text[start:end], text[end:b], a > 0, b < len(text)


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


templates.env.filters["source_type"] = lambda t: SOURCE_TYPE_LABELS.get(t or "unknown", t)
templates.env.globals["json_script"] = json_script

"""Reading articles: .txt/.md with an optional metadata sidecar, .json, .jsonl, saved web pages
(.html/.htm, kg.webpage), and http(s) URLs of pages or feeds (kg.fetch, kg.feeds).

Every problem is a ReadError with a one-line message that names the file (and line),
so a batch can report it and go on.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .model import Article

TEXT_SUFFIXES = {".txt", ".md"}
JSON_SUFFIXES = {".json", ".jsonl"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES
SIDECAR = ".meta.json"
MAX_TEXT_CHARS = 2_000_000  # one article; past this it is refused, not truncated


class ReadError(Exception):
    pass


@dataclass
class Item:
    """One article read from a file, or the error of reading it."""

    origin: str  # file, file:line, URL, or feed URL and item
    article: Article | None = None
    error: str | None = None
    note: str | None = None  # worth telling the user though the article was read (e.g. a fallback taken)


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def sidecar_for(path: Path) -> Path:
    """foo.ar.txt → foo.ar.meta.json"""
    return path.with_name(path.name[: -len(path.suffix)] + SIDECAR)


def discover(paths: list[str]) -> list[Path | str]:
    """The article files under `paths` (folders searched); URLs are kept as they are."""
    files: list[Path | str] = []
    for p in paths:
        if is_url(p):
            files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and _is_article_file(f):
                    files.append(f)
        else:
            files.append(path)  # named explicitly: read it or say why not
    return files


def _is_article_file(f: Path) -> bool:
    if f.name.endswith(SIDECAR) or f.name.startswith("."):
        return False
    return f.suffix.lower() in ARTICLE_SUFFIXES


_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # also the start of UTF-32's BOMs


def _read_bytes(path: Path, html: bool = False) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file")
    except IsADirectoryError:
        raise ReadError(f"{path}: is a directory")
    except OSError as e:
        raise ReadError(f"{path}: cannot read ({e.strerror})")
    if not data.strip():
        raise ReadError(f"{path}: empty file")
    # UTF-16 and UTF-32 have NUL bytes too; a page may be in them if it says so with a BOM
    if b"\x00" in data[:8192] and not (html and data.startswith(_WIDE_BOMS)):
        raise ReadError(f"{path}: binary file (NUL bytes), expected {'an HTML page' if html else 'UTF-8 text'}")
    return data


def _decode(path: Path) -> str:
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReadError(f"{path}: not valid UTF-8 (byte {e.start}); convert it to UTF-8 first")
    return text


def _article_from_obj(obj: object, where: str) -> Article:
    if not isinstance(obj, dict):
        raise ReadError(f"{where}: expected a JSON object with a 'text' or 'content' field")
    text = obj.get("text") or obj.get("content")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(f"{where}: no 'text' or 'content' field with article text")
    return article_from_fields(text, obj, where)


def article_from_fields(text: str, meta: dict, where: str) -> Article:
    """An Article from its text and metadata fields (title, url, publisher, author, date, lang),
    checked like a file's: too large or a non-ISO date is a ReadError naming `where`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(f"{where}: article too large ({len(text):,} chars; limit {MAX_TEXT_CHARS:,})")

    def s(*keys: str) -> str | None:
        for k in keys:
            v = meta.get(k)
            if isinstance(v, str) and v.strip():
                return v.strip()
        return None

    return Article(text=text, title=s("title", "headline"), url=s("url"),
                   publisher=s("publisher", "source"), author=s("author"),
                   date=_iso_date(s("date", "date_published", "date_extracted"), where),
                   lang=s("lang", "language") or "ar", path=where)


def _iso_date(value: str | None, where: str) -> str | None:
    """An ISO 8601 date or date-time, kept as its date; anything else is refused."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise ReadError(f"{where}: date {value[:40]!r} is not an ISO 8601 date (YYYY-MM-DD)")


def read(path: Path | str, allow_private: bool = False) -> Iterator[Item]:
    """The articles in a file, or at a URL (a page, or every item of a feed). `allow_private`:
    a URL may be on a private or loopback address (kg.fetch refuses them otherwise)."""
    if isinstance(path, str) and is_url(path):
        from .feeds import read_url  # the web stack loads only when a URL is read

        yield from read_url(path, allow_private=allow_private)
        return
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix not in ARTICLE_SUFFIXES:
            raise ReadError(f"{path}: unsupported file type {suffix or '(none)'}; "
                            "use .txt, .md, .html, .htm, .json or .jsonl")
        if suffix in HTML_SUFFIXES:  # its encoding is the page's business (meta charset), not UTF-8 only
            from .webpage import MAX_PAGE_BYTES, article_from_html

            if path.is_file() and path.stat().st_size > MAX_PAGE_BYTES:  # not read into memory at all
                raise ReadError(f"{path}: page too large ({path.stat().st_size:,} bytes; limit {MAX_PAGE_BYTES:,})")
            yield Item(str(path), article=article_from_html(_read_bytes(path, html=True), str(path)))
            return
        text = _decode(path)
    except ReadError as e:
        yield Item(str(path), error=str(e))
        return
    if suffix in TEXT_SUFFIXES:
        meta: dict = {}
        side = sidecar_for(path)
        try:
            if side.exists():
                try:
                    meta = json.loads(_decode(side))
                except json.JSONDecodeError as e:
                    raise ReadError(f"{side}: malformed JSON at line {e.lineno} column {e.colno}: {e.msg}")
                except RecursionError:
                    raise ReadError(f"{side}: JSON nested too deeply")
                if not isinstance(meta, dict):
                    raise ReadError(f"{side}: metadata must be a JSON object")
            yield Item(str(path), article=article_from_fields(text, meta, str(path)))
        except ReadError as e:
            yield Item(str(path), error=str(e))
    elif suffix == ".json":
        try:
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as e:
                raise ReadError(f"{path}: malformed JSON at line {e.lineno} column {e.colno}: {e.msg}")
            except RecursionError:
                raise ReadError(f"{path}: JSON nested too deeply")
        except ReadError as e:
            yield Item(str(path), error=str(e))
            return
        objs = obj if isinstance(obj, list) else [obj]
        for i, o in enumerate(objs):
            where = f"{path}[{i}]" if isinstance(obj, list) else str(path)
            try:
                yield Item(where, article=_article_from_obj(o, where))
            except ReadError as e:
                yield Item(where, error=str(e))
    else:  # .jsonl
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                try:
                    o = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ReadError(f"{where}: malformed JSON (column {e.colno}: {e.msg})")
                except RecursionError:
                    raise ReadError(f"{where}: JSON nested too deeply")
                yield Item(where, article=_article_from_obj(o, where))
            except ReadError as e:
                yield Item(where, error=str(e))

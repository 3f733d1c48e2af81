"""Reading article files: .txt/.md with an optional metadata sidecar, .json and .jsonl.

Every problem is a ReadError with a one-line message that names the file (and line),
so a batch can report it and go on.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .model import Article

TEXT_SUFFIXES = {".txt", ".md"}
JSON_SUFFIXES = {".json", ".jsonl"}
SIDECAR = ".meta.json"
MAX_TEXT_CHARS = 2_000_000  # one article; past this it is refused, not truncated


class ReadError(Exception):
    pass


@dataclass
class Item:
    """One article read from a file, or the error of reading it."""

    origin: str  # file, or file:line
    article: Article | None = None
    error: str | None = None


def sidecar_for(path: Path) -> Path:
    """foo.ar.txt → foo.ar.meta.json"""
    return path.with_name(path.name[: -len(path.suffix)] + SIDECAR)


def discover(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
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
    return f.suffix.lower() in TEXT_SUFFIXES | JSON_SUFFIXES


def _decode(path: Path) -> str:
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
    if b"\x00" in data[:8192]:
        raise ReadError(f"{path}: binary file (NUL bytes), expected UTF-8 text")
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
    return _article(text, obj, where)


def _article(text: str, meta: dict, where: str) -> Article:
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
                   publisher=s("publisher", "source"),
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


def read(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        if suffix not in TEXT_SUFFIXES | JSON_SUFFIXES:
            raise ReadError(f"{path}: unsupported file type {suffix or '(none)'}; use .txt, .md, .json or .jsonl")
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
            yield Item(str(path), article=_article(text, meta, str(path)))
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

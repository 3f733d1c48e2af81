"""Adding articles while serving: POST /api/articles (bearer write token), GET /api/jobs/{id},
and the "add article" form and job page for signed-in fact-checkers. The queue and the writer
thread are kg.jobs; this module only reads requests and renders jobs."""

from __future__ import annotations

import importlib.util
import os
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse

from kg.jobs import DEFAULT_MAX_BODY_BYTES, JOBS_FILE_DAYS, InputError, JobQueue, items_from_body

from . import auth
from .deps import has_write_token, write_denied
from .i18n import Message
from .rendering import templates

router = APIRouter(tags=["articles"])

BODY_KINDS = {"application/json": "json", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
              "application/x-jsonlines": "jsonl"}
UPLOAD_KINDS = {".json": "json", ".jsonl": "jsonl", ".txt": "text", ".md": "text"}
ARTICLE_FIELDS = ("title", "publisher", "date", "url")


def max_body_bytes() -> int:
    """$SANAD_MAX_UPLOAD_BYTES, the largest body POST /api/articles takes (a bad value stops
    the app at start-up, rather than serving without a limit)."""
    raw = os.environ.get("SANAD_MAX_UPLOAD_BYTES", "")
    if not raw:
        return DEFAULT_MAX_BODY_BYTES
    if not raw.isdigit() or int(raw) <= 0:
        raise ValueError(f"SANAD_MAX_UPLOAD_BYTES must be a positive whole number of bytes, not {raw!r}")
    return int(raw)


def _queue(request: Request) -> JobQueue:
    return request.app.state.jobs


def may_read_jobs(request: Request) -> bool:
    """A job's errors name the files its client sent: it is read by whoever may add articles, with
    the write token (`sanad ingest` through a server sends it) or signed in (the add-article form)."""
    return has_write_token(request) or auth.current_user(request) is not None


def _job_json(request: Request, job_id: str) -> dict | None:
    view = _queue(request).view(job_id)
    if view is not None:
        view["url"] = f"/api/jobs/{job_id}"
        view["page"] = f"/jobs/{job_id}"
    return view


async def _bounded_body(request: Request) -> bytes:
    """The body, refused with 413 as soon as it passes the limit (and before it is read, when
    Content-Length already says so)."""
    limit = request.app.state.max_body_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the body is {int(declared):,} bytes; this server takes at most {limit:,} "
                                 "(SANAD_MAX_UPLOAD_BYTES): send the articles in smaller batches")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the body is over {limit:,} bytes (SANAD_MAX_UPLOAD_BYTES): "
                                     "send the articles in smaller batches")
        chunks.append(chunk)
    return b"".join(chunks)


def _bool_param(value: str | None, name: str) -> bool:
    if value is None or value.lower() in ("1", "true", "yes"):
        return True
    if value.lower() in ("0", "false", "no"):
        return False
    raise HTTPException(400, f"{name} must be true or false, not {value[:20]!r}")


async def _upload_items(request: Request, body: bytes):
    """Items of a multipart upload: a `file` field (.txt/.md, .json or .jsonl by its name); a
    text file takes its title, publisher, date and url from the form's fields of those names."""
    request._body = body  # noqa: SLF001 - Starlette's form parser reads the body already read
    limit = request.app.state.max_body_bytes
    try:
        form = await request.form(max_files=1, max_fields=20, max_part_size=limit)
    except Exception as e:  # Starlette's MultiPartException and parser errors: a malformed form
        raise InputError(f"malformed multipart form: {e}") from None
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise InputError("the form has no 'file' field with an uploaded file")
    name = os.path.basename(upload.filename or "upload")
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in UPLOAD_KINDS:
        raise InputError(f"{name}: unsupported file type {suffix or '(none)'}; use .txt, .md, .json or .jsonl")
    data = await upload.read()
    meta = {k: v for k in ARTICLE_FIELDS if isinstance(v := form.get(k), str) and v.strip()}
    return items_from_body(data, UPLOAD_KINDS[suffix], name, meta)


@router.post("/api/articles", status_code=202, responses={
    202: {"description": "queued; the job's progress is at `url`"}, 400: {"description": "no article could be read"},
    401: {"description": "no valid write token"}, 413: {"description": "body over SANAD_MAX_UPLOAD_BYTES"},
    415: {"description": "unsupported content type"}})
async def add_articles(request: Request, parse: str | None = None):
    """Queue articles for ingest into the served store: one article (a JSON object with `text`
    or `content`, and `title`, `url`, `publisher`, `date`, `lang`), a batch (a JSON array, or a
    JSONL body as `application/x-ndjson`), or a multipart upload (`file`: .txt/.md, .json or
    .jsonl). Needs the write token (`Authorization: Bearer …`). `parse=false`: the rules alone,
    as `sanad ingest --no-parse`. Answers 202 with the job; a batch goes on past a bad article
    (its error is listed in the job)."""
    denied = write_denied(request)
    if denied is not None:
        return denied
    parse_articles = _bool_param(parse, "parse")
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in BODY_KINDS and ctype != "multipart/form-data":
        raise HTTPException(415, "send application/json (an article or an array), application/x-ndjson (one "
                                 "article per line) or multipart/form-data (a 'file' field)")
    body = await _bounded_body(request)
    try:
        if ctype == "multipart/form-data":
            items = await _upload_items(request, body)
        else:
            items = items_from_body(body, BODY_KINDS[ctype])
    except InputError as e:
        raise HTTPException(400, str(e)) from None
    job = _queue(request).submit(items, parse=parse_articles)
    url = f"/api/jobs/{job.id}"
    return JSONResponse(_job_json(request, job.id), status_code=202, headers={"Location": url})


@router.get("/api/jobs/{job_id}", responses={401: {"description": "no valid write token, and not signed in"},
                                              404: {"description": "no such job"}})
def job_status(job_id: str, request: Request):
    """An ingest job: `status` queued | running | done | failed; `articles` total, done, ingested,
    new, replaced; `claims`; `errors` per refused article (`index` in the batch, `origin`,
    `error`); `relations` by kind once done; `failure` when the whole job failed, and
    `interrupted` when that was because the server stopped (the articles it wrote stay). Needs
    the write token (`Authorization: Bearer …`) or a signed-in session. Jobs are kept across
    restarts (the jobs file beside the store), for 30 days (kg.jobs.JOBS_FILE_DAYS)."""
    if not may_read_jobs(request):
        return PlainTextResponse("a job is read with the write token (Authorization: Bearer …) or signed in\n",
                                 status_code=401, headers={"WWW-Authenticate": 'Bearer realm="sanad"'})
    view = _job_json(request, job_id)
    if view is None:
        raise HTTPException(404, f"no job {job_id!r} (jobs are forgotten after {JOBS_FILE_DAYS} days)")
    return view


# -- the form for signed-in fact-checkers

def reads_web_pages() -> bool:
    """This installation reads articles from web pages (kg.webpage, trafilatura)."""
    return importlib.util.find_spec("kg.webpage") is not None


def _items_at(address: str):
    """The articles at a web address (a page, or a feed's items), fetched by kg.reader with
    kg.fetch's safety rules: http/https only, no private or loopback addresses, size and time limits."""
    from kg.reader import is_url, read

    if not is_url(address):
        raise InputError(f"{address[:100]}: give an http:// or https:// address")
    items = list(read(address))
    if not items or all(i.error for i in items):
        raise InputError(items[0].error if items else f"{address[:100]}: no article found there")
    return items


def _form(request: Request, error: str | None = None, values: dict | None = None, status_code: int = 200):
    return auth.save(request, templates.TemplateResponse(request, "add_article.html", {
        "csrf": auth.csrf_token(request), "error": error, "values": values or {},
        "by_url": reads_web_pages()}, status_code=status_code))


@router.get("/add-article", include_in_schema=False)
def add_article_form(request: Request):
    if auth.current_user(request) is None:
        return RedirectResponse(f"/login?{urlencode({'next': '/add-article'})}", status_code=303)
    return _form(request)


@router.post("/add-article", include_in_schema=False)
def add_article(request: Request, text: str = Form("", max_length=2_000_000),
                title: str = Form("", max_length=1000), publisher: str = Form("", max_length=300),
                date: str = Form("", max_length=40), url: str = Form("", max_length=2000),
                page_url: str = Form("", max_length=2000), csrf: str = Form("")):
    from .i18n import activate, gettext as _, pick

    auth.check_csrf(request, csrf)
    if auth.current_user(request) is None:
        raise HTTPException(401, Message("sign in to add articles"))
    activate(getattr(request.state, "lang", None) or pick(request))  # for the messages below
    values = {"text": text, "title": title, "publisher": publisher, "date": date, "url": url, "page_url": page_url}
    try:
        if text.strip():
            meta = {k: v for k, v in values.items() if k in ARTICLE_FIELDS and v.strip()}
            items = items_from_body(text.encode("utf-8"), "text", "form", meta)
        elif page_url.strip():
            if not reads_web_pages():
                return _form(request, _("Adding an article by its web address is not supported on this server "
                                        "yet: paste the article's text instead."), values, 400)
            items = _items_at(page_url.strip())
        else:
            return _form(request, _("Paste the article's text, or give its web address."), values, 400)
    except (InputError, ValueError, OSError) as e:
        return _form(request, str(e), values, 400)
    job = _queue(request).submit(items)
    return auth.save(request, RedirectResponse(f"/jobs/{job.id}", status_code=303))


@router.get("/jobs/{job_id}", include_in_schema=False)
def job_page(job_id: str, request: Request):
    if not may_read_jobs(request):
        return RedirectResponse(f"/login?{urlencode({'next': f'/jobs/{job_id}'})}", status_code=303)
    view = _job_json(request, job_id)
    if view is None:
        raise HTTPException(404, Message("no job %(job)s", job=repr(job_id)))
    return auth.save(request, templates.TemplateResponse(request, "job.html", {"job": view}))

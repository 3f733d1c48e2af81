"""Sign-in for fact-checkers: signed session cookies and CSRF tokens.

The session is a cookie signed with itsdangerous (the secret lives in the users file or
$SANAD_SECRET_KEY): HttpOnly, SameSite=Lax, Secure when the request came over HTTPS (or
$SANAD_SECURE_COOKIES=1), 12 hours. Every form carries the session's CSRF token, and a
POST is also refused when its Origin names another site.
"""

from __future__ import annotations

import hmac
import os
import secrets
from typing import Any
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from fastapi.responses import Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from kg.users import User, UserDirectory

from .i18n import Message

COOKIE = "sanad_session"
MAX_AGE = 12 * 3600
_PROCESS_SECRET = secrets.token_urlsafe(32)  # used only while no users file exists


def _users(request: Request) -> UserDirectory:
    return request.app.state.users


def _serializer(request: Request) -> URLSafeTimedSerializer:
    try:
        secret = _users(request).secret()
    except Exception:
        secret = None
    return URLSafeTimedSerializer(secret or _PROCESS_SECRET, salt="sanad-session")


def session(request: Request) -> dict[str, Any]:
    """The request's session ({"csrf": …, "u": user name?}); a fresh one when absent or forged."""
    cached = getattr(request.state, "session", None)
    if cached is not None:
        return cached
    data: dict[str, Any] = {}
    raw = request.cookies.get(COOKIE)
    if raw:
        try:
            loaded = _serializer(request).loads(raw, max_age=MAX_AGE)
            if isinstance(loaded, dict):
                data = loaded
        except BadSignature:
            data = {}
    if not isinstance(data.get("csrf"), str):
        data = {"csrf": secrets.token_urlsafe(24)}
        request.state.session_dirty = True
    request.state.session = data
    return data


def current_user(request: Request) -> User | None:
    name = session(request).get("u")
    if not name:
        return None
    try:
        return _users(request).get(name)
    except Exception:
        return None


def csrf_token(request: Request) -> str:
    return session(request)["csrf"]


def is_https(request: Request) -> bool:
    """The request came over HTTPS: its scheme (uvicorn takes X-Forwarded-Proto from the
    proxies it trusts, $FORWARDED_ALLOW_IPS, 127.0.0.1 by default), or the operator says the
    site is served over HTTPS only ($SANAD_SECURE_COOKIES=1). Decides Secure cookies and HSTS."""
    return request.url.scheme == "https" or os.environ.get("SANAD_SECURE_COOKIES") == "1"


def save(request: Request, response: Response) -> Response:
    """Write the session cookie when it changed (new visitor, sign-in, sign-out)."""
    if getattr(request.state, "session_dirty", False):
        secure = is_https(request)
        response.set_cookie(COOKIE, _serializer(request).dumps(request.state.session), max_age=MAX_AGE,
                            httponly=True, samesite="lax", secure=secure, path="/")
    return response


def sign_in(request: Request, user: User) -> None:
    # a new CSRF token at sign-in: a token seen before it is worth nothing after
    request.state.session = {"csrf": secrets.token_urlsafe(24), "u": user.name}
    request.state.session_dirty = True


def sign_out(request: Request) -> None:
    request.state.session = {"csrf": secrets.token_urlsafe(24)}
    request.state.session_dirty = True


def check_csrf(request: Request, token: str | None) -> None:
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if urlsplit(origin).netloc != host:
            raise HTTPException(403, Message("cross-site form submission refused"))
    expected = session(request).get("csrf", "")
    if not token or not hmac.compare_digest(token.encode(), expected.encode()):
        raise HTTPException(403, Message("the form has expired or did not come from this site: reload the page and try "
                                         "again"))


def safe_next(target: str | None) -> str:
    """Only same-site paths are followed after sign-in (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


# -- sign-in pages

from fastapi import APIRouter, Form  # noqa: E402
from fastapi.responses import RedirectResponse  # noqa: E402

from .rendering import templates  # noqa: E402

router = APIRouter(include_in_schema=False)


@router.get("/login")
def login_form(request: Request, next: str = "/"):
    resp = templates.TemplateResponse(request, "login.html", {
        "next": safe_next(next), "csrf": csrf_token(request), "error": None,
        "configured": _users_configured(request)})
    return save(request, resp)


def _users_configured(request: Request) -> bool:
    try:
        return bool(_users(request).list())
    except Exception:
        return False


def _login_page(request: Request, next: str, username: str, error: str, status: int, headers=None):
    resp = templates.TemplateResponse(request, "login.html", {
        "next": safe_next(next), "csrf": csrf_token(request), "error": error,
        "configured": _users_configured(request), "username": username}, status_code=status, headers=headers)
    return save(request, resp)


def _refused(request: Request, next: str, username: str, refusal) -> Response:
    """429 for a locked account or address (api.limits), with Retry-After and the wait in minutes."""
    from .i18n import gettext as _
    from .i18n import number
    from .limits import retry_after

    seconds = retry_after(refusal.retry_after)
    minutes = number(max(1, -(-int(seconds) // 60)))
    if refusal.scope == "account":
        # the lock holds against the right password too (see api.limits for why)
        error = _("Too many failed sign-ins for this account. Try again in %(minutes)s min; "
                  "until then even the correct password is refused.") % {"minutes": minutes}
    else:
        error = _("Too many failed sign-ins from your network address. Try again in %(minutes)s min.") % {
            "minutes": minutes}
    return _login_page(request, next, username, error, 429, {"Retry-After": seconds})


@router.post("/login")
def login(request: Request, username: str = Form(..., max_length=40), password: str = Form(..., max_length=1000),
          csrf: str = Form(""), next: str = Form("/")):
    check_csrf(request, csrf)
    from . import i18n
    from .limits import client_address

    i18n.activate(getattr(request.state, "lang", None) or i18n.pick(request))  # for the messages below

    throttle = request.app.state.login_throttle
    account, host = username.strip().lower(), client_address(request)
    refusal = throttle.check(account, host)  # before the password is even checked
    if refusal is not None:
        return _refused(request, next, username, refusal)
    user = _users(request).authenticate(account, password)
    if user is None:
        refusal = throttle.failed(account, host)
        if refusal is not None:  # this failure was the one too many
            return _refused(request, next, username, refusal)
        from .i18n import gettext as _

        return _login_page(request, next, username, _("Wrong user name or password."), 401)
    throttle.succeeded(account)
    sign_in(request, user)
    return save(request, RedirectResponse(safe_next(next), status_code=303))


@router.post("/logout")
def logout(request: Request, csrf: str = Form("")):
    check_csrf(request, csrf)
    sign_out(request)
    return save(request, RedirectResponse("/", status_code=303))

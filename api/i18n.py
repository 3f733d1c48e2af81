"""Interface language: English or Arabic, chosen per request.

Strings in templates go through gettext (Jinja2's i18n extension); the Arabic catalog is
api/locales/ar.po, read with Babel at start-up (no compiled .mo to keep in step).
Numbers and dates are formatted with Babel's CLDR data; the Arabic interface writes
Arabic-Indic digits, as Arabic newsrooms do.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_datetime
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from fastapi import HTTPException, Request

LOCALE_DIR = Path(__file__).resolve().parent / "locales"
LANGUAGES = {"en": {"name": "English", "dir": "ltr"}, "ar": {"name": "العربية", "dir": "rtl"}}
DEFAULT = "en"
COOKIE = "sanad_lang"
_current: ContextVar[str] = ContextVar("sanad_lang", default=DEFAULT)


@lru_cache(maxsize=None)
def catalog(lang: str) -> dict[str, Any]:
    path = LOCALE_DIR / f"{lang}.po"
    if not path.exists():
        return {}
    with path.open("rb") as f:
        cat = read_po(f, locale=lang)
    out: dict[str, Any] = {}
    for m in cat:
        if not m.id or not m.string or m.fuzzy:
            continue
        out[m.id[0] if isinstance(m.id, tuple) else m.id] = m.string
    return out


def current() -> str:
    return _current.get()


def activate(lang: str) -> None:
    _current.set(lang if lang in LANGUAGES else DEFAULT)


def gettext(message: str) -> str:
    t = catalog(current()).get(message)
    return t if isinstance(t, str) and t else message


def N_(message: str) -> str:
    """Marks a message for the catalog (tests/test_ui.py reads the marks) where it is translated later."""
    return message


class Message(str):
    """A message the reader may see on a page, for errors: the string is the English text (what the JSON API
    and logs get, as before), and `in_language` gives it in the page's or card's language from the catalog.
    Placeholders are %(name)s, as in the catalog; a parameter that is a Message is translated too."""

    msgid: str
    params: dict[str, Any]

    def __new__(cls, msgid: str, **params: Any) -> "Message":
        obj = super().__new__(cls, _fill(msgid, params, None))
        obj.msgid, obj.params = msgid, params
        return obj

    def in_language(self, lang: str) -> str:
        text = catalog(lang).get(self.msgid)
        return _fill(text if isinstance(text, str) and text else self.msgid, self.params, lang)


def _fill(text: str, params: dict[str, Any], lang: str | None) -> str:
    if not params:
        return text
    return text % {k: v.in_language(lang) if lang and isinstance(v, Message) else str(v) for k, v in params.items()}


def localized(detail: Any, lang: str) -> str:
    """An error's detail in `lang`: a Message translated, a plain string the catalog has (Starlette's
    "Not Found") translated, anything else as it is; a list (a request's invalid parameters), each."""
    if isinstance(detail, (list, tuple)):
        return ("؛ " if lang == "ar" else "; ").join(localized(d, lang) for d in detail)
    if isinstance(detail, Message):
        return detail.in_language(lang)
    text = catalog(lang).get(detail) if isinstance(detail, str) else None
    return text if isinstance(text, str) and text else str(detail)


_NO_SUCH = {"claim": N_("no claim with key %(key)s"), "source": N_("no source with key %(key)s"),
            "article": N_("no article with key %(key)s")}


def no_such(kind: str, key: str) -> HTTPException:
    """The 404 of a claim, source or article key the store does not have."""
    return HTTPException(404, Message(_NO_SUCH[kind], key=repr(key)))


def ngettext(singular: str, plural: str, n: int) -> str:
    t = catalog(current()).get(singular)
    if isinstance(t, (tuple, list)) and t:
        # Arabic has six plural forms; pick by CLDR rule
        from babel.plural import PluralRule
        from babel import Locale

        rule = PluralRule.parse(Locale.parse(current()).plural_form)
        forms = ["zero", "one", "two", "few", "many", "other"]
        idx = forms.index(rule(n)) if rule(n) in forms else len(t) - 1
        return t[min(idx, len(t) - 1)] or (singular if n == 1 else plural)
    return singular if n == 1 else plural


def pick(request: Request) -> str:
    """?lang= (also remembered in a cookie), then the cookie, then Accept-Language."""
    q = request.query_params.get("lang")
    if q in LANGUAGES:
        return q
    c = request.cookies.get(COOKIE)
    if c in LANGUAGES:
        return c
    for part in request.headers.get("accept-language", "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LANGUAGES:
            return tag
    return DEFAULT


_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _digits(s: str) -> str:
    return s.translate(_ARABIC_DIGITS) if current() == "ar" else s


def number(n: Any, decimals: int | None = None) -> str:
    if n is None or n == "":
        return ""
    try:
        value = float(n)
    except (TypeError, ValueError):
        return str(n)
    fmt = None if decimals is None else "#,##0." + "0" * decimals if decimals else "#,##0"
    # Arabic-Indic digits take the Arabic separators (٤٬٣٠١ and ٠٫٧٤): CLDR's default Arabic numbers are Latin,
    # whose "," and "." among Arabic-Indic digits read «٤,٣٠١», the comma close to the Arabic comma «،»
    system = "arab" if current() == "ar" else "latn"
    return _digits(format_decimal(value if decimals or not value.is_integer() else int(value), format=fmt,
                                  locale=current(), numbering_system=system))


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def when(value: Any, fmt: str = "medium") -> str:
    """An ISO date or datetime (string or object) for the reader's locale; anything else as is."""
    if value in (None, ""):
        return ""
    if current() == "ar" and fmt == "medium":
        # CLDR's medium Arabic date is numeric with direction marks (24‏/03‏/2016); newsrooms write the month
        fmt = "d MMMM y"
    try:
        if isinstance(value, datetime):
            return _digits(format_datetime(value, _with_time(fmt), locale=current()))
        if isinstance(value, date):
            return _digits(format_date(value, fmt, locale=current()))
        s = str(value)
        if len(s) == 7 and re.match(r"^\d{4}-\d{2}$", s):
            return _digits(format_date(date.fromisoformat(s + "-01"), "MMMM y", locale=current()))
        if _ISO_DATE.match(s):
            if len(s) > 10:
                return _digits(format_datetime(datetime.fromisoformat(s.replace("Z", "+00:00")), _with_time(fmt),
                                               locale=current()))
            return _digits(format_date(date.fromisoformat(s[:10]), fmt, locale=current()))
    except ValueError:
        pass
    return str(value)


def _with_time(fmt: str) -> str:
    return fmt + " HH:mm" if fmt == "d MMMM y" else fmt


def install(env) -> None:
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    env.filters["num"] = number
    env.filters["when"] = when


def context(request: Request) -> dict[str, Any]:
    """Template context of every page (a Jinja2Templates context processor, so it runs
    in the thread that renders)."""
    lang = getattr(request.state, "lang", None) or pick(request)
    activate(lang)
    return {"ui_lang": lang, "ui_dir": LANGUAGES[lang]["dir"], "languages": LANGUAGES}

"""Abuse limits (issue 16): sign-in throttling and per-client request rate limits.

Both keep their state in memory, per server process: a restart forgets every count and
lock, and several worker processes each count on their own (a client spread over N workers
gets up to N times the limits). Both take a clock (a function returning seconds, default
time.monotonic) so tests can move time instead of sleeping.

The client address is `request.client.host`. X-Forwarded-For is never read here: uvicorn
(`sanad serve` runs it with its defaults, proxy_headers on) already replaces the address
with the forwarded one when the connection comes from a proxy it trusts
($FORWARDED_ALLOW_IPS, by default 127.0.0.1 and ::1), and only then.

Sign-in ($SANAD_LOGIN_*): failed sign-ins are counted per account (the user name as typed,
lower-cased, whether or not it exists, so the answer does not tell which names exist) and
per client address, over a window ($SANAD_LOGIN_WINDOW, 900 s).
- An account with $SANAD_LOGIN_MAX_FAILURES (5) failures in the window is locked for
  $SANAD_LOGIN_LOCK_SECONDS (60 s), doubled at each further lock (1, 2, 4, 8 … min) up to
  $SANAD_LOGIN_LOCK_MAX_SECONDS (900 s). A successful sign-in, or a whole window without a
  failure or lock, starts the account afresh.
- An address with $SANAD_LOGIN_MAX_FAILURES_PER_ADDRESS (20) failures in the window is
  refused (any account) until enough of those failures are older than the window.

Trade-off of the account lock: while an account is locked even the correct password is
refused (the page says so). Otherwise the lock would be an oracle: an attacker could keep
guessing and learn the password from the one answer that differs. The price is that anyone
who knows a user name can keep that account locked out by failing on purpose; the lock
never lasts more than $SANAD_LOGIN_LOCK_MAX_SECONDS at a time, needs no administrator to
lift, and the per-address limit caps how fast one address can do it. Nothing is permanent.

Request rate ($SANAD_RATE_LIMIT_*): /sparql, /search and /api/search share one token bucket
per client address, refilled at $SANAD_RATE_LIMIT_PER_MINUTE (60) tokens a minute and holding
at most $SANAD_RATE_LIMIT_BURST (30); a request with no token left gets 429 with Retry-After.
$SANAD_RATE_LIMIT_PER_MINUTE=0 turns the limit off. Loopback clients (127.0.0.0/8, ::1, and
connections with no address, e.g. a Unix socket) are not limited unless
$SANAD_RATE_LIMIT_LOOPBACK=1. Behind a local reverse proxy that does not send
X-Forwarded-For every client looks like loopback: configure the proxy to send it.
"""

from __future__ import annotations

import ipaddress
import math
import os
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Callable

from fastapi import HTTPException, Request

from .i18n import Message

Clock = Callable[[], float]
MAX_TRACKED = 100_000  # accounts / addresses remembered at once (the oldest are forgotten first)


def _env_number(name: str, default: float, *, integer: bool = False, minimum: float = 0) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw) if integer else float(raw)
    except ValueError:
        raise ValueError(f"${name} must be a {'whole ' if integer else ''}number, not {raw!r}") from None
    if value < minimum or not math.isfinite(value):
        raise ValueError(f"${name} must be at least {minimum:g}, not {raw!r}")
    return value


def client_address(request: Request) -> str | None:
    """The client's address as uvicorn gives it (already the forwarded one behind a trusted proxy)."""
    return request.client.host if request.client else None


def is_loopback(host: str | None) -> bool:
    if host is None:
        return True  # no peer address: a Unix socket, i.e. something on this machine
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host == "localhost"
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_loopback


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))


# -- sign-in throttling

@dataclass(frozen=True)
class LoginLimits:
    max_failures: int = 5            # per account, within `window`
    window: float = 900.0            # seconds over which failures count; also the quiet time that resets
    lock: float = 60.0               # first account lock; doubles at each further one
    lock_max: float = 900.0          # longest account lock
    max_failures_per_address: int = 20  # per client address, within `window`

    @classmethod
    def from_env(cls) -> "LoginLimits":
        return cls(
            max_failures=int(_env_number("SANAD_LOGIN_MAX_FAILURES", cls.max_failures, integer=True, minimum=1)),
            window=_env_number("SANAD_LOGIN_WINDOW", cls.window, minimum=1),
            lock=_env_number("SANAD_LOGIN_LOCK_SECONDS", cls.lock, minimum=1),
            lock_max=_env_number("SANAD_LOGIN_LOCK_MAX_SECONDS", cls.lock_max, minimum=1),
            max_failures_per_address=int(_env_number("SANAD_LOGIN_MAX_FAILURES_PER_ADDRESS",
                                                     cls.max_failures_per_address, integer=True, minimum=1)),
        )


@dataclass
class _Account:
    failures: deque = field(default_factory=deque)  # times of failures since the last lock
    locks: int = 0              # locks in a row (the next one lasts lock * 2**locks)
    locked_until: float = 0.0
    last_event: float = 0.0     # last failure or end of the last lock


@dataclass(frozen=True)
class Refusal:
    scope: str          # "account" or "address"
    retry_after: float  # seconds


class LoginThrottle:
    """Counts failed sign-ins per account and per address; thread-safe (the /login route runs
    in the thread pool)."""

    def __init__(self, limits: LoginLimits | None = None, clock: Clock = time.monotonic):
        self.limits = limits or LoginLimits()
        self.clock = clock
        self._accounts: OrderedDict[str, _Account] = OrderedDict()
        self._addresses: OrderedDict[str, deque] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls, clock: Clock = time.monotonic) -> "LoginThrottle":
        return cls(LoginLimits.from_env(), clock)

    def _account(self, name: str, now: float, create: bool) -> _Account | None:
        acc = self._accounts.get(name)
        if acc is not None and now >= acc.locked_until and now - max(acc.last_event, acc.locked_until) >= \
                self.limits.window:
            del self._accounts[name]  # a whole window with no failure: start afresh
            acc = None
        if acc is None and create:
            acc = self._accounts[name] = _Account()
            while len(self._accounts) > MAX_TRACKED:
                self._accounts.popitem(last=False)
        if acc is not None:
            self._accounts.move_to_end(name)
            while acc.failures and now - acc.failures[0] >= self.limits.window:
                acc.failures.popleft()
        return acc

    def _address(self, host: str, now: float, create: bool) -> deque | None:
        times = self._addresses.get(host)
        if times is None and create:
            times = self._addresses[host] = deque()
            while len(self._addresses) > MAX_TRACKED:
                self._addresses.popitem(last=False)
        if times is not None:
            self._addresses.move_to_end(host)
            while times and now - times[0] >= self.limits.window:
                times.popleft()
            if not times and not create:
                del self._addresses[host]
                return None
        return times

    def check(self, account: str, host: str | None) -> Refusal | None:
        """Before checking a password: a Refusal when this address or account may not try now."""
        now = self.clock()
        with self._lock:
            times = self._address(host or "", now, create=False)
            if times is not None and len(times) >= self.limits.max_failures_per_address:
                # refused until the oldest counted failures age out of the window
                oldest = times[len(times) - self.limits.max_failures_per_address]
                return Refusal("address", oldest + self.limits.window - now)
            acc = self._account(account, now, create=False)
            if acc is not None and now < acc.locked_until:
                return Refusal("account", acc.locked_until - now)
        return None

    def failed(self, account: str, host: str | None) -> Refusal | None:
        """Record a failed sign-in; a Refusal when this failure locked the account or address."""
        now = self.clock()
        with self._lock:
            times = self._address(host or "", now, create=True)
            times.append(now)
            acc = self._account(account, now, create=True)
            acc.failures.append(now)
            acc.last_event = now
            if len(acc.failures) >= self.limits.max_failures:
                duration = min(self.limits.lock * 2 ** min(acc.locks, 30), self.limits.lock_max)
                acc.locked_until = now + duration
                acc.locks += 1
                acc.failures.clear()
                return Refusal("account", duration)
            if len(times) >= self.limits.max_failures_per_address:
                oldest = times[len(times) - self.limits.max_failures_per_address]
                return Refusal("address", oldest + self.limits.window - now)
        return None

    def succeeded(self, account: str) -> None:
        """A correct password (outside any lock): the account's count and lock growth start afresh.
        The address's count is kept, so one valid account cannot launder guesses at others."""
        with self._lock:
            self._accounts.pop(account, None)


# -- request rate limits

@dataclass(frozen=True)
class RateLimits:
    per_minute: float = 60.0   # refill rate; 0 = no limit
    burst: float = 30.0        # bucket size
    loopback: bool = False     # limit loopback clients too

    @classmethod
    def from_env(cls) -> "RateLimits":
        return cls(
            per_minute=_env_number("SANAD_RATE_LIMIT_PER_MINUTE", cls.per_minute),
            burst=_env_number("SANAD_RATE_LIMIT_BURST", cls.burst, minimum=1),
            loopback=os.environ.get("SANAD_RATE_LIMIT_LOOPBACK", "") == "1",
        )


class RateLimiter:
    """A token bucket per client address; thread-safe."""

    def __init__(self, limits: RateLimits | None = None, clock: Clock = time.monotonic):
        self.limits = limits or RateLimits()
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # host -> (tokens, at)
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls, clock: Clock = time.monotonic) -> "RateLimiter":
        return cls(RateLimits.from_env(), clock)

    def take(self, host: str | None) -> float | None:
        """Spend a token for this client: None when allowed, else the seconds until the next token."""
        limits = self.limits
        if limits.per_minute <= 0 or (not limits.loopback and is_loopback(host)):
            return None
        rate = limits.per_minute / 60.0
        key = host or ""
        now = self.clock()
        with self._lock:
            tokens, at = self._buckets.pop(key, (limits.burst, now))
            tokens = min(limits.burst, tokens + max(0.0, now - at) * rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                allowed = None
            else:
                self._buckets[key] = (tokens, now)
                allowed = (1 - tokens) / rate
            if len(self._buckets) > MAX_TRACKED:
                self._evict(now, rate)
        return allowed

    def _evict(self, now: float, rate: float) -> None:
        # forget buckets that have refilled (forgetting them changes nothing), then the oldest
        for k in [k for k, (t, at) in self._buckets.items() if t + (now - at) * rate >= self.limits.burst]:
            del self._buckets[k]
        while len(self._buckets) > MAX_TRACKED:
            self._buckets.popitem(last=False)


def rate_limit(request: Request) -> None:
    """FastAPI dependency for the expensive read endpoints (/sparql, /search, /api/search):
    429 with Retry-After once the client's bucket is empty."""
    limiter: RateLimiter | None = getattr(request.app.state, "rate_limiter", None)
    if limiter is None:
        return
    wait = limiter.take(client_address(request))
    if wait is not None:
        headers = {"Retry-After": retry_after(wait)}
        if request.url.path.startswith("/sparql"):  # cross-origin SPARQL clients may read the 429
            headers.update({"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "Retry-After"})
        raise HTTPException(429, Message("too many requests from this address: try again in %(seconds)s s",
                                          seconds=headers["Retry-After"]),
                            headers=headers)

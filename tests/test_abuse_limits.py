"""Abuse limits (issue 16), in-process through the real app: sign-in throttling per account
and per address, and the per-client token bucket on /sparql, /search and /api/search.
Time is a fake clock moved by the tests (no sleeping)."""

from __future__ import annotations

import re
import warnings

import pytest

from api.limits import LoginLimits, LoginThrottle, RateLimiter, RateLimits, is_loopback
from kg.users import UserDirectory

PASSWORD = "correct horse battery"
MIN = 60.0

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


class Clock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The app on an empty store, with two fact-checkers; the lifespan (store) is held open
    by one TestClient, other clients (other addresses) share the app without re-opening it."""
    from api.app import create_app

    base = tmp_path_factory.mktemp("limits")
    users = UserDirectory(base / "users.json")
    users.add("reem", PASSWORD)
    users.add("omar", PASSWORD)
    app = create_app(str(base / "store"), users=str(users.path))
    with TestClient(app) as holder:
        yield app, holder


def client_at(app, host: str) -> TestClient:
    return TestClient(app, client=(host, 50123))


@pytest.fixture()
def clock(site):
    """A fresh sign-in throttle (default limits) on a fake clock, for each test."""
    app, _ = site
    c = Clock()
    app.state.login_throttle = LoginThrottle(LoginLimits(), clock=c)
    return c


def login(client: TestClient, username: str, password: str):
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return client.post("/login", data={"username": username, "password": password, "csrf": token},
                       follow_redirects=False)


def fail(client, username="reem", times=1):
    return [login(client, username, "wrong-password-%d" % i) for i in range(times)][-1]


# -- sign-in: per account

def test_account_locks_after_max_failures_with_retry_after_and_message(site, clock):
    app, _ = site
    c = client_at(app, "10.0.0.1")
    for _ in range(4):
        r = login(c, "reem", "nope-nope")
        assert r.status_code == 401 and "Wrong user name or password." in r.text
    fifth = login(c, "reem", "nope-nope")
    assert fifth.status_code == 429 and fifth.headers["Retry-After"] == "60"
    assert "Too many failed sign-ins for this account" in fifth.text and "1 min" in fifth.text
    # the right password is refused too while the lock lasts, and the page says so
    right = login(c, "reem", PASSWORD)
    assert right.status_code == 429 and "even the correct password is refused" in right.text
    assert 1 <= int(right.headers["Retry-After"]) <= 60
    assert "Signed in as" not in c.get("/").text
    # the lock is the account's, not the client's: from elsewhere too
    assert login(client_at(app, "10.0.0.99"), "REEM ", PASSWORD).status_code == 429
    # another account is not affected
    assert login(c, "omar", PASSWORD).status_code == 303
    clock.advance(61)
    assert login(c, "reem", PASSWORD).status_code == 303


def test_lock_grows_1_2_4_8_then_caps_at_15_minutes(site, clock):
    app, _ = site
    c = client_at(app, "10.0.1.1")
    waits = []
    for _ in range(6):
        r = fail(c, times=5)
        assert r.status_code == 429
        waits.append(int(r.headers["Retry-After"]))
        clock.advance(waits[-1])  # wait the lock out, then fail again
    assert waits == [60, 120, 240, 480, 900, 900]


def test_success_resets_the_account(site, clock):
    app, _ = site
    c = client_at(app, "10.0.2.1")
    assert fail(c, times=5).status_code == 429  # lock 1 min
    clock.advance(60)
    assert fail(c, times=5).headers["Retry-After"] == "120"  # grown
    clock.advance(120)
    assert login(c, "reem", PASSWORD).status_code == 303
    # afresh: four failures are allowed again, and the next lock is back to 1 min
    assert fail(c, times=4).status_code == 401
    assert fail(c).headers["Retry-After"] == "60"


def test_account_resets_after_a_quiet_window(site, clock):
    app, _ = site
    c = client_at(app, "10.0.3.1")
    assert fail(c, times=4).status_code == 401
    clock.advance(15 * MIN)  # the four failures age out
    assert fail(c, times=4).status_code == 401
    assert fail(c).headers["Retry-After"] == "60"
    clock.advance(60)
    assert fail(c, times=5).headers["Retry-After"] == "120"
    clock.advance(120 + 15 * MIN)  # a whole window without a failure after the lock: the growth is forgotten
    assert fail(c, times=5).headers["Retry-After"] == "60"


def test_failures_spread_over_more_than_the_window_never_lock(site, clock):
    app, _ = site
    c = client_at(app, "10.0.4.1")
    for _ in range(12):
        assert fail(c).status_code == 401
        clock.advance(4 * MIN)  # at most four in any 15 minutes


# -- sign-in: per address

def test_address_locks_after_20_failures_across_accounts(site, clock):
    app, _ = site
    c = client_at(app, "10.0.5.1")
    names = [f"user{i}" for i in range(10)]  # sprayed over accounts, none reaches 5 failures
    statuses = [login(c, names[i % 10], "guess").status_code for i in range(20)]
    assert statuses[:19] == [401] * 19 and statuses[19] == 429
    r = login(c, "omar", PASSWORD)  # any account, right password too
    assert r.status_code == 429 and "from your network address" in r.text
    assert r.headers["Retry-After"] == str(15 * 60)
    # other addresses are not affected
    assert login(client_at(app, "10.0.5.2"), "omar", PASSWORD).status_code == 303
    # a success does not clear the address count (one valid account cannot launder guesses)
    clock.advance(15 * MIN)
    assert login(c, "omar", PASSWORD).status_code == 303


def test_address_refusal_ends_as_failures_age_out(site, clock):
    app, _ = site
    c = client_at(app, "10.0.6.1")
    for i in range(10):
        login(c, f"a{i}", "guess")
    clock.advance(5 * MIN)
    for i in range(10):
        login(c, f"b{i}", "guess")
    r = login(c, "omar", PASSWORD)
    assert r.status_code == 429 and r.headers["Retry-After"] == str(10 * 60)  # the first ten age out at 15 min
    clock.advance(10 * MIN)
    assert login(c, "omar", PASSWORD).status_code == 303


def test_arabic_lock_message(site, clock):
    app, _ = site
    c = client_at(app, "10.0.7.1")
    c.cookies.set("sanad_lang", "ar")
    r = fail(c, times=5)
    assert r.status_code == 429 and "محاولات دخول فاشلة كثيرة لهذا الحساب" in r.text and "١" in r.text


def test_login_limits_from_env(monkeypatch):
    monkeypatch.setenv("SANAD_LOGIN_MAX_FAILURES", "3")
    monkeypatch.setenv("SANAD_LOGIN_WINDOW", "600")
    monkeypatch.setenv("SANAD_LOGIN_LOCK_SECONDS", "30")
    monkeypatch.setenv("SANAD_LOGIN_LOCK_MAX_SECONDS", "120")
    monkeypatch.setenv("SANAD_LOGIN_MAX_FAILURES_PER_ADDRESS", "7")
    assert LoginLimits.from_env() == LoginLimits(3, 600, 30, 120, 7)
    clock = Clock()
    t = LoginThrottle.from_env(clock)
    assert [t.failed("x", "h") for _ in range(2)] == [None, None]
    assert t.failed("x", "h").retry_after == 30
    monkeypatch.setenv("SANAD_LOGIN_MAX_FAILURES", "many")
    with pytest.raises(ValueError, match="SANAD_LOGIN_MAX_FAILURES"):
        LoginLimits.from_env()


# -- request rate limits

@pytest.fixture()
def limited(site, monkeypatch):
    """A rate limiter read from the environment: 6 requests a minute, burst 2, loopback too."""
    app, _ = site
    monkeypatch.setenv("SANAD_RATE_LIMIT_PER_MINUTE", "6")
    monkeypatch.setenv("SANAD_RATE_LIMIT_BURST", "2")
    monkeypatch.setenv("SANAD_RATE_LIMIT_LOOPBACK", "1")
    clock = Clock()
    app.state.rate_limiter = RateLimiter.from_env(clock)
    yield app, clock
    app.state.rate_limiter = RateLimiter.from_env()


ENDPOINTS = [
    ("/sparql?query=ASK%7B%7D", {"Accept": "application/sparql-results+json"}),
    ("/search?q=x", {"Accept": "text/html"}),
    ("/search?q=x", {"Accept": "application/json"}),
    ("/api/search?q=x", {}),
]


@pytest.mark.parametrize("path,headers", ENDPOINTS)
def test_rate_limit_429_with_retry_after_then_refill(limited, path, headers):
    app, clock = limited
    c = client_at(app, "127.0.0.1")
    assert [c.get(path, headers=headers).status_code for _ in range(2)] == [200, 200]
    r = c.get(path, headers=headers)
    assert r.status_code == 429 and r.headers["Retry-After"] == "10"  # one token every 10 s
    assert "too many requests" in r.text.lower()
    clock.advance(9)
    assert c.get(path, headers=headers).status_code == 429
    clock.advance(1)
    assert c.get(path, headers=headers).status_code == 200
    # other clients have buckets of their own
    assert client_at(app, "10.0.0.2").get(path, headers=headers).status_code == 200


def test_rate_limit_is_one_bucket_across_endpoints_and_ignores_x_forwarded_for(limited):
    app, clock = limited
    c = client_at(app, "10.9.9.9")
    assert c.get("/sparql", params={"query": "ASK {}"}).status_code == 200
    assert c.get("/api/search?q=x").status_code == 200
    # X-Forwarded-For from a client that is not a trusted proxy changes nothing here
    # (uvicorn rewrites the address only for trusted proxies)
    r = c.get("/search?q=x", headers={"X-Forwarded-For": "10.1.2.3"})
    assert r.status_code == 429
    sparql = c.post("/sparql", data={"query": "ASK {}"})
    assert sparql.status_code == 429 and sparql.headers["Access-Control-Allow-Origin"] == "*"
    # pages that are not limited still answer
    assert c.get("/login").status_code == 200


def test_rate_limit_off_for_loopback_by_default(site, monkeypatch):
    app, _ = site
    monkeypatch.setenv("SANAD_RATE_LIMIT_PER_MINUTE", "6")
    monkeypatch.setenv("SANAD_RATE_LIMIT_BURST", "2")
    monkeypatch.delenv("SANAD_RATE_LIMIT_LOOPBACK", raising=False)
    app.state.rate_limiter = RateLimiter.from_env(Clock())
    try:
        for host in ("127.0.0.1", "127.0.0.2", "::1"):
            c = client_at(app, host)
            assert {c.get("/api/search?q=x").status_code for _ in range(5)} == {200}
        other = client_at(app, "192.0.2.7")
        assert [other.get("/api/search?q=x").status_code for _ in range(3)] == [200, 200, 429]
    finally:
        app.state.rate_limiter = RateLimiter.from_env()


def test_rate_limit_defaults_and_zero_turns_it_off(monkeypatch):
    for name in ("SANAD_RATE_LIMIT_PER_MINUTE", "SANAD_RATE_LIMIT_BURST", "SANAD_RATE_LIMIT_LOOPBACK"):
        monkeypatch.delenv(name, raising=False)
    assert RateLimits.from_env() == RateLimits(60, 30, False)
    monkeypatch.setenv("SANAD_RATE_LIMIT_PER_MINUTE", "0")
    limiter = RateLimiter.from_env(Clock())
    assert all(limiter.take("192.0.2.1") is None for _ in range(1000))
    monkeypatch.setenv("SANAD_RATE_LIMIT_BURST", "0")
    with pytest.raises(ValueError, match="SANAD_RATE_LIMIT_BURST"):
        RateLimits.from_env()


def test_loopback_detection():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("::ffff:127.0.0.1")
    assert is_loopback(None)  # a Unix socket
    assert not is_loopback("10.0.0.1") and not is_loopback("2001:db8::1") and not is_loopback("testclient")

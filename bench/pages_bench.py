"""Server-side render time of the fact-checkers' pages (issue 5), one command:

    python bench/pages_bench.py              # ingests seeds/ + the 449 SaudiNewsNet Syria articles into a temp store
    python bench/pages_bench.py --store DIR  # an existing store, no ingest
    python bench/pages_bench.py --store DIR|URL --scale [--cold]   # latency at size (issue 15)

`--scale`: p50/p95 of the pages a reader hits at any size — home, the biggest sources' pages,
claim pages, cards, search, /api/stats — with the response cache off, so every request
renders (the first request of each store generation is what a reader sees after a write).
`--cold` also writes an empty update before each request, so the per-generation caches
(relation index, source table, counts) are refilled every time: the first page after an ingest.
`--store` may be a SPARQL server's URL (e.g. Virtuoso's http://127.0.0.1:8890/sparql).

Each page kind is requested through the whole app in-process (routing, middleware, store
reads, Jinja, headers; Starlette's TestClient, no network), in English and Arabic, over a
sample of real keys. The baseline, measured in the same run on the same app, is the static
stylesheet; ratios are against its median. Target: every page under 100 ms (median and p95).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", category=UserWarning)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # kg/, api/
from app_timing import DATA, QueryLog, stats, store_to_measure, timed  # noqa: E402  (beside this file)

TARGET_MS = 100.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", help="an existing store (default: ingest into a temp store)")
    ap.add_argument("--data", default=str(DATA), help="articles to ingest beside seeds/ (default: %(default)s)")
    ap.add_argument("--samples", type=int, default=30, help="keys sampled per page kind (default: %(default)s)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a page misses the target")
    ap.add_argument("--scale", action="store_true", help="p50/p95 of home, biggest sources, claim, card, search, "
                    "/api/stats, response cache off")
    ap.add_argument("--cold", action="store_true", help="with --scale: a write before each request, so the "
                    "per-generation caches refill every time")
    ap.add_argument("--profile", action="store_true", help="with --scale: the store queries each page sends "
                    "(count and ms per request, and the costliest query shapes)")
    ap.add_argument("--only", help="with --scale: only these page kinds, comma-separated (e.g. claim,card)")
    args = ap.parse_args()
    if args.scale:
        return scale(args)

    store, tmp = store_to_measure(args.store, args.data, "sanad-pages-bench-")
    rng = random.Random(7)
    with app_client(store) as client:
        repo = client.app.state.repo
        stats_now = repo.stats()
        claims = repo.all_claims()
        print(f"store: {stats_now['articles']} articles, {stats_now['claims']} claims, "
              f"{stats_now.get('contradicts', 0)} contradicts, {stats_now.get('supports', 0)} supports")
        claim_keys = rng.sample([c["key"] for c in claims], min(args.samples, len(claims)))
        sources = [s["key"] for s in repo.sources()]
        source_keys = sources[:5] + rng.sample(sources, max(0, min(args.samples - 5, len(sources))))
        article_keys = rng.sample(sorted({c["article_key"] for c in claims}), min(args.samples, len({c["article_key"] for c in claims})))
        places = [p["key"] for p in repo.places()][:5]
        words = ["اعلن", "قوات النظام", "المرصد", "داعش", "تدمر", "حلب", "الامم المتحدة", "روسيا"]
        kinds = {
            "home (contradictions)": ["/"] * 10,
            "home (corroborations, sorted by date)": ["/?kind=supports&sort=date"] * 10,
            "home filtered (type, place, dates)": [f"/?kind=supports&source_type=state-media&place={p}&from=2015-01-01"
                                                   for p in places] * 2,
            "home page 5": ["/?kind=supports&page=5"] * 10,
            "claim": [f"/claims/{k}" for k in claim_keys],
            "source": [f"/sources/{k}" for k in source_keys],
            "article": [f"/articles/{k}" for k in article_keys],
            "search": [f"/search?q={w}" for w in words] * 2,
            "sources list": ["/sources"] * 10,
            "articles list": ["/articles"] * 10,
            "claim as JSON-LD": [f"/claims/{k}?format=jsonld" for k in claim_keys],
        }
        for _ in range(5):  # warm up: caches, Jinja compilation
            timed(client, "/static/sanad.css")
            timed(client, "/")
        base = stats([timed(client, "/static/sanad.css") for _ in range(200)])
        print(f"baseline /static/sanad.css: median {base[0]:.2f} ms, p95 {base[1]:.2f} ms\n")
        print(f"{'page':40} {'lang':4} {'n':>4} {'median ms':>10} {'p95 ms':>8} {'× base':>7}  target {TARGET_MS:.0f} ms")
        missed = []
        for name, urls in kinds.items():
            for lang in ("en", "ar"):
                ms = [timed(client, u, headers={"Accept-Language": lang}) for u in urls]
                med, p95, _ = stats(ms)
                ok = med < TARGET_MS and p95 < TARGET_MS
                if not ok:
                    missed.append(f"{name} ({lang})")
                print(f"{name:40} {lang:4} {len(ms):4} {med:10.1f} {p95:8.1f} {med / base[0]:7.1f}  {'ok' if ok else 'MISSED'}")
    if tmp:
        tmp.cleanup()
    print("\nall pages within target" if not missed else f"\nmissed: {', '.join(missed)}")
    return 1 if (missed and args.strict) else 0


def app_client(store: str):
    """The real app on `store`, in process (its users file in the temp dir, never the store's)."""
    from fastapi.testclient import TestClient

    from api.app import create_app

    return TestClient(create_app(store, users=str(Path(tempfile.gettempdir()) / "sanad-bench-users.json")))


def scale(args) -> int:
    """Latency at size (see the module doc): p50/p95 per page kind, × the static stylesheet."""
    import os
    import time

    os.environ["SANAD_RESPONSE_CACHE_MB"] = "0"  # every request renders
    store, tmp = store_to_measure(args.store, args.data, "sanad-pages-bench-")
    rng = random.Random(7)
    with app_client(store) as client:
        repo = client.app.state.repo
        t = time.perf_counter()
        totals = repo.stats()
        sources = repo.sources()  # most claims first
        print(f"store {store}: {totals['articles']} articles, {totals['claims']} claims, "
              f"{totals.get('contradicts', 0)} contradicts, {totals.get('supports', 0)} supports, {len(sources)} sources "
              f"(first read {time.perf_counter() - t:.1f} s)")
        print("biggest sources: " + ", ".join(f"{s['key']} ({s['claims']})" for s in sources[:5]))
        n = args.samples
        keys = sorted(r["key"] for r in repo.store.select(
            "PREFIX schema: <http://schema.org/> PREFIX sanad: <https://w3id.org/sanad/ns#> "
            f"SELECT ?key WHERE {{ ?c a schema:Claim ; sanad:key ?key }} LIMIT {max(n * 20, 1000)}"))
        claim_keys = rng.sample(keys, min(n, len(keys)))
        words = ["اعلن", "قوات النظام", "المرصد", "داعش", "حلب", "الامم المتحدة", "روسيا", "وزير"]
        kinds = {
            "home": ["/"] * n,
            "source (biggest)": [f"/sources/{sources[0]['key']}"] * n,
            "source (5 biggest)": [f"/sources/{s['key']}" for s in sources[:5]] * max(1, n // 5),
            "claim": [f"/claims/{k}" for k in claim_keys],
            "card": [f"/cards/{k}" for k in claim_keys],
            "search": [f"/search?q={w}" for w in words] * max(1, n // len(words)),
            "/api/stats": ["/api/stats"] * n,
            "sources list": ["/sources"] * n,
            "sources list (q=)": [f"/sources?q={w}" for w in words] * max(1, n // len(words)),
        }

        if args.only:
            kinds = {k: v for k, v in kinds.items() if any(k.startswith(w.strip()) for w in args.only.split(","))}
        log = QueryLog(repo.store) if args.profile else None
        shapes: dict[str, dict[str, list]] = {}

        def bump():
            if args.cold:
                repo.store.update("INSERT DATA { }")

        for _ in range(3):
            timed(client, "/static/sanad.css")
        base = stats([timed(client, "/static/sanad.css") for _ in range(100)])
        print(f"baseline /static/sanad.css: p50 {base[0]:.2f} ms, p95 {base[1]:.2f} ms"
              f"{'; cold: a write before each request' if args.cold else ''}\n")
        # CPU ms of this process per request (app and client): less swayed than wall time by other
        # work on a shared machine; with a SPARQL server the server's own time is not in it
        print(f"{'page':22} {'n':>4} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9} {'p50 × base':>11} {'cpu p50 ms':>11}"
              + (f" {'queries':>8} {'store p50 ms':>13}" if log else ""))
        if log:
            log.__enter__()
        for name, urls in kinds.items():
            ms, cpu, nq, store_ms = [], [], [], []
            for u in urls:
                bump()
                if log:
                    log.take()
                c = time.process_time()
                ms.append(timed(client, u, headers={"Accept-Language": "en"}))
                cpu.append((time.process_time() - c) * 1000)
                if log:
                    sent = log.take()
                    nq.append(len(sent))
                    store_ms.append(sum(t for _, t in sent))
                    for shape, t in sent:
                        shapes.setdefault(name, {}).setdefault(shape, []).append(t)
            p50, p95, top = stats(ms)
            print(f"{name:22} {len(ms):4} {p50:9.1f} {p95:9.1f} {top:9.1f} {p50 / base[0]:11.1f} {stats(cpu)[0]:11.1f}"
                  + (f" {sum(nq) / len(nq):8.1f} {stats(store_ms)[0]:13.1f}" if log else ""))
        if log:
            log.__exit__(None, None, None)
            print("\ncostliest query shapes per page (per request: how many, ms; IRIs and literals blanked as _)")
            for name, by_shape in shapes.items():
                n = len(kinds[name])
                print(f"-- {name}")
                for shape, ts in sorted(by_shape.items(), key=lambda x: -sum(x[1]))[:6]:
                    print(f"  {len(ts) / n:5.1f} × {sum(ts) / n:8.1f} ms  {shape[:150]}")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Server-side render time of embeddable claim cards (issue 6), one command:

    python bench/cards_bench.py            # ingests seeds/ + the SaudiNewsNet Syria articles into a temp store
    python bench/cards_bench.py --store DIR   # an existing store, no ingest

Requests go through the whole app in-process (routing, middleware, store reads, Jinja,
headers; Starlette's TestClient, no network), against a baseline measured in the same
run on the same app: the static stylesheet and a trivial JSON answer. Target: a card
under 20 ms (median and p95)."""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", category=UserWarning)  # FastAPI's duplicate operation-id notice on /openapi.json

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # kg/, api/
from app_timing import DATA, stats, store_to_measure, timed  # noqa: E402  (beside this file)

TARGET_MS = 20.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", help="an existing store (default: ingest into a temp store)")
    ap.add_argument("--data", default=str(DATA), help="articles to ingest beside seeds/ (default: %(default)s)")
    ap.add_argument("--claims", type=int, default=300, help="claims to render (default: %(default)s)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a card's median or p95 misses the target")
    args = ap.parse_args()

    store, tmp = store_to_measure(args.store, args.data, "sanad-cards-bench-")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from api.app import create_app

    app = create_app(store)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        repo = app.state.repo
        claims = [c["key"] for c in repo.all_claims()]
        related = {r[k]["key"] for r in repo.relations() for k in ("a", "b")}
        rng = random.Random(6)
        sample = sorted(related)[: args.claims // 2]
        rest = [k for k in claims if k not in related]
        sample += rng.sample(rest, min(len(rest), args.claims - len(sample)))
        print(f"store: {len(claims)} claims, {len(related)} with relations; rendering {len(sample)} cards "
              f"({sum(k in related for k in sample)} with relations)")

        for k in sample[:20]:  # warm up: imports, template compilation, store caches
            timed(client, f"/cards/{k}")
            timed(client, "/static/sanad.css")

        rows: list[tuple[str, list[float]]] = []
        rows.append(("baseline: GET /static/sanad.css", [timed(client, "/static/sanad.css") for _ in sample]))
        rows.append(("baseline: GET /openapi.json", [timed(client, "/openapi.json") for _ in sample]))
        card_ms = [timed(client, f"/cards/{k}") for k in sample]
        rows.append(("card: GET /cards/{key}", card_ms))
        rows.append(("card: ?lang=en&theme=dark&view=compact",
                     [timed(client, f"/cards/{k}?lang=en&theme=dark&view=compact") for k in sample]))
        rows.append(("card image: GET /cards/{key}.svg", [timed(client, f"/cards/{k}.svg") for k in sample]))
        rows.append(("oEmbed: GET /oembed?url=…", [timed(client, f"/oembed?url=http://127.0.0.1:8000/claims/{k}")
                                                   for k in sample]))
        etags = {k: client.get(f"/cards/{k}").headers["etag"] for k in sample}
        rows.append(("card revalidated: If-None-Match → 304",
                     [timed(client, f"/cards/{k}", {"If-None-Match": etags[k]}, expect=304) for k in sample]))
        rows.append(("claim page (for comparison): /claims/{key}", [timed(client, f"/claims/{k}") for k in sample[:60]]))

        # the card's own work without HTTP: store reads + view + Jinja
        from api.cards import card_inputs, render_card
        from starlette.requests import Request

        req = Request({"type": "http", "method": "GET", "path": "/", "headers": [(b"host", b"127.0.0.1:8000")],
                       "query_string": b"", "scheme": "http", "server": ("127.0.0.1", 8000), "root_path": ""})
        reads, render = [], []
        for k in sample:
            t = time.perf_counter()
            inputs = card_inputs(repo, k)
            t2 = time.perf_counter()
            render_card(req, inputs, "ar", "light", "full", None)
            t3 = time.perf_counter()
            reads.append((t2 - t) * 1000)
            render.append((t3 - t2) * 1000)
        rows.append(("  of which: store reads (card_inputs)", reads))
        rows.append(("  of which: view + Jinja render", render))

    base_med = stats(rows[0][1])[0]
    print(f"\n{'':46}{'median':>9}{'p95':>9}{'max':>9}{'× css':>8}")
    for name, ms in rows:
        med, p95, mx = stats(ms)
        print(f"{name:46}{med:8.2f} {p95:8.2f} {mx:8.2f} {med / base_med:7.1f}")
    med, p95, _ = stats(card_ms)
    ok = med < TARGET_MS and p95 < TARGET_MS
    print(f"\ncard render: median {med:.2f} ms, p95 {p95:.2f} ms (target < {TARGET_MS:.0f} ms): {'OK' if ok else 'MISSED'}; "
          f"{med / base_med:.1f}× the static stylesheet ({base_med:.2f} ms) in the same run")
    if tmp is not None:
        tmp.cleanup()
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())

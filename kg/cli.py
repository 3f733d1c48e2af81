"""The `sanad` command."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__


def _print_json(obj, fmt: str) -> None:
    if fmt == "jsonl":
        for x in obj:
            print(json.dumps(x, ensure_ascii=False))
    else:
        print(json.dumps(obj, ensure_ascii=False, indent=2))


def _fail(msg: str, code: int = 2) -> int:
    print(f"sanad: error: {msg}", file=sys.stderr)
    return code


def cmd_ingest(args) -> int:
    from .server_file import live_server
    from .store import is_server, store_location

    location = store_location(args.store)
    server = None if is_server(location) else live_server(location)
    if server is not None:  # `sanad serve` holds the store: send the articles through it
        from .server_ingest import ServerIngestError, ingest_through_server

        items, report, _ = _files_and_urls(args.paths, args.allow_private)
        try:
            report = ingest_through_server(server, items, report, parse=not args.no_parse, progress=not args.quiet,
                                           on_error=lambda m: print(f"sanad: skipped: {m}", file=sys.stderr))
        except ServerIngestError as e:
            return _fail(str(e))
        return _print_ingest_report(report, args.format)

    from .ingest import ingest_items
    from .store import open_store
    from .workers import WorkersError, cores

    workers = cores() if args.workers is None else args.workers
    if workers < 1:
        return _fail(f"--workers must be 1 or more, not {workers}")
    store = open_store(args.store)
    try:
        items, report, total = _files_and_urls(args.paths, args.allow_private)
        report = ingest_items(items, store, report, progress=not args.quiet,
                              on_error=lambda m: print(f"sanad: skipped: {m}", file=sys.stderr), parse=not args.no_parse,
                              workers=workers, dask=args.dask, total=total)
    except WorkersError as e:
        return _fail(str(e))
    finally:
        store.close()
    return _print_ingest_report(report, args.format)


def _print_ingest_report(report, fmt: str) -> int:
    if fmt == "json":
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        rel = ", ".join(f"{v} {k}" for k, v in sorted(report.relations.items())) or "none"
        print(f"ingested {report.articles} article(s) from {report.files} file(s): "
              f"{report.new} new, {report.replaced} replaced; {report.claims} claims; relations: {rel}; "
              f"{len(report.errors)} error(s)")
    return 1 if report.errors else 0


def _files_and_urls(names: list[str], allow_private: bool):
    """The items of every file, folder and URL named (a URL is fetched: a page, or a feed's
    items), the report that counts them, and how many items there are (None with a URL)."""
    from .ingest import Report, count_articles
    from .reader import discover, read

    targets = discover(names)
    return ((item for t in targets for item in read(t, allow_private=allow_private)), Report(files=len(targets)),
            count_articles(targets))


def _stop_on_signals() -> None:
    """Ctrl-C and SIGTERM (a service manager's stop) end a long-running command cleanly, also when it
    was started in the background, where the shell leaves SIGINT ignored and Python then never raises
    KeyboardInterrupt."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop)


def cmd_follow(args) -> int:
    import datetime as dt
    import itertools
    import time

    from .feeds import follow_once, load_state, parse_interval, save_state, state_path_for
    from .reader import ReadError
    from .store import StoreError, open_store, store_location

    try:
        every = parse_interval(args.every)
        state_file = Path(args.state) if args.state else state_path_for(store_location(args.store))
        validators = load_state(state_file)
    except (ValueError, ReadError) as e:
        return _fail(str(e))
    code = 0
    _stop_on_signals()
    try:
        for round_no in itertools.count(1):
            try:
                store = open_store(args.store)  # held only for the round: between rounds others may use it
                try:
                    report, counts = follow_once(
                        args.feeds, store, validators, allow_private=args.allow_private, parse=not args.no_parse,
                        progress=not args.quiet, on_error=lambda m: print(f"sanad: skipped: {m}", file=sys.stderr),
                        on_note=lambda m: print(f"sanad: note: {m}", file=sys.stderr))
                finally:
                    store.close()
            except StoreError as e:
                if args.once:
                    raise
                print(f"sanad: error: {e}; trying again next round", file=sys.stderr)  # e.g. the store is busy
                validators = load_state(state_file)  # forget this round's, as if it never ran
            else:
                save_state(state_file, validators)
                _print_follow_round(round_no, report, counts, args.format)
                code = 1 if report.errors else 0
                if args.once:
                    return code
            print(f"sanad: next round at {(dt.datetime.now() + dt.timedelta(seconds=every)):%H:%M:%S} "
                  "(Ctrl-C stops)", file=sys.stderr)
            time.sleep(every)
    except KeyboardInterrupt:
        print("sanad: follow stopped", file=sys.stderr)
        return code


def _print_follow_round(round_no: int, report, counts: dict[str, int], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps({"round": round_no, **report.to_json(), **counts}, ensure_ascii=False), flush=True)
        return
    rel = ", ".join(f"{v} {k}" for k, v in sorted(report.relations.items())) or "unchanged"
    print(f"round {round_no}: {counts['feeds']} feed(s) read, {counts['not_modified']} not modified; "
          f"{counts['items']} item(s): {report.new} new, {report.replaced} replaced, "
          f"{counts['already_stored']} already stored; {report.claims} claims; relations: {rel}; "
          f"{len(report.errors)} error(s)", flush=True)


def _read_one(path: str):
    from .reader import read

    items = list(read(Path(path)))
    if not items:
        raise SystemExit(_fail(f"{path}: no article in file"))
    return items


def cmd_extract(args) -> int:
    from .attribution import AttributionExtractor

    extractor = AttributionExtractor(nlp=False if args.no_parse else None, proposer=args.proposer)
    claims, errors = [], 0
    graphs = []
    for item in _read_one(args.file):
        if item.error:
            print(f"sanad: error: {item.error}", file=sys.stderr)
            errors += 1
            continue
        ext = extractor.extract(item.article)
        if args.format == "turtle":
            from .rdf import article_graph

            graphs.append(article_graph(ext, extractor.method))
        claims += [c.to_json() for c in ext.claims]
    if args.format == "turtle":
        for g in graphs:
            sys.stdout.write(g.serialize(format="turtle"))
    else:
        _print_json(claims, args.format)
    return 1 if errors else 0


def _jsonl(path: str):
    try:
        fh = sys.stdin if path == "-" else open(path, encoding="utf-8")
    except OSError as e:
        raise SystemExit(_fail(f"{path}: {e.strerror}"))
    with fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as e:
                    yield n, e


def _pair_batches(path: str, need_gold: bool = False, size: int = 2048):
    """Valid {"id","a","b"[,"gold"]} lines of a JSONL file in batches; bad lines are reported
    on stderr (file:line) and counted in the returned list `errors`."""
    from .relate import GOLD_ALIASES

    errors: list[int] = []
    batch: list[tuple[int, dict]] = []

    def gen():
        nonlocal batch
        for n, obj in _jsonl(path):
            ok = not isinstance(obj, Exception) and isinstance(obj, dict) and all(
                isinstance(obj.get(k), str) for k in ("a", "b"))
            if ok and need_gold:
                ok = isinstance(obj.get("gold"), str) and obj["gold"].strip().lower() in GOLD_ALIASES
            if not ok:
                want = "string fields 'a', 'b' and 'gold' (contradicts|supports|unrelated)" if need_gold \
                    else "string fields 'a' and 'b'"
                print(f"sanad: error: {path}:{n}: expected a JSON object with {want}", file=sys.stderr)
                errors.append(n)
                continue
            batch.append((n, obj))
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    return gen(), errors


def _relate_batch(batch):
    from .relate import relate_many

    return relate_many([(obj["a"], obj["b"]) for _, obj in batch])


def cmd_relate(args) -> int:
    from .relate import ModelMissing

    batches, errors = _pair_batches(args.pairs)
    try:
        for batch in batches:
            for (n, obj), r in zip(batch, _relate_batch(batch)):
                print(json.dumps({"id": obj.get("id", n), "relation": r.relation, "confidence": round(r.confidence, 3),
                                  "why": r.why}, ensure_ascii=False))
    except ModelMissing as e:
        return _fail(str(e))
    return 1 if errors else 0


def cmd_eval_relate(args) -> int:
    from .relate import GOLD_ALIASES, LABELS, ModelMissing, scores

    batches, errors = _pair_batches(args.pairs, need_gold=True)
    gold, pred, rows = [], [], []
    try:
        for batch in batches:
            for (n, obj), r in zip(batch, _relate_batch(batch)):
                g = GOLD_ALIASES[obj["gold"].strip().lower()]
                gold.append(g)
                pred.append(r.relation)
                rows.append({"id": obj.get("id", n), "gold": g, "relation": r.relation,
                             "confidence": round(r.confidence, 3), "why": r.why})
    except ModelMissing as e:
        return _fail(str(e))
    if not gold:
        return _fail(f"{args.pairs}: no labelled pair to evaluate")
    s = scores(gold, pred)
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.format == "json":
        print(json.dumps({**s, "errors": len(errors)}, ensure_ascii=False, indent=2))
    else:
        print(f"{'class':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>6} {'predicted':>9}")
        for c in LABELS:
            x = s["classes"][c]
            print(f"{c:<12} {x['precision']:9.3f} {x['recall']:7.3f} {x['f1']:6.3f} {x['support']:6d} {x['predicted']:9d}")
        print(f"macro-F1 (classes in gold): {s['macro_f1']:.3f}")
        print(f"macro-F1 (contradicts, supports): {s['macro_f1_cs']:.3f}")
        print(f"accuracy: {s['accuracy']:.3f}  pairs: {s['n']}" + (f"  bad lines: {len(errors)}" if errors else ""))
    return 1 if errors else 0


def cmd_eval_extract(args) -> int:
    from .attribution import AttributionExtractor
    from .attribution.proposer import model_path
    from .extract_eval import GoldError, Score, article_name, gold_files, load_article, score_article
    from .reader import ReadError

    root = Path(__file__).resolve().parent.parent
    paths = args.gold or [str(p) for p in (root / "tests" / "gold", root / "tests" / "gold" / "saudinewsnet")
                          if p.is_dir()]
    try:
        files = gold_files(paths)
    except GoldError as e:
        return _fail(str(e))
    if not files:
        return _fail("no *.gold.json file found")
    extractor = AttributionExtractor(nlp=False if args.no_parse else None, proposer=args.proposer)
    proposer_on = extractor.proposer is not None
    keys = set(extractor.registry.sources)
    total, rows, problems = Score(), [], 0
    for f in files:
        try:
            gold = json.loads(f.read_text(encoding="utf-8"))
            art = load_article(gold, f, Path(args.corpus), root / "seeds")
        except (GoldError, ReadError, OSError, json.JSONDecodeError) as e:
            print(f"sanad: error: {f}: {e}", file=sys.stderr)
            problems += 1
            continue
        system = [c.to_json() for c in extractor.extract(art).claims]
        sc = score_article(system, gold["claims"], keys)
        total.add(sc)
        rows.append({"article": article_name(gold, f), "gold_file": str(f), **sc.to_json(),
                     **({"errors": sc.errors} if args.errors or args.format == "json" else {})})
    if args.format == "json":
        print(json.dumps({"articles": rows, "overall": total.to_json(), "bad_files": problems,
                          "proposer": proposer_on}, ensure_ascii=False, indent=2))
    else:
        head = f"{'article':<44} {'gold':>4} {'sys':>4} {'P':>6} {'R':>6} {'F1':>6} {'src':>6} {'pol':>6}"
        print(head)

        def line(name, r):
            print(f"{name[:44]:<44} {r['tp'] + r['fn']:4d} {r['tp'] + r['fp']:4d} {r['precision']:6.3f} "
                  f"{r['recall']:6.3f} {r['f1']:6.3f} {r['source_accuracy']:6.3f} {r['polarity_accuracy']:6.3f}")
            for e in r.get("errors", []):
                print("    " + json.dumps(e, ensure_ascii=False))

        for r in rows:
            line(r["article"], r)
        line(f"overall ({len(rows)} articles)", total.to_json())
        print("match: span overlap >= 0.5 of the shorter span (alt_spans accepted), one-to-one greedy; "
              "optional gold neither rewarded nor penalized; src/pol: accuracy on matched core claims")
        print("learned proposer: " + (f"on ({model_path()})" if proposer_on else "off" + (
            f" (no model at {model_path()}; python -m training.train_proposer)" if args.proposer else "")))
    return 1 if problems else 0


def cmd_relations(args) -> int:
    from .repository import Repository
    from .store import open_store

    store = open_store(args.store, read_only=True)
    rels = Repository(store).relations(kind=args.kind)
    _print_json(rels, args.format)
    return 0


def cmd_relate_store(args) -> int:
    """The full recompute: every stored claim related again (ingest relates only what changed)."""
    import time

    from .ingest import relate_store
    from .store import open_store

    store = open_store(args.store)
    try:
        started = time.perf_counter()
        counts = relate_store(store, progress=lambda m: print(f"sanad: relate-store: {m}", file=sys.stderr, flush=True))
        seconds = round(time.perf_counter() - started, 1)
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps({"relations": counts, "seconds": seconds}, ensure_ascii=False, indent=2))
    else:
        print(f"relations: {', '.join(f'{v} {k}' for k, v in sorted(counts.items())) or 'none'} ({seconds} s)")
    return 0


def cmd_query(args) -> int:
    from .store import QuerySyntaxError, open_store

    text = args.sparql
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except OSError as e:
            return _fail(f"{text[1:]}: {e.strerror}")
    store = open_store(args.store, read_only=True)
    from .repository import PREFIX

    if "PREFIX" not in text.upper():
        text = PREFIX + text  # the project's prefixes, for convenience on the command line
    try:
        if args.format == "table":
            res = store.query(text, result_format="json")
            if res.kind == "graph":
                sys.stdout.write(res.body.decode("utf-8"))
                return 0
            _table(json.loads(res.body))
        else:
            res = store.query(text, result_format=args.format)
            sys.stdout.write(res.body.decode("utf-8"))
            if not res.body.endswith(b"\n"):
                print()
    except QuerySyntaxError as e:
        return _fail(f"SPARQL syntax error: {e}")
    return 0


def _table(results: dict) -> None:
    if "boolean" in results:
        print("true" if results["boolean"] else "false")
        return
    names = results["head"]["vars"]
    rows = [[b.get(n, {}).get("value", "") for n in names] for b in results["results"]["bindings"]]
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]

    def line(cells):
        return " | ".join(c[:w].ljust(w) for c, w in zip(cells, widths))

    print(line(names))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(line(r))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def cmd_export(args) -> int:
    from .store import open_store

    store = open_store(args.store, read_only=True)
    data = store.export(args.format)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        Path(args.output).write_bytes(data)
    return 0


def cmd_restore(args) -> int:
    import time

    from .store import OxigraphStore, dump_format, is_server, open_store, parse_dump, store_location

    location = store_location(args.store)
    if is_server(location):
        return _fail("restore writes to a store directory; load a dump into a SPARQL server with its own loader")
    fmt = dump_format(args.file, args.format) if args.file != "-" else (args.format or "")
    if not fmt:
        return _fail("reading a dump from stdin: pass --format trig or --format nquads")
    started = time.perf_counter()
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as e:
        return _fail(f"{args.file}: {e.strerror}")
    # parsed whole before the store is even opened: a bad file leaves the store as it was
    dump = parse_dump(data, fmt, name=args.file)
    store = open_store(location)
    assert isinstance(store, OxigraphStore)
    try:
        from .model import RELATIONS_GRAPH
        from .stats import STATS_GRAPH, mark_stale

        kept = set(store.graphs()) - set(dump.graphs)
        done = store.restore(dump, replace=args.replace)
        # the dump's counts match its own graphs; not once graphs it lacks (articles, relations) stay
        # beside them, or when it has no counts: then recomputed at the next read
        if args.replace and (STATS_GRAPH not in dump.graphs
                             or any("/graph/article/" in g or g == RELATIONS_GRAPH for g in kept)):
            mark_stale(store)
    finally:
        store.close()
    kept = f"; {done['kept']} graph(s) not in the dump left as they were" if done["kept"] else ""
    print(f"restored {done['quads']} quads in {done['graphs']} graph(s) into {location} "
          f"in {time.perf_counter() - started:.1f} s{kept}", file=sys.stderr)
    return 0


def cmd_reindex(args) -> int:
    import time

    from . import search_index
    from .store import open_store, store_location

    location = store_location(args.store)
    path = search_index.index_path_for(location)
    if path is None:
        return _fail("SANAD_SEARCH_INDEX=off: this SPARQL server's store is searched by SPARQL, without an index")
    started = time.perf_counter()
    store = open_store(location)
    try:
        done = search_index.rebuild(store, progress=not args.quiet)
    finally:
        store.close()
    print(f"indexed {done['claims']} claim text(s) for search in {time.perf_counter() - started:.1f} s: "
          f"{path} ({done['bytes'] / 1e6:.1f} MB)", file=sys.stderr)
    return 0


def cmd_user(args) -> int:
    from .users import UserDirectory, UserError

    users = UserDirectory(args.users)
    try:
        if args.action == "list":
            for u in users.list():
                print(f"{u.name}\t{u.display_name}")
            return 0
        if args.action == "remove":
            users.remove(args.name)
            print(f"removed {args.name} from {users.path}", file=sys.stderr)
            return 0
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            import getpass

            password = getpass.getpass(f"password for {args.name}: ")
            if getpass.getpass("again: ") != password:
                return _fail("the passwords differ")
        user = users.add(args.name, password, display_name=args.display_name, replace=args.replace)
    except UserError as e:
        return _fail(str(e))
    print(f"user {user.name} ({user.display_name}) saved in {users.path}", file=sys.stderr)
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from api.app import create_app
    from api.http_limits import uvicorn_options

    try:
        wire_limits = uvicorn_options()  # 414 / 431 for oversized request lines and headers
    except ValueError as e:
        return _fail(str(e))
    if args.query_timeout is not None:  # read by the /sparql endpoint (kg.store.QueryLimits)
        import os
        os.environ["SANAD_QUERY_TIMEOUT"] = str(args.query_timeout)
    from .server_file import reachable_url

    try:
        app = create_app(args.store, users=args.users, announce_url=reachable_url(args.host, args.port),
                         relate_pending=False if args.no_relate_pending else None)
    except ValueError as e:  # a bad $SANAD_* setting (limits, response cache): one line, not a traceback
        return _fail(str(e))
    print(f"Sanad on http://{args.host}:{args.port}/  (SPARQL: /sparql, API docs: /docs)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", **wire_limits)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sanad", description="Claims, sources and contradictions as a knowledge graph.")
    p.add_argument("--version", action="version", version=f"sanad {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def store_arg(sp):
        sp.add_argument("--store", help="store directory (default: $SANAD_STORE or ./sanad-data)")

    def no_parse_arg(sp):
        sp.add_argument("--no-parse", action="store_true",
                        help="extract by the rules alone, without the stanza parse (much faster, slightly less accurate)")

    def proposer_arg(sp):
        sp.add_argument("--proposer", action="store_true",
                        help="add the learned proposer's claims for what the rules miss (models/proposer.joblib; "
                             "more recall, many of its claims wrongly attributed: training/proposer/README.md)")

    def allow_private_arg(sp):
        sp.add_argument("--allow-private", action="store_true",
                        help="let URLs reach private, loopback and link-local addresses (refused by default)")

    sp = sub.add_parser("ingest", help="ingest article files, folders, web pages and feeds (URLs) into the store")
    sp.add_argument("paths", nargs="+", metavar="PATH|URL")
    store_arg(sp)
    allow_private_arg(sp)
    sp.add_argument("--format", choices=["text", "json"], default="text", help="summary format")
    sp.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    no_parse_arg(sp)
    sp.add_argument("--workers", type=int, metavar="N",
                    help="extraction processes (default: the number of cores; 1: in this process)")
    sp.add_argument("--dask", metavar="local|tcp://HOST:8786",
                    help="extract on Dask: a local cluster of --workers processes, or the scheduler at this address "
                         "(its workers need Sanad installed); writes stay here")
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("follow", help="ingest the new items of RSS/Atom feeds, again every interval")
    sp.add_argument("feeds", nargs="+", metavar="FEED_URL")
    store_arg(sp)
    sp.add_argument("--every", default="15m", help="interval between rounds: 90s, 15m, 1h (default 15m)")
    sp.add_argument("--once", action="store_true", help="one round, then exit (1 if an item failed)")
    sp.add_argument("--state", help="file remembering each feed's ETag/Last-Modified (default: beside the store, "
                                    "STORE.feeds.json)")
    sp.add_argument("--format", choices=["text", "json"], default="text", help="one summary line per round")
    sp.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    allow_private_arg(sp)
    no_parse_arg(sp)
    sp.set_defaults(func=cmd_follow)

    sp = sub.add_parser("extract", help="print the claims of one article file (store untouched)")
    sp.add_argument("file")
    sp.add_argument("--format", choices=["json", "jsonl", "turtle"], default="json")
    no_parse_arg(sp)
    proposer_arg(sp)
    sp.set_defaults(func=cmd_extract)

    sp = sub.add_parser("relate", help="relate pairs of claim texts: contradicts | supports | unrelated")
    sp.add_argument("--pairs", required=True, help='JSONL file of {"id","a","b"} ("-" for stdin)')
    sp.add_argument("--format", choices=["jsonl"], default="jsonl")
    sp.set_defaults(func=cmd_relate)

    sp = sub.add_parser("relate-store", help="recompute the relations graph from every stored claim (ingest and "
                                             "live jobs relate only what they changed)")
    store_arg(sp)
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp.set_defaults(func=cmd_relate_store)

    sp = sub.add_parser("eval", help="measure a component on labelled data")
    esub = sp.add_subparsers(dest="what", required=True)
    ep = esub.add_parser("relate", help="score `relate` on labelled pairs: per-class precision/recall/F1, macro-F1")
    ep.add_argument("--pairs", required=True,
                    help='JSONL file of {"id","a","b","gold"} with gold contradicts|supports|unrelated ("-" for stdin)')
    ep.add_argument("--format", choices=["text", "json"], default="text")
    ep.add_argument("--predictions", metavar="FILE", help="also write each prediction (with gold) as JSONL")
    ep.set_defaults(func=cmd_eval_relate)
    ep = esub.add_parser("extract", help="score extraction on gold files: claim P/R/F1, source and polarity accuracy")
    ep.add_argument("--gold", nargs="+", metavar="DIR|FILE",
                    help="gold files or folders of *.gold.json (default: tests/gold and tests/gold/saudinewsnet)")
    ep.add_argument("--corpus", default="../shared/data/news/saudinewsnet-syria-2015.jsonl",
                    help="the JSONL whose lines gold files with article.line refer to")
    ep.add_argument("--format", choices=["text", "json"], default="text")
    ep.add_argument("--json", dest="format", action="store_const", const="json", help="same as --format json")
    ep.add_argument("--errors", action="store_true", help="list each missed, extra or wrongly attributed claim")
    no_parse_arg(ep)
    proposer_arg(ep)
    ep.set_defaults(func=cmd_eval_extract)

    sp = sub.add_parser("relations", help="relations found between stored claims")
    store_arg(sp)
    sp.add_argument("--format", choices=["json", "jsonl"], default="json")
    sp.add_argument("--kind", choices=["contradicts", "supports"])
    sp.set_defaults(func=cmd_relations)

    sp = sub.add_parser("query", help="run a SPARQL query (text or @file.rq) on the store")
    sp.add_argument("sparql", metavar="SPARQL|@FILE.rq")
    store_arg(sp)
    sp.add_argument("--format", choices=["json", "csv", "tsv", "xml", "table"], default="table")
    sp.set_defaults(func=cmd_query)

    sp = sub.add_parser("export", help="dump the whole store")
    store_arg(sp)
    sp.add_argument("--format", choices=["trig", "nquads", "turtle", "jsonld"], required=True)
    sp.add_argument("-o", "--output", help="file to write (default: stdout)")
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser(
        "restore", help="load a dump made by `sanad export` (TriG or N-Quads) into an empty store",
        description="Load a TriG or N-Quads dump (from `sanad export --format trig|nquads`) into a store: "
                    "article graphs, sources, vocabulary, relations and reviews (verdicts). The whole file is "
                    "parsed before anything is written, so a bad file leaves the store as it was; then each "
                    "graph is written in one transaction. The store must be empty unless --replace. "
                    "Not in the store, so neither in a dump nor restored: the users file of fact-checkers "
                    "(sanad-users.json, also holding the session secret); copy it beside the new store yourself.")
    sp.add_argument("file", metavar="FILE", help='the dump (.trig, .nq or .nquads; "-" for stdin with --format)')
    store_arg(sp)
    sp.add_argument("--format", choices=["trig", "nquads"], help="the dump's format (default: from FILE's suffix)")
    sp.add_argument("--replace", action="store_true",
                    help="restore into a store that is not empty: each graph of the dump replaces the store's "
                         "graph of that name (graph by graph); graphs not in the dump are kept")
    sp.set_defaults(func=cmd_restore)

    sp = sub.add_parser(
        "reindex", help="rebuild the search index beside the store",
        description="Rebuild the full-text index that /search reads (STORE.search.sqlite beside the store "
                    "directory; for a SPARQL server's URL, $SANAD_SEARCH_INDEX or a file in the user's cache) "
                    "from the claims in the store. Writes through `sanad` keep it in step; after the "
                    "store was changed otherwise (SPARQL Update, a restored backup, an older sanad) search "
                    "answers by SPARQL until the index is rebuilt: here, or by itself when `sanad serve` starts.")
    store_arg(sp)
    sp.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    sp.set_defaults(func=cmd_reindex)

    sp = sub.add_parser("user", help="fact-checkers who may sign in to record verdicts")
    usub = sp.add_subparsers(dest="action", required=True)
    for action, text in (("add", "add a user (asks for the password twice, or reads it from stdin)"),
                         ("remove", "remove a user"), ("list", "list users")):
        up = usub.add_parser(action, help=text)
        if action != "list":
            up.add_argument("name")
        if action == "add":
            up.add_argument("--display-name", help="name shown on verdicts (default: the user name)")
            up.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
            up.add_argument("--replace", action="store_true", help="set a new password for an existing user")
        up.add_argument("--users", help="users file (default: $SANAD_USERS or ./sanad-users.json)")
        up.set_defaults(func=cmd_user)

    sp = sub.add_parser("serve", help="serve the web UI, JSON API and SPARQL endpoint")
    store_arg(sp)
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--users", help="users file of fact-checkers who may sign in (default: $SANAD_USERS or "
                                     "./sanad-users.json; create with `sanad user add`)")
    sp.add_argument("--query-timeout", type=float, metavar="SECONDS",
                    help="stop a /sparql query after this long (default: $SANAD_QUERY_TIMEOUT or 10; 0: no limit)")
    sp.add_argument("--no-relate-pending", action="store_true",
                    help="do not start by relating the articles a stop or crash left unrelated: the next ingest "
                         "job relates them (default: $SANAD_RELATE_PENDING=0 does the same)")
    sp.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .store import StoreError

    from .nlp import NLPError
    from .relate import ModelMissing

    try:
        return args.func(args)
    except (StoreError, ModelMissing, NLPError) as e:
        return _fail(str(e))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

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
    from .ingest import ingest
    from .store import open_store

    store = open_store(args.store)
    try:
        report = ingest(args.paths, store, progress=not args.quiet,
                        on_error=lambda m: print(f"sanad: skipped: {m}", file=sys.stderr))
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        rel = ", ".join(f"{v} {k}" for k, v in sorted(report.relations.items())) or "none"
        print(f"ingested {report.articles} article(s) from {report.files} file(s): "
              f"{report.new} new, {report.replaced} replaced; {report.claims} claims; relations: {rel}; "
              f"{len(report.errors)} error(s)")
    return 1 if report.errors else 0


def _read_one(path: str):
    from .reader import read

    items = list(read(Path(path)))
    if not items:
        raise SystemExit(_fail(f"{path}: no article in file"))
    return items


def cmd_extract(args) -> int:
    from .attribution import AttributionExtractor

    extractor = AttributionExtractor()
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


def cmd_relate(args) -> int:
    from .relate import relate

    errors = 0
    for n, obj in _jsonl(args.pairs):
        if isinstance(obj, Exception) or not isinstance(obj, dict) or not all(
                isinstance(obj.get(k), str) for k in ("a", "b")):
            print(f"sanad: error: {args.pairs}:{n}: expected a JSON object with string fields 'a' and 'b'",
                  file=sys.stderr)
            errors += 1
            continue
        r = relate(obj["a"], obj["b"])
        print(json.dumps({"id": obj.get("id", n), "relation": r.relation, "confidence": round(r.confidence, 3),
                          "why": r.why}, ensure_ascii=False))
    return 1 if errors else 0


def cmd_relations(args) -> int:
    from .repository import Repository
    from .store import open_store

    store = open_store(args.store, read_only=True)
    rels = Repository(store).relations(kind=args.kind)
    _print_json(rels, args.format)
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


def cmd_serve(args) -> int:
    import uvicorn

    from api.app import create_app

    app = create_app(args.store)
    print(f"Sanad on http://{args.host}:{args.port}/  (SPARQL: /sparql, API docs: /docs)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sanad", description="Claims, sources and contradictions as a knowledge graph.")
    p.add_argument("--version", action="version", version=f"sanad {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def store_arg(sp):
        sp.add_argument("--store", help="store directory (default: $SANAD_STORE or ./sanad-data)")

    sp = sub.add_parser("ingest", help="ingest article files or folders into the store")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    store_arg(sp)
    sp.add_argument("--format", choices=["text", "json"], default="text", help="summary format")
    sp.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("extract", help="print the claims of one article file (store untouched)")
    sp.add_argument("file")
    sp.add_argument("--format", choices=["json", "jsonl", "turtle"], default="json")
    sp.set_defaults(func=cmd_extract)

    sp = sub.add_parser("relate", help="relate pairs of claim texts: contradicts | supports | unrelated")
    sp.add_argument("--pairs", required=True, help='JSONL file of {"id","a","b"} ("-" for stdin)')
    sp.add_argument("--format", choices=["jsonl"], default="jsonl")
    sp.set_defaults(func=cmd_relate)

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

    sp = sub.add_parser("serve", help="serve the web UI, JSON API and SPARQL endpoint")
    store_arg(sp)
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8000)
    sp.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .store import StoreError

    try:
        return args.func(args)
    except StoreError as e:
        return _fail(str(e))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

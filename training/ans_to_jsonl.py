"""ANS stance CSV (s1,s2,stance) → the {"id","a","b","gold"} JSONL that `sanad eval relate` reads.

    python -m training.ans_to_jsonl ../shared/data/ans/stance-dev.csv > /tmp/ans-dev.jsonl
    sanad eval relate --pairs /tmp/ans-dev.jsonl
"""

from __future__ import annotations

import csv
import json
import sys

MAP = {"agree": "supports", "disagree": "contradicts", "other": "unrelated"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as fh:
        for n, r in enumerate(csv.DictReader(fh), 1):
            print(json.dumps({"id": f"ans-{n}", "a": r["s1"], "b": r["s2"], "gold": MAP[r["stance"].strip()]},
                             ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

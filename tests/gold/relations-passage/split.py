"""Build train.jsonl and heldout.jsonl from the two annotators' files (a/pairs.jsonl, b/pairs.jsonl).

The split is by story (pairs about one event stay together) and fixed: a story goes to the held-out
part when the first hex digit of SHA-1("<annotator>/<story>") is below 6 (about 40 %). Nothing is
tuned or chosen on heldout.jsonl; it is scored once per release.

    python tests/gold/relations-passage/split.py
"""

import hashlib
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parts = {"train": [], "heldout": []}
    for annotator in ("a", "b"):
        for line in (HERE / annotator / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            o = json.loads(line)
            digit = int(hashlib.sha1(f"{annotator}/{o['story']}".encode()).hexdigest()[0], 16)
            o["annotator"] = annotator
            o["split"] = "heldout" if digit < 6 else "train"
            parts[o["split"]].append(o)
    for name, rows in parts.items():
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for o in rows:
                fh.write(json.dumps(o, ensure_ascii=False) + "\n")
        counts = Counter((o["gold"], o["kind"]) for o in rows)
        print(name, len(rows), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()

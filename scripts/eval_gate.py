#!/usr/bin/env python3
"""Check or re-pin the evaluation gate.

usage: scripts/eval_gate.py [--update [--allow-regression]] [--gold DIR]
Without --update: exit 1 if any F1 fell below its floor. With --update: raise each floor that
improved to today's score; a floor that would go down is kept (and reported) unless
--allow-regression is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warta.evaluate.gate import BASELINE, check, load, updated

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--allow-regression", action="store_true")
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    args = parser.parse_args()
    baseline = load() if BASELINE.exists() else {"floors": {}, "corpus": {}}
    if args.update:
        new = updated(baseline, args.gold, allow_regression=args.allow_regression)
        lowered = new.pop("lowered")
        BASELINE.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(new["floors"], indent=2))
        for item in lowered:
            verb = "LOWERED" if args.allow_regression else "kept (today is lower)"
            print(f"{verb}: {item}", file=sys.stderr)
        return 0
    problems = check(baseline, args.gold)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

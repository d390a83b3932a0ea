"""Measure Warta on the hostile corpus of tests/robustness/corpus.py: documents tried, coded, skipped,
crashes (an exception out of ingest or the pipeline), documents unaccounted for, and the time of each
document (read + every stage), slowest first. Then the real command once over the whole corpus.

Run: python scripts/hostile.py [--top 12] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.robustness.corpus import EN_TEXT, ID_TEXT, build  # noqa: E402
from warta.ingest.files import read_file, walk  # noqa: E402
from warta.ingest.records import make_article  # noqa: E402
from warta.model import Skip  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402


def measure(folder: Path) -> dict[str, object]:
    pipeline = Pipeline(strict=False)
    for warm in (ID_TEXT, EN_TEXT):  # load both language packs, the gazetteers and the place names
        pipeline.process(make_article(doc_id="warm", text=warm, source="-"))
    times: list[tuple[float, str, str]] = []
    coded = skipped = crashes = 0
    for path in walk(folder):
        items = read_file(path)
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
                out = item if isinstance(item, Skip) else pipeline.process(item)
            except StopIteration:
                break
            except Exception:  # a crash is what this script counts
                crashes += 1
                traceback.print_exc()
                break
            took = time.perf_counter() - started
            is_skip = isinstance(out, Skip)
            skipped += is_skip
            coded += not is_skip
            outcome = (
                f"skipped: {out.reason}" if isinstance(out, Skip) else f"coded, {len(out.events)} events"
            )
            times.append((took, out.source.removeprefix(f"{folder}/"), outcome))
    seconds = [t for t, _, _ in times]
    return {
        "tried": len(times) + crashes,
        "coded": coded,
        "skipped": skipped,
        "crashes": crashes,
        "seconds_mean": statistics.mean(seconds),
        "seconds_median": statistics.median(seconds),
        "seconds_max": max(seconds),
        "seconds_total": sum(seconds),
        "slowest": sorted(times, reverse=True),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=12, help="Show this many slowest documents.")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        expected = len(build(folder))
        result = measure(folder)
        started = time.perf_counter()
        command = ["ingest", str(folder), "--db", f"{tmp}/h.duckdb", "--workers", "1"]
        done = subprocess.run(
            [sys.executable, "-m", "warta", *command],
            capture_output=True,
            text=True,
            errors="replace",
            check=False,
        )
        result["cli_seconds"] = time.perf_counter() - started
        result["cli_exit"] = done.returncode
        result["cli_summary"] = done.stderr.strip().splitlines()[-1]
    result["expected"] = expected
    result["unaccounted"] = expected - int(result["coded"]) - int(result["skipped"])  # type: ignore[call-overload]
    slowest = result.pop("slowest")
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>16}: {value:.3f}" if isinstance(value, float) else f"{key:>16}: {value}")
    print(f"\nslowest {args.top} documents (read + all stages):")
    for took, source, outcome in slowest[: args.top]:  # type: ignore[index]
        print(f"  {took:7.3f} s  {source[:48]:48}  {outcome[:70]}")


if __name__ == "__main__":
    main()

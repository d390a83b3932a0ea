"""Bounded load test of GET /api/events on loopback; prints latency percentiles as JSON.

Builds a store of about --events events (the articles of --corpus coded once, then their rows copied in
SQL with new ids and later dates: `Store.replicate`), starts `warta serve` on it in a subprocess on a free
loopback port, and sends exactly --requests requests (a fixed mix of filters, sorts and pages) from
--concurrency clients, stopping early after --max-seconds. Run: python scripts/loadtest.py
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from warta.ingest import read_inputs
from warta.pipeline import Pipeline
from warta.runner import RunReport, StoryUpdater, ingest_into
from warta.store import Store

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    ("page", {}),
    ("type", {"type": "ASSAULT"}),
    ("actor", {"actor": "RUS", "sort": "-confidence"}),
    ("dyad", {"dyad": "RUS,USA"}),
    ("dates", {"since": "2026-06-01", "until": "2026-09-30", "factuality": "asserted"}),
    ("search", {"q": "sanksi"}),
    ("dedup", {"dedup": "true", "sort": "-reports"}),
    ("deep", {"offset": "50000", "sort": "date"}),
]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def build_store(db: Path, corpus: Path, events: int) -> dict[str, Any]:
    started = time.perf_counter()
    with Store.open(db) as store:
        ingest_into(store, read_inputs([str(corpus)]), pipeline=Pipeline(strict=False), report=RunReport(),
                    on_skip=lambda s: None, stories=StoryUpdater(store))  # fmt: skip
        base = store.counts()["events"]
        if base == 0:
            raise SystemExit(f"{corpus} gave no events to replicate")
        coded = time.perf_counter()
        store.replicate(max(0, math.ceil(events / base) - 1))
        counts = store.counts()
    return {
        "events": counts["events"],
        "articles": counts["articles"],
        "base_events": base,
        "code_s": round(coded - started, 2),
        "replicate_s": round(time.perf_counter() - coded, 2),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "warta", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=5).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("warta serve did not start within 60 s")


def fire(
    url: str, plan: list[tuple[str, dict[str, str]]], *, concurrency: int, max_seconds: float
) -> list[tuple[str, float, int]]:
    stop_at = time.monotonic() + max_seconds

    def worker(share: list[tuple[str, dict[str, str]]]) -> list[tuple[str, float, int]]:
        out = []
        with httpx.Client(base_url=url, timeout=30) as client:
            for kind, params in share:
                if time.monotonic() > stop_at:
                    break
                start = time.perf_counter()
                status = client.get("/api/events", params=params).status_code
                out.append((kind, (time.perf_counter() - start) * 1000, status))
        return out

    with ThreadPoolExecutor(concurrency) as pool:
        shares = pool.map(worker, [plan[i::concurrency] for i in range(concurrency)])
        return [r for share in shares for r in share]


def summarise(results: list[tuple[str, float, int]], seconds: float) -> dict[str, Any]:
    latencies = [ms for _, ms, _ in results]
    kinds = sorted({k for k, _, _ in results})
    return {
        "requests": len(results),
        "errors": sum(1 for _, _, status in results if status != 200),
        "p50_ms": round(percentile(latencies, 50), 2),
        "p90_ms": round(percentile(latencies, 90), 2),
        "p99_ms": round(percentile(latencies, 99), 2),
        "max_ms": round(max(latencies), 2),
        "requests_per_s": round(len(results) / seconds, 1),
        "p50_ms_by_query": {
            k: round(percentile([ms for q, ms, _ in results if q == k], 50), 2) for k in kinds
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=100_000, help="Events in the store (about).")
    parser.add_argument("--requests", type=int, default=2000, help="Requests to send (the bound).")
    parser.add_argument("--concurrency", type=int, default=4, help="Concurrent clients.")
    parser.add_argument("--max-seconds", type=float, default=300.0, help="Stop sending after this long.")
    parser.add_argument(
        "--corpus", type=Path, default=ROOT / "examples", help="Articles to code and replicate."
    )
    parser.add_argument("--workdir", type=Path, help="Keep the store here (default: a temporary folder).")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="warta-load-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "load.duckdb"
    db.unlink(missing_ok=True)
    built = build_store(db, args.corpus, args.events)
    rng = random.Random(7)
    plan = [rng.choice(QUERIES) for _ in range(args.requests)]
    port = free_port()
    proc = serve(db, port)
    load_before = os.getloadavg()[0]
    try:
        started = time.perf_counter()
        results = fire(
            f"http://127.0.0.1:{port}", plan, concurrency=args.concurrency, max_seconds=args.max_seconds
        )
        seconds = time.perf_counter() - started
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    machine = {
        "cpus": os.cpu_count(),
        "loadavg_1m_before": load_before,
        "loadavg_1m_after": os.getloadavg()[0],
    }
    print(
        json.dumps(
            {**built, "concurrency": args.concurrency, **summarise(results, seconds), **machine}, indent=2
        )
    )


if __name__ == "__main__":
    main()

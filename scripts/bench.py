#!/usr/bin/env python3
"""Benchmark the pipeline: `python scripts/bench.py [N]` (same as `warta bench --articles N`)."""

from __future__ import annotations

import json
import sys

from warta.bench import DEFAULT_CORPUS, run_benchmark

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    print(json.dumps(run_benchmark(DEFAULT_CORPUS, n_articles=n), indent=2))

"""scripts/loadtest.py, tiny: a few hundred events and requests, to keep the script working (the real
run, 100k events and 2,000 requests, is done by hand: see README)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_loadtest_smoke(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Rusia Kecam Sanksi Baru\n\nMOSKOW - Pemerintah Rusia mengecam sanksi baru Amerika Serikat pada "
        "Senin (2/3). Kremlin memanggil pulang duta besarnya dari Washington.",
        encoding="utf-8",
    )
    args = ["--events", "200", "--requests", "24", "--concurrency", "2", "--corpus", str(corpus)]
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "loadtest.py"), *args, "--workdir", str(tmp_path / "w")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["events"] >= 200 and report["requests"] == 24 and report["errors"] == 0
    assert 0 < report["p50_ms"] <= report["p99_ms"] <= report["max_ms"]

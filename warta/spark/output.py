"""The output directory of `warta spark`: its layout, and the manifest that marks it finished.

```
DIR/_warta_spark.json            the manifest, written last: inputs, counts, versions
DIR/articles/date=YYYY-MM-DD/    coded articles by publication date (undated: __HIVE_DEFAULT_PARTITION__)
DIR/events/date=YYYY-MM-DD/      events with their sides, by event date
DIR/skips/                       every document not coded, with the stage and the reason
```

`warta ingest DIR` recognises the directory by its manifest; a directory with the datasets but no
manifest is a run that did not finish, and is refused rather than half-loaded.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import Errors, InputError, UsageError

__all__ = ["DATASETS", "MARKER", "Manifest", "check_out_dir", "is_spark_output", "read_manifest"]

MARKER = "_warta_spark.json"
FORMAT = "warta-spark"
FORMAT_VERSION = 1
DATASETS = ("articles", "events", "skips")


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a finished `warta spark` run wrote (counts: every input document is read = coded + skipped)."""

    inputs: list[str]
    read: int
    coded: int
    skipped: int
    events: int
    seconds: float
    warta_version: str
    spark_version: str
    master: str
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    datasets: list[str] = field(default_factory=lambda: list(DATASETS))

    def summary(self) -> str:
        return f"read {self.read}, coded {self.coded}, skipped {self.skipped}"

    def write(self, directory: Path) -> None:
        text = json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"
        (directory / MARKER).write_text(text, encoding="utf-8")


def check_out_dir(path: Path) -> None:
    """Refuse an output that exists as a file or a non-empty directory (nothing is ever overwritten)."""
    if path.exists() and not path.is_dir():
        raise UsageError(Errors.E042.format(path=path, problem="it is a file"))
    if path.is_dir() and any(path.iterdir()):
        raise UsageError(Errors.E042.format(path=path, problem="it is not empty"))


def is_spark_output(path: Path) -> bool:
    """Whether `path` is a finished `warta spark` output directory. Raises `InputError` for one that
    did not finish (the datasets' directories without the manifest)."""
    if not path.is_dir():
        return False
    if (path / MARKER).is_file():
        return True
    if any(_spark_written(path / name) for name in DATASETS):
        raise InputError(Errors.E043.format(path=path, marker=MARKER))
    return False


def _spark_written(dataset: Path) -> bool:
    """A dataset directory as Spark leaves it: a `_SUCCESS` file or Parquet part files."""
    return dataset.is_dir() and (
        (dataset / "_SUCCESS").exists() or next(dataset.rglob("part-*.parquet"), None) is not None
    )


def read_manifest(path: Path) -> Manifest:
    try:
        raw: Any = json.loads((path / MARKER).read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT or raw.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"format {raw.get('format')!r} version {raw.get('format_version')!r}")
        return Manifest(**raw)
    except (OSError, ValueError, TypeError, AttributeError) as e:
        raise InputError(Errors.E044.format(path=path / MARKER, problem=f"unreadable manifest ({e})")) from e

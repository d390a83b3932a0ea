"""Dyads: the cooperation/conflict timeline of two countries, over deduplicated real-world events.

`table` turns the store's per-period rows (one per period and event type) into one row per period:
counts by quad (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict), the sum and mean PLOVER score, and the types seen. `plot` draws it (matplotlib, offline).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["DyadRow", "plot", "table"]

QUADS = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


@dataclass
class DyadRow:
    period: dt.date
    quads: dict[int, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)
    events: int = 0
    reports: int = 0
    score_sum: float = 0.0

    @property
    def score_mean(self) -> float:
        return self.score_sum / self.events if self.events else 0.0

    def to_record(self) -> dict[str, Any]:
        return {
            "period": self.period.isoformat(),
            "events": self.events,
            "reports": self.reports,
            **{f"q{q}": self.quads.get(q, 0) for q in QUADS},
            "score_sum": round(self.score_sum, 2),
            "score_mean": round(self.score_mean, 2),
            "types": dict(sorted(self.types.items())),
        }


def table(rows: Sequence[dict[str, Any]]) -> list[DyadRow]:
    """One row per period from the store's rows (period, event, quad, events, reports, score_sum)."""
    out: dict[dt.date, DyadRow] = {}
    for r in rows:
        period = r["period"].date() if isinstance(r["period"], dt.datetime) else r["period"]
        row = out.setdefault(period, DyadRow(period))
        n = int(r["events"])
        row.events += n
        row.reports += int(r["reports"] or 0)
        row.score_sum += float(r["score_sum"] or 0.0)
        if r["quad"] is not None:
            row.quads[int(r["quad"])] = row.quads.get(int(r["quad"]), 0) + n
        row.types[str(r["event"])] = row.types.get(str(r["event"]), 0) + n
    return [out[k] for k in sorted(out)]


def plot(rows: Sequence[DyadRow], path: Path, *, title: str) -> None:
    """Cooperation up, conflict down, per period, with the mean PLOVER score; PNG or SVG by suffix."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    periods = [r.period for r in rows]
    x = mdates.date2num(periods)  # type: ignore[no-untyped-call]
    fig, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 * (min((b - a).days for a, b in itertools.pairwise(periods)) if len(periods) > 1 else 1)
    colours = {1: "#7fbf7f", 2: "#1b7837", 3: "#f4a582", 4: "#b2182b"}
    up = [0] * len(rows)
    down = [0] * len(rows)
    for q in (1, 2, 3, 4):
        values = [r.quads.get(q, 0) for r in rows]
        if q <= 2:
            ax.bar(x, values, width=width, bottom=up, color=colours[q], label=QUADS[q])
            up = [a + b for a, b in zip(up, values, strict=True)]
        else:
            neg = [-v for v in values]
            ax.bar(x, neg, width=width, bottom=down, color=colours[q], label=QUADS[q])
            down = [a + b for a, b in zip(down, neg, strict=True)]
    ax.xaxis_date()
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylabel("events (cooperation up, conflict down)")
    score = ax.twinx()
    score.plot(x, [r.score_mean for r in rows], color="black", marker="o", linewidth=1.2, label="mean score")
    score.set_ylabel("mean PLOVER score")
    score.set_ylim(-10, 10)
    ax.set_title(title)
    handles, labels = ax.get_legend_handles_labels()
    h2, l2 = score.get_legend_handles_labels()
    ax.legend(handles + h2, labels + l2, loc="upper left", fontsize=8, ncol=5)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)

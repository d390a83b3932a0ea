"""Publication dates as sources write them: ISO dates and datetimes, with or without a time zone."""

from __future__ import annotations

import datetime as dt
import re

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
# Publication days Warta believes: outside them a date is a typo or a placeholder ("0001-01-01",
# "9999-12-31"), and the coder's date arithmetic (relative days, story windows) would leave the calendar.
EARLIEST = dt.date(1800, 1, 1)
LATEST = dt.date(2199, 12, 31)


def plausible(day: dt.date | None) -> dt.date | None:
    """The day when it can be a publication day, else None."""
    return day if day is not None and EARLIEST <= day <= LATEST else None


def parse_published(value: object) -> dt.date | None:
    """The calendar day of a publication timestamp, or None when it cannot be read.

    Accepts "2021-03-18", "2024-12-12 22:18", "2016-07-10T22:37:07+07:00" and "18/03/2021". The day is
    taken as written (the outlet's local date), not converted to UTC. Days before 1800 or after 2199
    are no publication days (None).
    """
    if not isinstance(value, str) or not value.strip():
        return None
    for pattern, order in ((_ISO_DAY, (0, 1, 2)), (_DMY, (2, 1, 0))):
        m = pattern.match(value)
        if m:
            parts = [int(g) for g in m.groups()]
            y, mo, d = (parts[i] for i in order)
            try:
                return plausible(dt.date(y, mo, d))
            except ValueError:
                return None
    return None

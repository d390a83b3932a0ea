"""A progress bar for long CLI runs: documents read, documents per second and skips, on a terminal only
(quiet when standard error is not a TTY, so logs and the contract's summary stay clean)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import click
from tqdm import tqdm

from warta.model import Skip

T = TypeVar("T")


@contextmanager
def progress(
    items: Iterable[T], *, desc: str = "coding"
) -> Iterator[tuple[Iterator[T], Callable[[Skip], None]]]:
    """`items` counted as they are read, and an `on_skip` that prints the skip above the bar."""
    bar = tqdm(
        items, desc=desc, unit=" docs", file=sys.stderr, disable=not sys.stderr.isatty(), dynamic_ncols=True
    )
    skipped = 0

    def on_skip(skip: Skip) -> None:
        nonlocal skipped
        if bar.disable:
            click.echo(skip.describe(), err=True)
            return
        skipped += 1
        bar.write(skip.describe(), file=sys.stderr)
        bar.set_postfix(skipped=skipped, refresh=False)

    try:
        yield iter(bar), on_skip
    finally:
        bar.close()

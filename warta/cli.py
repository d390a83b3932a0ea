"""The `warta` command: thin wrappers over the library (the only module that prints or exits)."""

from __future__ import annotations

import csv
import errno
import json
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from warta import __version__
from warta.actors import actor_mentions
from warta.cli_export import export_cli
from warta.cli_filters import event_filter, filter_options
from warta.cli_progress import progress
from warta.cli_spark import spark_cli
from warta.errors import Errors, WartaError
from warta.ingest import Fetcher, is_url, read_inputs
from warta.model import Skip
from warta.pipeline import DEFAULT_TIME_LIMIT, Pipeline
from warta.runner import RunReport, StoryUpdater, code_stream, ingest_into, ingest_spark_output
from warta.spark.output import is_spark_output
from warta.store import DEFAULT_DB, Store
from warta.workers import default_workers

_TABLE_COLUMNS = (
    "date", "event", "mode", "actor", "recipient", "factuality", "conf", "reports", "doc_id", "trigger",
)  # fmt: skip


def _print_skip(skip: Skip) -> None:
    click.echo(skip.describe(), err=True)


def _fail(e: WartaError) -> click.ClickException:
    return click.ClickException(str(e))


def _cannot_write(path: str | None, e: OSError) -> click.ClickException:
    return click.ClickException(Errors.E017.format(path=path, detail=e.strerror or e))


_time_limit_option = click.option(
    "--time-limit",
    "time_limit",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Seconds one document may take; a slower one is skipped with a reason.",
)


_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


class _Warta(click.Group):
    """The command group; a full disk under standard output or an output file ends any command with a
    message (the commands' own files and databases say more), never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OSError as e:
            if e.errno not in _FULL:
                raise
            _drop_stdout()
            raise click.ClickException(
                Errors.E017.format(path=e.filename or "<stdout>", detail=e.strerror)
            ) from e


def _drop_stdout() -> None:
    """Send what is left in standard output's buffer nowhere (flushing it at exit would fail again)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


@click.group(cls=_Warta, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warta")
@click.option("-v", "--verbose", is_flag=True, help="Log progress and details to stderr.")
def main(verbose: bool) -> None:
    """Warta: political event data from Indonesian and English news."""
    if hasattr(signal, "SIGPIPE"):  # `warta code x | head` ends quietly, as Unix tools do
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if not verbose:  # trafilatura warns about every odd page; the skip line already says what matters
        logging.getLogger("trafilatura").setLevel(logging.ERROR)


@main.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write events here (JSON Lines)."
)
@_time_limit_option
def code_cli(inputs: Sequence[str], output: str | None, time_limit: float) -> None:
    """Code INPUT files, directories or '-' (JSON Lines on stdin); print events as JSON Lines."""
    report = RunReport()
    try:
        out: TextIO = Path(output).open("w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    except OSError as e:
        raise _cannot_write(output, e) from e
    try:
        pipeline = Pipeline(strict=False, time_limit=time_limit)
        articles = code_stream(read_inputs(inputs), pipeline=pipeline, report=report, on_skip=_print_skip)
        for article in articles:
            for event in article.events:
                out.write(json.dumps(event.to_record(), ensure_ascii=False) + "\n")
    except WartaError as e:
        raise _fail(e) from e
    except OSError as e:  # the disk filled up under -o
        raise _cannot_write(output or "<stdout>", e) from e
    finally:
        if output:
            out.close()
    click.echo(report.summary(), err=True)


@main.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@click.option("--no-stories", is_flag=True, help="Do not place articles in stories or merge their events.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=default_workers,
    show_default="one per core",
    help="Processes coding articles (one more stores them).",
)
@_time_limit_option
@click.option("--fetch", is_flag=True, help="Fetch INPUTs that are http(s) URLs (pages or feeds).")
@click.option(
    "--fetch-delay", type=float, default=1.0, show_default=True, help="Seconds between requests to one site."
)
@click.option(
    "--fetch-timeout", type=float, default=20.0, show_default=True, help="Seconds to wait for a response."
)
def ingest_cli(
    inputs: Sequence[str],
    db: str,
    no_stories: bool,
    workers: int,
    fetch: bool,
    fetch_delay: float,
    fetch_timeout: float,
    time_limit: float,
) -> None:
    """Code INPUT files, directories or '-' and store articles and events in the database; place each
    article in a story (copies, same happening across outlets and languages) and merge the reports of
    one real-world event. An INPUT that `warta spark --out` wrote is loaded as it is (already coded).
    With --fetch, an INPUT that is an http(s) URL is fetched: a page, or every item of a feed."""
    report = RunReport()
    fetcher = Fetcher(timeout=fetch_timeout, delay=fetch_delay) if fetch else None
    try:
        outputs = [
            item for item in inputs if item != "-" and not is_url(item) and is_spark_output(Path(item))
        ]
        rest = [item for item in inputs if item not in outputs]
        with Store.open(db) as store:
            stories = None if no_stories else StoryUpdater(store)
            for directory in outputs:
                ingest_spark_output(store, directory, report=report, on_skip=_print_skip, stories=stories)
            if rest:
                with progress(read_inputs(rest, fetcher=fetcher)) as (items, on_skip):
                    pipeline = Pipeline(strict=False, time_limit=time_limit)
                    ingest_into(store, items, pipeline=pipeline, report=report, on_skip=on_skip,
                                stories=stories, workers=workers)  # fmt: skip
    except WartaError as e:
        raise _fail(e) from e
    click.echo(report.summary(), err=True)


@main.command("serve")
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file (this server owns it)."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--watch",
    type=click.Path(exists=True, file_okay=False),
    help="Ingest new files of DIR in the background.",
)
@click.option(
    "--token", envvar="WARTA_TOKEN", help="Enable POST /api/code for this bearer token [env WARTA_TOKEN]."
)
@click.option("--time-limit", type=float, default=10.0, show_default=True, help="Seconds a query may run.")
@click.option(
    "--max-body", type=int, default=2_000_000, show_default=True, help="Largest request body (bytes)."
)
def serve_cli(
    db: str, host: str, port: int, watch: str | None, token: str | None, time_limit: float, max_body: int
) -> None:
    """Serve the API (/api, docs at /docs) and the dashboard (/) over the database. The server owns the
    file: with --watch it ingests new files of DIR while serving; `warta ingest` on it would stop."""
    import uvicorn

    from warta.api import create_app

    if not Path(db).exists() and watch is None and token is None:
        raise click.ClickException(
            f"No database at '{db}'. Create it with: warta ingest INPUT... --db {db}, or serve --watch DIR."
        )
    try:
        app = create_app(db, token=token, watch=Path(watch) if watch else None, time_limit=time_limit,
                         max_body=max_body)  # fmt: skip
    except WartaError as e:
        raise _fail(e) from e
    extra = (f", watching {watch}" if watch else "") + (
        ", POST /api/code enabled" if token else ", read-only"
    )
    click.echo(
        f"Warta: serving {db} at http://{host}:{port}/ (API docs: /docs){extra}. Ctrl-C stops.", err=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command("events")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@filter_options
@click.option("--doc", "doc_id", help="Only events of this article.")
@click.option("--limit", type=int, help="At most this many events.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True
)
def events_cli(db: str, doc_id: str | None, limit: int | None, fmt: str, **options: Any) -> None:
    """List stored events, filtered."""
    if not Path(db).exists():
        raise click.ClickException(f"No database at '{db}'. Create it with: warta ingest INPUT... --db {db}")
    filters = event_filter(options, doc_id=doc_id, limit=limit)
    try:
        with Store.open(db, read_only=True) as store:
            records = store.events(filters)
    except WartaError as e:
        raise _fail(e) from e
    if fmt == "jsonl":
        for rec in records:
            click.echo(json.dumps(rec, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow([*_TABLE_COLUMNS, "evidence"])
        for rec in records:
            row = _row(rec)
            writer.writerow([row[c] for c in _TABLE_COLUMNS] + [rec["evidence"]["text"]])
    else:
        _print_table([_row(r) for r in records])
        click.echo(f"{len(records)} event(s)", err=True)


def _side(members: list[dict[str, Any]]) -> str:
    return "+".join(f"{m['code']}" + (f"/{m['sector']}" if m.get("sector") else "") for m in members) or "-"


def _row(rec: dict[str, Any]) -> dict[str, str]:
    return {
        "date": rec["date"] or "-",
        "event": rec["event"],
        "mode": rec["mode"] or "-",
        "actor": _side(rec["actor"]),
        "recipient": _side(rec["recipient"]),
        "factuality": rec["factuality"],
        "conf": f"{rec['confidence']:.2f}",
        "doc_id": rec["doc_id"],
        "reports": str(rec["reports"] or "-"),
        "trigger": rec["evidence"]["trigger"],
    }


def _print_table(rows: list[dict[str, str]]) -> None:
    widths = {c: max([len(c), *(len(r[c]) for r in rows)]) for c in _TABLE_COLUMNS}
    widths["doc_id"] = min(widths["doc_id"], 28)
    click.echo("  ".join(c.upper().ljust(widths[c]) for c in _TABLE_COLUMNS).rstrip())
    for r in rows:
        click.echo("  ".join(r[c][: widths[c]].ljust(widths[c]) for c in _TABLE_COLUMNS).rstrip())


@main.command("dyad")
@click.argument("a")
@click.argument("b")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="week", show_default=True)
@click.option("--ordered", is_flag=True, help="Only events from A to B (default: both directions).")
@click.option(
    "--plot", "plot_path", type=click.Path(dir_okay=False), help="Draw the timeline (.png or .svg)."
)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def dyad_cli(a: str, b: str, db: str, by: str, ordered: bool, plot_path: str | None, fmt: str) -> None:
    """Cooperation and conflict between A and B (country codes) per period, over deduplicated asserted
    events: counts by quad, the sum and mean PLOVER score."""
    from warta.stories.dyad import plot, table

    if not Path(db).exists():
        raise click.ClickException(f"No database at '{db}'. Create it with: warta ingest INPUT... --db {db}")
    if plot_path is not None and Path(plot_path).suffix.lower() not in (".png", ".svg"):
        raise click.ClickException(f"--plot {plot_path}: give a .png or .svg file name.")
    a, b = a.upper(), b.upper()
    try:
        with Store.open(db, read_only=True) as store:
            rows = table(store.dyad(a, b, ordered=ordered, by=by))
    except WartaError as e:
        raise _fail(e) from e
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row.to_record(), ensure_ascii=False))
    else:
        arrow = "->" if ordered else "<->"
        click.echo(f"{a} {arrow} {b}, by {by}")
        header = ["PERIOD", "EVENTS", "REPORTS", "VCOOP", "MCOOP", "VCONF", "MCONF", "SCORE", "MEAN", "TYPES"]
        click.echo("  ".join(h.ljust(10) for h in header).rstrip())
        for row in rows:
            rec = row.to_record()
            types = ",".join(f"{t}:{n}" for t, n in rec["types"].items())
            cells = [rec["period"], rec["events"], rec["reports"], rec["q1"], rec["q2"], rec["q3"], rec["q4"],
                     rec["score_sum"], rec["score_mean"], types]  # fmt: skip
            click.echo("  ".join(str(c).ljust(10) for c in cells).rstrip())
    if plot_path is not None:
        if not rows:
            raise click.ClickException(f"No deduplicated events between {a} and {b}: nothing to plot.")
        plot(rows, Path(plot_path), title=f"{a} {'->' if ordered else '<->'} {b} (by {by})")
        click.echo(f"wrote {plot_path}", err=True)


@main.command("evaluate")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def evaluate_cli(gold: Sequence[str], as_json: bool) -> None:
    """Score the coder on gold files (GUIDELINES.md section 5), per language and overall."""
    from warta.evaluate import evaluate

    try:
        tallies = evaluate(gold)
    except WartaError as e:
        raise _fail(e) from e
    result = {lang: t.summary() for lang, t in tallies.items()}
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    cols = (
        "articles",
        "gold",
        "predicted",
        "matched",
        "precision",
        "recall",
        "f1",
        "mode_accuracy",
        "date_accuracy",
        "factuality_accuracy",
    )
    names = ("articles", "gold", "pred", "match", "P", "R", "F1", "mode", "date", "factuality")
    click.echo("lang  " + "  ".join(n.rjust(max(len(n), 6)) for n in names))
    for lang, summary in result.items():
        cells = []
        for col, name in zip(cols, names, strict=True):
            value = summary[col]
            text = "-" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))
            cells.append(text.rjust(max(len(name), 6)))
        click.echo(f"{lang:<4}  " + "  ".join(cells))


@main.group("stories")
def stories_group() -> None:
    """Story clustering and event merging."""


@stories_group.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def stories_evaluate_cli(gold: str, as_json: bool) -> None:
    """Pairwise precision/recall of story clustering, copy links and event merging on GOLD (JSON Lines
    of articles with `story`, `copy_of` and `events` with `real` ids; tests/data/stories_gold.jsonl)."""
    from warta.evaluate.stories import evaluate_stories

    try:
        result = evaluate_stories(gold)
    except WartaError as e:
        raise _fail(e) from e
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(
        f"{result['articles']} articles, {result['stories_gold']} gold stories, "
        f"{result['stories_predicted']} predicted"
    )
    for name in ("stories", "copies", "events"):
        r = result[name]
        click.echo(
            f"{name:8} pairs {r['pairs_true']:5d} predicted {r['pairs_predicted']:5d}  "
            f"P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
        )


@main.group("actors")
def actors_group() -> None:
    """Actor recognition."""


@actors_group.command("tag")
@click.argument("inputs", nargs=-1, required=True)
def actors_tag_cli(inputs: Sequence[str]) -> None:
    """Print every political actor mention of INPUT as JSON Lines (resolved for the publication date)."""
    report = RunReport()
    try:
        for article in code_stream(
            read_inputs(inputs), pipeline=Pipeline(strict=False), report=report, on_skip=_print_skip
        ):
            for m in actor_mentions(article):
                rec = {
                    "doc_id": article.doc_id,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "code": m.code,
                    "sector": m.sector,
                    "name": m.name,
                    "wikidata": m.wikidata,
                }
                click.echo(json.dumps(rec, ensure_ascii=False))
    except WartaError as e:
        raise _fail(e) from e
    click.echo(report.summary(), err=True)


@actors_group.command("evaluate")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def actors_evaluate_cli(gold: Sequence[str], as_json: bool) -> None:
    """Score actor recognition on annotated passages (precision, recall, code and sector accuracy)."""
    from warta.actors.scoring import evaluate_actors

    try:
        result = {lang: t.summary() for lang, t in evaluate_actors(gold).items()}
    except (WartaError, ValueError, KeyError) as e:
        raise click.ClickException(f"Cannot score {', '.join(gold)}: {e}") from e
    if as_json:
        click.echo(json.dumps(result))
        return
    cols = ("gold", "predicted", "matched", "precision", "recall", "code_accuracy", "sector_accuracy",
            "distractor_hits")  # fmt: skip
    click.echo("lang  " + "  ".join(f"{c:>15}" for c in cols))
    for lang, summary in result.items():
        click.echo(f"{lang:<4}  " + "  ".join(f"{summary[c]:>15}" for c in cols))


@actors_group.command("discover")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--min-count", type=int, default=1, show_default=True, help="Only names seen this often.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the TSV here.")
def actors_discover_cli(inputs: Sequence[str], min_count: int, output: str | None) -> None:
    """List names seen with a title across INPUT that the knowledge base lacks (people.tsv format)."""
    from warta.actors.discover import HEADER, discover
    from warta.pipeline import DEFAULT_STAGES

    report = RunReport()
    stages = [s for s in DEFAULT_STAGES if s.name in ("clean", "langid", "sentences")]
    try:
        articles = code_stream(read_inputs(inputs), pipeline=Pipeline(stages, strict=False), report=report,
                               on_skip=_print_skip)  # fmt: skip
        candidates = discover(articles, min_count=min_count)
    except WartaError as e:
        raise _fail(e) from e
    lines = [HEADER.rstrip("\n"), *(c.to_row() for c in candidates)]
    if output:
        try:
            Path(output).write_text("\n".join(lines) + "\n", encoding="utf-8")
        except OSError as e:
            raise _cannot_write(output, e) from e
    else:
        for line in lines:
            click.echo(line)
    click.echo(f"{len(candidates)} name(s) to review", err=True)
    click.echo(report.summary(), err=True)


@main.command("bench")
@click.option(
    "--articles", "n", type=int, default=5000, show_default=True, help="Articles in the benchmark corpus."
)
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False), help="JSON Lines to replicate.")
@click.option("--workdir", type=click.Path(file_okay=False), help="Keep the corpus and database here.")
@click.option(
    "--no-stories", is_flag=True, help="Leave out story clustering (profile stage included), to cost it."
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Coding processes (more than 1: no time per stage).",
)
def bench_cli(n: int, corpus: str | None, workdir: str | None, no_stories: bool, workers: int) -> None:
    """Time the whole pipeline (ingest -> code -> store) and print articles/s and peak memory as JSON."""
    from warta.bench import DEFAULT_CORPUS, run_benchmark

    source = Path(corpus) if corpus else DEFAULT_CORPUS
    if not source.exists():
        raise click.ClickException(f"No corpus at {source}. Pass --corpus FILE.jsonl.")
    try:
        result = run_benchmark(
            source,
            n_articles=n,
            workdir=Path(workdir) if workdir else None,
            stories=not no_stories,
            workers=workers,
        )
    except WartaError as e:
        raise _fail(e) from e
    click.echo(json.dumps(result, indent=2))


main.add_command(export_cli)
main.add_command(spark_cli)

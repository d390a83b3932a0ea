"""Warta's exceptions and messages.

Every error Warta raises derives from `WartaError`::

    WartaError
     ├── UsageError          bad arguments or options (the CLI exits non-zero)
     ├── InputError          an input path cannot be read at all (missing, unsupported)
     ├── LanguagePackError   no pack for a language, or a pack's data file is malformed
     ├── StoreError          the database cannot be opened or written
     │    └── TimeLimitError  a query ran past its time limit (the HTTP API's per-request limit)
     ├── GoldError           a gold file does not follow gold/GUIDELINES.md
     ├── MissingExtraError   an optional extra is not installed (PySpark for `warta spark`)
     ├── SparkError          a Spark job could not start or failed
     └── PipelineError       a stage broke its contract (a bug: please report it)

Problems with single documents are not exceptions: they become `model.Skip` records with a reason,
so a run never stops on bad input. Messages say what happened and how to fix it.
"""

from __future__ import annotations


class Errors:
    """Coded message templates (format with keyword arguments)."""

    E001 = "No such file or directory: '{path}'. Check the path, or pass '-' to read JSON Lines on stdin."
    E002 = (
        "'{path}' has an unsupported type. Supported: .txt, .html, .htm, .jsonl, .jsonl.gz, "
        "or a directory containing them."
    )
    E003 = "No language pack for '{code}'. Installed: {opts}. Add one under warta/lang/{code}/."
    E004 = "Language pack '{code}': {file} line {line}: {problem}. Fix the data file."
    E005 = (
        "Stage '{stage}' returned {got!r}, expected an Article or a Skip. "
        "Each stage must return a new Article (dataclasses.replace) or a Skip."
    )
    E006 = "Stage '{stage}' needs '{missing}', which no earlier stage assigns. Reorder the pipeline."
    E007 = (
        "Cannot open the database '{path}': {detail}. If another Warta process is using it, "
        "wait for it to finish or use a different --db file."
    )
    E008 = "Gold file '{path}' line {line}: {problem}."
    E009 = "No gold records found in {paths}. Pass gold JSON Lines files such as ../shared/gold/dev.jsonl."
    E010 = "Unknown {what} '{value}'. Choose one of: {opts}."
    E011 = "Invalid date '{value}' for {what}: use YYYY-MM-DD."
    E012 = "Cannot write to the database '{path}': {detail}. Check free disk space and file permissions."
    E030 = (
        "Cannot read the story resemblance model '{path}': {detail}. Reinstall Warta, or refit it with "
        "'python scripts/fit_stories.py'."
    )
    E013 = "No database at '{path}'. Create it with: warta ingest INPUT... --db {path}"
    E014 = (
        "--format parquet writes a directory of files partitioned by date: give it with -o DIR "
        "(a new or empty directory)."
    )
    E015 = "Cannot write Parquet into '{path}': {problem}. Give -o a new or empty directory."
    E016 = "--header applies to --format gdelt only (GDELT files have no header; CSV always has one)."
    E017 = "Cannot write '{path}': {detail}. Check that its directory exists and is writable."
    E018 = (
        "The database '{path}' is in use by another process ({detail}). DuckDB lets one process write a "
        "file or several only read it, never both. If `warta serve` holds it, stop the server, or let it "
        "do the work: `warta serve --db {path} --watch DIR` ingests files dropped into DIR, "
        "POST /api/code codes and stores posted text, and GET /api/events lists the events."
    )
    E020 = (
        "A coding process stopped unexpectedly ({detail}), perhaps out of memory. Run the same command "
        "again (ingest resumes where it stopped), with fewer --workers."
    )
    # E04x: the Spark runner (warta/spark/)
    E040 = (
        "`warta spark` needs PySpark, which is not installed ({detail}). Install the extra: "
        "pip install 'warta[spark]' (Spark also needs Java 17 or later), or code on this machine "
        "with `warta ingest INPUT...`."
    )
    E041 = (
        "Spark could not start or the job failed: {detail}. Check that Java 17 or later is installed "
        "(`java -version`, or set JAVA_HOME) and that every executor has Warta installed."
    )
    E042 = "Cannot write the Spark output to '{path}': {problem}. Give --out a new or empty directory."
    E043 = (
        "'{path}' looks like the output of `warta spark` but has no {marker}: that run did not finish. "
        "Run `warta spark ... --out {path}` again."
    )
    E044 = "'{path}': {problem}. It was not written by this version of `warta spark`; run it again."
    E050 = (
        "'{url}' is a web address. Warta fetches over the network only when asked: add --fetch (it sends "
        "a Warta user agent, waits between requests to one site and obeys robots.txt)."
    )
    E021 = (
        "Cannot write the database '{path}': {detail}. The file or its directory is read-only (file "
        "permissions, or a read-only file system). Make it writable, or give --db a file in a writable "
        "directory; `warta events` and `warta serve` only read it."
    )
    E022 = (
        "The database '{path}' cannot grow: {detail}. Free disk space (or raise the file size limit, "
        "`ulimit -f`) and run the same command again: ingest resumes where it stopped."
    )
    E023 = (
        "Cannot create the database '{path}': its directory does not exist. Create it, or give --db "
        "another path."
    )
    E019 = (
        "The query took longer than {seconds:g} s and was stopped. Narrow the filters or ask for fewer rows."
    )


class WartaError(Exception):
    """Base class of every error Warta raises."""


class UsageError(WartaError):
    """The caller asked for something impossible (bad option value, unknown filter)."""


class InputError(WartaError):
    """An input path cannot be read at all."""


class LanguagePackError(WartaError):
    """A language pack is missing or malformed."""


class StoreError(WartaError):
    """The database cannot be opened, read or written."""


class TimeLimitError(StoreError):
    """A query ran past its time limit and was interrupted."""


class GoldError(WartaError):
    """A gold annotation file is malformed."""


class MissingExtraError(WartaError):
    """An optional extra (`pip install 'warta[spark]'`) is needed but not installed."""


class SparkError(WartaError):
    """A Spark job could not start (no Java) or failed."""


class StoryModelError(WartaError):
    """The story resemblance model is missing or malformed."""


class PipelineError(WartaError):
    """A pipeline stage broke its contract."""

    def __init__(self, message: str, *, stage: str = "", article_id: str = "") -> None:
        super().__init__(message)
        self.stage = stage
        self.article_id = article_id

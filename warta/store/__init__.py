"""Store: the embedded DuckDB database (default `warta.duckdb`)."""

from warta.store.db import EventFilter, Store

__all__ = ["DEFAULT_DB", "EventFilter", "Store"]

DEFAULT_DB = "warta.duckdb"

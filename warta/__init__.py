"""Warta: political event data from news articles, natively in Indonesian and English.

Raw articles go through ingest -> clean -> langid -> sentences -> actors -> coding, and the coded
events (PLOVER 2.0, with evidence for every field) are stored in DuckDB. The library never prints or
exits; the `warta` command does.
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

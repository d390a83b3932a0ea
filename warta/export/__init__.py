"""Export: stored events as standard data sets (PLOVER JSON Lines, GDELT 2.0 event TSV, CSV, Parquet).

`plover_record`, `gdelt_row` and `tabular_row` are pure functions of one record as
`Store.event_batches` yields it; `write_text` and `write_parquet` write batches of them (docs/export.md,
docs/gdelt.md).
"""

from warta.export.gdelt import gdelt_row, global_event_id
from warta.export.plover import plover_record
from warta.export.tabular import csv_cells, tabular_row
from warta.export.write import FORMATS, check_request, open_database, write_parquet, write_text

__all__ = [
    "FORMATS",
    "check_request",
    "csv_cells",
    "gdelt_row",
    "global_event_id",
    "open_database",
    "plover_record",
    "tabular_row",
    "write_parquet",
    "write_text",
]

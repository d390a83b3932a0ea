"""English (en)."""

from pathlib import Path

from warta.lang.en import syntax
from warta.lang.en.morphology import expand, roots
from warta.lang.en.tokenizer_exceptions import ABBREVIATIONS
from warta.lang.pack import pack_from_module

PACK = pack_from_module(
    syntax,
    code="en",
    name="English",
    directory=Path(__file__).parent,
    expand=expand,
    roots=roots,
    abbreviations=ABBREVIATIONS,
    also_for=(),
)

"""Indonesian (id): the first-class language. Also codes Malay (ms) text."""

from pathlib import Path

from warta.lang.id import syntax
from warta.lang.id.morphology import expand, roots
from warta.lang.id.tokenizer_exceptions import ABBREVIATIONS
from warta.lang.pack import pack_from_module

PACK = pack_from_module(
    syntax,
    code="id",
    name="Indonesian",
    directory=Path(__file__).parent,
    expand=expand,
    roots=roots,
    abbreviations=ABBREVIATIONS,
    also_for=("ms",),
)

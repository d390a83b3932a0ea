"""`python -m warta` runs the command line."""

from warta.cli import main

main()

"""`python -m primaries.cli`: the same command line as the `primaries` script."""

from primaries.cli import main

main()

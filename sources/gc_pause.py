"""Collect and store stages: the cyclic garbage collector paused while many records are built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many acyclic objects.

    Records, figures and rows hold no cycles, so reference counting frees them as they go; but
    allocating hundreds of thousands of them triggers dozens of full collections that walk
    every object of the process and find nothing. A national ingest spends a fifth of its time
    in them (4.0 s of CPU without, 5.0 to 5.8 s with); relabelling 10,000 claims spent 0.45 s
    of 1.5 s in them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

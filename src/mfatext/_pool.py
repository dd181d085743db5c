"""An order-keeping parallel map with a bounded window, shared by :func:`mfatext.api.parse_files` and the
command line's renderer (:mod:`mfatext.cli.render`)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

__all__ = ["ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

WINDOW = 4
"""Tasks in flight per worker: enough to keep every worker busy while the oldest result is consumed."""


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``fn(item)`` for each of ``items``, in input order, computed in ``jobs`` processes (in this one
    when ``jobs <= 1``). ``items`` is consumed lazily and at most ``WINDOW * jobs`` tasks are in flight,
    so memory stays flat however many items there are. ``fn`` and the items must pickle."""
    if jobs <= 1:
        yield from map(fn, items)
        return
    window: deque[Future[R]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for item in items:
            window.append(pool.submit(fn, item))
            if len(window) >= WINDOW * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

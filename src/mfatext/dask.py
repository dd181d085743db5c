"""A Dask recipe for corpora larger than one machine: a bag of flat records.

Needs the optional extra: ``pip install "mfatext[dask]"``.

>>> import mfatext.dask
>>> bag = mfatext.dask.from_paths(["seeds/000_4a6f6b0d76846440.txt"])  # doctest: +SKIP
>>> bag.pluck("layout").frequencies().compute()  # doctest: +SKIP
[('mid-article', 1)]

Each partition parses its files with :func:`mfatext.parse_files` and yields
:func:`mfatext.records` of them, so a worker holds one partition's records at a time and only the paths
travel through the scheduler. A file that cannot be read, decoded or parsed raises by default (the
computation stops with its error); with ``errors="skip"`` it gives no record and the others go on (use
:func:`failures_from_paths` to list the skipped files and why).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any, Literal

from mfatext.api import parse_files
from mfatext.cli.run import error_record
from mfatext.export import records

__all__ = ["failures_from_paths", "from_paths"]


def _import_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:  # the optional extra is missing: say how to get it
        raise ImportError('mfatext.dask needs dask: pip install "mfatext[dask]"') from exc
    return dask.bag


def _partition_records(paths: list[str], layout: str | None, skip: bool) -> list[dict[str, Any]]:
    on_error = (lambda path, exc: None) if skip else None
    return list(records(parse_files(paths, layout=layout, on_error=on_error)))


def _partition_failures(paths: list[str], layout: str | None) -> list[dict[str, Any]]:
    failed: list[dict[str, Any]] = []

    def note(path: str, exc: Exception) -> None:
        failed.append(error_record(path, exc))  # the very lines of ``mfatext parse --errors``

    for _ in parse_files(paths, layout=layout, on_error=note):
        pass
    return failed


def _paths_bag(paths: Iterable[str | os.PathLike[str]], partition_size: int,
               npartitions: int | None) -> Any:
    bag = _import_bag()
    names = [os.fspath(p) for p in paths]
    if npartitions is not None:
        return bag.from_sequence(names, npartitions=npartitions)
    return bag.from_sequence(names, partition_size=partition_size)


def from_paths(paths: Iterable[str | os.PathLike[str]], *, layout: str | None = None,
               partition_size: int = 200, npartitions: int | None = None,
               errors: Literal["raise", "skip"] = "raise") -> Any:
    """A ``dask.bag.Bag`` of the flat records (:data:`mfatext.export.RECORD_FIELDS`) of ``paths``, in
    input order.

    ``partition_size`` files go in each partition (or give ``npartitions``); ``layout`` skips
    detection as in :func:`mfatext.parse`. Nothing is parsed until the bag is computed, on whatever
    scheduler is active (the local threads, processes, or a ``distributed`` cluster).
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    names = _paths_bag(paths, partition_size, npartitions)
    return names.map_partitions(_partition_records, layout, errors == "skip")


def failures_from_paths(paths: Iterable[str | os.PathLike[str]], *, layout: str | None = None,
                        partition_size: int = 200, npartitions: int | None = None) -> Any:
    """A ``dask.bag.Bag`` of the files of ``paths`` that fail, as the records of ``mfatext parse
    --errors`` (:func:`mfatext.cli.run.error_record`): ``{"path", "error", "message", "position"}``."""
    names = _paths_bag(paths, partition_size, npartitions)
    return names.map_partitions(_partition_failures, layout)

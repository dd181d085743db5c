"""Parquet: the flat records (:mod:`mfatext.export.records`) as an Apache Parquet file, through pyarrow.

Needs the optional extra: ``pip install "mfatext[parquet]"``. The columns are the CSV columns, in the
same order (:data:`~mfatext.export.records.RECORD_FIELDS`), but typed as in JSON Lines rather than
flattened to text:

* ``index`` and ``turns`` are 64-bit integers;
* ``speaker_ids`` and ``hashtags`` are lists of strings, ``span`` a list of two integers;
* ``published`` and ``event_date`` stay ISO strings (a page gives a date, a datetime with its offset, or
  nothing, which no single Arrow type holds without losing one of them);
* every other column is a string, null where the record has ``None``.

Rows are written in row groups of ``batch_size`` records, so memory stays flat however many records the
iterable yields.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from .records import RECORD_FIELDS

__all__ = ["parquet_schema", "write_parquet"]

_INTEGERS = frozenset({"index", "turns"})
_STRING_LISTS = frozenset({"speaker_ids", "hashtags"})


def _import_pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:  # the optional extra is missing: say how to get it
        raise ImportError('Parquet output needs pyarrow: pip install "mfatext[parquet]"') from exc
    return pyarrow, pyarrow.parquet


def parquet_schema() -> Any:
    """The ``pyarrow.Schema`` of the records: the columns of :data:`RECORD_FIELDS`, typed."""
    pa, _ = _import_pyarrow()

    def column(name: str) -> Any:
        if name in _INTEGERS:
            return pa.field(name, pa.int64())
        if name in _STRING_LISTS:
            return pa.field(name, pa.list_(pa.string()))
        if name == "span":
            return pa.field(name, pa.list_(pa.int64()))
        return pa.field(name, pa.string())

    return pa.schema([column(name) for name in RECORD_FIELDS])


def write_parquet(rows: Iterable[dict[str, Any]], where: str | IO[bytes], *, batch_size: int = 1000) -> int:
    """Write records to ``where`` (a path or a binary file) as Parquet; returns the number of rows.

    An empty iterable still writes a valid file with the schema and no rows.
    """
    pa, pq = _import_pyarrow()
    schema = parquet_schema()
    count = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(where, schema) as writer:
        for row in rows:
            batch.append(row)
            if len(batch) >= batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch.clear()
        if batch or not count:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count

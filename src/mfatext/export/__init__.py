"""Exports of parsed documents for research use: flat records (one per item) for JSON Lines, CSV and
Parquet (the last through the optional ``parquet`` extra), and TEI XML."""

from __future__ import annotations

from .parquet import parquet_schema, write_parquet
from .records import RECORD_FIELDS, record, records, write_csv
from .tei import TEI_CORPUS_END, tei_corpus, tei_corpus_member, tei_corpus_start, tei_document, to_tei

__all__ = [
    "RECORD_FIELDS",
    "TEI_CORPUS_END",
    "parquet_schema",
    "record",
    "records",
    "tei_corpus",
    "tei_corpus_member",
    "tei_corpus_start",
    "tei_document",
    "to_tei",
    "write_csv",
    "write_parquet",
]

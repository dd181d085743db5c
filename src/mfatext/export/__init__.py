"""Exports of parsed documents for research use: flat records (one per item) for JSON Lines and CSV, and
TEI XML."""

from __future__ import annotations

from .records import RECORD_FIELDS, record, records, write_csv
from .tei import tei_corpus, tei_document, to_tei

__all__ = ["RECORD_FIELDS", "record", "records", "tei_corpus", "tei_document", "to_tei", "write_csv"]

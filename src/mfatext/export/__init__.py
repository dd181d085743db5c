"""Exports of parsed documents for research use: flat records (one per item) for JSON Lines and CSV."""

from __future__ import annotations

from .records import RECORD_FIELDS, record, records, write_csv

__all__ = ["RECORD_FIELDS", "record", "records", "write_csv"]

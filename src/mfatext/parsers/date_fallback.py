"""The slow path of :func:`mfatext.parsers.dates.parse_date`: python-dateutil, one parserinfo per language.

Only whole strings reach it (never a search over a text), and only after the fast path failed. dateutil
fills missing fields from a default date; parsing twice with two different defaults shows which fields
the string really held, so a date is never invented: day, month and year must all be printed.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser

from .dates import moscow
from .months import MONTH_NAMES

__all__ = ["dateutil_date", "parserinfo"]

_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))
# Words printed around dates that carry no value ("10 ноября 2021 года", "10 de noviembre de 2021").
_JUMP = ("года", "год", "г", "de", "del", "le", "den", "am", "um", "à", "в", "at")


def parserinfo(lang: str) -> parser.parserinfo:
    """dateutil's parserinfo for ``lang`` (a key of MONTH_NAMES): its month names and filler words."""

    class Info(parser.parserinfo):
        # dateutil types MONTHS as 2- or 3-tuples but accepts any number of names.
        MONTHS = [tuple(group.split()) for group in MONTH_NAMES[lang]]  # type: ignore[misc]  # noqa: RUF012
        JUMP = [*parser.parserinfo.JUMP, *_JUMP]  # noqa: RUF012 (dateutil's API)

    return Info(dayfirst=True)


_INFOS = tuple(parserinfo(lang) for lang in MONTH_NAMES)
_YEAR_FIRST = re.compile(r"\s*\d{4}\b")


def dateutil_date(s: str) -> dt.date | dt.datetime | None:
    """``s`` read by dateutil (each language in turn), or ``None`` when no language reads a full date.
    A time of day makes a Moscow datetime, as on the fast path."""
    # Pages print day first ("04/12/2021"), except when the year leads ("2021/12/04").
    year_first = _YEAR_FIRST.match(s) is not None
    for info in _INFOS:
        try:
            a, b = (
                parser.parse(s, parserinfo=info, default=d, dayfirst=not year_first, yearfirst=year_first)
                for d in _DEFAULTS
            )
        except (ValueError, OverflowError, TypeError):
            continue
        if (a.year, a.month, a.day) != (b.year, b.month, b.day):
            continue  # a field came from the default: it was not printed
        if a.tzinfo is not None:
            return a
        if (a.hour, a.minute, a.second) == (0, 0, 0) and (b.hour, b.minute) == (0, 0):
            return a.date()
        return moscow(a.date(), a.time())
    return None

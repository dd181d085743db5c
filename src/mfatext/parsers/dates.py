"""Dates and times as MFA pages print them.

The fast path recognises, at a position (anchored, bounded patterns: linear, no backtracking):

* numeric ``11.06.2022`` (day first, as the sites print it) and ISO ``2022-06-11``;
* day first ``4 December 2021``, ``10 ноября 2021 года``, ``10 ноября 2021 г.``, ``10. November 2021``,
  ``1er mars 2021``, ``10 de noviembre de 2021``, year-less ``09 august``;
* month first ``June 10, 2022``, ``October 15 2016``, ``June 10th, 2022``;
* a time after the year, spaced (``18 July 2022 00:03``) or run together (``11 October 202113:23``).

Month names come from :mod:`mfatext.parsers.months` (English, Russian nominative and genitive, German,
French, Spanish). Times are Moscow wall-clock time (the sites' clock) and become tz-aware in
Europe/Moscow with the historical offset (+03:00, +04:00 from 2011-03-27 to 2014-10-26, summer time
before 2011). :func:`parse_date` falls back to python-dateutil for whole strings the fast path misses.

Two levels: :func:`read_date` / :func:`scan_date` return a :class:`DateMatch` for anything shaped like a
date, with ``value=None`` and a ``problem`` when it cannot exist ("31.02.2021"), so a layout can emit a
``date.invalid`` diagnostic with the span; :func:`date_at`, :func:`search_date` and :func:`parse_date`
return real dates only.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen
from dateutil import tz

from mfatext.cursor import SPACE

from .months import MONTHS

__all__ = [
    "MONTHS",
    "MOSCOW",
    "DateMatch",
    "check_date",
    "complete_year",
    "date_at",
    "date_ending_at",
    "moscow",
    "parse_date",
    "read_date",
    "scan_date",
    "search_date",
]


def _moscow_zone() -> dt.tzinfo:
    zone = tz.gettz("Europe/Moscow")
    if zone is None:  # no system tz database: dateutil's bundled copy has the same history
        from dateutil.zoneinfo import get_zonefile_instance

        zone = get_zonefile_instance().get("Europe/Moscow")
    assert zone is not None, "dateutil ships Europe/Moscow"
    return zone


MOSCOW: dt.tzinfo = _moscow_zone()
"""Europe/Moscow with its history, the clock of mid.ru and the embassy sites."""

_S = SPACE
_TIME = rf"(?:{_S}{{0,3}}(?:,{_S}*)?(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d))?"
_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_YEAR = r"(?P<year>\d{4})"
_NUMERIC = re.compile(rf"(?P<day>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.{_YEAR}{_TIME}(?!\d)")
_ISO = re.compile(
    rf"{_YEAR}-(?P<mon>\d{{2}})-(?P<day>\d{{2}})(?:T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d))?(?!\d)"
)
# "10 ноября 2021 года": the year may be followed by "года"/"г." (Russian) and the time may be run
# together with the year ("202113:23"); the year is optional ("09 august").
_DAY_FIRST = re.compile(
    rf"(?P<day>\d{{1,2}})(?:\.|er|st|nd|rd|th)?{_S}{{1,3}}(?:de{_S}+)?{_MONTH}"
    rf"(?:,?{_S}{{1,3}}(?:de{_S}+)?{_YEAR}{_TIME}(?:{_S}+(?:года|г\.))?)?(?![\d\w])",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    rf"{_MONTH}{_S}{{1,3}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?{_S}{{1,3}}{_YEAR}{_TIME}(?!\d)",
    re.IGNORECASE,
)
# Where a date may start: a digit or a known month name at the start of a word. Keeps search linear.
_STARTS = re.compile(
    r"(?<!\w)(?:\d|(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?!\w))", re.IGNORECASE
)


@frozen(kw_only=True)
class DateMatch:
    """Something shaped like a date at ``[start, end)``. ``value`` is ``None`` when the date cannot exist
    (``problem`` says why) or has no year and no reference date was given (``year_missing``)."""

    value: dt.date | dt.datetime | None
    start: int
    end: int
    problem: str | None = None
    year_missing: bool = False


def moscow(date: dt.date, time: dt.time) -> dt.datetime:
    """The tz-aware moment of a Moscow wall-clock ``time`` on ``date``."""
    return dt.datetime.combine(date, time).replace(tzinfo=MOSCOW)


def complete_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """A year-less day ("09 august") placed in the year that puts it nearest to ``reference`` (the page
    date): "28 December" on a page of 3 January 2022 is 2021-12-28. ``None`` when it exists in no
    neighbouring year (e.g. 30 February)."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs(d - reference), default=None)


def _time(m: re.Match[str]) -> dt.time | None:
    hour = m["hour"]
    return None if hour is None else dt.time(int(hour), int(m["minute"]))


def _build(m: re.Match[str], month: int, reference: dt.date | None) -> DateMatch:
    day = int(m["day"])
    if m["year"] is None:
        value = complete_year(month, day, reference) if reference is not None and 1 <= month <= 12 else None
        problem = (
            None
            if value is not None or reference is None
            else f"no date {day:02d}.{month:02d} near {reference}"
        )
        return DateMatch(value=value, start=m.start(), end=m.end(), problem=problem, year_missing=True)
    year = int(m["year"])
    try:
        date = dt.date(year, month, day)
    except ValueError as exc:
        problem = f"{m[0]!r} is not a date ({exc})"
        return DateMatch(value=None, start=m.start(), end=m.end(), problem=problem)
    time = _time(m)
    return DateMatch(value=date if time is None else moscow(date, time), start=m.start(), end=m.end())


def read_date(
    text: str, pos: int, end: int | None = None, *, reference: dt.date | None = None
) -> DateMatch | None:
    """Inline rule: whatever is shaped like a date starting exactly at ``pos`` (ending by ``end``), valid
    or not. A year-less date is completed from ``reference`` (see :func:`complete_year`)."""
    end = len(text) if end is None else end
    for pattern in (_NUMERIC, _ISO):
        m = pattern.match(text, pos, end)
        if m is not None:
            return _build(m, int(m["mon"]), None)
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        m = pattern.match(text, pos, end)
        if m is not None:
            month = MONTHS.get(m["month"].lower())
            if month is not None:
                return _build(m, month, reference)
    return None


def date_at(
    text: str, pos: int, end: int | None = None, *, reference: dt.date | None = None
) -> tuple[dt.date | dt.datetime, int] | None:
    """Inline rule: a real date (or date and time) starting exactly at ``pos``, as ``(value, end)``.
    Impossible dates give ``None`` (see :func:`check_date`); year-less ones need ``reference``."""
    found = read_date(text, pos, end, reference=reference)
    if found is None or found.value is None:
        return None
    return found.value, found.end


def check_date(text: str, pos: int = 0, end: int | None = None) -> DateMatch | None:
    """The date-shaped text at ``pos`` when it is *not* a real date ("31.02.2021"), else ``None``. The
    result's span and ``problem`` make a ``date.invalid`` diagnostic."""
    found = read_date(text, pos, end)
    return found if found is not None and found.problem is not None else None


def scan_date(
    text: str, start: int = 0, end: int | None = None, *, reference: dt.date | None = None
) -> DateMatch | None:
    """The first date-shaped stretch of ``text[start:end]``, valid or not. Linear: a date is only tried
    where a word starts with a digit or a month name, and each try is a bounded anchored match."""
    end = len(text) if end is None else end
    for m in _STARTS.finditer(text, start, end):
        found = read_date(text, m.start(), end, reference=reference)
        if found is not None and (found.value is not None or found.problem is not None):
            return found
    return None


def date_ending_at(
    text: str, end: int, *, window: int = 48, reference: dt.date | None = None
) -> DateMatch | None:
    """The longest date-shaped stretch ending exactly at ``end`` (a title's final "…, June 10, 2022"),
    looking back at most ``window`` characters."""
    for m in _STARTS.finditer(text, max(0, end - window), end):
        found = read_date(text, m.start(), end, reference=reference)
        if found is not None and found.end == end and (found.value is not None or found.problem is not None):
            return found
    return None


def search_date(
    text: str, start: int = 0, end: int | None = None, *, reference: dt.date | None = None
) -> tuple[dt.date | dt.datetime, int, int] | None:
    """The first real date in ``text[start:end]`` as ``(value, start, end)``; impossible dates are skipped."""
    end = len(text) if end is None else end
    for m in _STARTS.finditer(text, start, end):
        found = date_at(text, m.start(), end, reference=reference)
        if found is not None:
            return found[0], m.start(), found[1]
    return None


def parse_date(
    s: str, *, reference: dt.date | None = None, fallback: bool = True
) -> dt.date | dt.datetime | None:
    """The date ``s`` holds, when ``s`` (stripped) is nothing but a date. Forms the fast path does not know
    go to python-dateutil (``fallback``), which must find a day, a month and a year in ``s``."""
    s = s.strip()
    found = read_date(s, 0, reference=reference)
    if found is not None and found.end == len(s):
        return found.value
    if not fallback or found is not None:
        return None
    from .date_fallback import dateutil_date  # imported late: dateutil's parser is slow to import

    return dateutil_date(s)

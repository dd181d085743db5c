"""Dates and times as MFA pages print them.

Fast path: precompiled patterns for "11.06.2022", "4 December 2021", "June 10, 2022", "09 august",
"11 October 202113:23" (date and time run together) and Russian "10 ноября 2021 года". Everything is
anchored, so matching is linear. Times are Moscow time (the sites' clock), made tz-aware with the
historical offset of Europe/Moscow.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import tz

from mfatext.cursor import SPACE

__all__ = ["MONTHS", "MOSCOW", "date_at", "moscow", "parse_date", "search_date"]

MOSCOW = tz.gettz("Europe/Moscow")

MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        "january jan январь января",
        "february feb февраль февраля",
        "march mar март марта",
        "april apr апрель апреля",
        "may май мая",
        "june jun июнь июня",
        "july jul июль июля",
        "august aug август августа",
        "september sep sept сентябрь сентября",
        "october oct октябрь октября",
        "november nov ноябрь ноября",
        "december dec декабрь декабря",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _n

_S = SPACE
_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_NUMERIC = re.compile(r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})(?!\d)")
_DAY_MONTH_YEAR = re.compile(
    rf"(?P<day>\d{{1,2}}){_S}+{_MONTH}(?:{_S}+(?P<year>\d{{4}}))?"
    rf"(?:{_S}*(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d))?"
    rf"(?:{_S}+(?:года|г\.))?",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH}{_S}+(?P<day>\d{{1,2}}),?{_S}+(?P<year>\d{{4}})(?!\d)", re.IGNORECASE)
_STARTS = re.compile(r"\d|[^\W\d_]{3}", re.UNICODE)


def moscow(date: dt.date, time: dt.time) -> dt.datetime:
    """The tz-aware moment of a Moscow wall-clock ``time`` on ``date``."""
    return dt.datetime.combine(date, time).replace(tzinfo=MOSCOW)


def _build(m: re.Match[str], month: int | None) -> dt.date | dt.datetime | None:
    groups = m.groupdict()
    if month is None or not groups.get("year"):
        return None
    try:
        day = dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None
    if groups.get("hour") is not None:
        hour, minute = int(groups["hour"]), int(groups["minute"])
        if hour < 24:
            return moscow(day, dt.time(hour, minute))
    return day


def date_at(text: str, pos: int, end: int | None = None) -> tuple[dt.date | dt.datetime, int] | None:
    """Inline rule: a date (or date and time) starting exactly at ``pos`` (and ending by ``end``)."""
    end = len(text) if end is None else end
    m = _NUMERIC.match(text, pos, end)
    if m is not None:
        return _with_end(_build(m, int(m["mon"])), m)
    m = _DAY_MONTH_YEAR.match(text, pos, end)
    if m is not None:
        # "11 October 202113:23": the year is four digits, the rest is the time.
        return _with_end(_build(m, MONTHS.get(m["month"].lower())), m)
    m = _MONTH_DAY_YEAR.match(text, pos, end)
    if m is not None:
        return _with_end(_build(m, MONTHS.get(m["month"].lower())), m)
    return None


def _with_end(value: dt.date | dt.datetime | None,
              m: re.Match[str]) -> tuple[dt.date | dt.datetime, int] | None:
    return None if value is None else (value, m.end())


def parse_date(s: str) -> dt.date | dt.datetime | None:
    """The date ``s`` holds, when ``s`` (stripped) is nothing but a date."""
    s = s.strip()
    found = date_at(s, 0)
    return found[0] if found is not None and found[1] == len(s) else None


def search_date(text: str, start: int = 0,
                end: int | None = None) -> tuple[dt.date | dt.datetime, int, int] | None:
    """The first date in ``text[start:end]`` as ``(value, start, end)``."""
    end = len(text) if end is None else end
    for m in _STARTS.finditer(text, start, end):
        found = date_at(text, m.start(), end)
        if found is not None:
            return found[0], m.start(), found[1]
    return None

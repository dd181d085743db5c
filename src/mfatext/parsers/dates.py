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

from mfatext.cursor import alternation

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

# The spaces of mfatext.cursor.SPACE spelled out (Unicode Zs, tab, VT, FF): an explicit set is cheaper for
# the regex engine than a negated class, and this pattern runs at every candidate position.
_S = r"[ \t\x0b\x0c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_TIME = rf"(?:{_S}{{0,3}}(?:,{_S}*)?(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d))?"
# Letters of the month names (Latin-1 and Cyrillic); the month table decides, so no slow IGNORECASE.
_MONTH = r"(?P<month>[A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё]{3,10})\.?"
_YEAR = r"(?P<year>\d{4})"
# Not inside a longer number ("1487-18-07-2022" is a document number, "v1.11.2021" a version).
_NUMERIC = re.compile(rf"(?<![\d.])(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_YEAR}{_TIME}(?!\.?\d)")
_ISO = re.compile(
    rf"(?<![\d-]){_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})"
    rf"(?:T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d))?(?![\d-])"
)
# "10 ноября 2021 года": the year may be followed by "года"/"г." (Russian) and the time may be run
# together with the year ("202113:23"); the year is optional ("09 august").
_DAY_FIRST = re.compile(
    rf"(?P<day>\d{{1,2}})(?:\.|er|st|nd|rd|th)?{_S}{{1,3}}(?:de{_S}+)?{_MONTH}"
    rf"(?:,?{_S}{{1,3}}(?:de{_S}+)?{_YEAR}{_TIME}(?:{_S}+(?:года|г\.))?)?(?![\d\w])",
)
_MONTH_FIRST = re.compile(
    rf"{_MONTH}{_S}{{1,3}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?{_S}{{1,3}}{_YEAR}{_TIME}(?!\d)",
)


# Where a date may start: a digit or a known month name at the start of a word. Keeps search linear. The
# lookahead of possible first characters lets the engine skip other positions at C speed.
_FIRSTS = "".join(sorted({re.escape(name[0]) for name in MONTHS}))
_STARTS = re.compile(rf"(?=[\d{_FIRSTS}])(?<!\w)(?:\d|{alternation(MONTHS)}(?!\w))", re.IGNORECASE)


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


# The fast path works on plain tuples (value, start, end, problem, year_missing); DateMatch wraps them for
# the public API only, because building an attrs instance costs as much as the match itself.
_Found = tuple[dt.date | dt.datetime | None, int, int, str | None, bool]


# int() is the slowest step of the fast path; day, month, hour and minute are one or two digits and years
# on these pages are 19xx/20xx, so a table lookup replaces it (int() remains for other years).
_INT = {f"{i:0{w}d}": i for w in (1, 2) for i in range(100)}
_YEARS = {str(y): y for y in range(1900, 2100)}
# Month names as printed (lower, Title, UPPER) so the hot path needs no str.lower().
_MONTH_FORMS = {form: n for name, n in MONTHS.items() for form in (name, name.title(), name.upper())}


def _month_number(name: str) -> int | None:
    """The month a printed month name means: the common casings by one dict look-up, others lowered."""
    return _MONTH_FORMS.get(name) or MONTHS.get(name.lower())


_FALLBACK_MAX = 64
_WINDOW = 48  # how far back date_ending_at looks: the longest date form with its time and year mark
_DIGIT = re.compile(r"\d")
# Bound methods and positional groups: _read runs at every candidate position, so it skips attribute and
# group-name lookups (group order in the patterns: numeric and day-first day, month, year, hour, minute;
# ISO year, month, day, ...; month-first month, day, year, ...).
_numeric, _iso, _day_first, _month_first = _NUMERIC.match, _ISO.match, _DAY_FIRST.match, _MONTH_FIRST.match


def _read(text: str, pos: int, end: int, reference: dt.date | None) -> _Found | None:
    """The fast path, in one function: it runs for every candidate position, and calls cost."""
    if pos >= end:
        return None
    m = None
    if text[pos].isdigit():  # a digit: numeric, ISO or day-first; a letter: month-first
        # Cheap looks at the second/third and fifth characters pick the pattern before any regex runs.
        if "." in text[pos + 1 : pos + 3]:
            m = _numeric(text, pos, end)
            if m is not None:
                day_s, month_s, year_s, hour, minute = m.groups()
        elif text[pos + 4 : pos + 5] == "-":
            m = _iso(text, pos, end)
            if m is not None:
                year_s, month_s, day_s, hour, minute = m.groups()
        if m is not None:
            month: int | None = _INT[month_s]
        else:
            m = _day_first(text, pos, end)
            if m is None:
                return None
            day_s, month_s, year_s, hour, minute = m.groups()
            month = _month_number(month_s)
    else:
        m = _month_first(text, pos, end)
        if m is None:
            return None
        month_s, day_s, year_s, hour, minute = m.groups()
        month = _month_number(month_s)
    if month is None:
        return None
    start, stop = m.span()
    if year_s is None:
        return _year_less(_INT[day_s], month, start, stop, reference)
    try:
        date = dt.date(_YEARS.get(year_s) or int(year_s), month, _INT[day_s])
    except ValueError as exc:
        return None, start, stop, f"{m[0]!r} is not a date ({exc})", False
    if hour is None:
        return date, start, stop, None, False
    moment = dt.datetime(date.year, month, date.day, _INT[hour], _INT[minute], tzinfo=MOSCOW)
    return moment, start, stop, None, False


def _year_less(day: int, month: int, start: int, stop: int, reference: dt.date | None) -> _Found:
    value = complete_year(month, day, reference) if reference is not None else None
    problem = (
        None if value is not None or reference is None else f"no date {day:02d}.{month:02d} near {reference}"
    )
    return value, start, stop, problem, True


def read_date(
    text: str, pos: int, end: int | None = None, *, reference: dt.date | None = None
) -> DateMatch | None:
    """Inline rule: whatever is shaped like a date starting exactly at ``pos`` (ending by ``end``), valid
    or not. A year-less date is completed from ``reference`` (see :func:`complete_year`)."""
    found = _read(text, pos, len(text) if end is None else end, reference)
    return None if found is None else _date_match(found)


def _date_match(found: _Found) -> DateMatch:
    """The public :class:`DateMatch` of what :func:`_read` found."""
    value, start, stop, problem, year_missing = found
    return DateMatch(value=value, start=start, end=stop, problem=problem, year_missing=year_missing)


def date_at(
    text: str, pos: int, end: int | None = None, *, reference: dt.date | None = None
) -> tuple[dt.date | dt.datetime, int] | None:
    """Inline rule: a real date (or date and time) starting exactly at ``pos``, as ``(value, end)``.
    Impossible dates give ``None`` (see :func:`check_date`); year-less ones need ``reference``."""
    found = _read(text, pos, len(text) if end is None else end, reference)
    if found is None or found[0] is None:
        return None
    return found[0], found[2]


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
    text: str, end: int, *, window: int = _WINDOW, reference: dt.date | None = None
) -> DateMatch | None:
    """The longest date-shaped stretch ending exactly at ``end`` (a title's final "…, June 10, 2022"),
    looking back at most ``window`` characters."""
    found = _date_ending_at(text, end, reference, window)
    return None if found is None else _date_match(found)


# A date starts a word: after a non-word character (or at the start of the text). In the lowered text a
# case-sensitive pattern that opens with that character lets the engine skip from one word start to the
# next at C speed and reject most words at their first letter; _STARTS (case-insensitive, opening with
# look-arounds) tries every position.
_LOWER_MONTHS = alternation(MONTHS)  # the names are lower case
_LOWER_STARTS = re.compile(rf"\W(?:\d|{_LOWER_MONTHS}(?!\w))")
_LOWER_FIRST = re.compile(rf"\d|{_LOWER_MONTHS}(?!\w)")
# Characters IGNORECASE matches with a letter of a month name although str.lower() does not turn them
# into it (or turns them into two characters): where they occur, lowering is not the same as ignoring case.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")


def _date_ending_at(
    text: str, end: int, reference: dt.date | None, window: int = _WINDOW
) -> _Found | None:
    """:func:`date_ending_at` as the fast path's plain tuple (headline building needs no DateMatch)."""
    start = max(0, end - window)
    # Every date form has a digit (its day): a stretch that ends in one (most dates do) may hold a date;
    # otherwise it must end in a month name or year mark and hold a digit somewhere.
    if not (start < end <= len(text) and text[end - 1].isdecimal()) and (
        not _may_end_date(text, end) or _DIGIT.search(text, start, end) is None
    ):
        return None
    # The candidates of _STARTS in order, tried as they are found: the first (the longest date) usually
    # reaches ``end``. They are found in the lowered stretch from the character before ``start`` on.
    before = max(0, start - 1)
    low = text[before:end].lower()
    # The odd characters are looked for in the text itself: "İ" lowers to two characters, "i̇", so the
    # lowered stretch no longer holds it (and its offsets are shifted by one from there on).
    if not low.isascii() and _ODD_CASE.search(text, before, end) is not None:
        for m in _STARTS.finditer(text, start, end):
            if (found := _read_to(text, m.start(), end, reference)) is not None:
                return found
        return None
    if start == 0 and _LOWER_FIRST.match(low) and (found := _read_to(text, 0, end, reference)) is not None:
        return found
    for m in _LOWER_STARTS.finditer(low):
        if (found := _read_to(text, before + m.start() + 1, end, reference)) is not None:
            return found
    return None


def _read_to(text: str, pos: int, end: int, reference: dt.date | None) -> _Found | None:
    """What :func:`_read` finds at ``pos`` when it is date-shaped and ends exactly at ``end``."""
    found = _read(text, pos, end, reference)
    if found is not None and found[2] == end and (found[0] is not None or found[3] is not None):
        return found
    return None


def _may_end_date(text: str, end: int) -> bool:
    """False when no date can end at ``end``: every form ends in a digit, a month name (perhaps with its
    dot), "года" or "г.", and that name is a word of its own. Most titles end in some other word."""
    if not 0 < end <= len(text) or text[end - 1].isdecimal():  # isdecimal is the regexes' \d
        return True
    dot = text[end - 1] == "."
    # The month name (at most ten letters) comes after a space: the last word of the last twelve characters.
    words = text[max(0, end - 12) : end - dot].rsplit(None, 1)
    word = words[-1] if words else ""
    return word in ("года", "г") or _month_number(word) is not None


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
    found = _read(s, 0, len(s), reference)
    if found is not None and found[2] == len(s):
        return found[0]
    # dateutil only for what can be a date: short, with a digit (the year). It costs ~50 µs a language.
    if not fallback or found is not None or len(s) > _FALLBACK_MAX or not _DIGIT.search(s):
        return None
    from .date_fallback import dateutil_date  # imported late: dateutil's parser is slow to import

    return dateutil_date(s)

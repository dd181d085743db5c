"""The page furniture around an embassy page's article or news list.

A rusemb.org.uk page (and its peers) starts with a header::

    4 December 2021                      <- page date line (the Moscow date)
    Moscow: 01:52                        <- clock widget, one line per city
    London: 22:52
    Consular queries:                    <- contact label ("Consular Section:" on 2015 pages)
    +44 (0) 203 668 7474                 <- phone, e-mail, or "[email protected]" (parsers.contacts)
    1371 days have passed since ... - ...<341 NBSP>1363 days ...   <- counters (parsers.counters)

followed by an optional section heading ("PRESS RELEASES AND NEWS") and an article date line
("11.06.2022"). Each piece has a line rule here; :func:`page_header` composes them. Rules return values
with spans and a *segment plan* (``marks``: ``(kind, end offset)`` pairs, left to right) that the layout
hands to its :class:`~mfatext.plugin.SegmentBuilder`, so the parsers stay pure.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen
from dateutil import tz

from mfatext.cursor import SPACE, Lines, skip_blank
from mfatext.models import Clock, Contact, Counter, Diagnostic, Page, Pagination, Span
from mfatext.plugin import diagnostic

from .chrome import chrome_line
from .contacts import CONTACTS_P, LABEL_P, contact_label, contact_line, contacts_in
from .counters import COUNTER_START, check_counters, counter_line, counter_marks
from .dates import date_at, moscow

__all__ = [
    "CITY_ZONES",
    "Header",
    "Marks",
    "clock_line",
    "contact_label",
    "contact_line",
    "date_line",
    "page_date_line",
    "page_header",
    "section_line",
    "skip_header",
]

Marks = tuple[tuple[str, int], ...]
"""A segment plan: ``(kind, end offset)`` pairs, each segment starting where the previous one ended."""

# The time zone of each clock city, to check the widget against real time-zone rules.
CITY_ZONES: dict[str, str] = {
    "moscow": "Europe/Moscow",
    "london": "Europe/London",
    "washington": "America/New_York",
    "new york": "America/New_York",
    "canberra": "Australia/Sydney",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    # The Russian versions of the sites name the clocks in Russian.
    "москва": "Europe/Moscow",
    "лондон": "Europe/London",
    "вашингтон": "America/New_York",
    "нью-йорк": "America/New_York",
    "канберра": "Australia/Sydney",
    "париж": "Europe/Paris",
    "берлин": "Europe/Berlin",
}
_MOSCOW = frozenset({"moscow", "москва"})  # the clock the page date follows

_S = SPACE
# Each piece of syntax once, as a pattern string (the contact block's in parsers.contacts); the line rules
# and the one-regex header scanner share them.
_CITY_TIME = rf"(?P<city>[^\W\d_]+(?:[ -][^\W\d_]+){{0,2}}){_S}*:{_S}*(?P<h>[0-2]?\d):(?P<m>[0-5]\d)"
_CLOCK = re.compile(_CITY_TIME)
# One match per header line: which kind of line it is (the group that matched), line break included.
_HEADER_LINE = re.compile(
    rf"{_S}*(?:(?P<clock>{_CITY_TIME})|{CONTACTS_P}"
    rf"|(?P<contact>{LABEL_P})|(?P<counter>(?={COUNTER_START})[^\r\n]*)|(?P<blank>)){_S}*(?:\r\n|\r|\n|\Z)",
    re.IGNORECASE,
)
_CONTACT_KINDS = frozenset({"contacts"})
_RESUMES = frozenset({"clock", "contacts", "contact", "counter"})  # header lines after an unknown one
_OWN_SEGMENT = frozenset({"clock", "counter", "unknown"})  # other header lines are "contact" segments
_MAX_UNKNOWN = 80  # an unknown header line is short: a longer one is text (a title, a paragraph)
_NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")


@frozen(kw_only=True)
class Header:
    """What the page header holds, with the segment plan of its lines."""

    date: dt.date | None
    retrieved_at: dt.datetime | None
    clocks: tuple[Clock, ...]
    contacts: tuple[Contact, ...]
    counters: tuple[Counter, ...]
    marks: Marks
    diagnostics: tuple[Diagnostic, ...]

    def page(self, *, section: str | None = None, pagination: Pagination | None = None) -> Page:
        """The :class:`~mfatext.models.Page` this header describes, with what the layout found below it."""
        return Page(date=self.date, retrieved_at=self.retrieved_at, clocks=self.clocks,
                    contacts=self.contacts, counters=self.counters, section=section, pagination=pagination)


def page_date_line(lines: Lines, i: int) -> tuple[tuple[dt.date, Span], int] | None:
    """``4 December 2021`` alone on a line (any date form :func:`~mfatext.parsers.dates.date_at` reads)."""
    if i >= len(lines):
        return None
    s, at = lines.stripped(i)
    found = date_at(s, 0)
    if not s or found is None or found[1] != len(s) or isinstance(found[0], dt.datetime):
        return None
    return (found[0], Span(start=at, end=at + len(s))), i + 1


def date_line(lines: Lines, i: int) -> tuple[tuple[dt.date, Span], int] | None:
    """The article date line: ``11.06.2022`` alone on a line."""
    if i >= len(lines):
        return None
    if _NUMERIC_DATE.fullmatch(lines.stripped(i)[0]) is None:
        return None
    return page_date_line(lines, i)


def clock_line(lines: Lines, i: int) -> tuple[tuple[str, dt.time, Span], int] | None:
    """A clock widget line: ``Moscow: 01:52`` (city, colon, 24-hour time)."""
    if i >= len(lines):
        return None
    s, at = lines.stripped(i)
    m = _CLOCK.fullmatch(s)
    if m is None or int(m["h"]) > 23:
        return None
    return (m["city"], dt.time(int(m["h"]), int(m["m"])), Span(start=at, end=at + len(s))), i + 1


def section_line(lines: Lines, i: int) -> tuple[tuple[str, Span], int] | None:
    """A section heading in capitals: ``SPEECHES, INTERVIEWS, ARTICLES``, ``AMBASSADOR'S ARTICLES``."""
    if i >= len(lines):
        return None
    s, at = lines.stripped(i)
    if not (4 <= len(s) <= 80 and s.isupper()) or any(c.isdigit() for c in s) or chrome_line(lines, i):
        return None
    return (s, Span(start=at, end=at + len(s))), i + 1


def _header_line(lines: Lines, j: int) -> re.Match[str] | None:
    """The :data:`_HEADER_LINE` match of line ``j`` when it belongs to a header: a clock shows a real
    hour, and a label line ("Consular queries:") is followed (blank lines aside) by a contact, so a short
    title ending with a colon after the counters is not taken for a label."""
    m = _HEADER_LINE.match(lines.text, lines.start(j))
    if m is None or (m.lastgroup == "clock" and int(m["h"]) > 23):
        return None
    if m.lastgroup == "contact":
        k = skip_blank(lines, j + 1)
        after = _HEADER_LINE.match(lines.text, lines.start(k)) if k < len(lines) else None
        if after is None or after.lastgroup not in _CONTACT_KINDS:
            return None
    return m


def _header_start(lines: Lines, i: int) -> tuple[int, int, dt.date | None] | None:
    """Where the header that starts at line ``i`` (blank lines before it skipped) begins, the index of
    its first clock line and the page date: the clocks follow the page date line, or come first in a
    scrape that lost the date line ("Moscow: 15:34" first). Without the date, two clock lines must
    follow each other (the widget always shows Moscow and the host city), so a text that merely opens
    with "Moscow: 10:00" is not a page header."""
    first = skip_blank(lines, i)
    found = page_date_line(lines, first)
    if found is not None:
        return (first, found[1], found[0][0]) if clock_line(lines, found[1]) is not None else None
    clock = clock_line(lines, first)
    if clock is None:
        return None
    # One clock line alone ("Moscow: 10:00" opening a note) is too little to call it a page header.
    return (first, first, None) if clock_line(lines, first + 1) is not None else None


def skip_header(lines: Lines, i: int) -> int | None:
    """Index of the first line after the page header at line ``i`` (blank lines before it left
    unconsumed), ``None`` when there is no header: what :func:`page_header` consumes, without building
    any value (for sniffers)."""
    found = _header_start(lines, i)
    if found is None:
        return None
    j = end = found[1]
    n = len(lines)
    while j < n and (kind := _line_kind(lines, j)[0]) is not None:
        j += 1
        if kind != "blank":
            end = j
    return end


def _line_kind(lines: Lines, j: int) -> tuple[str | None, re.Match[str] | None]:
    """What header line ``j`` is (the :data:`_HEADER_LINE` group that matched, with the match), or
    ``"unknown"`` for a line the header goes on after (:func:`_inside_header`); ``(None, None)`` where the
    header ends."""
    m = _header_line(lines, j)
    if m is not None:
        return m.lastgroup, m
    return ("unknown" if _inside_header(lines, j) else None), None


def _inside_header(lines: Lines, j: int) -> bool:
    """Line ``j`` is no header line, but a contact, counter or clock line follows it (blank lines aside, at
    most one): a shape of the contact block this module does not know ("Mon-Fri 10:00-12:30" under the
    phone), kept inside the header as ``unknown`` rather than taken for the article title."""
    if len(lines[j].strip()) > _MAX_UNKNOWN:
        return False
    k = skip_blank(lines, j + 1)
    if k >= len(lines) or k > j + 2:
        return False
    after = _header_line(lines, k)
    return after is not None and after.lastgroup in _RESUMES


def page_header(lines: Lines, i: int) -> tuple[Header, int] | None:
    """The page header: blank lines, a page date line, at least one clock line, then any of blank lines,
    contact labels, contacts and counter lines. Stops at the first other line (left unconsumed, blank
    lines before it included). Without its date line (a scrape cut at the clocks) the header has
    ``date`` and ``retrieved_at`` ``None`` and a ``header.no-date`` diagnostic.

    One regex classifies each line (:data:`_HEADER_LINE`); the per-kind rules above build the values."""
    found = _header_start(lines, i)
    if found is None:
        return None
    first, j, date = found
    scan = _Scan(lines, date)
    if first > i:
        scan.marks.append(("blank", lines.start(first)))
    scan.marks.append(("page-header", lines.start(j)))
    if date is None:
        scan.diags.append(diagnostic("header.no-date", "the page header has no date line: page date unknown",
                                     lines.content_span(first)))
    end = scan.run(j)
    return scan.header(), end


class _Scan:
    """The values and the segment plan of the header lines after the date line, read line by line."""

    def __init__(self, lines: Lines, date: dt.date | None) -> None:
        self.lines, self.date = lines, date
        self.marks: list[tuple[str, int]] = []
        self.diags: list[Diagnostic] = []
        self.clocks: list[Clock] = []
        self.contacts: list[Contact] = []
        self.counters: list[Counter] = []
        self.label: str | None = None

    def run(self, j: int) -> int:
        """Read the header lines from line ``j``; returns the index of the line after the last one."""
        lines, n = self.lines, len(self.lines)
        end, blank_from = j, None
        while j < n:
            kind, m = _line_kind(lines, j)
            if kind is None:
                break
            if kind == "blank":
                blank_from = j if blank_from is None else blank_from
                j += 1
                continue
            if blank_from is not None:
                self.marks.append(("blank", lines.start(j)))
                blank_from = None
            self.read(kind, m, j)
            j = end = j + 1
            self.marks.append((kind if kind in _OWN_SEGMENT else "contact", lines.start(j)))
        return end

    def read(self, kind: str, m: re.Match[str] | None, j: int) -> None:
        """The values of header line ``j``, of kind ``kind`` (``m`` its match; ``None`` for ``unknown``)."""
        if m is None:
            self.diags.append(diagnostic("header.unknown", "a line inside the page header was not recognised",
                                         self.lines.content_span(j)))
        elif kind == "clock":
            span = Span(start=m.start("clock"), end=m.end("clock"))
            self.clocks.append(Clock(city=m["city"], time=dt.time(int(m["h"]), int(m["m"])), span=span))
        elif kind == "contact":
            self.label = m["label"]
        elif kind == "contacts":
            self.label = m["inline"] or self.label
            text, start, stop = self.lines.text, m.start("contacts"), m.end("contacts")
            self.contacts.extend(contacts_in(text, start, stop, self.label))
        elif kind == "counter":
            found = counter_line(self.lines, j, self.date)
            self.counters.extend(found[0] if found else ())
            self.marks.extend(counter_marks(found[0] if found else ()))

    def header(self) -> Header:
        """The :class:`Header` of what was read, with the clock and counter checks."""
        date, clocks = self.date, self.clocks
        diags = tuple(self.diags) + _check_clocks(date, clocks) + check_counters(self.counters)
        return Header(date=date, retrieved_at=_retrieved_at(date, clocks), clocks=tuple(clocks),
                      contacts=tuple(self.contacts), counters=tuple(self.counters), marks=tuple(self.marks),
                      diagnostics=diags)


def _retrieved_at(date: dt.date | None, clocks: list[Clock]) -> dt.datetime | None:
    """The page date follows Moscow, so the Moscow clock on the page date is when the page was taken."""
    mos = next((c for c in clocks if c.city.casefold() in _MOSCOW), None)
    return moscow(date, mos.time) if mos is not None and date is not None else None


def _check_clocks(date: dt.date | None, clocks: list[Clock]) -> tuple[Diagnostic, ...]:
    """``clock.inconsistent`` for each clock that does not show the Moscow moment in its own zone."""
    at = _retrieved_at(date, clocks)
    if at is None:
        return ()
    diags = []
    for c in clocks:
        if c.city.casefold() in _MOSCOW:
            continue
        # tz.gettz("") is the machine's own zone: an unknown city must not be checked against it.
        name = CITY_ZONES.get(c.city.casefold())
        zone = tz.gettz(name) if name else None
        if zone is None:
            note = f"no time zone known for {c.city!r}: clock not checked"
            diags.append(diagnostic("clock.unchecked", note, c.span, severity="info"))
            continue
        local = at.astimezone(zone)
        if (local.hour, local.minute) != (c.time.hour, c.time.minute):
            want = f"{local.hour:02d}:{local.minute:02d}"
            diags.append(diagnostic("clock.inconsistent", f"{c.city} shows {c.time:%H:%M} but Moscow "
                                    f"{at:%H:%M} on {date} is {want} there", c.span))
    return tuple(diags)

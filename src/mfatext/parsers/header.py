"""The page furniture around an embassy page's article or news list.

A rusemb.org.uk page (and its peers) starts with a header::

    4 December 2021                      <- page date line (the Moscow date)
    Moscow: 01:52                        <- clock widget, one line per city
    London: 22:52
    Consular queries:                    <- contact label ("Consular Section:" on 2015 pages)
    +44 (0) 203 668 7474                 <- phone, e-mail, or "[email protected]" (parsers.contacts)
    1371 days have passed since ... - ...<341 NBSP>1363 days ...   <- counters (parsers.counters)

followed by an optional section heading ("PRESS RELEASES AND NEWS") and an article date line
("11.06.2022"). Each piece has a line rule for callers that want one line; :func:`page_header` reads the
whole header in one scan that tells the lines apart by their first and last characters. Rules return values
with spans and a *segment plan* (``marks``: ``(kind, end offset)`` pairs, left to right) that the layout
hands to its :class:`~mfatext.plugin.SegmentBuilder`, so the parsers stay pure.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from attrs import frozen

from mfatext.cursor import SPACE, Lines, skip_blank
from mfatext.models import (
    Clock,
    Contact,
    Counter,
    Diagnostic,
    Page,
    Pagination,
    Span,
    _new_clock,
    _new_page,
    _new_span,
)
from mfatext.plugin import diagnostic

from .chrome import chrome_line
from .clocks import CITY_ZONES, check_clocks, retrieved_at
from .contacts import CONTACTS_P, LABEL_P, contact_label, contact_line, contacts_in
from .counters import COUNTER, check_counters, counter_marks, counters_from
from .dates import date_at

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


_S = SPACE
# Each piece of syntax once, as a pattern string (the contact block's in parsers.contacts, the counter's in
# parsers.counters). The city's words are atomic: a shorter city would be followed by a letter, never the
# colon, and giving letters back one by one made a title with a colon cost microseconds.
_CITY_TIME = rf"(?P<city>(?>[^\W\d_]+(?:[ -][^\W\d_]+){{0,2}})){_S}*+:{_S}*+(?P<h>[0-2]?\d):(?P<m>[0-5]\d)"
# One regex per kind of header line, matched over the line without its surrounding spaces.
_CLOCK = re.compile(_CITY_TIME)
_CONTACTS = re.compile(CONTACTS_P, re.IGNORECASE)
_LABEL = re.compile(LABEL_P)
_Kind = tuple[str, "re.Match[str]"]
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
        return _new_page(self.date, self.retrieved_at, self.clocks, self.contacts, self.counters, section, (),
                         pagination)


def page_date_line(lines: Lines, i: int) -> tuple[tuple[dt.date, Span], int] | None:
    """``4 December 2021`` alone on a line (any date form :func:`~mfatext.parsers.dates.date_at` reads)."""
    found = _page_date(lines, i)
    if found is None:
        return None
    date, at, stop = found
    return (date, _new_span(at, stop)), i + 1


def _page_date(lines: Lines, i: int) -> tuple[dt.date, int, int] | None:
    """The date of a page date line ``i`` and the offsets of its text (no Span: the header needs none)."""
    if i >= len(lines):
        return None
    s, at = lines.stripped(i)
    found = date_at(s, 0)
    if not s or found is None or found[1] != len(s) or isinstance(found[0], dt.datetime):
        return None
    return found[0], at, at + len(s)


def date_line(lines: Lines, i: int) -> tuple[tuple[dt.date, Span], int] | None:
    """The article date line: ``11.06.2022`` alone on a line."""
    # The dots first: most lines have none, and no regex or stripping is spent on them.
    if i >= len(lines) or "." not in lines[i] or _NUMERIC_DATE.fullmatch(lines.stripped(i)[0]) is None:
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
    return (m["city"], dt.time(int(m["h"]), int(m["m"])), _new_span(at, at + len(s))), i + 1


def section_line(lines: Lines, i: int) -> tuple[tuple[str, Span], int] | None:
    """A section heading in capitals: ``SPEECHES, INTERVIEWS, ARTICLES``, ``AMBASSADOR'S ARTICLES``."""
    # Stripping takes away no cased character, so the raw line tells capitals (one C call) first.
    if i >= len(lines) or not lines[i].isupper():
        return None
    s, at = lines.stripped(i)
    if not 4 <= len(s) <= 80 or any(c.isdigit() for c in s) or chrome_line(lines, i):
        return None
    return (s, _new_span(at, at + len(s))), i + 1


def _syntax(text: str, line: str, at: int) -> _Kind | None:
    """What a line reads as by its syntax alone (``line`` its content, ``at`` its offset in ``text``):
    ``clock``, ``contacts`` (values, maybe after an inline label), ``contact`` (a label alone) or
    ``counter``, with the match; ``None`` for any other line (a blank one included). The first and
    last characters decide which regexes can match at all, so most lines are told apart without one: a
    counter or a phone opens with a digit, which no city or label does; a clock ends with ":MM", a label
    with ":"; values need a "+", "[", "@" or an inline label's ":", and end with none. Where two kinds
    could read a line, the order is clock, contacts, label."""
    s = line.strip()
    if not s:
        return None
    first = s[0]
    start = at + line.find(first)  # the first non-space character
    stop = start + len(s)
    if first.isdecimal():  # what \d matches
        # A counter's "N days" is no phone (at most six digits, then a letter) and no e-mail address.
        m = COUNTER.match(text, start, at + len(line))
        if m is not None:
            return "counter", m
        m = _CONTACTS.fullmatch(text, start, stop)
        return ("contacts", m) if m is not None else None
    if s[-3:-2] == ":" and (m := _CLOCK.fullmatch(text, start, stop)) is not None:
        return "clock", m
    if s[-1] == ":":
        m = _LABEL.fullmatch(text, start, stop)
        return ("contact", m) if m is not None else None
    if (first in "+[" or "@" in s or ":" in s) and (m := _CONTACTS.fullmatch(text, start, stop)) is not None:
        return "contacts", m
    return None


class _Kinds:
    """The header lines of one text, each read once: a line looked at ahead (the line after a label, the
    line after an unknown one, the first clock line) is remembered until the scan reaches it."""

    __slots__ = ("_ahead", "lines", "text")

    def __init__(self, lines: Lines) -> None:
        self.lines, self.text = lines, lines.text
        self._ahead: tuple[int, _Kind | None] = (-1, None)

    def header_line(self, j: int, line: str, at: int) -> _Kind | None:
        """The :func:`_syntax` of line ``j`` (``line`` at offset ``at``) when it belongs to a header: a
        clock shows a real hour, and a label line ("Consular queries:") is followed (blank lines aside) by
        a contact, so a short title ending with a colon after the counters is not taken for a label."""
        k, found = self._ahead
        if k != j:
            found = _syntax(self.text, line, at)
        if found is None:
            return None
        kind, m = found
        if kind == "clock" and int(m["h"]) > 23:
            return None
        if kind == "contact":
            after = self._look(skip_blank(self.lines, j + 1), raw=True)
            if after is None or after[0] != "contacts":
                return None
        return found

    def kind(self, j: int, line: str, at: int) -> tuple[str, re.Match[str] | None] | None:
        """What non-blank line ``j`` is in a header: its :meth:`header_line`, ``("unknown", None)`` for a
        line the header goes on after (:meth:`unknown`), ``None`` where the header ends."""
        found = self.header_line(j, line, at)
        if found is not None:
            return found
        return ("unknown", None) if self.unknown(j, line) else None

    def _look(self, k: int, *, raw: bool = False) -> _Kind | None:
        """Line ``k`` looked at ahead: its :func:`_syntax` (``raw``) or its :meth:`header_line`."""
        lines = self.lines
        if k >= len(lines):
            return None
        line, at = lines[k], lines.start(k)
        if self._ahead[0] != k:
            self._ahead = (k, _syntax(self.text, line, at))
        return self._ahead[1] if raw else self.header_line(k, line, at)

    def unknown(self, j: int, line: str) -> bool:
        """Line ``j``, no header line, is one the header goes on after: it is short and a contact, counter
        or clock line follows it (blank lines aside, at most one). A shape of the contact block this
        module does not know ("Mon-Fri 10:00-12:30" under the phone) is kept inside the header rather
        than taken for the article title (a longer line is text)."""
        if len(line.strip()) > _MAX_UNKNOWN:
            return False
        k = skip_blank(self.lines, j + 1)
        return k <= j + 2 and self._look(k) is not None  # line k is not blank: any header line resumes

    def clock(self, j: int) -> bool:
        """Line ``j`` is a clock line (:func:`clock_line`)."""
        found = self._look(j)
        return found is not None and found[0] == "clock"

    def start(self, i: int) -> tuple[int, int, dt.date | None] | None:
        """Where the header that starts at line ``i`` (blank lines before it skipped) begins, the index of
        its first clock line and the page date: the clocks follow the page date line, or come first in a
        scrape that lost the date line ("Moscow: 15:34" first). Without the date, two clock lines must
        follow each other (the widget always shows Moscow and the host city), so a text that merely opens
        with "Moscow: 10:00" is not a page header."""
        lines = self.lines
        first = skip_blank(lines, i)
        # Either way line first + 1 is a clock: looked at before the date, whose reading costs more, and
        # by its ":MM" end before any regex, so a text without a header is told by a few characters.
        if first + 1 >= len(lines) or lines[first + 1].rstrip()[-3:-2] != ":" or not self.clock(first + 1):
            return None
        found = _page_date(lines, first)
        if found is not None:
            return first, first + 1, found[0]
        # One clock line alone ("Moscow: 10:00" opening a note) is too little to call it a page header.
        return (first, first, None) if self.clock(first) else None


def skip_header(lines: Lines, i: int) -> int | None:
    """Index of the first line after the page header at line ``i`` (blank lines before it left
    unconsumed), ``None`` when there is no header: what :func:`page_header` consumes, without building
    any value (for sniffers)."""
    kinds = _Kinds(lines)
    found = kinds.start(i)
    if found is None:
        return None
    end = found[1]
    for j, line in enumerate(islice(lines, end, None), end):
        if line and not line.isspace():
            if kinds.kind(j, line, lines.start(j)) is None:
                break
            end = j + 1
    return end


def page_header(lines: Lines, i: int) -> tuple[Header, int] | None:
    """The page header: blank lines, a page date line, at least one clock line, then any of blank lines,
    contact labels, contacts and counter lines. Stops at the first other line (left unconsumed, blank
    lines before it included). Without its date line (a scrape cut at the clocks) the header has
    ``date`` and ``retrieved_at`` ``None`` and a ``header.no-date`` diagnostic.

    :func:`_syntax` classifies each line, mostly by its first and last characters; :meth:`_Scan.read`
    builds the values of each kind."""
    kinds = _Kinds(lines)
    found = kinds.start(i)
    if found is None:
        return None
    first, j, date = found
    scan = _Scan(kinds, date)
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

    def __init__(self, kinds: _Kinds, date: dt.date | None) -> None:
        self.kinds, self.lines, self.text, self.date = kinds, kinds.lines, kinds.text, date
        self.marks: list[tuple[str, int]] = []
        self.diags: list[Diagnostic] = []
        self.clocks: list[Clock] = []
        self.contacts: list[Contact] = []
        self.counters: list[Counter] = []
        self.label: str | None = None

    def run(self, j: int) -> int:
        """Read the header lines from line ``j``; returns the index of the line after the last one."""
        lines, kinds, marks = self.lines, self.kinds, self.marks
        end, blank = j, False
        for k, line in enumerate(islice(lines, j, None), j):
            if not line or line.isspace():
                blank = True
                continue
            at = lines.start(k)
            found = kinds.kind(k, line, at)
            if found is None:
                break
            kind, m = found
            if blank:
                marks.append(("blank", at))
                blank = False
            self.read(kind, m, k, at, at + len(line))
            end = k + 1
            marks.append((kind if kind in _OWN_SEGMENT else "contact", lines.stop(k)))
        return end

    def read(self, kind: str, m: re.Match[str] | None, k: int, at: int, stop: int) -> None:
        """The values of header line ``k``, which runs from ``at`` to ``stop``, of kind ``kind`` (``m`` its
        match; ``None`` for ``unknown``)."""
        if m is None:
            self.diags.append(diagnostic("header.unknown", "a line inside the page header was not recognised",
                                         self.lines.content_span(k)))
        elif kind == "clock":
            city, h, mm = m.group("city", "h", "m")
            start, end = m.span()
            time = dt.time(int(h), int(mm))
            # A clock line without surrounding spaces (the usual one) has the span of the line's content,
            # which Lines builds cheaper than a Span(...) call.
            span = self.lines.content_span(k) if end == stop and start == at else \
                _new_span(start, end)
            self.clocks.append(_new_clock(city, time, span))
        elif kind == "contacts":
            self.label = m["inline"] or self.label
            start, end = m.span("contacts")
            self.contacts.extend(contacts_in(self.text, start, end, self.label))
        elif kind == "counter":
            found = counters_from(self.text, m, stop, self.date)
            self.counters.extend(found)
            self.marks.extend(counter_marks(found))
        else:  # a label alone
            self.label = m["label"]

    def header(self) -> Header:
        """The :class:`Header` of what was read, with the clock and counter checks."""
        date, clocks, counters = self.date, self.clocks, tuple(self.counters)
        at = retrieved_at(date, clocks)
        diags = tuple(self.diags) + check_clocks(date, at, clocks) + check_counters(counters)
        return Header(date=date, retrieved_at=at, clocks=tuple(clocks), contacts=tuple(self.contacts),
                      counters=counters, marks=tuple(self.marks), diagnostics=diags)

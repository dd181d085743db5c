"""The counters of an embassy page header: "1371 days have passed since the Salisbury incident - no
credible information or response from the British authorities", usually two on one line separated by a
long run of spaces or NBSPs (341 of them on rusemb.org.uk).

``since`` is the page date minus the days. The events the counters count from are data
(:data:`KNOWN_EVENTS`), so a counter whose ``since`` disagrees with its event's date gets a
``counter.mismatch`` diagnostic without any special case in the code.
"""

from __future__ import annotations

import datetime as dt
import re

from mfatext.cursor import SPACE, Lines
from mfatext.models import Counter, Diagnostic, _new_counter, _new_span
from mfatext.plugin import diagnostic

__all__ = [
    "COUNTER",
    "COUNTER_START",
    "KNOWN_EVENTS",
    "check_counters",
    "counter_line",
    "counter_marks",
    "counters_from",
    "known_since",
]

KNOWN_EVENTS: tuple[tuple[str, dt.date], ...] = (
    ("salisbury incident", dt.date(2018, 3, 4)),
    ("death of nikolay glushkov", dt.date(2018, 3, 12)),
)
"""The events counters count from, matched by a (case-folded) phrase of the counter's text."""

_S = SPACE
COUNTER_START = rf"(?P<days>\d\d{{0,5}}){_S}+days?{_S}+have{_S}+passed{_S}+since{_S}+"
"""The pattern that opens a counter ("1371 days have passed since ")."""
COUNTER = re.compile(COUNTER_START, re.IGNORECASE)
""":data:`COUNTER_START` compiled (case-insensitive): ``COUNTER.match(text, pos, line_end)`` tells a counter
line from its first non-space character."""
_DIGITS_TO_END = re.compile(r"\d+\Z")  # \Z: the end a search is bounded by
_DASHES = "-–—"  # the dash between a counter's event and its comment, with a space on each side


def counter_line(
    lines: Lines, i: int, page_date: dt.date | None = None
) -> tuple[tuple[Counter, ...], int] | None:
    """One or more ``N days have passed since <event> - ...`` counters on one line, separated by a long
    run of spaces or NBSPs. ``since`` is ``page_date`` minus N days."""
    if i >= len(lines):
        return None
    at, end = lines.stripped(i)[1], lines.end(i)
    first = COUNTER.match(lines.text, at, end)
    return (counters_from(lines.text, first, end, page_date), i + 1) if first is not None else None


def counters_from(
    text: str, first: re.Match[str], end: int, page_date: dt.date | None = None
) -> tuple[Counter, ...]:
    """The counters of the line that ends at ``end``, ``first`` the :data:`COUNTER` match of its opening:
    each counter runs to the next one (or the line end), trailing spaces left out."""
    counters = []
    m: re.Match[str] | None = first
    while m is not None:
        after = _next_counter(text, m.end(), end)
        counters.append(_counter(text, m, after.start() if after is not None else end, page_date))
        m = after
    return tuple(counters)


def _counter(text: str, m: re.Match[str], stop: int, page_date: dt.date | None) -> Counter:
    """The counter :data:`COUNTER` matched at ``m``, its text running to ``stop``."""
    start, event_at = m.span()
    event_text = text[event_at:stop]
    if event_text.endswith("\xa0\xa0"):
        event_text = event_text[:_before_nbsp_run(event_text)]
    event_text = event_text.rstrip()
    # Without an event the text ends with the match's own last word (its trailing spaces left out).
    until = event_at + len(event_text) if event_text else start + len(m[0].rstrip())
    cut = _event_end(event_text)
    event = (event_text[:cut] if cut >= 0 else event_text).strip()
    days = int(m["days"])
    # 999999 days before a modern date falls before year 1: no date, not an OverflowError.
    since = None
    if page_date is not None and days < (ordinal := page_date.toordinal()):
        since = dt.date.fromordinal(ordinal - days)
    return _new_counter(days, event, since, _new_span(start, until))


def _before_nbsp_run(s: str) -> int:
    """Where the run of NBSPs that ends ``s`` begins when it is the first double NBSP of ``s`` (the gap
    between two counters), else ``len(s)``. Cutting it off changes nothing ``rstrip`` keeps, and two C
    scans (find, count) cost less than ``rstrip`` testing each of 341 NBSPs for a Unicode space."""
    k = s.find("\xa0\xa0")
    return k if s.count("\xa0", k) == len(s) - k else len(s)


def _event_end(s: str) -> int:
    """Where the event of a counter's text ``s`` ends: the first dash with a space on each side (the space
    before it), -1 without one. ``str.find`` per dash kind rather than a regex search, which would test
    every character of the line against the Unicode space class."""
    best = len(s)
    for dash in _DASHES:
        k = s.find(dash, 1, best)
        while k != -1 and not (k + 1 < len(s) and s[k - 1].isspace() and s[k + 1].isspace()):
            k = s.find(dash, k + 1, best)
        best = k if k != -1 else best
    return best - 1 if best < len(s) else -1


def _next_counter(text: str, pos: int, end: int) -> re.Match[str] | None:
    """``COUNTER.search(text, pos, end)``, without a regex scan of every character (the Unicode classes
    make one cost ~20 ns a character on a 600-character counter line, and even a one-class pattern like
    ``[vV]`` tests each character in the engine): every match holds exactly one "v" (case-insensitive,
    "have"), and nothing before it in the match is a "v", so the matches come in the order of the "v"s;
    each "v" is found with ``str.find`` (C speed, per case) and checked where it stands."""
    lo, find = pos, text.find
    low, up = find("v", pos, end), find("V", pos, end)
    while low != -1 or up != -1:
        if up == -1 or (low != -1 and low < up):
            q, low = low, find("v", low + 1, end)
        else:
            q, up = up, find("V", up + 1, end)
        m = _counter_of_have(text, lo, q, end)
        if m is not None:
            return m
        lo = q + 1  # a match before the next "v" starts after this one
    return None


def _counter_of_have(text: str, lo: int, q: int, end: int) -> re.Match[str] | None:
    """The :data:`COUNTER` match whose "have" has its "v" at ``q``, starting at ``lo`` or later: what comes
    before "have" must read ``<1-6 digits><spaces>day[s]<spaces>``, read backwards a character at a time
    (a few steps: the windows of successive "v"s do not overlap, so no character is read twice)."""
    if q - lo < 8 or text[q - 2] not in "hH" or text[q - 1] not in "aA":
        return None
    if q - lo > 8 and text.startswith(" days ha", q - 8) and text[q - 9].isdecimal():
        # The printed form, one space each side of "days": the steps below would find the digits at q - 8.
        return _counter_of_digits(text, lo, q - 8, end)
    k = _spaces_before(text, lo, q - 2)
    if k == q - 2 or k == lo:
        return None
    k -= text[k - 1] in "sSſ"  # "days" (ſ: re's IGNORECASE takes the long s for an s)
    if k - lo < 4 or text[k - 3] not in "dD" or text[k - 2] not in "aA" or text[k - 1] not in "yY":
        return None
    digits_end = _spaces_before(text, lo, k - 3)
    if digits_end == k - 3:
        return None
    return _counter_of_digits(text, lo, digits_end, end)


def _counter_of_digits(text: str, lo: int, digits_end: int, end: int) -> re.Match[str] | None:
    """The :data:`COUNTER` match of the digits that end at ``digits_end`` (not before ``lo``)."""
    # COUNTER_START's days are one to six digits: the leftmost place in the six characters before
    # digits_end from which only digits follow, found in one regex call rather than a character at a time.
    run = _DIGITS_TO_END.search(text, max(lo, digits_end - 6), digits_end)
    return COUNTER.match(text, run.start(), end) if run is not None else None


def _spaces_before(text: str, lo: int, k: int) -> int:
    """Where the run of spaces that ends at ``k`` starts (not before ``lo``)."""
    while k > lo and text[k - 1].isspace():
        k -= 1
    return k


def known_since(event: str) -> dt.date | None:
    """The reference date of a counter's event, from :data:`KNOWN_EVENTS`."""
    key = event.casefold()
    for phrase, date in KNOWN_EVENTS:
        if phrase in key:
            return date
    return None


def counter_marks(counters: tuple[Counter, ...]) -> list[tuple[str, int]]:
    """Each counter its own segment, the whitespace run between two counters ``blank``."""
    marks: list[tuple[str, int]] = []
    for k, c in enumerate(counters[:-1]):
        marks.append(("counter", c.span.end))
        marks.append(("blank", counters[k + 1].span.start))
    return marks


def check_counters(counters: list[Counter] | tuple[Counter, ...]) -> tuple[Diagnostic, ...]:
    """``counter.mismatch`` when page date − days is not the known date of the event;
    ``counter.unknown-event`` (info) when :data:`KNOWN_EVENTS` has no date for it to check against."""
    diags = []
    for c in counters:
        ref = known_since(c.event)
        if ref is None:
            note = f"no known date for {c.event!r}: since not checked"
            diags.append(diagnostic("counter.unknown-event", note, c.span, "info"))
        elif c.since is not None and c.since != ref:
            diags.append(diagnostic("counter.mismatch", f"{c.days} days before the page date is {c.since}, "
                                    f"but {c.event!r} happened on {ref}", c.span))
    return tuple(diags)

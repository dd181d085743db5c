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
from mfatext.models import Counter, Diagnostic, Span
from mfatext.plugin import diagnostic

__all__ = ["COUNTER_START", "KNOWN_EVENTS", "check_counters", "counter_line", "counter_marks", "known_since"]

KNOWN_EVENTS: tuple[tuple[str, dt.date], ...] = (
    ("salisbury incident", dt.date(2018, 3, 4)),
    ("death of nikolay glushkov", dt.date(2018, 3, 12)),
)
"""The events counters count from, matched by a (case-folded) phrase of the counter's text."""

_S = SPACE
# "\d\d{0,5}" rather than "\d{1,6}": a pattern that opens with a plain character class lets the regex engine
# jump between digits at C speed when it searches a line (a counter line holds hundreds of NBSPs).
COUNTER_START = rf"(?P<days>\d\d{{0,5}}){_S}+days?{_S}+have{_S}+passed{_S}+since{_S}+"
"""The pattern that opens a counter ("1371 days have passed since "), shared with the header scanner."""
_COUNTER = re.compile(COUNTER_START, re.IGNORECASE)
_EVENT_END = re.compile(rf"{_S}[-–—]{_S}")


def counter_line(
    lines: Lines, i: int, page_date: dt.date | None = None
) -> tuple[tuple[Counter, ...], int] | None:
    """One or more ``N days have passed since <event> - ...`` counters on one line, separated by a long
    run of spaces or NBSPs. ``since`` is ``page_date`` minus N days."""
    if i >= len(lines):
        return None
    line, base = lines[i], lines.start(i)
    found = list(_COUNTER.finditer(line))
    if not found or line[: found[0].start()].strip():
        return None
    counters = []
    for k, m in enumerate(found):
        stop = found[k + 1].start() if k + 1 < len(found) else len(line)
        text = line[m.start() : stop].rstrip()
        event_text = line[m.end() : m.start() + len(text)]
        cut = _EVENT_END.search(event_text)
        event = (event_text[: cut.start()] if cut else event_text).strip()
        days = int(m["days"])
        since = page_date - dt.timedelta(days=days) if page_date is not None else None
        span = Span(start=base + m.start(), end=base + m.start() + len(text))
        counters.append(Counter(days=days, event=event, since=since, span=span))
    return tuple(counters), i + 1


def known_since(event: str) -> dt.date | None:
    """The reference date of a counter's event, from :data:`KNOWN_EVENTS`."""
    key = event.casefold()
    return next((date for phrase, date in KNOWN_EVENTS if phrase in key), None)


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

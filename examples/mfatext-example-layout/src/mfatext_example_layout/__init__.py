"""An example third-party mfatext layout: the news list of washington.mid.ru (2018 site).

The page is a list of items, each printed as::

    09 august                                           <- day and lower-case month, no year
                                                        <- one blank line
    On August 9 our senior diplomats paid Ms. Butina another visit      <- the title
                                                        <- one blank line
    The Embassy continues to provide Maria Butina, ...  <- the lead: every line up to the next day line

(text from corpus/embassy/035.txt of the mfatext shared corpus). The year is not printed, so
``published`` is ``None`` and a ``date.no-year`` diagnostic says so; the day and month are in the
``date-line`` segment. The layout uses only mfatext's public plugin API: :mod:`mfatext.plugin`,
:mod:`mfatext.cursor`, :mod:`mfatext.models` and :mod:`mfatext.parsers`.
"""

from __future__ import annotations

import re

from mfatext.cursor import SPACE, Lines, Match, skip_blank
from mfatext.models import Diagnostic, NewsItem, Span
from mfatext.parsers.dates import MONTHS
from mfatext.parsers.headline import parse_headline
from mfatext.plugin import Parsed, SegmentBuilder, diagnostic

__all__ = ["WashingtonNewsLayout", "day_line", "layout", "news_item"]

_DAY = re.compile(rf"{SPACE}*(?P<day>\d{{1,2}}){SPACE}+(?P<month>[a-z]{{3,9}}){SPACE}*")
_SNIFF_LINES = 12


def day_line(lines: Lines, i: int) -> Match[tuple[int, int]] | None:
    """Line rule: "09 august", a day and a lower-case English month name, nothing else on the line.
    Returns ``(day, month)``."""
    m = _DAY.fullmatch(lines[i]) if i < len(lines) else None
    if m is None or m["month"] not in MONTHS or not 1 <= int(m["day"]) <= 31:
        return None
    return (int(m["day"]), MONTHS[m["month"]]), i + 1


def news_item(lines: Lines, i: int) -> Match[NewsItem] | None:
    """Line rule: a day line, a title line, then the lead up to the next day line (or the end).
    Consumes the item through its last non-blank line."""
    if day_line(lines, i) is None:
        return None
    t = skip_blank(lines, i + 1)
    if t >= len(lines) or day_line(lines, t) is not None:
        return None
    j = t + 1
    while j < len(lines) and day_line(lines, j) is None:
        j += 1
    while lines.blank(j - 1):  # leave the blank lines before the next item to the caller
        j -= 1
    title = lines[t].strip()
    item = NewsItem(
        title=title,
        lead="\n".join(lines[k].strip() for k in range(t + 1, j) if not lines.blank(k)) or None,
        headline=parse_headline(title, offset=lines.start(t) + len(lines[t]) - len(lines[t].lstrip())),
        span=Span(start=lines.start(i), end=lines.end(j - 1)),
    )
    return item, j


class WashingtonNewsLayout:
    """The washington.mid.ru news list."""

    name = "washington-news"

    def sniff(self, text: str) -> float:
        """Two or more day lines among the first lines, the first one on the very first line. The score
        stays modest (0.6) so a built-in layout that knows the page better wins."""
        lines = Lines(text[:2000])
        top = min(len(lines), _SNIFF_LINES)
        if day_line(lines, skip_blank(lines, 0)) is None:
            return 0.0
        days = sum(1 for i in range(top) if day_line(lines, i) is not None)
        return 0.6 if days >= 2 else 0.0

    def parse(self, text: str) -> Parsed:
        """Items in order; anything before the first item is ``unknown`` with a diagnostic."""
        lines = Lines(text)
        out = SegmentBuilder(len(text))
        notes: list[Diagnostic] = []
        items: list[NewsItem] = []
        i = 0
        while i < len(lines):
            found = news_item(lines, i)
            if found is None:
                j = i + 1
                out.add_lines("blank" if lines.blank(i) else "unknown", lines, i, j)
                if not lines.blank(i):
                    notes.append(diagnostic("line.unknown", "not part of a news item", lines.content_span(i)))
                i = j
                continue
            item, j = found
            out.add_lines("news-item", lines, i, j)
            items.append(item)
            notes.append(diagnostic("date.no-year", "the day line has no year: published is unknown",
                                    lines.content_span(i), "info"))
            i = j
        return Parsed(items=tuple(items), segments=out.finish("blank"), diagnostics=tuple(notes))


layout = WashingtonNewsLayout()

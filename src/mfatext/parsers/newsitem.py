"""News items, shared by the ``embassy-page`` ("latest events" after the article) and ``news-list`` layouts.

Two item shapes are recognised::

    01.12.2021 - Foreign Ministry statement on ..., November 30, 2021     <- rusemb.org.uk: date - title
                                                                          (one or two blank lines)
    In connection with the so-called summit for democracy ...             <- the lead, as printed

    09 august                                                             <- washington.mid.ru: day and
                                                                             month, no year
    On August 9 our senior diplomats paid Ms. Butina another visit        <- title
    The Embassy continues to provide Maria Butina ...                     <- lead

The lead runs until the next item line, a stop line (chrome, pagination) or the end. Leads the site cut
are kept as printed and flagged (``lead_truncated`` and a ``newsitem.lead-truncated`` info diagnostic).
A lead that holds a whole inline exchange ("Q: ... A: ...", "Question: ... Maria Zakharova: ...") gives
turns; a lead that only opens with "Question:" (the answer cut away by the site) gives none. A layout
whose list is not the page's main content (the embassy page's latest events, teasers of other pages)
passes ``turns=False``.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

from mfatext.cursor import SPACE, Lines, skip_blank
from mfatext.models import Diagnostic, NewsItem, Pagination, Span, Turn
from mfatext.plugin import diagnostic

from .chrome import CHROME, chrome_line
from .dates import MONTHS
from .headline import parse_headline
from .pagination import pagination_line
from .turns import inline_turns

__all__ = [
    "Found",
    "NewsList",
    "item_line",
    "lead_truncated",
    "lead_turns",
    "list_stop",
    "news_item",
    "news_items",
    "news_section",
    "next_break",
]

Found = tuple[NewsItem | None, tuple[Diagnostic, ...]]
"""A parsed item (``None`` when it could not be parsed) and what the parser noticed about it."""

_S = SPACE
_ITEM = re.compile(rf"{_S}*(?P<day>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.(?P<year>\d{{4}}){_S}+[-–—]{_S}+(?=\S)")
_DAY_MONTH = re.compile(rf"{_S}*(?P<day>\d{{1,2}}){_S}+(?P<month>[^\W\d_]{{3,10}}){_S}*")
_EOL = r"(?=[\r\n]|\Z)"
_MONTH_NAMES = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_CHROME_LINES = "|".join(re.escape(c) for c in sorted(CHROME, key=len, reverse=True))
_DATED = rf"{_S}*\d{{1,2}}\.\d{{1,2}}\.\d{{4}}{_S}+[-–—]{_S}+\S"
_STOPS = rf"{_S}*(?:Pages|Страницы){_S}*:|{_S}*(?i:{_CHROME_LINES}){_S}*{_EOL}"
_DAY_MONTH_LINE = rf"{_S}*\d{{1,2}}{_S}+(?i:{_MONTH_NAMES}){_S}*{_EOL}"
# Where a lead ends, found by one regex search instead of a test per line: the next item line (both
# shapes), a pagination line or a chrome line. The search looks for a line break followed by one of them,
# which lets the regex engine skip ahead to line breaks.
_ITEM_BREAK = re.compile(rf"[\r\n](?:{_DATED}|{_DAY_MONTH_LINE}|{_STOPS})")
_LIST_BREAK = re.compile(rf"[\r\n](?:{_DATED}|{_STOPS})")
# A lead that ends on one of these was not cut; anything else (mid-word, a comma) was.
_FINISHED = frozenset(".!?…\"”»)’'];:")
_ENDS_WITH_YEAR = re.compile(r"(?<!\d)\d{4}\Z")


@frozen(kw_only=True)
class NewsList:
    """The items of a list, its segment plan (``(kind, end)`` pairs) and what the parser noticed."""

    items: tuple[NewsItem, ...]
    marks: tuple[tuple[str, int], ...]
    diagnostics: tuple[Diagnostic, ...]
    pagination: Pagination | None = None


def next_break(lines: Lines, i: int, *, day_month: bool = True) -> int:
    """Index of the first line at or after ``i`` that starts a news item or is a pagination or chrome
    line (``len(lines)`` when none does). ``day_month=False`` ignores "09 august" item lines."""
    if i >= len(lines):
        return len(lines)
    pattern = _ITEM_BREAK if day_month else _LIST_BREAK
    if i == 0:  # no line break before line 0 for the pattern to start on
        if (item_line(lines, 0) is not None and (day_month or _ITEM.match(lines[0]))) or list_stop(lines, 0):
            return 0
        m = pattern.search(lines.text)
    else:  # start on the line break that ends line i - 1, so line i itself is tested too
        m = pattern.search(lines.text, lines.end(i - 1))
    return len(lines) if m is None else lines.line_at(m.start() + 1)


def item_line(lines: Lines, i: int) -> tuple[str, int] | None:
    """``DD.MM.YYYY - Title`` or a ``09 august`` date line; returns ``(shape, title offset)`` where shape
    is ``"dated"`` or ``"day-month"`` (the title is on the next non-blank line)."""
    if i >= len(lines):
        return None
    a, b = lines.start(i), lines.end(i)
    m = _ITEM.match(lines.text, a, b)
    if m is not None:
        return "dated", m.end()
    m = _DAY_MONTH.fullmatch(lines.text, a, b)
    if m is not None and m["month"].casefold() in MONTHS and 1 <= int(m["day"]) <= 31:
        return "day-month", lines.start(i)
    return None


def lead_truncated(lead: str) -> bool:
    """True when the lead stops mid-sentence (the site cuts leads at a fixed length)."""
    s = lead.rstrip()
    # A lead may end on a date ("..., November 3, 2016"): a year is an ending, "on June 5, 2" is not.
    # The year can only be the last four characters: the search starts there (the lookbehind still sees
    # the character before), not at the start of the lead.
    return bool(s) and s[-1] not in _FINISHED and _ENDS_WITH_YEAR.search(s, max(0, len(s) - 4)) is None


def lead_turns(lead: str, offset: int = 0) -> tuple[Turn, ...]:
    """Turns of a lead that holds an exchange inline ("Q: ... A: ...", via
    :func:`~mfatext.parsers.turns.inline_turns`). Only a whole exchange counts, with a question and an
    answer: a lead that only opens with "Question:" was cut before the answer and gives no turns."""
    if ":" not in lead:  # no label, no turn: most leads stop here
        return ()
    turns = inline_turns(lead, offset)
    return turns if {"question", "answer"} <= {t.role for t in turns} else ()


def _lead_end(lines: Lines, i: int) -> int:
    """Index just past the lead's last non-blank line: the lead runs to the next item or stop line."""
    j = next_break(lines, i)
    while j > i and lines.blank(j - 1):
        j -= 1
    return j


def _item_date(lines: Lines, i: int) -> dt.date | None:
    """The DD.MM.YYYY date of an item line (``None`` when it is no calendar date, e.g. 31.02.2018)."""
    m = _ITEM.match(lines.text, lines.start(i), lines.end(i))
    try:
        return dt.date(int(m["year"]), int(m["mon"]), int(m["day"])) if m is not None else None
    except ValueError:
        return None


def news_item(lines: Lines, i: int, *, turns: bool = True) -> tuple[Found, int] | None:
    """One news item at line ``i``; the item is ``None`` (with a diagnostic) when its date is invalid.
    ``turns=False`` leaves the lead's inline turns out (for lists that are not the page's main content)."""
    found = _title(lines, i)
    if found is None:
        return None
    published, title, title_at, j, diags = found
    lead_from = skip_blank(lines, j)
    end = _lead_end(lines, lead_from)
    last = end if end > lead_from else j
    lead, truncated = None, False
    item_turns: tuple[Turn, ...] = ()
    if end > lead_from:
        start, stop = lines.start(lead_from), lines.end(end - 1)
        lead = lines.text[start:stop]
        truncated = lead_truncated(lead)
        item_turns = lead_turns(lead, start) if turns else ()
        if truncated:
            diags.append(diagnostic("newsitem.lead-truncated", "the lead was cut by the site",
                                    Span(start=start, end=stop), "info"))
    if any(d.code == "newsitem.bad-date" for d in diags):  # the item and its lead: one unknown stretch
        return (None, tuple(diags)), last
    item = NewsItem(published=published, title=title, lead=lead, lead_truncated=truncated,
                    headline=parse_headline(title, offset=title_at), turns=item_turns,
                    span=Span(start=lines.start(i), end=lines.end(last - 1)))
    return (item, tuple(diags)), last


def _title(lines: Lines, i: int) -> tuple[dt.date | None, str, int, int, list[Diagnostic]] | None:
    """The date and title of the item at line ``i``: ``(published, title, title offset, next line,
    diagnostics)``. A ``09 august`` item takes its title from the next non-blank line."""
    shape = item_line(lines, i)
    if shape is None:
        return None
    kind, title_at = shape
    if kind == "dated":
        published = _item_date(lines, i)
        diags = [] if published is not None else [
            diagnostic("newsitem.bad-date", "invalid item date", lines.content_span(i))]
        return published, lines.text[title_at : lines.end(i)].rstrip(), title_at, i + 1, diags
    k = skip_blank(lines, i + 1)
    if k >= len(lines) or item_line(lines, k) is not None or list_stop(lines, k):
        return None
    title_at = lines.start(k) + len(lines[k]) - len(lines[k].lstrip())
    note = diagnostic("newsitem.no-year", "the item date has no year: published left empty",
                      lines.content_span(i), "info")
    return None, lines.text[title_at : lines.end(k)].rstrip(), title_at, k + 1, [note]


def news_items(lines: Lines, i: int, *, turns: bool = True) -> tuple[NewsList, int]:
    """Items one after another, with the blank lines between them; stops at a stop line, at a line that
    starts no item, or at the end. An item with an invalid date is an ``unknown`` segment."""
    items: list[NewsItem] = []
    marks: list[tuple[str, int]] = []
    diags: list[Diagnostic] = []
    j = i
    while True:
        k = skip_blank(lines, j)
        found = news_item(lines, k, turns=turns)
        if found is None:
            break
        (item, notes), nxt = found
        if k > j:
            marks.append(("blank", lines.start(k)))
        marks.append(("news-item" if item is not None else "unknown", lines.start(nxt)))
        items.extend([item] if item is not None else [])
        diags.extend(notes)
        j = nxt
    return NewsList(items=tuple(items), marks=tuple(marks), diagnostics=tuple(diags)), j


def list_stop(lines: Lines, i: int) -> bool:
    """Where a lead ends besides the next item: a chrome line ("all messages") or a pagination line."""
    return chrome_line(lines, i) or pagination_line(lines, i) is not None


def news_section(lines: Lines, i: int, *, turns: bool = True) -> tuple[NewsList, int]:
    """A list section: blank and chrome lines ("LATEST EVENTS", "all messages"), pagination lines and
    news items, in any order, until a line none of them accepts (left unconsumed). ``turns`` as for
    :func:`news_item`."""
    items: list[NewsItem] = []
    marks: list[tuple[str, int]] = []
    diags: list[Diagnostic] = []
    pagination: Pagination | None = None
    n = len(lines)
    while i < n:
        if lines.blank(i):
            if marks and marks[-1][0] == "blank":  # one segment per run of blank lines
                marks.pop()
            marks.append(("blank", lines.start(i + 1)))
            i += 1
        elif chrome_line(lines, i):
            marks.append(("chrome", lines.start(i + 1)))
            i += 1
        elif (pag := pagination_line(lines, i)) is not None:
            pagination = pagination or pag[0]
            marks.append(("pagination", lines.start(pag[1])))
            if not pag[0].pages:
                diags.append(diagnostic("pagination.unsplit", "no consecutive page numbers", pag[0].span))
            i = pag[1]
        else:
            part, j = news_items(lines, i, turns=turns)
            if j == i:
                break
            items.extend(part.items)
            marks.extend(part.marks)
            diags.extend(part.diagnostics)
            i = j
    found = NewsList(items=tuple(items), marks=tuple(marks), diagnostics=tuple(diags), pagination=pagination)
    return found, i

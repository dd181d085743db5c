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

from mfatext.cursor import SPACE, Lines, alternation, skip_blank
from mfatext.models import Diagnostic, NewsItem, Pagination, Turn, _new_news_item, _new_span
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
_PAGE_WORDS = ("Pages", "Страницы")  # a pagination line ends a lead (the word as printed: a capital)


def _break_pattern(newline: str, *, day_month: bool) -> re.Pattern[str]:
    """Where a lead ends, found by one regex search instead of a test per line: a line break followed by
    the next item line (``DD.MM.YYYY - Title``; with ``day_month`` also ``09 august``), a pagination line
    or a chrome line.

    ``newline`` is what the search jumps to: a literal ``\\n`` lets the regex engine skip ahead with its
    fast single-character scan (a character class costs several times as much per character), and the
    lookahead on the line's first character rejects almost every line before any alternative is tried.
    The alternatives are factored (one digit branch, tries for the month and chrome words): only whether
    a line matches matters here, not which alternative matched."""
    pages = "".join(word[0] for word in _PAGE_WORDS)  # case as printed
    chrome = "".join(sorted({re.escape(line[0]) for line in CHROME}))  # any case
    day_month_line = rf"|{_S}+(?i:{alternation(MONTHS)}){_S}*{_EOL}" if day_month else ""
    return re.compile(
        rf"{newline}(?={_S}*(?:[\d{pages}]|(?i:[{chrome}])))"
        rf"{_S}*(?:\d{{1,2}}(?:\.\d{{1,2}}\.\d{{4}}{_S}+[-–—]{_S}+\S{day_month_line})"
        rf"|(?:{'|'.join(_PAGE_WORDS)}){_S}*:|(?i:{alternation(CHROME)}){_S}*{_EOL})"
    )


# (fast, exact) pairs by ``day_month``: the fast pattern only sees \n breaks; a stretch that holds a \r
# (\r\n or a lone \r break) is searched again with the exact one.
_BREAKS = {flag: (_break_pattern(r"\n", day_month=flag), _break_pattern(r"[\r\n]", day_month=flag))
           for flag in (True, False)}
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
    n = len(lines)
    if i >= n:
        return n
    if i == 0:  # no line break before line 0 for the pattern to start on
        if (item_line(lines, 0) is not None and (day_month or _ITEM.match(lines[0]))) or list_stop(lines, 0):
            return 0
        pos = 0
    else:  # start on the line break that ends line i - 1, so line i itself is tested too
        pos = lines.end(i - 1)
    fast, exact = _BREAKS[day_month]
    text = lines.text
    m = fast.search(text, pos)
    at = len(text) if m is None else m.start()
    if text.find("\r", pos, at) >= 0:  # \r breaks on the way: the exact pattern, the line by its offset
        m = exact.search(text, pos)
        return n if m is None else lines.line_at(m.start() + 1)
    # Only \n breaks up to the match: the lines passed are the \n counted (line i - 1 ends at pos).
    return n if m is None else (i - 1 if i else 0) + text.count("\n", pos, at + 1)


def item_line(lines: Lines, i: int) -> tuple[str, int] | None:
    """``DD.MM.YYYY - Title`` or a ``09 august`` date line; returns ``(shape, title offset)`` where shape
    is ``"dated"`` or ``"day-month"`` (the title is on the next non-blank line)."""
    if i >= len(lines):
        return None
    a, b = lines.start(i), lines.end(i)
    m = _ITEM.match(lines.text, a, b)
    if m is not None:
        return "dated", m.end()
    return ("day-month", a) if _day_month(lines.text, a, b) else None


def _day_month(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is a ``09 august`` item line: a day and a month name, nothing else."""
    m = _DAY_MONTH.fullmatch(text, a, b)
    return m is not None and m["month"].casefold() in MONTHS and 1 <= int(m["day"]) <= 31


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


def _item_date(m: re.Match[str]) -> dt.date | None:
    """The date of a ``DD.MM.YYYY`` item line's match (``None`` when it is no calendar date, e.g.
    31.02.2018)."""
    day, month, year = m.group(1, 2, 3)
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def news_item(lines: Lines, i: int, *, turns: bool = True) -> tuple[Found, int] | None:
    """One news item at line ``i``; the item is ``None`` (with a diagnostic) when its date is invalid.
    ``turns=False`` leaves the lead's inline turns out (for lists that are not the page's main content)."""
    found = _title(lines, i)
    if found is None:
        return None
    published, title, title_at, j, note = found
    diags = [note] if note is not None else []
    bad = note is not None and note.code == "newsitem.bad-date"  # the item and its lead: one unknown stretch
    # The lead runs from the first non-blank line to the last one before the next item or stop line.
    lead_from = skip_blank(lines, j)
    end = next_break(lines, lead_from)
    while end > lead_from and lines.blank(end - 1):
        end -= 1
    last = end if end > lead_from else j
    lead, truncated = None, False
    item_turns: tuple[Turn, ...] = ()
    if end > lead_from:
        start, stop = lines.start(lead_from), lines.end(end - 1)
        lead = lines.text[start:stop]
        truncated = lead_truncated(lead)
        if turns and not bad and ":" in lead:  # no colon, no label: lead_turns would find nothing
            item_turns = lead_turns(lead, start)
        if truncated:
            diags.append(diagnostic("newsitem.lead-truncated", "the lead was cut by the site",
                                    _new_span(start, stop), "info"))
    if bad:
        return (None, tuple(diags)), last
    headline = parse_headline(title, offset=title_at)
    item = _new_news_item(published, title, lead, truncated, headline, item_turns,
                          _new_span(lines.start(i), lines.end(last - 1)))
    return (item, tuple(diags)), last


def _title(lines: Lines, i: int) -> tuple[dt.date | None, str, int, int, Diagnostic | None] | None:
    """The date and title of the item at line ``i``: ``(published, title, title offset, next line,
    what was noticed)``. A ``09 august`` item takes its title from the next non-blank line. The item
    line is matched once: its match gives the date and where the title starts."""
    if i >= len(lines):
        return None
    text, a, b = lines.text, lines.start(i), lines.end(i)
    m = _ITEM.match(text, a, b)
    if m is not None:
        published = _item_date(m)
        bad = None if published is not None else diagnostic(
            "newsitem.bad-date", "invalid item date", lines.content_span(i))
        return published, text[m.end() : b].rstrip(), m.end(), i + 1, bad
    if not _day_month(text, a, b):
        return None
    k = skip_blank(lines, i + 1)
    if k >= len(lines) or item_line(lines, k) is not None or list_stop(lines, k):
        return None
    title_at = lines.start(k) + len(lines[k]) - len(lines[k].lstrip())
    note = diagnostic("newsitem.no-year", "the item date has no year: published left empty",
                      lines.content_span(i), "info")
    return None, text[title_at : lines.end(k)].rstrip(), title_at, k + 1, note


def news_items(lines: Lines, i: int, *, turns: bool = True) -> tuple[NewsList, int]:
    """Items one after another, with the blank lines between them; stops at a stop line, at a line that
    starts no item, or at the end. An item with an invalid date is an ``unknown`` segment."""
    items: list[NewsItem] = []
    marks: list[tuple[str, int]] = []
    diags: list[Diagnostic] = []
    j = _read_items(lines, i, turns, items, marks, diags)
    return NewsList(items=tuple(items), marks=tuple(marks), diagnostics=tuple(diags)), j


def _read_items(
    lines: Lines, i: int, turns: bool,
    items: list[NewsItem], marks: list[tuple[str, int]], diags: list[Diagnostic],
) -> int:
    """:func:`news_items` appending to the caller's lists (a section reads several runs of items into one
    list); returns the index after the last item (``i`` when no item starts there)."""
    while (found := news_item(lines, k := skip_blank(lines, i), turns=turns)) is not None:
        (item, notes), nxt = found
        if k > i:
            marks.append(("blank", lines.start(k)))
        if item is not None:
            items.append(item)
            marks.append(("news-item", lines.start(nxt)))
        else:
            marks.append(("unknown", lines.start(nxt)))
        diags.extend(notes)
        i = nxt
    return i


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
        line = lines[i]
        if not line or line.isspace():
            if marks and marks[-1][0] == "blank":  # one segment per run of blank lines
                marks.pop()
            marks.append(("blank", lines.start(i + 1)))
            i += 1
        # A line that opens with a digit is no chrome or pagination line: straight to the items.
        elif not line[0].isdecimal() and chrome_line(lines, i):
            marks.append(("chrome", lines.start(i + 1)))
            i += 1
        elif not line[0].isdecimal() and (pag := pagination_line(lines, i)) is not None:
            pagination = pagination or pag[0]
            marks.append(("pagination", lines.start(pag[1])))
            if not pag[0].pages:
                diags.append(diagnostic("pagination.unsplit", "no consecutive page numbers", pag[0].span))
            i = pag[1]
        else:
            j = _read_items(lines, i, turns, items, marks, diags)
            if j == i:
                break
            i = j
    found = NewsList(items=tuple(items), marks=tuple(marks), diagnostics=tuple(diags), pagination=pagination)
    return found, i

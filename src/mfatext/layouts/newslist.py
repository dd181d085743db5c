"""The ``news-list`` layout: an archive or list page that is only a list of news items.

Table of parsers, top to bottom::

    page_header      date line, clocks, contacts, counters (optional)   parsers.header.page_header
    section_line     "EMBASSY INFORMS" (optional)                         parsers.header.section_line
    news_section     pagination, "DD.MM.YYYY - Title" + lead items,       parsers.newsitem.news_section
                     "09 august" + title + lead items, chrome lines
    URL line         the page's own URL: Pagination.start and .current    parsers.pagination.with_url

A list page never yields an Article. Whatever the list parsers do not accept is an ``unknown`` segment
with a ``newslist.unknown`` diagnostic, and the list goes on after it.
"""

from __future__ import annotations

import re

from mfatext.cursor import Lines, skip_blank
from mfatext.models import Diagnostic, NewsItem, Page, Pagination
from mfatext.parsers.header import Header, page_header, section_line, skip_header
from mfatext.parsers.newsitem import item_line, news_section, next_break
from mfatext.parsers.pagination import pagination_line, with_url
from mfatext.plugin import Parsed, SegmentBuilder, diagnostic

__all__ = ["NewsListLayout", "layout"]

_HEAD = 4096  # sniffers look at the first few KB only
_URL = re.compile(r"https?://\S+")


def _after_header(lines: Lines) -> tuple[bool, int]:
    """Whether the page has a header, and the index of the first line after it and the section heading."""
    start = skip_blank(lines, 1) if len(lines) and _URL.fullmatch(lines[0].strip()) else 0
    end = skip_header(lines, start)
    i = skip_blank(lines, end or start)
    if (sec := section_line(lines, i)) is not None:
        i = skip_blank(lines, sec[1])
    return end is not None, i


class NewsListLayout:
    """A list page: optional header and section, pagination, news items, trailer."""

    name = "news-list"

    def sniff(self, text: str) -> float:
        """The first line after the header (and section) is a pagination line or an item; two items in a
        row without a header also count."""
        lines = Lines(text[:_HEAD])
        has_header, i = _after_header(lines)
        if pagination_line(lines, i) is not None:
            return 0.95
        if item_line(lines, i) is None:
            return 0.0
        if has_header:
            return 0.9
        # No header: ask for a second item further down so a text that merely opens with a date is not taken.
        j = i + 1
        while j < len(lines) and item_line(lines, j) is None:
            j += 1
        return 0.8 if j < len(lines) else 0.3

    def parse(self, text: str) -> Parsed:
        """Parse the whole page into news items; unknown stretches do not stop the list."""
        lines = Lines(text)
        out = SegmentBuilder(len(text))
        diags: list[Diagnostic] = []
        url, i = _url_line(lines, 0, out)
        header, section, i = _top(lines, i, out, diags)
        items, pagination, later_url = _list(lines, i, out, diags)
        url = url or later_url
        if pagination is not None and url is not None:
            pagination = with_url(pagination, url)
        page = None
        if header is not None:
            page = header.page(section=section, pagination=pagination)
        elif section is not None or pagination is not None:
            page = Page(section=section, pagination=pagination)
        return Parsed(page=page, items=tuple(items), segments=out.finish(), diagnostics=tuple(diags))


def _url_line(lines: Lines, i: int, out: SegmentBuilder) -> tuple[str | None, int]:
    """A lone URL line (the page's own address, printed) and the blank lines after it."""
    # The "://" first: one C search tells almost every line, no stripping or regex spent on it.
    if i >= len(lines) or "://" not in lines[i] or _URL.fullmatch(lines[i].strip()) is None:
        return None, i
    out.add_lines("url", lines, i, i + 1)
    j = skip_blank(lines, i + 1)
    out.add_lines("blank", lines, i + 1, j)
    return lines[i].strip(), j


def _top(
    lines: Lines, i: int, out: SegmentBuilder, diags: list[Diagnostic]
) -> tuple[Header | None, str | None, int]:
    """The optional page header and section heading."""
    found = page_header(lines, i)
    header = None
    if found is not None:
        header, i = found
        for kind, end in header.marks:
            out.add(kind, end)
        diags.extend(header.diagnostics)
    k = skip_blank(lines, i)
    if (sec := section_line(lines, k)) is None:
        return header, None, i
    out.add_lines("blank", lines, i, k)
    out.add_lines("section", lines, k, sec[1])
    return header, sec[0][0], sec[1]


def _list(
    lines: Lines, i: int, out: SegmentBuilder, diags: list[Diagnostic]
) -> tuple[list[NewsItem], Pagination | None, str | None]:
    """News sections up to the end; a URL line or an unknown stretch between them does not stop the list."""
    items: list[NewsItem] = []
    pagination: Pagination | None = None
    url: str | None = None
    while i < len(lines):
        found, i = news_section(lines, i)
        for kind, end in found.marks:
            out.add(kind, end)
        items.extend(found.items)
        diags.extend(found.diagnostics)
        pagination = pagination or found.pagination
        if i >= len(lines):
            break
        if "://" in lines[i] and _URL.fullmatch(lines[i].strip()):
            out.add_lines("url", lines, i, i + 1)
            url, i = url or lines[i].strip(), i + 1
            continue
        j = next_break(lines, i + 1)  # one unknown stretch up to the next item
        span = out.add_lines("unknown", lines, i, j)
        diags.append(diagnostic("newslist.unknown", "lines not recognised as part of the list", span))
        i = j
    return items, pagination, url


layout = NewsListLayout()

"""The pagination line of a list page: ``Pages: ««« :: 4647484950 :: »»»``.

The site prints the page links with nothing between them, so "464748...60" is pages 46 to 60. The
numbers are consecutive, which makes the split unique: :func:`split_run` tries first numbers of growing
length until the whole run reads as ``n, n+1, n+2, ...``. The current page is not marked in the text;
the start offset lives in the page URL (``apress_arh/&start=501&ps=10&ppp=15``): :func:`with_url` fills in
``start`` and ``current`` from such a URL (a layout does so when the URL is printed in the text; a caller
that knows the page's source URL can do it too).
"""

from __future__ import annotations

import re

import attrs

from mfatext.cursor import SPACE, Lines
from mfatext.models import Pagination, Span

__all__ = ["pagination_line", "split_run", "with_url"]

_PAGES = re.compile(rf"{SPACE}*(?:Pages|Страницы){SPACE}*:", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_START = re.compile(r"[?&/]start=(?P<start>\d{1,9})(?!\d)")
_PER_PAGE = re.compile(r"[?&/]ps=(?P<ps>\d{1,6})(?!\d)")


def split_run(run: str) -> tuple[int, ...]:
    """Split a run of page numbers printed together ("464748") into consecutive numbers ((46, 47, 48));
    ``()`` when no consecutive reading exists. Tries the shortest first number first."""
    for width in range(1, min(len(run), 6) + 1):
        first = run[:width]
        if first.startswith("0"):
            break
        pages, pos, page = [], 0, int(first)
        while pos < len(run):
            digits = str(page)
            if not run.startswith(digits, pos):
                break
            pages.append(page)
            pos += len(digits)
            page += 1
        if pos == len(run):
            return tuple(pages)
    return ()


def pagination_line(lines: Lines, i: int) -> tuple[Pagination, int] | None:
    """``Pages: ««« :: 123456789101112131415 :: »»»``: the raw line (stripped) and its page numbers. Digit
    runs separated by spaces or "::" are split each on its own and joined."""
    if i >= len(lines):
        return None
    line = lines[i]
    if _PAGES.match(line) is None:
        return None
    raw, at = lines.stripped(i)
    pages: list[int] = []
    for m in _DIGITS.finditer(raw):
        pages.extend(split_run(m.group()))
    return Pagination(raw=raw, pages=tuple(pages), span=Span(start=at, end=at + len(raw))), i + 1


def with_url(pagination: Pagination, url: str) -> Pagination:
    """``pagination`` with ``start`` (the first item's position, ``&start=501``) and ``current`` (the page
    that start falls on, ``(start - 1) // ps + 1`` with ``&ps=10`` items per page) read from the page's
    URL; unchanged when the URL holds no ``start``."""
    m = _START.search(url)
    if m is None:
        return pagination
    start = int(m["start"])
    per_page = _PER_PAGE.search(url)
    size = int(per_page["ps"]) if per_page is not None else 0
    current = (start - 1) // size + 1 if size and start else pagination.current
    return attrs.evolve(pagination, start=start, current=current)

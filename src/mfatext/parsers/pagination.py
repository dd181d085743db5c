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
from mfatext.models import Pagination, _new_pagination, _new_span

__all__ = ["pagination_line", "split_run", "with_url"]

_PAGES = re.compile(rf"{SPACE}*(?:Pages|Страницы){SPACE}*:", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_START = re.compile(r"[?&/]start=(?P<start>\d{1,9})(?!\d)")
_PER_PAGE = re.compile(r"[?&/]ps=(?P<ps>\d{1,6})(?!\d)")


def split_run(run: str) -> tuple[int, ...]:
    """Split a run of page numbers printed together ("464748") into consecutive numbers ((46, 47, 48));
    ``()`` when no consecutive reading exists. Tries the shortest first number first.

    A first number fixes the reading: the run's length then fixes the last number (:func:`_last_page`),
    and one comparison of the whole run decides (:func:`_reads_as`), instead of a test per number."""
    for width in range(1, min(len(run), 6) + 1):
        first = run[:width]
        if first.startswith("0"):
            break
        page = int(first)
        if str(page) != first:  # digits of another script: never printed as the number they make
            continue
        last = _last_page(page, len(run))
        if last is not None and _reads_as(run, page, last):
            return tuple(range(page, last + 1))
    return ()


def _last_page(page: int, length: int) -> int | None:
    """The number ``last`` for which ``page, page + 1, ..., last`` written together are ``length``
    digits long (``None`` when no such number exists). Counted a digit-length band at a time."""
    width, at = len(str(page)), page
    while True:
        band = (10**width - at) * width  # the digits of at .. 99...9 (``width`` nines)
        if length <= band:
            return at + length // width - 1 if length % width == 0 else None
        length, at, width = length - band, 10**width, width + 1


_COUNTING = "".join(map(str, range(1, 1000)))
"""1, 2, ..., 999 written together: the pages of a list below 1000 written together are a slice of it."""


def _reads_as(run: str, page: int, last: int) -> bool:
    """True when ``page, page + 1, ..., last`` written together are ``run`` (which has their length)."""
    if last < 1000:  # no number to write out: where page starts in _COUNTING is counted
        at = page - 1 if page < 10 else 9 + (page - 10) * 2 if page < 100 else 189 + (page - 100) * 3
        return _COUNTING.startswith(run, at)
    # The last number first: it rejects a run that is no reading before the numbers are written out.
    return run.endswith(str(last)) and "".join(map(str, range(page, last + 1))) == run


def pagination_line(lines: Lines, i: int) -> tuple[Pagination, int] | None:
    """``Pages: ««« :: 123456789101112131415 :: »»»``: the raw line (stripped) and its page numbers. Digit
    runs separated by spaces or "::" are split each on its own and joined."""
    if i >= len(lines):
        return None
    line = lines[i]
    if ":" not in line or _PAGES.match(line) is None:  # the colon first: most lines have none
        return None
    raw, at = lines.stripped(i)
    pages: list[int] = []
    for m in _DIGITS.finditer(raw):
        pages.extend(split_run(m.group()))
    return _new_pagination(raw, tuple(pages), None, None, _new_span(at, at + len(raw))), i + 1


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

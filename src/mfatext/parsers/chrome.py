"""Boilerplate lines of a site's frame: the "LATEST EVENTS" heading before the news list and the
"all messages" trailer of rusemb.org.uk pages.

The lines are data (:data:`CHROME`, compared case-folded and stripped), so a new site's boilerplate is
one entry, not a new rule. Layouts mark them as ``chrome`` segments.
"""

from __future__ import annotations

from mfatext.cursor import Lines

__all__ = ["CHROME", "chrome_line", "fold"]

CHROME: frozenset[str] = frozenset({
    "latest events", "all messages", "all news", "news", "read more",
    "последние события", "все сообщения", "все новости", "новости",  # the Russian versions of the sites
})
"""Boilerplate lines, case-folded."""


def fold(line: str, limit: int = 100) -> str:
    """``line`` in the form fixed phrases are compared in: case-folded, ends stripped, every run of spaces
    (NBSP and the other Unicode spaces included, DESIGN.md) made one space. ``"VIEW\xa0IN  TELEGRAM "``
    -> ``"view in telegram"``. Fixed phrases are short: a line longer than ``limit`` once stripped gives
    ``""`` without the work (most lines are paragraphs)."""
    s = line.strip()
    if len(s) > limit:
        return ""
    if s.isascii() and "  " not in s and "\t" not in s:  # single ASCII spaces: no split and join needed
        return s.casefold()
    return " ".join(s.split()).casefold()


def chrome_line(lines: Lines, i: int) -> bool:
    """True for a boilerplate line alone on its line: ``LATEST EVENTS``, ``all messages``."""
    return i < len(lines) and fold(lines[i]) in CHROME

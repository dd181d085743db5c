"""Boilerplate lines of a site's frame: the "LATEST EVENTS" heading before the news list and the
"all messages" trailer of rusemb.org.uk pages.

The lines are data (:data:`CHROME`, compared case-folded and stripped), so a new site's boilerplate is
one entry, not a new rule. Layouts mark them as ``chrome`` segments.
"""

from __future__ import annotations

from mfatext.cursor import Lines

__all__ = ["CHROME", "chrome_line"]

CHROME: frozenset[str] = frozenset({"latest events", "all messages", "all news", "news", "read more"})
"""Boilerplate lines, case-folded."""


def chrome_line(lines: Lines, i: int) -> bool:
    """True for a boilerplate line alone on its line: ``LATEST EVENTS``, ``all messages``."""
    return i < len(lines) and lines[i].strip().casefold() in CHROME

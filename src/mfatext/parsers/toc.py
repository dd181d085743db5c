"""The table of contents of a mid.ru briefing: the numbered list of topics printed before the body.

Syntax, as the text rendering of the old mid.ru site prints it (corpus/mid 001, 002, 013, 019, 023)::

    Table of contents            <- optional heading, maybe with a leading space, then blank lines

      1. Update on Syria         <- items: a number, a dot, the topic title
      2. Venezuela update
      3. Answers to media questions:      <- an item or a plain line ending with ":" opens a section
        1. Russian-Japanese relations     <- numbering restarts (or the list is indented) inside it

    From answers to media questions:
                                  <- single blank lines may separate items
    Developments in Syria         <- inside a section, plain lines are topics too (019)

Without the heading the first item must be indented (001: the list follows the selector directly); a
run of two or more blank lines, or a line that is none of the above, ends the list. The titles are kept so
the layout can recognise the same topics when they come back as section headings in the body.
"""

from __future__ import annotations

import re

from attrs import frozen

from mfatext.cursor import SPACE, Lines, Match
from mfatext.models import Span

__all__ = ["Toc", "TocEntry", "is_toc_heading", "normalise_title", "toc_block"]

_HEADINGS = frozenset(
    (
        "table of contents",
        "contents",
        "содержание",
        "оглавление",
        "inhaltsverzeichnis",
        "índice",
        "indice",
        "sommaire",
        "table des matières",
    )
)
_ITEM = re.compile(rf"(?P<indent>{SPACE}*)(?P<number>\d{{1,3}})[.)]{SPACE}+(?P<title>\S.*)")
_LONGEST_TOPIC = 300  # a plain line longer than this is body text, not a topic
_LONGEST_SECTION = 100  # "From answers to media questions:" and the like are short


@frozen(kw_only=True)
class TocEntry:
    """One topic: its ``number`` as printed (``None`` for an unnumbered topic), ``title`` (stripped),
    the ``section`` it belongs to ("Answers to media questions:", ``None`` at the top level) and the
    span of the line content."""

    number: int | None
    title: str
    section: str | None
    span: Span


@frozen(kw_only=True)
class Toc:
    """A table of contents: the span of its ``heading`` line (when printed), its entries and the titles
    of the sections that group them."""

    heading: Span | None
    entries: tuple[TocEntry, ...]
    sections: tuple[str, ...]


def normalise_title(line: str) -> str:
    """A title as compared between the list and the body: spaces (NBSP too) collapsed, case folded."""
    return " ".join(line.split()).casefold()


def is_toc_heading(line: str) -> bool:
    """True for a "Table of contents" heading line (in the site's languages, spaces ignored)."""
    return len(line) < 60 and normalise_title(line) in _HEADINGS


def _section_label(line: str) -> str | None:
    """A plain line that opens a section ("Answers to media questions:"), stripped."""
    s = line.strip()
    return s if s.endswith(":") and len(s) <= _LONGEST_SECTION else None


def toc_block(lines: Lines, i: int) -> Match[Toc] | None:
    """Line rule: a table of contents at line ``i`` (see the module docstring); consumes its lines up to
    the last entry (trailing blank lines are left to the caller)."""
    n = len(lines)
    heading = None
    k = i
    if k < n and is_toc_heading(lines[k]):
        heading = lines.content_span(k)
        k += 1
        while k < n and lines.blank(k):
            k += 1
    first = _ITEM.fullmatch(lines[k]) if k < n else None
    if first is None or (heading is None and not first["indent"]):
        return None if heading is None else (Toc(heading=heading, entries=(), sections=()), i + 1)
    entries: list[TocEntry] = []
    sections: list[str] = []
    section: str | None = None
    end = k
    texts = list(lines)  # plain list: the loop indexes it once or twice per line
    item_match, content_span = _ITEM.fullmatch, lines.content_span
    while k < n:
        line = texts[k]
        item = item_match(line)
        title = item["title"].strip() if item else line.strip()
        if item is None:
            label = _section_label(line)
            if label is None and (section is None or len(title) > _LONGEST_TOPIC):
                break
            if label is not None:
                section = label
                sections.append(label)
                end, k = k + 1, _next(texts, k)
                continue
        entries.append(
            TocEntry(
                number=int(item["number"]) if item else None,
                title=title,
                section=section,
                span=content_span(k),
            )
        )
        if item is not None and title.endswith(":") and len(title) <= _LONGEST_SECTION:
            section = title  # "15. Answers to media questions:" opens a section as an item
            sections.append(title)
        end = k + 1
        k = _next(texts, k)
    return Toc(heading=heading, entries=tuple(entries), sections=tuple(sections)), end


def _next(texts: list[str], k: int) -> int:
    """The next line of the list after line ``k``: past one blank line at most; past the end (which stops
    the list) when two or more blank lines follow."""
    k += 1
    n = len(texts)
    if k < n and (not texts[k] or texts[k].isspace()):
        k += 1
        if k < n and (not texts[k] or texts[k].isspace()):
            return n + 1
    return k

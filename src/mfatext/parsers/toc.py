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

__all__ = ["Toc", "TocEntry", "is_toc_heading", "normalise_title", "toc_block", "toc_titles"]

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
# Every character whose case folding begins with a heading's first letter ("ſ" folds to "s"): a line
# starting with anything else (but a space) is no heading, told by one look.
_HEADING_FIRSTS = "TtẗCcСсᲃОоᲂIiİÍíSsßſẞﬅﬆ"
_ITEM = re.compile(rf"(?P<indent>{SPACE}*)(?P<number>\d{{1,3}})[.)]{SPACE}+(?P<title>\S.*)")
# A run of item lines as _ITEM reads them, each with its "\n", and one blank line between two of them.
# Every repetition consumes an item and the blank line must be followed by one, so no line is retried.
_ITEM_START = rf"{SPACE}*\d{{1,3}}[.)]{SPACE}+\S"
_RUN = re.compile(rf"(?:{_ITEM_START}.*(?:\n|\Z)(?:{SPACE}*\n(?={_ITEM_START}))?)+")
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
    # Most titles are already single-spaced: no double space, no space at either end, and no other space
    # character (every space but " " is unprintable), which two C scans tell without splitting the title.
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line.casefold()
    return " ".join(line.split()).casefold()


def is_toc_heading(line: str) -> bool:
    """True for a "Table of contents" heading line (in the site's languages, spaces ignored)."""
    if len(line) >= 60 or not ((c := line[:1]) in _HEADING_FIRSTS or c.isspace()):
        return False
    return normalise_title(line) in _HEADINGS


def toc_block(lines: Lines, i: int) -> Match[Toc] | None:
    """Line rule: a table of contents at line ``i`` (see the module docstring); consumes its lines up to
    the last entry (trailing blank lines are left to the caller)."""
    heading, k = _first_item(lines, i)
    if k is None:
        return (Toc(heading=lines.content_span(i), entries=(), sections=()), i + 1) if heading else None
    rows, sections, end = _scan(list(lines), k)
    span = lines.content_span
    entries = tuple(
        TocEntry(number=None if number is None else int(number), title=title, section=section, span=span(at))
        for at, number, title, section in rows
    )
    return Toc(heading=span(i) if heading else None, entries=entries, sections=tuple(sections)), end


def toc_titles(lines: Lines, i: int) -> Match[frozenset[str]] | None:
    """Line rule: what :func:`toc_block` consumes at line ``i``, with only what a layout needs to find the
    topics again in the body: the titles of the entries and sections, normalised (:func:`normalise_title`).

    It builds no entry objects and reads each run of numbered items with one regex match, so it is the
    cheap way to skip a table of contents.
    """
    heading, k = _first_item(lines, i)
    if k is None:
        return (frozenset(), i + 1) if heading else None
    if "\r" in lines.text:  # the item-run regex knows only line feeds as line breaks: read line by line
        rows, sections, end = _scan(list(lines), k)
        return frozenset(map(normalise_title, (*(row[2] for row in rows), *sections))), end
    return _titles_by_runs(lines, k)


def _titles_by_runs(lines: Lines, k: int) -> Match[frozenset[str]]:
    """:func:`toc_titles` from the first item at line ``k``, on text whose only line break is a line feed."""
    text, n, texts = lines.text, len(lines), list(lines)
    titles: list[str] = []
    # Whether a section is open: plain lines are topics only inside one. Which section does not matter
    # here, and once open a section stays open.
    section = False
    end = k
    while k < n:
        run = _RUN.match(text, lines.start(k))
        if run is not None:  # numbered items, single blank lines between them included
            block = run.group()
            stop = k + block.count("\n") + (not block.endswith("\n"))
            raw = _item_titles(texts[k:stop])
            titles += _normalised(raw)
            if not section and ":" in block:
                section = any(map(_opens_section, raw))
            end = k = stop
        else:  # a plain line: a section title, or a topic inside a section
            title = texts[k].strip()
            opens = _opens_section(title)
            if not opens and (not section or len(title) > _LONGEST_TOPIC):
                break
            section = True
            titles.append(normalise_title(title))
            end = k = k + 1
        if k < n and lines.blank(k):  # past one blank line at most: two or more end the list
            k += 1
            if k < n and lines.blank(k):
                break
    return frozenset(titles), end


def _item_titles(run: list[str]) -> list[str]:
    """The stripped titles of the item lines of a run (its blank lines give none): each line without its
    number ("12.") and the spaces around."""
    return [part[1].rstrip() for part in [line.split(None, 1) for line in run] if len(part) > 1]


def _normalised(titles: list[str]) -> list[str]:
    """:func:`normalise_title` of each stripped title, with one case folding for them all: case folding
    maps every space to itself and makes no space out of any other character, so folding the titles
    joined by line feeds and cutting the result at the line feeds is folding each. Titles that are
    printable (no space but " ") with no double space need no collapsing, which is the common case."""
    if not titles:
        return []
    joined = "\n".join(titles)
    folded = joined.casefold().split("\n")
    if "  " not in joined and all(map(str.isprintable, titles)):
        return folded
    return [" ".join(t.split()) for t in folded]


def _opens_section(title: str) -> bool:
    """A (stripped) title that opens a section: "Answers to media questions:"."""
    return title[-1:] == ":" and len(title) <= _LONGEST_SECTION


def _first_item(lines: Lines, i: int) -> tuple[bool, int | None]:
    """Whether line ``i`` is a heading, and the line of the list's first item (``None``: no list). Without
    a heading the first item must be indented."""
    n = len(lines)
    k = i
    heading = k < n and is_toc_heading(lines[k])
    if heading:
        k += 1
        while k < n and lines.blank(k):
            k += 1
    # An item starts with spaces or a digit (Unicode decimal, as \\d): a look at the first character
    # spares the regex most lines.
    first = _ITEM.fullmatch(lines[k]) if k < n and ((c := lines[k][:1]).isdecimal() or c.isspace()) else None
    if first is None or not (heading or first["indent"]):
        return heading, None
    return heading, k


_Row = tuple[int, "str | None", str, "str | None"]


def _scan(texts: list[str], k: int) -> tuple[list[_Row], list[str], int]:
    """The list from its first item at line ``k``: one row (line, number as printed or ``None``, title,
    section) per entry, the section titles in order, and the line after the last line consumed."""
    n = len(texts)
    rows: list[_Row] = []
    sections: list[str] = []
    section: str | None = None
    end = k
    item_match = _ITEM.fullmatch
    while k < n:
        line = texts[k]
        item = item_match(line)
        if item is not None:
            title = item["title"].rstrip()  # starts with a non-space: rstrip is strip
            rows.append((k, item["number"], title, section))
            if _opens_section(title):
                section = title  # "15. Answers to media questions:" opens a section as an item
                sections.append(title)
        else:
            title = line.strip()
            if _opens_section(title):
                section = title  # "Answers to media questions:" as a plain line
                sections.append(title)
            elif section is None or len(title) > _LONGEST_TOPIC:
                break
            else:
                rows.append((k, None, title, section))
        end = k = k + 1
        # Past one blank line at most: two or more end the list.
        if k < n and (not texts[k] or texts[k].isspace()):
            k += 1
            if k < n and (not texts[k] or texts[k].isspace()):
                break
    return rows, sections, end

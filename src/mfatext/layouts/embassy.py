"""The ``embassy-page`` layout: one article of an embassy site (rusemb.org.uk and its mobile rendering).

A page reads, top to bottom, as this table of parsers (each optional except the title)::

    page_header      date line, clocks, contacts, counters        parsers.header.page_header
    section_line     "SPEECHES, INTERVIEWS, ARTICLES"              parsers.header.section_line
    date_line        "11.06.2022" -> Article.published             parsers.header.date_line
    title line       the first other line -> Article.title         parsers.headline.parse_headline
    body             one non-blank line = one Paragraph; a lone URL line -> Article.url; turns
    latest events    "LATEST EVENTS" chrome, then news items       parsers.newsitem.news_items
    trailer          "all messages" and other chrome lines         parsers.chrome.chrome_line

Mobile renderings (m.rusemb.org.uk) have no header: the page starts with the title.
"""

from __future__ import annotations

import re
from itertools import islice

from mfatext.cursor import SPACE, Lines, skip_blank
from mfatext.models import Article, Diagnostic, Item, Page, Paragraph, Span
from mfatext.parsers.chrome import chrome_line
from mfatext.parsers.dates import date_at
from mfatext.parsers.header import date_line, page_header, section_line, skip_header
from mfatext.parsers.headline import parse_headline
from mfatext.parsers.newsitem import news_section, next_break
from mfatext.parsers.pagination import pagination_line
from mfatext.parsers.turns import turns_from_paragraphs
from mfatext.plugin import Parsed, SegmentBuilder, diagnostic

__all__ = ["EmbassyLayout", "body_end", "layout", "list_start", "sniff_mobile"]

_URL = re.compile(r"https?://\S+")
_DATED_ITEM = re.compile(rf"{SPACE}*\d{{1,2}}\.\d{{1,2}}\.\d{{4}}{SPACE}+[-–—]{SPACE}+\S")
_HEAD = 4096  # sniffers look at the first few KB only
# Words that tell a header-less mobile rendering of an embassy page from any text with a heading line.
_EMBASSY_WORDS = re.compile(
    r"\b(?:Embassy|Ambassador|Minister|Ministry|Spokes\w+|Press Officer|Russia\w*"
    r"|Посольств\w*|Посол\w*|Министр\w*|МИД|Росси\w*)\b"
)


def list_start(lines: Lines, i: int) -> bool:
    """True where a list begins: a ``DD.MM.YYYY - Title`` item line or a pagination line."""
    if i >= len(lines):
        return False
    # An item line has its date's dots and a pagination line its colon: one C search before any regex.
    line = lines[i]
    return (("." in line and _DATED_ITEM.match(line) is not None)
            or (":" in line and pagination_line(lines, i) is not None))


def body_end(lines: Lines, i: int) -> int:
    """Index of the first line after the article body: the latest-events list, a chrome line, or the end."""
    return next_break(lines, i, day_month=False)


def _top(lines: Lines) -> int:
    """Index of the first line after the page header, section heading and date line."""
    end = skip_header(lines, 0)
    i = skip_blank(lines, end or 0)
    if (sec := section_line(lines, i)) is not None:
        i = skip_blank(lines, sec[1])
    if (date := date_line(lines, i)) is not None:
        i = skip_blank(lines, date[1])
    return i


def sniff_mobile(lines: Lines) -> float:
    """A header-less mobile rendering: a title-like first line (not a date), a blank line, then prose,
    with an embassy word in the title or the first paragraph."""
    top = skip_blank(lines, 0)  # a re-scrape may add blank lines above the title
    if len(lines) < top + 3 or not lines.blank(top + 1):
        return 0.0
    k = skip_blank(lines, top + 1)
    title, first = lines[top].strip(), lines[k] if k < len(lines) else ""
    # Telegram posts open with emoji and flags; an embassy title opens with a letter or a digit.
    if not 10 <= len(title) <= 300 or not title[0].isalnum() or not first.lstrip()[:1].isalnum():
        return 0.0
    if title[-1] in ".:;," or date_at(title, 0) is not None:
        return 0.0
    if len(first.strip()) < 60 or _EMBASSY_WORDS.search(title + " " + first) is None:
        return 0.0
    return 0.55


class EmbassyLayout:
    """An embassy site's article page: header, one article, latest news, trailer."""

    name = "embassy-page"

    def sniff(self, text: str) -> float:
        """A page header followed by an article (not a list), or a mobile rendering (0.55)."""
        lines = Lines(text[:_HEAD])
        if skip_header(lines, 0) is None:
            return sniff_mobile(lines)
        i = _top(lines)
        return 0.2 if list_start(lines, i) else 0.95

    def parse(self, text: str) -> Parsed:
        """Parse the whole page; every line ends up in a segment."""
        lines = Lines(text)
        out = SegmentBuilder(len(text))
        diags: list[Diagnostic] = []
        page, i = _header(lines, out, diags)
        items: list[Item] = []
        article, i = _article(lines, i, out)
        if article is not None:
            items.append(article)
        # The latest-events list is a teaser of other pages: its leads' turns belong to those pages.
        tail, i = news_section(lines, i, turns=False)
        for kind, end in tail.marks:
            out.add(kind, end)
        items.extend(tail.items)
        diags.extend(tail.diagnostics)
        if i < len(lines):
            diags.append(diagnostic("embassy.unknown", "text after the news list was not recognised",
                                    lines.span(i, len(lines))))
        return Parsed(page=page, items=tuple(items), segments=out.finish(), diagnostics=tuple(diags))


def _header(lines: Lines, out: SegmentBuilder, diags: list[Diagnostic]) -> tuple[Page | None, int]:
    """Page header, section heading and date line, as a Page (``None`` when the page has neither)."""
    found = page_header(lines, 0)
    header, i = found if found is not None else (None, 0)
    if header is not None:
        for kind, end in header.marks:
            out.add(kind, end)
        diags.extend(header.diagnostics)
    i = _blank(lines, i, out)
    section = None
    if (sec := section_line(lines, i)) is not None:
        (section, _), j = sec
        out.add_lines("section", lines, i, j)
        i = _blank(lines, j, out)
    if header is not None:
        return header.page(section=section), i
    return (Page(section=section) if section is not None else None), i


def _blank(lines: Lines, i: int, out: SegmentBuilder) -> int:
    j = skip_blank(lines, i)
    out.add_lines("blank", lines, i, j)
    return j


def _article(lines: Lines, i: int, out: SegmentBuilder) -> tuple[Article | None, int]:
    """Optional date line, the title line, then the body up to the news list."""
    published = None
    if (date := date_line(lines, i)) is not None:
        (published, _), j = date
        out.add_lines("date-line", lines, i, j)
        i = _blank(lines, j, out)
    if i >= len(lines) or list_start(lines, i) or chrome_line(lines, i):
        return None, i
    title_line = i
    title, title_at = lines.stripped(i)
    out.add_lines("title", lines, i, i + 1)
    end = body_end(lines, i + 1)
    paragraphs, url, last, used = _body(lines, i + 1, end)
    turns = turns_from_paragraphs(paragraphs)
    _body_segments(lines, end, {t.span.start for t in turns}, used, out)
    article = Article(title=title, published=published, headline=parse_headline(title, offset=title_at),
                      paragraphs=tuple(paragraphs), turns=turns, url=url,
                      span=Span(start=lines.start(title_line), end=lines.end(max(last, title_line))))
    return article, end


def _body(
    lines: Lines, i: int, end: int
) -> tuple[list[Paragraph], str | None, int, list[tuple[int, int, bool]]]:
    """Paragraphs (one per non-blank line), the first lone URL line, the index of the last line used, and
    each non-blank line as (start, stop, is a paragraph): what :func:`_body_segments` needs, read once."""
    paragraphs: list[Paragraph] = []
    used: list[tuple[int, int, bool]] = []
    url, last = None, i - 1
    start, stop = lines.start, lines.stop
    for k, line in enumerate(islice(lines, i, end), i):
        if not line or line.isspace():
            continue
        last, a = k, start(k)
        if url is None and "://" in line and _URL.fullmatch(line.strip()):
            url = line.strip()
            used.append((a, stop(k), False))
        else:
            paragraphs.append(lines.paragraph(k))
            used.append((a, stop(k), True))
    return paragraphs, url, last, used


def _body_segments(
    lines: Lines, end: int, turn_starts: set[int], used: list[tuple[int, int, bool]], out: SegmentBuilder
) -> None:
    """Segments of the body: runs of blank lines (the gaps between the ``used`` lines), ``turn`` (a
    paragraph that opens a turn), ``paragraph``, and ``url`` (the non-blank line that is not a paragraph)."""
    add = out.add
    for start, stop, is_paragraph in used:
        if start != out.pos:  # blank lines before this one
            add("blank", start)
        add("turn" if start in turn_starts else "paragraph" if is_paragraph else "url", stop)
    add("blank", lines.start(end))


layout = EmbassyLayout()

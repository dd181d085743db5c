"""The ``mid-article`` layout: an article page of the mid.ru site, as text.

Built with the public plugin API only (:mod:`mfatext.plugin`, :mod:`mfatext.cursor`,
:mod:`mfatext.parsers`), exactly as a third-party layout would be. A page reads, top to bottom (every
part optional but the title)::

    Asset Publisher                              chrome        is_asset_publisher
    11 October 202113:23                         date-line     parse_date_line -> Article.published
    Foreign Minister Sergey Lavrov’s remarks ... title         (the next line) -> Article.title, headline
    1487-18-07-2022                              chrome        is_document_number (new site)
      • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1        translations  parse_selector  -> Page.translations
    Table of contents / 1. Syria update ...      toc           toc_titles      (briefings)
    Syria update                                 heading       a TOC title again, or an isolated line
    Question: ... / Sergey Lavrov: ...           turn          turns_from_paragraphs
    any other line                               paragraph
    Additional materials / tags / Advanced settings   chrome   trailer_start

Blank lines are ``blank`` segments. Table-of-contents items are not paragraphs: the same topics come
back in the body as headings. Headings are paragraphs (one printed line = one paragraph) but end the
current turn. A bot-check page or an empty shell gives no article and a ``page.blocked`` diagnostic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from itertools import compress

from mfatext.cursor import Lines, skip_blank
from mfatext.models import Article, Diagnostic, Page, Paragraph, Span, Turn
from mfatext.parsers.headline import parse_headline
from mfatext.parsers.midpage import (
    is_asset_publisher,
    is_blocked,
    is_document_number,
    is_more_line,
    is_settings_line,
    is_trailer_line,
    parse_date_line,
    trailer_start,
)
from mfatext.parsers.selector import parse_selector
from mfatext.parsers.toc import is_toc_heading, normalise_title, toc_titles
from mfatext.parsers.turns import turns_from_paragraphs
from mfatext.plugin import Parsed, SegmentBuilder, diagnostic

__all__ = ["MidArticleLayout", "layout"]

_SNIFF_CHARS = 2000
_SNIFF_LINES = 12
_QA_SECTION = re.compile(r"(?:from )?answers to (?:media )?questions:|ответы на вопросы сми:")
# Lines longer than the longest TOC title plus this are never headings ("From answers to media
# questions:" is the longest heading that need not be in the TOC); checking the length first keeps
# long body paragraphs cheap.
_LONGEST_HEADING_SLACK = 40
_SHORT = 60  # the furniture tests of parsers.midpage and parsers.toc reject longer lines themselves


class _Reader:
    """The cursor and the outputs of one parse; the steps below move ``i`` and add segments. A plain
    slotted class: it is built once per document, and attrs' generated ``__init__`` costs more."""

    __slots__ = ("diagnostics", "i", "lines", "out", "texts")

    def __init__(self, lines: Lines, text_length: int) -> None:
        self.lines = lines
        self.texts = list(lines)  # the lines as a plain list: indexing it costs no method call
        self.out = SegmentBuilder(text_length)
        self.i = 0
        self.diagnostics: list[Diagnostic] = []

    def here(self) -> str:
        """The line at the cursor ("" past the end, which no rule takes)."""
        return self.texts[self.i] if self.i < len(self.texts) else ""

    def take(self, kind: str, j: int) -> None:
        """Mark lines ``i..j-1`` as ``kind``, then the blank lines after them as ``blank``."""
        self.out.add(kind, self.lines.start(j))
        self.i = j
        self.blanks()

    def blanks(self) -> None:
        """Mark the blank lines at the cursor as one ``blank`` segment."""
        i = self.i
        k = skip_blank(self.lines, i)
        if k > i:
            self.out.add("blank", self.lines.start(k))
            self.i = k


class MidArticleLayout:
    """Old and new mid.ru article pages in every site language."""

    name = "mid-article"

    def sniff(self, text: str) -> float:
        """Score the top of ``text``: "Asset Publisher" or a language selector near the top is certain;
        a run-together date line ("11 October 202113:23") as the first line is likely; the bot-check
        page is claimed so it can be reported. Third-party copies start with their own banner, so a
        date line further down does not count."""
        head = text[:_SNIFF_CHARS]
        if is_blocked(text):
            return 0.9
        top = [line for line in Lines(head)[:_SNIFF_LINES] if line.strip()]
        if not top:
            return 0.0
        if is_asset_publisher(top[0]) or any(parse_selector(s) for s in top[:6]):
            return 0.9
        date = parse_date_line(top[0])
        if date is not None and date[1]:
            return 0.8
        if date is not None and any(is_document_number(s) for s in top[1:4]):
            return 0.8
        return 0.0

    def parse(self, text: str) -> Parsed:
        """Parse a mid.ru page (see the module docstring for the parts, in order)."""
        r = _Reader(Lines(text), len(text))
        if is_blocked(text):
            return _blocked(r, "the site served its bot-check page instead of the article")
        r.blanks()
        if is_asset_publisher(r.here()):
            r.take("chrome", r.i + 1)
        start = r.out.pos  # the article begins at its date line (or its title)
        published = _published(r)
        _document_number(r)
        title, title_span = _title(r)
        _document_number(r)
        translations = _translations(r)
        if title is None and r.i >= trailer_start(r.lines, r.i)[0]:
            return _blocked(r, "an empty page shell: no title and no body")
        headings = _toc(r)
        paragraphs, turns, end = _body(r, headings)
        article = _article(text, start, title, title_span, published, paragraphs, turns, end)
        page = Page(translations=translations) if translations else None
        return Parsed(page=page, items=(article,), segments=r.out.finish("chrome"),
                      diagnostics=tuple(r.diagnostics))


def _blocked(r: _Reader, why: str) -> Parsed:
    """No article: what is left of the text is chrome, with a ``page.blocked`` error over the whole text."""
    span = Span(start=0, end=len(r.lines.text))
    r.diagnostics.append(diagnostic("page.blocked", f"not an article: {why}", span, "error"))
    return Parsed(segments=r.out.finish("chrome"), diagnostics=tuple(r.diagnostics))


def _published(r: _Reader) -> dt.datetime | None:
    """The date line, when the page has one (023 and embassy sections have none)."""
    found = parse_date_line(r.here())
    if found is None:
        r.diagnostics.append(diagnostic("date.missing", "no date line: the publication date is unknown",
                                        Span(start=r.out.pos, end=r.out.pos), "info"))
        return None
    if found[0] is None:
        span = r.lines.span(r.i, r.i + 1)
        r.diagnostics.append(diagnostic("date.unparsed", "date line with an unknown month name", span))
    r.take("date-line", r.i + 1)
    return found[0]


def _document_number(r: _Reader) -> None:
    """The new site's document number ("1487-18-07-2022"), before or after the title: chrome."""
    if is_document_number(r.here()):
        r.take("chrome", r.i + 1)


def _title(r: _Reader) -> tuple[str | None, Span | None]:
    """The title: the first line that is not furniture (selector, list heading, trailer)."""
    line, i = r.here(), r.i
    if not line or _is_furniture(line):
        here = Span(start=r.out.pos, end=r.out.pos)
        r.diagnostics.append(diagnostic("title.missing", "no title line", here))
        return None, None
    span = r.lines.content_span(i)
    r.take("title", i + 1)
    return line.strip(), span


def _is_furniture(line: str) -> bool:
    # Every test but the selector's is for short lines only: a long title skips them at once.
    return parse_selector(line) is not None or (len(line) < _SHORT and (
        is_toc_heading(line) or is_more_line(line) or is_settings_line(line) or is_document_number(line)))


def _translations(r: _Reader) -> tuple[str, ...]:
    codes = parse_selector(r.here())
    if codes is None:
        return ()
    r.take("translations", r.i + 1)
    return codes


def _toc(r: _Reader) -> frozenset[str]:
    """The table of contents, when there is one; returns the titles to recognise as body headings."""
    found = toc_titles(r.lines, r.i)
    if found is None:
        return frozenset()
    r.take("toc", found[1])
    return found[0]


def _body(r: _Reader, headings: Collection[str]) -> tuple[tuple[Paragraph, ...], tuple[Turn, ...], int]:
    """Body lines up to the trailer: paragraphs, headings (which split turn groups) and turns. Returns
    the paragraphs, the turns and the offset where the body ends."""
    lines, texts, i = r.lines, r.texts, r.i
    stop, guessed = trailer_start(lines, i)
    # The non-blank lines: str.strip leaves exactly the blank ones empty, and compress keeps the others'
    # indices, all without a Python step per line.
    rows = list(compress(range(i, stop), map(str.strip, texts[i:stop])))
    early = next((k for k in rows if len(texts[k]) < _SHORT and is_trailer_line(texts[k])), None)
    if early is not None:  # the trailer is not at the very end: what follows it (site footer...) is chrome
        stop, guessed = early, False
        del rows[rows.index(early):]
    paragraphs = list(map(lines.paragraph, rows))
    longest = max(map(len, headings), default=0) + _LONGEST_HEADING_SLACK
    # Without a TOC only an "Answers to media questions:" line can be a heading, and it ends with ":".
    any_line = bool(headings)
    heading_at = [len(t := texts[k]) <= longest and (any_line or t.rstrip()[-1] == ":")
                  and _is_heading(lines, k, t, headings, r) for k in rows]
    if early is not None:
        r.diagnostics.append(diagnostic("trailer.early", "text after the trailer taken as chrome",
                                        lines.span(early, len(lines)), "info"))
    turns = _turns(paragraphs, heading_at)
    _body_segments(r, rows, paragraphs, heading_at, turns)
    r.out.add("blank", lines.start(stop))
    r.i = stop
    end = paragraphs[-1].span.end if paragraphs else r.out.pos
    if guessed:
        why = "tag lines above 'Advanced settings' taken as chrome"
        r.diagnostics.append(diagnostic("trailer.guessed", why, lines.span(stop, len(lines)), "info"))
    return tuple(paragraphs), turns, end


def _body_segments(r: _Reader, rows: list[int], paragraphs: list[Paragraph], heading_at: list[bool],
                   turns: tuple[Turn, ...]) -> None:
    """One segment per body line (``heading`` or ``paragraph``) and one ``turn`` segment per turn, from
    its label to the end of its last paragraph; ``blank`` segments between them."""
    turn_spans = iter(t.span for t in turns)
    turn = next(turn_spans, None)
    line_stop, out = r.lines.stop, r.out
    add = out.add
    for k, para, heading in zip(rows, paragraphs, heading_at, strict=True):
        start, end = para.span.start, para.span.end
        while turn is not None and turn.end < start:
            turn = next(turn_spans, None)
        if turn is not None and turn.start <= start and not heading:
            if out.pos < turn.start:
                add("blank", turn.start)
            if end >= turn.end:  # its last paragraph: the segment covers the whole turn
                add("turn", line_stop(k))
            continue
        if out.pos < start:
            add("blank", start)
        add("heading" if heading else "paragraph", line_stop(k))


def _is_heading(lines: Lines, k: int, line: str, headings: Collection[str], r: _Reader) -> bool:
    """A section heading of a briefing: a TOC title printed again, an "Answers to media questions:"
    line, or (when the page has a TOC) a short line with two blank lines on each side. The caller asks
    only for lines that can be one: on a page without a TOC, those ending with ":"."""
    tail = line.rstrip()[-1]
    title = normalise_title(line)
    if title in headings:
        return True
    if tail == ":" and _QA_SECTION.fullmatch(title):
        return True
    if headings and tail not in ".!?:;…" and _isolated(lines, k):
        r.diagnostics.append(diagnostic("heading.guessed", "isolated short line taken as a heading",
                                        lines.content_span(k), "info"))
        return True
    return False


def _isolated(lines: Lines, k: int) -> bool:
    """Two blank lines above and below line ``k``."""
    n = len(lines)
    return (k >= 2 and lines.blank(k - 1) and lines.blank(k - 2)
            and k + 2 < n and lines.blank(k + 1) and lines.blank(k + 2))


def _turns(paragraphs: list[Paragraph], heading_at: list[bool]) -> tuple[Turn, ...]:
    """Turns, grouped between headings so a heading never continues the previous answer."""
    if True not in heading_at:  # most pages: one group
        return turns_from_paragraphs(paragraphs)
    turns: list[Turn] = []
    group: list[Paragraph] = []
    for para, heading in zip(paragraphs, heading_at, strict=True):
        if heading:
            turns.extend(turns_from_paragraphs(group))
            group = []
        else:
            group.append(para)
    turns.extend(turns_from_paragraphs(group))
    return tuple(turns)


def _article(text: str, start: int, title: str | None, title_span: Span | None, published: dt.datetime | None,
             paragraphs: tuple[Paragraph, ...], turns: tuple[Turn, ...], end: int) -> Article:
    """The article: from its date line (or title) to the end of its last body line."""
    headline = None
    if title_span is not None and title is not None:
        raw = text[title_span.start : title_span.end]
        headline = parse_headline(title, offset=title_span.start + len(raw) - len(raw.lstrip()))
    return Article(title=title, published=published, headline=headline, paragraphs=paragraphs, turns=turns,
                   span=Span(start=start, end=max(start, end)))


layout = MidArticleLayout()

"""The typed records mfatext produces.

Models hold data only: no parsing, no I/O. They are frozen, slotted, keyword-only attrs classes; dates are
:class:`datetime.date`, moments are tz-aware :class:`datetime.datetime`, collections are tuples. Every
value that came from the text carries the :class:`Span` it came from. Serialisation lives in
:mod:`mfatext.convert`.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal, TypeAlias

from attrs import field, frozen

__all__ = [
    "Article",
    "Clock",
    "Contact",
    "Counter",
    "Diagnostic",
    "Document",
    "Headline",
    "Item",
    "NewsItem",
    "Page",
    "Pagination",
    "Paragraph",
    "Post",
    "Reaction",
    "Role",
    "Segment",
    "Severity",
    "Span",
    "Speaker",
    "Turn",
]

Severity: TypeAlias = Literal["info", "warning", "error"]
Role: TypeAlias = Literal["question", "answer", "statement"]


@frozen(kw_only=True, order=True)
class Span:
    """Character offsets ``[start, end)`` into :attr:`Document.text`."""

    start: int
    end: int


# Spans, segments and paragraphs are built once or more per line of every document. attrs' frozen __init__
# goes through object.__setattr__ per field; these positional constructors write the slots directly (about
# 2.5x faster) and give the same objects. For the core modules (cursor, plugin) only: layouts and parsers
# reach them through Lines.content_span, Lines.paragraph and SegmentBuilder.
_SPAN_START = Span.__dict__["start"].__set__
_SPAN_END = Span.__dict__["end"].__set__
_new = object.__new__


def _new_span(start: int, end: int) -> Span:
    span: Span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


@frozen(kw_only=True)
class Segment:
    """A stretch of the text and what it is (``paragraph``, ``chrome``, ``news-item``, ...).

    The segments of a document partition its text: sorted, no gaps, no overlaps.
    """

    kind: str
    span: Span


_SEGMENT_KIND = Segment.__dict__["kind"].__set__
_SEGMENT_SPAN = Segment.__dict__["span"].__set__


def _new_segment(kind: str, span: Span) -> Segment:
    segment: Segment = _new(Segment)
    _SEGMENT_KIND(segment, kind)
    _SEGMENT_SPAN(segment, span)
    return segment


@frozen(kw_only=True)
class Diagnostic:
    """Something a parser noticed or had to guess. ``code`` is dotted and stable (``clock.inconsistent``)."""

    code: str
    severity: Severity
    message: str
    span: Span | None = None


@frozen(kw_only=True)
class Speaker:
    """A person as printed (``name``), their canonical ``id`` when known (``lavrov-sergey``) and
    ``position`` ("Foreign Minister")."""

    name: str
    id: str | None = None
    position: str | None = None
    span: Span | None = None


@frozen(kw_only=True)
class Headline:
    """What a title says beyond its words: genre, speakers, place and event date."""

    genre: str | None = None
    speakers: tuple[Speaker, ...] = ()
    place: str | None = None
    event_date: dt.date | None = None
    span: Span | None = None


@frozen(kw_only=True)
class Turn:
    """One speaker's stretch of a question/answer exchange. ``label`` is as printed, without leading
    emoji or bullets and without the colon."""

    speaker: Speaker
    role: Role
    label: str
    text: str
    span: Span


@frozen(kw_only=True)
class Paragraph:
    """A paragraph of body text, exactly as printed."""

    text: str
    span: Span


_PARAGRAPH_TEXT = Paragraph.__dict__["text"].__set__
_PARAGRAPH_SPAN = Paragraph.__dict__["span"].__set__


def _new_paragraph(text: str, span: Span) -> Paragraph:
    paragraph: Paragraph = _new(Paragraph)
    _PARAGRAPH_TEXT(paragraph, text)
    _PARAGRAPH_SPAN(paragraph, span)
    return paragraph


@frozen(kw_only=True)
class Clock:
    """A clock widget entry ("Moscow: 01:52"). ``time`` is the wall-clock time as printed, in the city's
    own zone; the tz-aware moment is :attr:`Page.retrieved_at`."""

    city: str
    time: dt.time
    span: Span


@frozen(kw_only=True)
class Contact:
    """A phone number or e-mail address. ``value`` is ``None`` when the site hid it
    ("[email protected]"), with ``obfuscated`` set."""

    kind: Literal["phone", "email"]
    label: str | None
    value: str | None
    obfuscated: bool = False
    span: Span


@frozen(kw_only=True)
class Counter:
    """"N days have passed since <event>": ``since`` is the page date minus ``days``."""

    days: int
    event: str
    since: dt.date | None
    span: Span


@frozen(kw_only=True)
class Pagination:
    """A list page's pagination line, with the page numbers recovered from it."""

    raw: str
    pages: tuple[int, ...] = ()
    current: int | None = None
    start: int | None = None
    span: Span


@frozen(kw_only=True)
class Page:
    """What the page around the items says: its date, clocks, contacts, counters, section and so on."""

    date: dt.date | None = None
    retrieved_at: dt.datetime | None = None
    clocks: tuple[Clock, ...] = ()
    contacts: tuple[Contact, ...] = ()
    counters: tuple[Counter, ...] = ()
    section: str | None = None
    translations: tuple[str, ...] = ()
    pagination: Pagination | None = None


@frozen(kw_only=True)
class Reaction:
    """One reaction under a Telegram post: the emoji and how many people chose it."""

    emoji: str
    count: int


@frozen(kw_only=True)
class Article:
    """One article: a title with its headline metadata, paragraphs, and question/answer turns."""

    kind: ClassVar[str] = "article"
    title: str | None = None
    published: dt.date | dt.datetime | None = None
    headline: Headline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    turns: tuple[Turn, ...] = ()
    url: str | None = None
    hashtags: tuple[str, ...] = ()
    span: Span


@frozen(kw_only=True)
class NewsItem:
    """One entry of a news list: "DD.MM.YYYY - Title" and its lead. ``lead_truncated`` is set when the
    site cut the lead at a fixed length."""

    kind: ClassVar[str] = "news-item"
    published: dt.date | dt.datetime | None = None
    title: str | None = None
    lead: str | None = None
    lead_truncated: bool = False
    headline: Headline | None = None
    turns: tuple[Turn, ...] = ()
    span: Span


@frozen(kw_only=True)
class Post:
    """One Telegram post, forwarded (``forwarded_from`` as shown) or the channel's own."""

    kind: ClassVar[str] = "post"
    forwarded_from: str | None = None
    published: dt.date | dt.datetime | None = None
    media: tuple[str, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    turns: tuple[Turn, ...] = ()
    hashtags: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    span: Span


Item: TypeAlias = Article | NewsItem | Post


@frozen(kw_only=True)
class Document:
    """A parsed document: the decoded text, what was found in it, and how every character was used."""

    source: str | None
    layout: str
    language: str | None
    text: str = field(repr=False)
    page: Page | None = None
    items: tuple[Item, ...] = ()
    segments: tuple[Segment, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

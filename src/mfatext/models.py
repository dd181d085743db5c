"""The typed records mfatext produces.

Models hold data only: no parsing, no I/O. They are frozen, slotted, keyword-only attrs classes; dates are
:class:`datetime.date`, moments are tz-aware :class:`datetime.datetime`, collections are tuples. Every
value that came from the text carries the :class:`Span` it came from. Serialisation lives in
:mod:`mfatext.convert`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar, Literal, TypeAlias

import attrs
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


@frozen(kw_only=True)
class Segment:
    """A stretch of the text and what it is (``paragraph``, ``chrome``, ``news-item``, ...).

    The segments of a document partition its text: sorted, no gaps, no overlaps.
    """

    kind: str
    span: Span


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


# Positional constructors for mfatext's own core and parsers, which build several objects per line of
# every document. attrs' frozen, keyword-only __init__ is reached through the class call and sets each field
# through object.__setattr__; these write the slots directly and cost a half to a quarter as much. They
# give the same objects (tests/test_models.py), take every field, in the order the class declares them,
# and are private: layouts, like any plugin, use the classes (or Lines.content_span and Lines.paragraph).
def _positional(cls: type[Any]) -> Callable[..., Any]:
    names = [a.name for a in attrs.fields(cls)]
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    scope.update({f"_set_{name}": cls.__dict__[name].__set__ for name in names})
    name = f"_new_{cls.__name__.lower()}"
    body = "".join(f"    _set_{attr}(obj, {attr})\n" for attr in names)
    # Generated, as attrs generates its own __init__: a loop over the setters would cost more than it saves.
    exec(f"def {name}({', '.join(names)}):\n    obj = _new(_cls)\n{body}    return obj\n", scope)
    made: Callable[..., Any] = scope[name]
    return made


_new_span: Callable[[int, int], Span] = _positional(Span)
_new_segment: Callable[[str, Span], Segment] = _positional(Segment)
_new_paragraph: Callable[[str, Span], Paragraph] = _positional(Paragraph)
_new_diagnostic: Callable[[str, Severity, str, Span | None], Diagnostic] = _positional(Diagnostic)
_new_speaker: Callable[[str, str | None, str | None, Span | None], Speaker] = _positional(Speaker)
_new_headline: Callable[
    [str | None, tuple[Speaker, ...], str | None, dt.date | None, Span | None], Headline
] = _positional(Headline)
_new_turn: Callable[[Speaker, Role, str, str, Span], Turn] = _positional(Turn)
_new_clock: Callable[[str, dt.time, Span], Clock] = _positional(Clock)
_new_contact: Callable[[Literal["phone", "email"], str | None, str | None, bool, Span], Contact] = (
    _positional(Contact))
_new_counter: Callable[[int, str, dt.date | None, Span], Counter] = _positional(Counter)
_new_pagination: Callable[[str, tuple[int, ...], int | None, int | None, Span], Pagination] = (
    _positional(Pagination))
_new_page: Callable[
    [dt.date | None, dt.datetime | None, tuple[Clock, ...], tuple[Contact, ...], tuple[Counter, ...],
     str | None, tuple[str, ...], Pagination | None],
    Page,
] = _positional(Page)
_new_post: Callable[
    [str | None, dt.date | dt.datetime | None, tuple[str, ...], tuple[Paragraph, ...], tuple[Turn, ...],
     tuple[str, ...], tuple[str, ...], tuple[Reaction, ...], Span],
    Post,
] = _positional(Post)
_new_document: Callable[
    [str | None, str, str | None, str, Page | None, tuple[Item, ...], tuple[Segment, ...],
     tuple[Diagnostic, ...]],
    Document,
] = _positional(Document)
_new_news_item: Callable[
    [dt.date | dt.datetime | None, str | None, str | None, bool, Headline | None, tuple[Turn, ...], Span],
    NewsItem,
] = _positional(NewsItem)

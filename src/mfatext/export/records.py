"""Flat records: one dict per item, the shape people load into pandas (``pd.DataFrame(records(docs))``).

Every record has the same keys, in the order of :data:`RECORD_FIELDS`, with plain JSON values:

==================  ==============================================================================
``source``          the document's source (its path, ``-`` for standard input, or ``None``)
``layout``          the layout that parsed the document
``language``        the document's language (ISO 639-1)
``index``           the item's position among the document's items (0-based)
``kind``            ``article``, ``news-item`` or ``post``
``published``       ISO date or datetime with offset, or ``None``
``title``           the title as printed (``None`` for posts)
``event_date``      the headline's event date (ISO), or ``None``
``place``           the headline's place, or ``None``
``genre``           the headline's genre (``remarks``, ``interview``...), or ``None``
``speaker_ids``     canonical ids of the headline's speakers that have one (principal speaker first)
``text``            the item's body: paragraphs joined with ``\\n`` (a news item's lead)
``url``             an article's source URL line, or ``None``
``forwarded_from``  the channel a post was forwarded from, or ``None``
``hashtags``        hashtags without ``#``
``turns``           the number of question/answer turns
``span``            ``[start, end]`` of the item in the document text
==================  ==============================================================================

A document without items (``plain``, say) gives no record.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from mfatext.models import Article, Document, Headline, Item, NewsItem, Post

__all__ = ["RECORD_FIELDS", "record", "records", "write_csv"]

RECORD_FIELDS: tuple[str, ...] = (
    "source", "layout", "language", "index", "kind", "published", "title", "event_date", "place", "genre",
    "speaker_ids", "text", "url", "forwarded_from", "hashtags", "turns", "span",
)


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _body(item: Item) -> str | None:
    if isinstance(item, NewsItem):
        return item.lead
    return "\n".join(p.text for p in item.paragraphs) if item.paragraphs else None


def _headline_fields(headline: Headline | None) -> dict[str, Any]:
    if headline is None:
        return {"event_date": None, "place": None, "genre": None, "speaker_ids": []}
    return {
        "event_date": _iso(headline.event_date),
        "place": headline.place,
        "genre": headline.genre,
        "speaker_ids": [s.id for s in headline.speakers if s.id is not None],
    }


def record(doc: Document, index: int, item: Item) -> dict[str, Any]:
    """The flat record of ``doc.items[index]`` (see the module's table)."""
    headline = None if isinstance(item, Post) else item.headline
    return {
        "source": doc.source,
        "layout": doc.layout,
        "language": doc.language,
        "index": index,
        "kind": item.kind,
        "published": _iso(item.published),
        "title": None if isinstance(item, Post) else item.title,
        **_headline_fields(headline),
        "text": _body(item),
        "url": item.url if isinstance(item, Article) else None,
        "forwarded_from": item.forwarded_from if isinstance(item, Post) else None,
        "hashtags": list(item.hashtags) if isinstance(item, Article | Post) else [],
        "turns": len(item.turns),
        "span": [item.span.start, item.span.end],
    }


def records(docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
    """One flat record per item of every document, in order; lazy, so it streams over many files."""
    for doc in docs:
        for index, item in enumerate(doc.items):
            yield record(doc, index, item)


def _cell(value: Any) -> Any:
    # CSV has no lists: ids and hashtags hold no spaces, so a space-separated cell is unambiguous.
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return "" if value is None else value


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO, *, header: bool = True) -> int:
    """Write records as CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted,
    CRLF between records) with a header row (unless ``header`` is false: to append to a file that has
    one); lists as space-separated cells, spans as "start end". Returns the number of rows written.
    ``out`` should be opened with ``newline=""``."""
    writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS, lineterminator="\r\n")
    if header:
        writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
        count += 1
    return count

"""What a title says beyond its words: genre, speakers, place and event date.

"Foreign Minister Sergey Lavrov’s remarks ..., Moscow, 10 November 2021" gives genre ``remarks``, speaker
Sergey Lavrov (Foreign Minister), place "Moscow" and event date 2021-11-10.
"""

from __future__ import annotations

import datetime as dt
import re

from mfatext.models import Headline, Span

from .dates import date_at
from .speakers import speaker

__all__ = ["parse_headline"]

_GENRES = ("remarks", "statement", "interview", "article", "comment", "briefing", "address", "message",
           "greetings", "answers to media questions", "press release", "speech")
_GENRE = re.compile(r"\b(" + "|".join(sorted(_GENRES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_TAIL = re.compile(r",\s*(?:(?P<place>[^,\d][^,]{0,40}),\s*)?(?P<date>[^,]{6,30})\s*$")
_NAME = re.compile(r"(?:[A-Z][a-z]+ )?(?P<name>Sergey Lavrov|Maria Zakharova|Vladimir Putin)")


def parse_headline(title: str, *, offset: int = 0) -> Headline:
    """Headline metadata of ``title``; spans are ``offset`` + positions in ``title``."""
    genre_m = _GENRE.search(title)
    speakers = tuple(
        speaker(m["name"], Span(start=offset + m.start("name"), end=offset + m.end("name")))
        for m in _NAME.finditer(title)
    )
    place, event = None, None
    tail = _TAIL.search(title)
    if tail is not None:
        found = date_at(title, tail.start("date"))
        if found is not None and found[1] == tail.end("date"):
            value = found[0]
            event = value.date() if isinstance(value, dt.datetime) else value
            place = tail["place"].strip() if tail["place"] else None
    return Headline(
        genre=genre_m[1].lower() if genre_m else None,
        speakers=speakers,
        place=place,
        event_date=event,
        span=Span(start=offset, end=offset + len(title)),
    )

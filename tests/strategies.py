"""Hypothesis strategies for the models (as attrs' tests/strategies.py does for its classes).

``documents()`` builds arbitrary but well-typed Documents: spans inside the text, tz-aware moments,
naive clock times, every item kind. Used by the round-trip properties of test_properties.py.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from mfatext.models import (
    Article,
    Clock,
    Contact,
    Counter,
    Diagnostic,
    Document,
    Headline,
    Item,
    NewsItem,
    Page,
    Pagination,
    Paragraph,
    Post,
    Reaction,
    Segment,
    Span,
    Speaker,
    Turn,
)

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
short = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=12)
maybe_text = st.none() | texts
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
offsets = st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=3)),
                           dt.timezone(dt.timedelta(hours=-5, minutes=-30))])
moments = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2040, 1, 1),
                       timezones=offsets)
published = st.none() | dates | moments
clock_times = st.times()


@st.composite
def spans(draw: st.DrawFn, limit: int = 10_000) -> Span:
    """A span ``[start, end)`` with ``0 <= start <= end <= limit``."""
    start = draw(st.integers(0, limit))
    return Span(start=start, end=draw(st.integers(start, limit)))


def tuples_of(strategy: st.SearchStrategy[object],
              max_size: int = 3) -> st.SearchStrategy[tuple[object, ...]]:
    return st.lists(strategy, max_size=max_size).map(tuple)


person_ids = st.none() | st.sampled_from(["lavrov-sergey", "zakharova-maria"])
speakers = st.builds(Speaker, name=short, id=person_ids,
                     position=maybe_text, span=st.none() | spans())
headlines = st.builds(Headline, genre=st.none() | st.sampled_from(["remarks", "interview", "briefing"]),
                      speakers=tuples_of(speakers), place=maybe_text, event_date=st.none() | dates,
                      span=st.none() | spans())
turns = st.builds(Turn, speaker=speakers, role=st.sampled_from(["question", "answer", "statement"]),
                  label=short, text=texts, span=spans())
paragraphs = st.builds(Paragraph, text=texts, span=spans())
clocks = st.builds(Clock, city=short, time=clock_times, span=spans())
contacts = st.builds(Contact, kind=st.sampled_from(["phone", "email"]), label=maybe_text, value=maybe_text,
                     obfuscated=st.booleans(), span=spans())
counters = st.builds(Counter, days=st.integers(0, 10_000), event=texts, since=st.none() | dates, span=spans())
paginations = st.builds(Pagination, raw=texts, pages=tuples_of(st.integers(1, 5000), 5),
                        current=st.none() | st.integers(1, 5000), start=st.none() | st.integers(0, 10**6),
                        span=spans())
pages = st.builds(Page, date=st.none() | dates, retrieved_at=st.none() | moments, clocks=tuples_of(clocks),
                  contacts=tuples_of(contacts), counters=tuples_of(counters), section=maybe_text,
                  translations=tuples_of(st.sampled_from(["de-DE", "en-GB", "ru-RU"])),
                  pagination=st.none() | paginations)
reactions = st.builds(Reaction, emoji=short, count=st.integers(0, 10**6))
hashtags = tuples_of(st.from_regex(r"[A-Za-zА-я0-9_]{1,12}", fullmatch=True))
articles = st.builds(Article, title=maybe_text, published=published, headline=st.none() | headlines,
                     paragraphs=tuples_of(paragraphs), turns=tuples_of(turns), url=maybe_text,
                     hashtags=hashtags, span=spans())
news_items = st.builds(NewsItem, published=published, title=maybe_text, lead=maybe_text,
                       lead_truncated=st.booleans(), headline=st.none() | headlines, turns=tuples_of(turns),
                       span=spans())
posts = st.builds(Post, forwarded_from=maybe_text, published=published, media=tuples_of(short),
                  paragraphs=tuples_of(paragraphs), turns=tuples_of(turns), hashtags=hashtags,
                  links=tuples_of(short), reactions=tuples_of(reactions), span=spans())
items: st.SearchStrategy[Item] = st.one_of(articles, news_items, posts)
segments = st.builds(Segment, kind=st.sampled_from(["paragraph", "blank", "chrome", "unknown"]), span=spans())
diagnostics = st.builds(Diagnostic, code=st.sampled_from(["layout.undetected", "clock.inconsistent"]),
                        severity=st.sampled_from(["info", "warning", "error"]), message=texts,
                        span=st.none() | spans())
documents = st.builds(Document, source=maybe_text, layout=st.sampled_from(["plain", "telegram"]),
                      language=st.none() | st.sampled_from(["en", "ru"]), text=texts,
                      page=st.none() | pages, items=tuples_of(items), segments=tuples_of(segments),
                      diagnostics=tuples_of(diagnostics))

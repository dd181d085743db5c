"""The JSON form (DESIGN.md "JSON form"): ISO dates, [start, end] spans, "kind" keys, "HH:MM" clocks."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mfatext import from_dict, to_dict
from mfatext.convert import ConversionError
from mfatext.models import Clock, Document, NewsItem, Page, Span

MSK = dt.timezone(dt.timedelta(hours=3))
# The header of seed 001: "4 December 2021 / Moscow: 01:52 / London: 22:52".
TEXT = "4 December 2021\nMoscow: 01:52\nLondon: 22:52\n"
DOC = Document(
    source="001.txt", layout="embassy-page", language="en", text=TEXT,
    page=Page(date=dt.date(2021, 12, 4), retrieved_at=dt.datetime(2021, 12, 4, 1, 52, tzinfo=MSK),
              clocks=(Clock(city="Moscow", time=dt.time(1, 52), span=Span(start=16, end=29)),
                      Clock(city="London", time=dt.time(22, 52), span=Span(start=30, end=43)))),
    items=(NewsItem(published=dt.date(2021, 11, 26), title="Title", span=Span(start=0, end=15)),),
)


def test_json_form_shapes() -> None:
    data = to_dict(DOC)
    assert list(data) == ["source", "layout", "language", "text", "page", "items", "segments", "diagnostics"]
    assert data["page"]["date"] == "2021-12-04"
    assert data["page"]["retrieved_at"] == "2021-12-04T01:52:00+03:00"
    assert data["page"]["clocks"][0] == {"city": "Moscow", "time": "01:52", "span": [16, 29]}
    assert data["items"][0]["kind"] == "news-item"
    assert data["items"][0]["published"] == "2021-11-26"
    assert json.loads(json.dumps(data)) == data  # plain JSON types only


def test_without_text_and_back() -> None:
    data = to_dict(DOC, with_text=False)
    assert "text" not in data
    with pytest.raises(ConversionError, match="text="):
        from_dict(data)
    assert from_dict(data, text=TEXT) == DOC


def test_round_trip_keeps_seconds_and_datetimes() -> None:
    clock = Clock(city="Moscow", time=dt.time(1, 52, 7, 5), span=Span(start=0, end=1))
    news = NewsItem(published=dt.datetime(2021, 10, 11, 13, 23, tzinfo=MSK), span=Span(start=0, end=1))
    doc = Document(source=None, layout="x", language=None, text="x", page=Page(clocks=(clock,)),
                   items=(news,))
    assert from_dict(json.loads(json.dumps(to_dict(doc)))) == doc
    assert to_dict(doc)["items"][0]["published"] == "2021-10-11T13:23:00+03:00"


@pytest.mark.parametrize("bad", [
    {"kind": "tweet", "span": [0, 1]},
    {"kind": "news-item", "span": [0, 1], "colour": "red"},
])
def test_bad_items_are_conversion_errors(bad: dict[str, object]) -> None:
    data = to_dict(DOC)
    data["items"] = [bad]
    with pytest.raises(ConversionError):
        from_dict(data)


def test_extra_top_level_key_is_rejected() -> None:
    with pytest.raises(ConversionError):
        from_dict({**to_dict(DOC), "extra": 1})

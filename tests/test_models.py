"""The models are frozen, slotted, keyword-only attrs classes holding tuples and tz-aware moments."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import mfatext.models as m

MODELS = [getattr(m, name) for name in m.__all__ if attrs.has(getattr(m, name))]


def test_every_model_is_an_attrs_class() -> None:
    assert len(MODELS) == 17


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_frozen_slotted_kw_only(cls: type) -> None:
    assert "__slots__" in cls.__dict__
    assert all(a.kw_only for a in attrs.fields(cls))
    assert cls.__setattr__ is not object.__setattr__  # frozen: attrs installs a raising __setattr__


def test_frozen_rejects_assignment_and_positional_args() -> None:
    span = m.Span(start=0, end=3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        m.Span(0, 3)  # type: ignore[misc]


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_collections_are_tuples(cls: type) -> None:
    for field in attrs.fields(cls):
        assert "list[" not in str(field.type).lower(), field


def test_items_carry_their_kind() -> None:
    assert (m.Article.kind, m.NewsItem.kind, m.Post.kind) == ("article", "news-item", "post")


def test_span_orders_by_start_then_end() -> None:
    spans = [m.Span(start=5, end=6), m.Span(start=0, end=9), m.Span(start=0, end=2)]
    assert [(s.start, s.end) for s in sorted(spans)] == [(0, 2), (0, 9), (5, 6)]


def test_document_repr_hides_the_text() -> None:
    doc = m.Document(source="a.txt", layout="plain", language="en", text="secret body")
    assert "secret body" not in repr(doc)


def test_retrieved_at_is_a_moment_with_offset() -> None:
    moscow = dt.timezone(dt.timedelta(hours=3))
    page = m.Page(date=dt.date(2021, 12, 4), retrieved_at=dt.datetime(2021, 12, 4, 1, 52, tzinfo=moscow))
    assert page.retrieved_at is not None
    assert page.retrieved_at.utcoffset() == dt.timedelta(hours=3)


def test_fast_constructors_build_the_same_frozen_objects() -> None:
    # The core modules build spans and segments without attrs' __init__ (src/mfatext/models.py): the
    # objects must be indistinguishable from the ones the public constructors build.
    from attrs.exceptions import FrozenInstanceError

    from mfatext.models import _new_segment, _new_span

    span = _new_span(3, 9)
    public = m.Span(start=3, end=9)
    assert (span, hash(span), repr(span)) == (public, hash(public), "Span(start=3, end=9)")
    segment = _new_segment("paragraph", span)
    assert segment == m.Segment(kind="paragraph", span=public)
    with pytest.raises(FrozenInstanceError):
        span.start = 4  # type: ignore[misc]


_POSITIONAL = [
    (m._new_span, m.Span), (m._new_segment, m.Segment), (m._new_paragraph, m.Paragraph),
    (m._new_diagnostic, m.Diagnostic), (m._new_speaker, m.Speaker), (m._new_headline, m.Headline),
    (m._new_turn, m.Turn), (m._new_clock, m.Clock), (m._new_contact, m.Contact), (m._new_counter, m.Counter),
    (m._new_news_item, m.NewsItem), (m._new_pagination, m.Pagination), (m._new_page, m.Page),
    (m._new_post, m.Post), (m._new_document, m.Document),
]


@pytest.mark.parametrize(("new", "cls"), _POSITIONAL, ids=[c.__name__ for _, c in _POSITIONAL])
def test_positional_constructor_gives_the_attrs_object(new: object, cls: type) -> None:
    # Every field, in the order the class declares it: a distinct value per field lands in that field.
    names = [a.name for a in attrs.fields(cls)]
    values = [object() for _ in names]
    made = new(*values)  # type: ignore[operator]
    assert type(made) is cls
    assert [getattr(made, name) for name in names] == values
    assert made == cls(**dict(zip(names, values, strict=True)))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(made, names[0], None)
    with pytest.raises(TypeError):
        new(*values[:-1])  # type: ignore[operator]  # no defaults: every field is given


def test_every_positional_constructor_is_tested() -> None:
    tested = {new for new, _ in _POSITIONAL}
    assert [name for name, value in vars(m).items() if name.startswith("_new_") and value not in tested] == []

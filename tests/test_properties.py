"""Invariants, for every registered layout and every real page: segments partition the text, bytes raise
nothing but DecodeError, and the JSON form round-trips losslessly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import mfatext
from mfatext.errors import DecodeError
from mfatext.export.tei import tei_document
from mfatext.models import Document
from mfatext.testing import check_lossless, texts_from

from .conftest import all_pages, seed_files
from .strategies import documents

LAYOUTS = sorted(mfatext.layouts())
SAMPLES = [p.read_text(encoding="utf-8") for p in seed_files()]
# Arbitrary text, and text built from real seed lines (so layouts get past their sniff and guards).
TEXTS = st.one_of(st.text(max_size=300), texts_from(SAMPLES))


def assert_partition(doc: Document) -> None:
    spans = [s.span for s in doc.segments]
    assert all(s.end > s.start for s in spans)
    assert [s.start for s in spans] == [0, *[s.end for s in spans[:-1]]][: len(spans)]
    assert "".join(doc.text[s.start : s.end] for s in spans) == doc.text


def round_trips(doc: Document) -> bool:
    return mfatext.from_dict(json.loads(json.dumps(mfatext.to_dict(doc)))) == doc


@pytest.mark.parametrize("name", LAYOUTS)
@given(text=TEXTS)
def test_every_layout_is_lossless_on_any_text(name: str, text: str) -> None:
    doc = mfatext.parse(text, layout=name)
    assert doc.layout == name
    assert_partition(doc)


@given(text=TEXTS)
def test_detection_is_lossless_on_any_text(text: str) -> None:
    assert_partition(mfatext.parse(text))


@pytest.mark.parametrize("name", LAYOUTS)
@given(data=st.binary(max_size=300))
def test_bytes_raise_only_decode_error(name: str, data: bytes) -> None:
    try:
        doc = mfatext.parse(data, layout=name)
    except DecodeError:
        return
    assert_partition(doc)


@pytest.mark.parametrize("path", all_pages(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_real_pages_are_lossless_and_round_trip(path: Path) -> None:
    doc = mfatext.parse_file(path)
    assert_partition(doc)
    assert round_trips(doc)
    check_lossless(mfatext.layouts()[doc.layout], doc.text)  # also: every span lies inside the text


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_layout_on_every_seed(name: str) -> None:
    for text in SAMPLES:
        doc = mfatext.parse(text, layout=name)
        assert_partition(doc)
        assert round_trips(doc)


@given(documents)
def test_any_document_round_trips(doc: Document) -> None:
    assert round_trips(doc)


@given(text=TEXTS)
def test_parsed_documents_round_trip(text: str) -> None:
    assert round_trips(mfatext.parse(text))


@given(text=TEXTS)
def test_tei_is_well_formed_for_any_text(text: str) -> None:
    # Any text a layout parses (control characters included) gives XML that parses back.
    etree.fromstring(tei_document(mfatext.parse(text)).encode())

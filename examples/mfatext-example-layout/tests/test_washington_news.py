"""The washington-news layout on a real page (text copied from corpus/embassy/035.txt of the mfatext
shared corpus: washington.mid.ru/en/press-centre/news/, August 2018, leads shortened)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mfatext_example_layout import layout

import mfatext

PAGE = """\
09 august

On August 9 our senior diplomats paid Ms. Butina another visit

The Embassy continues to provide Maria Butina with necessary consular assistance.

08 august

New “draconian” sanctions against Russia

US sanctions assembly line increases its production output.

27 july

Facts vs Myths in Skripals case

On the Incident in Salisbury

After four and a half months since the Salisbury incident the investigation has not been concluded.
"""


def test_items() -> None:
    """Three items: title and lead as printed; the sub-title line belongs to the lead."""
    doc = mfatext.parse(PAGE, layout="washington-news")
    assert [i.title for i in doc.items] == [
        "On August 9 our senior diplomats paid Ms. Butina another visit",
        "New “draconian” sanctions against Russia",
        "Facts vs Myths in Skripals case",
    ]
    assert doc.items[2].lead == ("On the Incident in Salisbury\nAfter four and a half months since the "
                                 "Salisbury incident the investigation has not been concluded.")


def test_no_year_means_no_published_date() -> None:
    """The day lines print no year: published stays unknown and each item says so."""
    doc = mfatext.parse(PAGE, layout="washington-news")
    assert {i.published for i in doc.items} == {None}
    assert [d.code for d in doc.diagnostics] == ["date.no-year"] * 3


def test_detected_through_the_entry_point() -> None:
    """Installed, the layout is found through the ``mfatext.layouts`` entry point and scored by detection
    (mfatext's own news-list layout also reads this page and may score higher: the plugin scores 0.6)."""
    assert "washington-news" in mfatext.layouts()
    assert ("washington-news", 0.6) in [(c.layout, c.score) for c in mfatext.detect(PAGE)]
    assert mfatext.parse(PAGE, layout="washington-news").layout == "washington-news"


def test_sniff_ignores_other_pages() -> None:
    """A mid.ru article (seed 000's first lines) is not a washington.mid.ru list."""
    assert layout.sniff("Asset Publisher\n\n11 October 202113:23\n") == 0.0


def test_passes_the_kit() -> None:
    """The checks every layout must pass (mfatext.testing)."""
    testing = pytest.importorskip("mfatext.testing")
    testing.check_layout(layout, [PAGE, "", "09 august", "09 august\n\n\n"])


@settings(max_examples=100)
@given(st.lists(st.sampled_from(["09 august", "", "Title", "Lead line.", "31 july", " "]), max_size=20))
def test_segments_rebuild_the_text(parts: list[str]) -> None:
    """Any arrangement of day lines, titles and leads is partitioned exactly."""
    text = "\n".join(parts)
    parsed = layout.parse(text)
    assert "".join(text[s.span.start : s.span.end] for s in parsed.segments) == text

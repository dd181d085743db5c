"""mfatext.testing catches broken layouts (and passes the built-in ones)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import mfatext
from mfatext.models import Article, Paragraph, Segment, Span
from mfatext.plugin import Parsed, SegmentBuilder
from mfatext.testing import (
    SNIFF_WINDOW,
    check_deterministic,
    check_layout,
    check_lossless,
    check_no_crash,
    check_property,
    check_round_trip,
    check_sniff,
)

from .conftest import seed_files

SAMPLES = [p.read_text(encoding="utf-8") for p in seed_files()]
_TOP_DATE = re.compile(r"\d{1,2} \w+ \d{4}")


class Good:
    """Looks only at the top of the text: a date on the first line."""

    name = "t-good"

    def sniff(self, text: str) -> float:
        return 0.8 if _TOP_DATE.match(text[:100]) else 0.0

    def parse(self, text: str) -> Parsed:
        return Parsed(segments=SegmentBuilder(len(text)).finish("paragraph"))


class CountsEverything(Good):
    """Scans the whole document (what the sniff rule forbids)."""

    name = "t-counts"

    def sniff(self, text: str) -> float:
        return min(1.0, text.count("Moscow") / 1000)


class OutOfRange(Good):
    name = "t-range"

    def sniff(self, text: str) -> float:
        return 1.5


class DropsLastChar(Good):
    name = "t-drops"

    def parse(self, text: str) -> Parsed:
        segs = (Segment(kind="paragraph", span=Span(start=0, end=len(text) - 1)),) if len(text) > 1 else ()
        return Parsed(segments=segs)


class CrashesOnEmpty(Good):
    name = "t-empty"

    def parse(self, text: str) -> Parsed:
        if not text:
            raise IndexError("no first line")
        return super().parse(text)


class Random(Good):
    name = "t-random"
    calls = 0

    def parse(self, text: str) -> Parsed:
        Random.calls += 1
        kind = "a" if Random.calls % 2 else "b"
        return Parsed(segments=SegmentBuilder(len(text)).finish(kind))


def test_good_layout_passes_everything() -> None:
    check_layout(Good(), SAMPLES)
    assert check_sniff(Good(), SAMPLES[1:2]) == [0.8]  # seed 001 starts "4 December 2021"


@pytest.mark.parametrize("name", sorted(mfatext.layouts()))
def test_builtin_layouts_pass_the_kit(name: str) -> None:
    check_layout(mfatext.layouts()[name], SAMPLES)


def test_sniff_that_reads_the_whole_text_is_caught() -> None:
    with pytest.raises(AssertionError, match=f"reads past the first {SNIFF_WINDOW}"):
        check_sniff(CountsEverything(), SAMPLES[1:2])


def test_sniff_out_of_range_is_caught() -> None:
    with pytest.raises(AssertionError, match=r"not in \[0, 1\]"):
        check_sniff(OutOfRange(), ["x"])


def test_lossy_segments_are_caught() -> None:
    with pytest.raises(AssertionError, match="ContractError"):
        check_lossless(DropsLastChar(), "abc")
    with pytest.raises(AssertionError, match="do not partition"):
        check_no_crash(DropsLastChar(), [])


def test_crash_on_edge_text_is_caught() -> None:
    with pytest.raises(AssertionError, match=r"parse of 't-empty' raised .*''.*IndexError"):
        check_no_crash(CrashesOnEmpty(), [])


def test_nondeterminism_is_caught() -> None:
    with pytest.raises(AssertionError, match="not deterministic"):
        check_deterministic(Random(), "x")


def test_round_trip_check_passes_for_plain() -> None:
    check_round_trip(mfatext.layouts()["plain"], SAMPLES[2])


def test_property_finds_the_crash() -> None:
    with pytest.raises(AssertionError, match="t-empty"):
        check_property(CrashesOnEmpty(), SAMPLES, max_examples=50)


def test_fixture_from_the_pytest_plugin(layout_check: object) -> None:
    assert callable(layout_check)
    layout_check(Good(), SAMPLES[:2], max_examples=20)


def test_importing_the_kit_does_not_import_pytest_or_hypothesis() -> None:
    code = "import sys, mfatext.testing; print('pytest' in sys.modules, 'hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


class BadTurnSpan(Good):
    """Reports a paragraph past the end of the text (an off-by-one a layout can make)."""

    name = "t-span"

    def parse(self, text: str) -> Parsed:
        para = Paragraph(text="x", span=Span(start=0, end=len(text) + 1))
        item = Article(paragraphs=(para,), span=Span(start=0, end=len(text)))
        return Parsed(items=(item,), segments=SegmentBuilder(len(text)).finish("paragraph"))


def test_span_outside_the_text_is_caught() -> None:
    with pytest.raises(AssertionError, match=r"doc\[1\]\[0\]\.paragraphs\[0\]\.span = \[0, 4\)"):
        check_lossless(BadTurnSpan(), "abc")

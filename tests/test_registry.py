"""Detection, the fallback, ambiguity, unknown names and broken plugins, with layouts registered in tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from attrs import frozen

import mfatext
from mfatext import registry
from mfatext.errors import ContractError, LayoutError, ParseError
from mfatext.models import Segment, Span
from mfatext.plugin import Parsed, SegmentBuilder


@frozen
class Fixed:
    """A test layout with a fixed sniff score; parses everything as one ``paragraph`` segment."""

    name: str
    score: float

    def sniff(self, text: str) -> float:
        return self.score

    def parse(self, text: str) -> Parsed:
        out = SegmentBuilder(len(text))
        return Parsed(segments=out.finish("paragraph"), language="xx")


class Raising(Fixed):
    def sniff(self, text: str) -> float:
        raise RuntimeError("sniffer bug")

    def parse(self, text: str) -> Parsed:
        raise KeyError("parser bug")


class Gappy(Fixed):
    def parse(self, text: str) -> Parsed:
        return Parsed(segments=(Segment(kind="paragraph", span=Span(start=1, end=len(text))),))


@pytest.fixture
def registered() -> Iterator[list[str]]:
    names: list[str] = []

    yield names
    for name in names:
        registry.unregister(name)


def add(names: list[str], layout: Fixed) -> None:
    registry.register(layout)
    names.append(layout.name)


def test_best_score_wins(registered: list[str]) -> None:
    add(registered, Fixed("t-high", 0.9))
    add(registered, Fixed("t-low", 0.6))
    doc = mfatext.parse("hello")
    assert doc.layout == "t-high"
    assert doc.language == "xx"  # the layout's language wins over the script guess
    assert doc.diagnostics == ()


def test_near_tie_is_ambiguous(registered: list[str]) -> None:
    add(registered, Fixed("t-a", 0.8))
    add(registered, Fixed("t-b", 0.75))
    doc = mfatext.parse("hello")
    assert doc.layout == "t-a"  # equal-ish scores: the higher one, deterministic
    assert [d.code for d in doc.diagnostics] == ["layout.ambiguous"]


def test_below_threshold_falls_back_to_plain(registered: list[str]) -> None:
    add(registered, Fixed("t-weak", 0.49))
    doc = mfatext.parse("hello\n\nworld")
    assert doc.layout == "plain"
    assert doc.items == ()
    assert [d.code for d in doc.diagnostics] == ["layout.undetected"]
    assert doc.diagnostics[0].span == Span(start=0, end=12)
    assert [s.kind for s in doc.segments] == ["paragraph", "blank", "paragraph"]


def test_scores_are_clamped_and_raising_sniffers_score_zero(registered: list[str]) -> None:
    add(registered, Fixed("t-over", 7.0))
    add(registered, Fixed("t-nan", float("nan")))
    add(registered, Raising("t-raise", 1.0))
    scores = {c.layout: c.score for c in mfatext.detect("x")}
    assert (scores["t-over"], scores["t-nan"], scores["t-raise"]) == (1.0, 0.0, 0.0)


def test_layout_bug_surfaces_as_parse_error(registered: list[str]) -> None:
    add(registered, Raising("t-raise", 1.0))
    with pytest.raises(ParseError, match=r"t-raise.*KeyError"):
        mfatext.parse("x", layout="t-raise")


def test_bad_segments_raise_contract_error(registered: list[str]) -> None:
    add(registered, Gappy("t-gap", 0.0))
    with pytest.raises(ContractError, match="t-gap"):
        mfatext.parse("abc", layout="t-gap")


def test_unknown_name_lists_known(registered: list[str]) -> None:
    with pytest.raises(LayoutError) as exc:
        registry.get_layout("nope")
    assert "plain" in exc.value.known
    assert "known layouts:" in str(exc.value)


def test_register_refuses_duplicates_and_non_layouts(registered: list[str]) -> None:
    add(registered, Fixed("t-dup", 0.1))
    with pytest.raises(LayoutError, match="already registered"):
        registry.register(Fixed("t-dup", 0.2))
    registry.register(Fixed("t-dup", 0.2), replace=True)
    assert mfatext.layouts()["t-dup"].sniff("") == 0.2
    with pytest.raises(LayoutError, match="not a layout"):
        registry.register(object())  # type: ignore[arg-type]


def test_check_partition() -> None:
    ok = (Segment(kind="a", span=Span(start=0, end=2)), Segment(kind="b", span=Span(start=2, end=3)))
    registry.check_partition(ok, 3)
    with pytest.raises(ContractError, match="segments end at 2"):
        registry.check_partition(ok[:1], 3)
    with pytest.raises(ContractError, match="does not continue"):
        registry.check_partition((ok[1], ok[0]), 3)
    registry.check_partition((), 0)  # the empty text has no segment


def test_broken_entry_point_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    # An installed plugin whose import fails: the others load, the failure is listed, a warning is shown.
    from importlib.metadata import EntryPoint

    real = registry.entry_points
    broken = EntryPoint(name="t-broken", value="no_such_module_xyz:layout", group="mfatext.layouts")
    not_layout = EntryPoint(name="t-notlayout", value="os:sep", group="mfatext.layouts")

    def fake(*, group: str) -> list[EntryPoint]:
        return [*real(group=group), broken, not_layout]

    monkeypatch.setattr(registry, "entry_points", fake)
    monkeypatch.setattr(registry, "_layouts", None)
    monkeypatch.setattr(registry, "_load_errors", {})
    with pytest.warns(UserWarning, match="t-") as caught:
        table = registry.layouts()
    assert sorted(str(w.message).split("'")[1] for w in caught) == ["t-broken", "t-notlayout"]
    assert "plain" in table
    assert "t-broken" not in table
    errors = registry.load_errors()
    assert "ModuleNotFoundError" in errors["t-broken"]
    assert "not a layout" in errors["t-notlayout"]

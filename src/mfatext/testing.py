"""Checks every layout must pass, for plugin authors and for mfatext's own tests.

Plain functions that raise :class:`AssertionError` with a readable message (they work under pytest,
unittest or a script; they do not use ``assert``, so ``python -O`` does not skip them)::

    from mfatext.testing import check_layout
    check_layout(my_layout, [Path("samples/page1.txt").read_text()])

With pytest, ``pytest_plugins = ["mfatext.testing"]`` in a ``conftest.py`` adds the fixture
``layout_check``: ``layout_check(layout, samples)`` runs :func:`check_layout` and then the hypothesis
property :func:`check_property` (arbitrary texts built from the samples' lines). Neither pytest nor
hypothesis is imported until they are used.

The sniff rule (:func:`check_sniff`): a sniffer may read only the first :data:`SNIFF_WINDOW` characters.
The check pads each sample's head to that length and appends two different 5 MB tails (filler lines, and the
sample repeated); both must score the same, so a sniffer that scans the whole document fails.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from mfatext.convert import from_dict, to_dict
from mfatext.models import Document, Span
from mfatext.plugin import Layout, Parsed
from mfatext.registry import check_partition, run_layout

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = [
    "EDGE_TEXTS",
    "SNIFF_WINDOW",
    "check_deterministic",
    "check_layout",
    "check_lossless",
    "check_no_crash",
    "check_property",
    "check_round_trip",
    "check_sniff",
    "texts_from",
]

SNIFF_WINDOW = 65_536
"""How many characters at the start of a text a sniffer may look at."""
_TAIL_SIZE = 5_000_000
_FILLER = "\nlorem ipsum 0123456789" * (_TAIL_SIZE // 22)  # 5 MB of lines no layout claims

EDGE_TEXTS: tuple[str, ...] = (
    "", "\n", "\r\n", "\r", " ", "\u00a0", "\ufeff", "x", "\n\n\n", "a\rb\r\nc\nd", "\u00a0\n\u2009\r\n",
    "Moscow: 01:52\n", "04.12.2021 - \n", "Question:\nAnswer:", "💬 :\n❓", "#\n#tag #", "Pages: ««« :: »»»",
)
"""Texts that break careless parsers: empty, only line breaks, only spaces, a lone BOM, bare labels."""


def _fail(what: str, text: str, detail: str) -> AssertionError:
    shown = text if len(text) <= 80 else text[:77] + "..."
    return AssertionError(f"{what} on text {shown!r} (length {len(text)}): {detail}")


def _name(layout: Layout) -> str:
    return str(getattr(layout, "name", type(layout).__name__))


def _spans(value: object, path: str) -> Iterator[tuple[str, Span]]:
    """Every Span inside ``value`` (attrs models and tuples, recursively), with where it was found."""
    if isinstance(value, Span):
        yield path, value
    elif isinstance(value, tuple):
        for i, part in enumerate(value):
            yield from _spans(part, f"{path}[{i}]")
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]  # attrs.has() checked it
            yield from _spans(getattr(value, field.name), f"{path}.{field.name}")


def check_lossless(layout: Layout, text: str) -> Document:
    """``layout`` parses ``text`` into segments that partition it exactly (sorted, contiguous, non-empty,
    their texts joined give ``text`` back), and every span in the page, the items and the diagnostics lies
    inside the text. Returns the Document."""
    try:
        doc = run_layout(layout, text)
    except Exception as exc:
        raise _fail(f"layout {_name(layout)!r} failed", text, f"{type(exc).__name__}: {exc}") from exc
    joined = "".join(text[s.span.start : s.span.end] for s in doc.segments)
    if joined != text:
        raise _fail("segments do not give the text back", text, f"got {joined[:80]!r}")
    for where, span in _spans((doc.page, doc.items, doc.diagnostics), "doc"):
        if not 0 <= span.start <= span.end <= len(text):
            raise _fail("span outside the text", text, f"{where} = [{span.start}, {span.end})")
    return doc


def _score(layout: Layout, text: str) -> float:
    try:
        score = layout.sniff(text)
    except Exception as exc:
        raise _fail(f"sniff of {_name(layout)!r} raised", text, f"{type(exc).__name__}: {exc}") from exc
    if not isinstance(score, int | float) or math.isnan(score) or not 0.0 <= score <= 1.0:
        raise _fail(f"sniff of {_name(layout)!r} is not in [0, 1]", text, repr(score))
    return float(score)


def _probes(text: str) -> tuple[str, str]:
    """Two texts sharing the first SNIFF_WINDOW characters (the sample's head, padded), then different."""
    head = text[:SNIFF_WINDOW]
    head += " " * (SNIFF_WINDOW - len(head))
    filler = _FILLER
    repeated = ("\n" + text) * (_TAIL_SIZE // (len(text) + 1)) if text else "\n" * _TAIL_SIZE
    return head + filler, head + repeated


def check_sniff(layout: Layout, texts: Iterable[str]) -> list[float]:
    """``sniff`` never raises, returns a number in ``[0, 1]``, and reads only the first
    :data:`SNIFF_WINDOW` characters (see the module's rule). Returns the scores of ``texts``."""
    scores = []
    for text in texts:
        scores.append(_score(layout, text))
        with_filler, with_repeats = _probes(text)
        a, b = _score(layout, with_filler), _score(layout, with_repeats)
        if a != b:
            raise _fail(f"sniff of {_name(layout)!r} reads past the first {SNIFF_WINDOW} characters", text,
                        f"{a} with filler after them, {b} with the text repeated after them")
    return scores


def check_no_crash(layout: Layout, texts: Iterable[str]) -> None:
    """``sniff`` and ``parse`` raise nothing on ``texts`` (and on :data:`EDGE_TEXTS`), and ``parse``
    returns a :class:`~mfatext.plugin.Parsed` whose segments partition the text."""
    for text in (*EDGE_TEXTS, *texts):
        _score(layout, text)
        try:
            parsed = layout.parse(text)
        except Exception as exc:
            raise _fail(f"parse of {_name(layout)!r} raised", text, f"{type(exc).__name__}: {exc}") from exc
        if not isinstance(parsed, Parsed):
            raise _fail(f"parse of {_name(layout)!r} returned no Parsed", text, type(parsed).__name__)
        try:
            check_partition(parsed.segments, len(text), _name(layout))
        except Exception as exc:
            raise _fail("segments do not partition the text", text, str(exc)) from exc


def check_deterministic(layout: Layout, text: str) -> None:
    """Two runs on the same text give equal scores and equal Documents."""
    if _score(layout, text) != _score(layout, text):
        raise _fail(f"sniff of {_name(layout)!r} is not deterministic", text, "two calls differ")
    if run_layout(layout, text) != run_layout(layout, text):
        raise _fail(f"parse of {_name(layout)!r} is not deterministic", text, "two runs differ")


def check_round_trip(layout: Layout, text: str) -> None:
    """The Document survives JSON: ``from_dict(json.loads(json.dumps(to_dict(doc)))) == doc``."""
    doc = run_layout(layout, text)
    data = json.loads(json.dumps(to_dict(doc)))
    back = from_dict(data)
    if back != doc:
        raise _fail("JSON round trip is lossy", text, f"{to_dict(back)} != {data}")


def check_layout(layout: Layout, samples: Sequence[str]) -> None:
    """Run every check: no crash, sniff, then lossless, deterministic and round trip on each sample."""
    check_no_crash(layout, samples)
    check_sniff(layout, [*samples, *EDGE_TEXTS[:4]])
    for text in samples:
        check_lossless(layout, text)
        check_deterministic(layout, text)
        check_round_trip(layout, text)


def texts_from(samples: Sequence[str] = ()) -> SearchStrategy[str]:
    """A hypothesis strategy of texts: arbitrary Unicode (line breaks, NBSP, emoji included) mixed with
    whole lines and fragments of ``samples``, joined by any kind of line break."""
    from hypothesis import strategies as st

    lines = [line for text in samples for line in text.splitlines()]
    noise = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
    pieces = st.one_of(noise, st.sampled_from(lines)) if lines else noise
    breaks = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u00a0\n"])
    return st.lists(st.tuples(pieces, breaks), max_size=30).map(lambda xs: "".join(a + b for a, b in xs))


def check_property(layout: Layout, samples: Sequence[str] = (), *, max_examples: int = 100) -> None:
    """Hypothesis property: on :func:`texts_from` ``samples``, ``layout`` never crashes and is lossless."""
    from hypothesis import HealthCheck, given, settings

    @settings(max_examples=max_examples, deadline=None, suppress_health_check=[HealthCheck.too_slow],
              database=None)
    @given(texts_from(samples))
    def lossless(text: str) -> None:
        _score(layout, text)
        check_lossless(layout, text)

    lossless()


def _fixture_plugin() -> object:
    """The pytest fixtures, built when pytest loads this module as a plugin (pytest is imported only then).
    pytest reads fixtures from the plugin's class, so the class is made here."""
    import pytest

    class Fixtures:
        @pytest.fixture
        def layout_check(self) -> Callable[..., None]:
            """``layout_check(layout, samples, max_examples=100)``: every check plus the property."""

            def run(layout: Layout, samples: Sequence[str] = (), *, max_examples: int = 100) -> None:
                check_layout(layout, samples)
                check_property(layout, samples, max_examples=max_examples)

            return run

    return Fixtures()


def pytest_configure(config: Any) -> None:
    """pytest hook: registers the ``layout_check`` fixture when used as ``pytest_plugins``."""
    config.pluginmanager.register(_fixture_plugin(), "mfatext-testing-fixtures")

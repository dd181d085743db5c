"""Layout discovery, detection, and the one place a layout's result becomes a Document.

Layouts come from the entry-point group ``mfatext.layouts`` (the built-ins register there too). Detection
asks every layout's ``sniff``; a sniffer that raises scores 0 and scores are clamped to ``[0, 1]``. The
best score wins if it is at least :data:`THRESHOLD`; a runner-up closer than :data:`TIE` adds a
``layout.ambiguous`` diagnostic; nothing above the threshold gives ``plain`` with ``layout.undetected``.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping
from importlib.metadata import entry_points
from types import MappingProxyType

from attrs import frozen

from .errors import ContractError, LayoutError, MfatextError, ParseError
from .language import detect_language
from .models import Diagnostic, Document, Segment, Span, _new_document
from .plugin import LAYOUT_GROUP, Layout, Parsed, diagnostic

__all__ = [
    "FALLBACK",
    "THRESHOLD",
    "TIE",
    "Candidate",
    "check_partition",
    "detect",
    "get_layout",
    "layouts",
    "register",
    "run_layout",
    "unregister",
]

THRESHOLD = 0.5
TIE = 0.1
FALLBACK = "plain"

_layouts: dict[str, Layout] | None = None
_load_errors: dict[str, str] = {}


@frozen(kw_only=True)
class Candidate:
    """A layout and how well it matched a text."""

    layout: str
    score: float


def _load() -> dict[str, Layout]:
    global _layouts
    if _layouts is None:
        found: dict[str, Layout] = {}
        for ep in sorted(entry_points(group=LAYOUT_GROUP), key=lambda e: e.name):
            try:
                obj = ep.load()
                layout = obj() if isinstance(obj, type) else obj
            except Exception as exc:  # a broken plugin must not take the others down
                _load_errors[ep.name] = f"{type(exc).__name__}: {exc}"
                warnings.warn(f"mfatext: layout plugin {ep.name!r} failed to load: {exc}", stacklevel=2)
                continue
            if not isinstance(layout, Layout):
                _load_errors[ep.name] = "not a layout (needs name, sniff and parse)"
                warnings.warn(f"mfatext: entry point {ep.name!r} is not a layout", stacklevel=2)
                continue
            found.setdefault(layout.name, layout)
        _layouts = found
    return _layouts


def layouts() -> Mapping[str, Layout]:
    """The registered layouts by name (read-only)."""
    return MappingProxyType(_load())


def load_errors() -> Mapping[str, str]:
    """Entry points that failed to load, with the reason (shown by ``mfatext layouts``)."""
    _load()
    return MappingProxyType(_load_errors)


def register(layout: Layout, *, replace: bool = False) -> None:
    """Register a layout at run time (for notebooks and tests; packages should use entry points)."""
    if not isinstance(layout, Layout):
        raise LayoutError(f"{layout!r} is not a layout (needs name, sniff and parse)")
    table = _load()
    if layout.name in table and not replace:
        raise LayoutError(f"a layout named {layout.name!r} is already registered")
    table[layout.name] = layout


def unregister(name: str) -> None:
    """Remove a layout registered with :func:`register` (or an installed one, for this process)."""
    _load().pop(name, None)


def get_layout(name: str) -> Layout:
    """The layout called ``name``; :class:`~mfatext.errors.LayoutError` lists the known ones otherwise."""
    table = _load()
    try:
        return table[name]
    except KeyError:
        raise LayoutError(f"unknown layout {name!r}", known=tuple(sorted(table))) from None


def _score(layout: Layout, text: str) -> float:
    try:
        score = float(layout.sniff(text))
    except Exception:  # pygments' rule: a sniffer that fails says "not mine"
        return 0.0
    return 0.0 if math.isnan(score) else min(1.0, max(0.0, score))


def detect(text: str) -> list[Candidate]:
    """Score ``text`` with every layout; best first (ties by name, so the order is deterministic)."""
    scored = [Candidate(layout=name, score=_score(lay, text)) for name, lay in _load().items()]
    return sorted(scored, key=lambda c: (-c.score, c.layout))


def _choose(text: str) -> tuple[Layout, list[Diagnostic]]:
    candidates = [c for c in detect(text) if c.layout != FALLBACK]
    whole = Span(start=0, end=len(text))
    if not candidates or candidates[0].score < THRESHOLD:
        best = f" (best: {candidates[0].layout} at {candidates[0].score:.2f})" if candidates else ""
        note = diagnostic("layout.undetected", f"no layout matched{best}; parsed as plain paragraphs", whole)
        return get_layout(FALLBACK), [note]
    top, notes = candidates[0], []
    if len(candidates) > 1 and top.score - candidates[1].score < TIE:
        runner = candidates[1]
        notes.append(diagnostic(
            "layout.ambiguous",
            f"{top.layout} ({top.score:.2f}) chosen over {runner.layout} ({runner.score:.2f})",
            whole,
        ))
    return get_layout(top.layout), notes


def check_partition(segments: tuple[Segment, ...], length: int, layout: str = "?") -> None:
    """Raise :class:`~mfatext.errors.ContractError` unless ``segments`` partition ``[0, length)``."""
    pos = 0
    for seg in segments:
        if seg.span.start != pos or seg.span.end <= seg.span.start:
            raise ContractError(
                f"layout {layout!r}: segment {seg.kind!r} {seg.span.start}-{seg.span.end} "
                f"does not continue at {pos} (segments must be sorted, non-empty, without gaps or overlaps)"
            )
        pos = seg.span.end
    if pos != length:
        raise ContractError(f"layout {layout!r}: segments end at {pos}, the text at {length}")


def run_layout(layout: Layout, text: str, *, source: str | None = None,
               extra: list[Diagnostic] | None = None) -> Document:
    """Run ``layout`` on ``text``, check its result, and build the Document."""
    try:
        parsed = layout.parse(text)
    except MfatextError:
        raise
    except Exception as exc:  # a layout bug must reach the user as a typed error, with where it was
        raise ParseError(f"layout {layout.name!r} failed: {type(exc).__name__}: {exc}", text=text,
                         start=0) from exc
    if not isinstance(parsed, Parsed):
        raise ContractError(f"layout {layout.name!r} returned {type(parsed).__name__}, not Parsed")
    check_partition(parsed.segments, len(text), layout.name)
    return _new_document(source, layout.name, parsed.language or detect_language(text), text, parsed.page,
                         parsed.items, parsed.segments, tuple(extra or ()) + parsed.diagnostics)


def parse_text(text: str, *, layout: str | None = None, source: str | None = None) -> Document:
    """Detect (unless ``layout`` names one) and parse ``text``."""
    if layout is not None:
        return run_layout(get_layout(layout), text, source=source)
    chosen, notes = _choose(text)
    return run_layout(chosen, text, source=source, extra=notes)

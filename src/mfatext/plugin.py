"""The public plugin API: what a layout implements and the helpers it may use.

A layout is any object with a ``name``, a cheap ``sniff(text) -> float`` in ``[0, 1]`` and a
``parse(text) -> Parsed``. Register it under the entry-point group ``mfatext.layouts``::

    [project.entry-points."mfatext.layouts"]
    my-embassy = "my_package.layout:layout"

The registry, not the layout, builds the :class:`~mfatext.models.Document` and checks that the segments
partition the text, so every layout gets the same guarantees. The built-in layouts use only this module,
:mod:`mfatext.cursor`, :mod:`mfatext.models` and :mod:`mfatext.parsers`.

What a layout may import: this module, :mod:`mfatext.cursor` (the line cursor and rule combinators),
:mod:`mfatext.models`, :mod:`mfatext.errors` and the shared parsers ``mfatext.parsers.*`` (dates,
headlines, speakers, turns, the mid.ru selector and table of contents...), never a name starting with
``_``. :mod:`mfatext.testing` holds the checks every layout must pass. The guide "Writing a layout
plugin" walks through a complete third-party layout, ``examples/mfatext-example-layout``.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from attrs import frozen

from .cursor import Lines
from .errors import ContractError
from .models import Diagnostic, Item, Page, Segment, Severity, Span, _new_diagnostic, _new_segment, _new_span

__all__ = [
    "LAYOUT_GROUP",
    "SPEAKER_GROUP",
    "Layout",
    "Parsed",
    "SegmentBuilder",
    "diagnostic",
]

LAYOUT_GROUP = "mfatext.layouts"
"""The entry-point group layouts are registered under."""
SPEAKER_GROUP = "mfatext.speakers"
"""The entry-point group speaker tables are registered under."""


@runtime_checkable
class Layout(Protocol):
    """What a layout implements. ``sniff`` must be cheap (look near the top, never parse the whole
    document) and return a score in ``[0, 1]``; ``parse`` must return segments that partition the text."""

    name: str

    def sniff(self, text: str) -> float:
        """How much ``text`` looks like this layout, from 0 (not at all) to 1 (certainly)."""
        ...

    def parse(self, text: str) -> Parsed:
        """Parse the whole text."""
        ...


@frozen(kw_only=True)
class Parsed:
    """What a layout returns; the registry turns it into a :class:`~mfatext.models.Document`.

    ``language`` may be left ``None``: the registry then decides it from the letters' script.
    """

    page: Page | None = None
    items: tuple[Item, ...] = ()
    segments: tuple[Segment, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    language: str | None = None


def diagnostic(code: str, message: str, span: Span | None = None,
               severity: Severity = "warning") -> Diagnostic:
    """Shorthand for a :class:`~mfatext.models.Diagnostic`."""
    return _new_diagnostic(code, severity, message, span)


class SegmentBuilder:
    """Collects segments left to right and guarantees they stay contiguous.

    Each :meth:`add` continues where the previous one ended; a gap or an overlap is a bug in the layout
    and raises :class:`~mfatext.errors.ContractError` at once, where it happens.
    """

    __slots__ = ("_segments", "pos", "text_length")

    def __init__(self, text_length: int) -> None:
        self.text_length = text_length
        self.pos = 0
        self._segments: list[Segment] = []

    def add(self, kind: str, end: int, start: int | None = None) -> Span | None:
        """Mark ``[pos, end)`` as ``kind`` and return its span (``None`` when empty). If ``start`` is given
        it must equal the current position."""
        pos = self.pos
        if start is not None and start != pos:
            raise ContractError(f"segment {kind!r} starts at {start}, but the previous one ended at {pos}")
        if end < pos or end > self.text_length:
            raise ContractError(f"segment {kind!r} ends at {end}, outside [{pos}, {self.text_length}]")
        if end == pos:
            return None
        span = _new_span(pos, end)
        self._segments.append(_new_segment(kind, span))
        self.pos = end
        return span

    def add_lines(self, kind: str, lines: Lines, i: int, j: int) -> Span | None:
        """Mark lines ``i..j-1`` (with their line breaks) as ``kind``; they must start at the position."""
        return self.add(kind, lines.start(j), start=lines.start(i))

    def finish(self, kind: str = "unknown") -> tuple[Segment, ...]:
        """Mark whatever is left as ``kind`` and return the segments."""
        self.add(kind, self.text_length)
        return tuple(self._segments)

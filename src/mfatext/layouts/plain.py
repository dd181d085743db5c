"""The ``plain`` layout: the fallback for text no other layout recognises.

It claims nothing: no page, no items, only ``paragraph`` segments (runs of non-blank lines) and ``blank``
segments between them. When the registry falls back to it, the document also carries a
``layout.undetected`` diagnostic.
"""

from __future__ import annotations

from mfatext.cursor import Lines
from mfatext.plugin import Parsed, SegmentBuilder

__all__ = ["PlainLayout", "layout"]


class PlainLayout:
    """Paragraphs and blank lines, nothing more."""

    name = "plain"

    def sniff(self, text: str) -> float:
        """Never claims a text: ``plain`` is chosen only as the fallback or by name."""
        return 0.0

    def parse(self, text: str) -> Parsed:
        """Split ``text`` into ``paragraph`` and ``blank`` segments."""
        lines = Lines(text)
        out = SegmentBuilder(len(text))
        i, n = 0, len(lines)
        while i < n:
            blank = lines.blank(i)
            j = i + 1
            while j < n and lines.blank(j) == blank:
                j += 1
            out.add_lines("blank" if blank else "paragraph", lines, i, j)
            i = j
        return Parsed(segments=out.finish())


layout = PlainLayout()

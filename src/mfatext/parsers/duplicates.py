"""Duplicated post bodies: some Telegram renderings print a post's body a second time, without its
first line(s), right after the post (seed 002, corpus/telegram 001, 004, 013, 032)::

    🇷🇺🇷🇸 On September 23, Foreign Minister Sergey Lavrov had a meeting ...   <- body line 1
    🤝 In the course of their exchange of opinions ...                          <- body line 2
    They also exchanged views on ...
    #RussiaSerbia                                                             <- body ends
    🤝 In the course of their exchange of opinions ...                          <- the copy: body lines 2..n
    They also exchanged views on ...
    #RussiaSerbia

The copy is the block of lines that repeats the body from one of its lines (not the first) to its end;
an excerpt may cut it short, the last line then being a prefix of the line it copies. Detection is linear:
each line is looked up in a per-post dict of the lines seen so far; at the first line that repeats, every
non-blank line of the text is hashed once, candidate blocks are then compared by polynomial prefix hashes
in O(1), and only a hash match is confirmed character by character (which then consumes the copy). Blank
lines are ignored, so renderings with blank lines between paragraphs work too.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

__all__ = ["Copy", "CopyFinder", "LineHashes"]

_MOD = (1 << 61) - 1
_BASE = 1_000_003
# A copy must repeat at least this many lines (a single repeated line is too weak a sign).
_MIN_COPY = 2


class LineHashes:
    """The non-blank lines of a text (``rows``: their line indices) with prefix hashes over them.

    ``row_of[i]`` is the row of line ``i``, or -1 for a blank line.
    """

    __slots__ = ("_prefix", "lines", "row_of", "rows")

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.rows: list[int] = []
        self.row_of: list[int] = [-1] * len(self.lines)
        prefix = [0]
        for i, line in enumerate(self.lines):
            if line and not line.isspace():
                self.row_of[i] = len(self.rows)
                self.rows.append(i)
                prefix.append((prefix[-1] * _BASE + hash(line)) % _MOD)
        self._prefix = prefix

    def _block(self, row: int, length: int) -> int:
        return (self._prefix[row + length] - self._prefix[row] * pow(_BASE, length, _MOD)) % _MOD

    def same(self, a: int, b: int, length: int) -> bool:
        """Rows ``a..a+length-1`` hold the same lines as rows ``b..b+length-1`` (hash, then checked)."""
        if self._block(a, length) != self._block(b, length):
            return False
        lines, rows = self.lines, self.rows
        return all(lines[rows[a + k]] == lines[rows[b + k]] for k in range(length))


@frozen(kw_only=True)
class Copy:
    """A duplicated body: lines ``start..end-1``, repeating the body from its line ``skipped + 1``.
    ``truncated`` when the text ends inside the copy."""

    start: int
    end: int
    skipped: int
    truncated: bool = False


class CopyFinder:
    """Feed it a post's body lines in order; it says when a line starts a copy of the body so far.

    The hashes are built on the first candidate only (a line repeated inside a post), so texts without
    repeats pay for one dict lookup per line.
    """

    __slots__ = ("_first", "_hashes", "_lines", "_seen")

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        self._hashes: LineHashes | None = None
        self._first = 0
        self._seen: dict[str, int] = {}

    def start(self, i: int) -> None:
        """A new body starts at line ``i`` (a non-blank line)."""
        self._first = i
        self._seen = {self._lines[i]: i}

    def feed(self, i: int) -> Copy | None:
        """Line ``i`` (non-blank, after the body lines fed so far): the copy it starts, or ``None`` (and
        the line joins the body)."""
        origin_line = self._seen.setdefault(self._lines[i], i)
        if origin_line in (i, self._first):
            return None
        if self._hashes is None:
            self._hashes = LineHashes(self._lines)
        hashes = self._hashes
        row, origin = hashes.row_of[i], hashes.row_of[origin_line]
        skipped = origin - hashes.row_of[self._first]
        length = row - origin
        available = len(hashes.rows) - row
        if length >= _MIN_COPY and available >= length and hashes.same(origin, row, length):
            return Copy(start=i, end=hashes.rows[row + length - 1] + 1, skipped=skipped)
        if _MIN_COPY <= available < length and self._cut_copy(hashes, origin, row, available):
            return Copy(start=i, end=len(hashes.lines), skipped=skipped, truncated=True)
        return None

    @staticmethod
    def _cut_copy(hashes: LineHashes, origin: int, row: int, available: int) -> bool:
        """The text ends inside the copy: all but its last line are whole, the last one is a prefix."""
        lines, last = hashes.lines, hashes.rows[-1]
        if last != len(lines) - 1 or not hashes.same(origin, row, available - 1):
            return False
        return lines[hashes.rows[origin + available - 1]].startswith(lines[last])

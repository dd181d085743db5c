"""The line cursor and the small combinators layouts are written in.

A document is split into lines once (``\\n``, ``\\r\\n`` and ``\\r`` are all line breaks). A *rule* is a
pure function ``(lines, i) -> (value, j) | None``: it looks at line ``i`` onwards and either consumes
lines ``i..j-1`` and returns a value, or returns ``None`` and consumes nothing. Rules compose with
:func:`seq`, :func:`optional`, :func:`many`, :func:`first` and :func:`rule`; a layout reads as the list
of the rules it applies. Inline rules work the same way on characters: ``(text, pos) -> (value, pos) | None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import Any, TypeAlias, TypeVar

from .models import Paragraph, Span, _new_paragraph, _new_span

__all__ = [
    "SPACE",
    "InlineRule",
    "Lines",
    "Match",
    "Rule",
    "alternation",
    "first",
    "is_blank",
    "many",
    "optional",
    "rule",
    "seq",
    "skip_blank",
]

T = TypeVar("T")
Match: TypeAlias = tuple[T, int]
Rule: TypeAlias = Callable[["Lines", int], "Match[T] | None"]
InlineRule: TypeAlias = Callable[[str, int], "Match[T] | None"]

# Every Unicode space a page may use (NBSP, thin, ideographic...), for regexes that match "a space".
SPACE = r"[^\S\r\n]"
_BREAK = re.compile(r"\r\n?|\n")


def is_blank(s: str) -> bool:
    """True when ``s`` holds nothing but whitespace (NBSP and the other Unicode spaces included)."""
    return s.isspace() or not s


class Lines(Sequence[str]):
    """The lines of a text with their character offsets, computed in one pass.

    ``lines[i]`` is line ``i`` without its line break; :meth:`start`, :meth:`end` (before the break) and
    :meth:`stop` (after the break) give its offsets in :attr:`text`.
    """

    __slots__ = ("_ends", "_lines", "_starts", "_stops", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        if "\r" not in text:
            # The common case: the lines are str.split's pieces and their offsets follow from the
            # lengths, all at C speed. The pieces are kept: lines[i] then costs no slicing.
            lines = text.split("\n")
            stops = list(accumulate(len(part) + 1 for part in lines))
            ends = [stop - 1 for stop in stops]
        else:
            ends, stops = [], []
            for m in _BREAK.finditer(text):
                ends.append(m.start())
                stops.append(m.end())
            ends.append(len(text))
            stops.append(len(text) + 1)
            lines = [text[a:b] for a, b in zip([0, *stops[:-1]], ends, strict=True)]
        # The piece after the last break is a line only when it holds something.
        if (stops[-2] if len(stops) > 1 else 0) == len(text):
            ends.pop()
            stops.pop()
            lines.pop()
        else:
            stops[-1] = len(text)
        self._ends, self._stops, self._lines = ends, stops, lines
        self._starts = [0, *stops[:-1]] if stops else []

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return self._lines[i]

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def start(self, i: int) -> int:
        """Offset of the first character of line ``i`` (``len(text)`` past the last line)."""
        return self._starts[i] if i < len(self._starts) else len(self.text)

    def end(self, i: int) -> int:
        """Offset just past the content of line ``i``, before its line break."""
        return self._ends[i]

    def stop(self, i: int) -> int:
        """Offset just past line ``i`` and its line break."""
        return self._stops[i]

    def blank(self, i: int) -> bool:
        """True when line ``i`` is empty or holds only whitespace."""
        line = self._lines[i]
        return not line or line.isspace()

    def span(self, i: int, j: int) -> Span:
        """The span of lines ``i..j-1`` with their line breaks (empty when ``j <= i``)."""
        a = self.start(i)
        return _new_span(a, self.start(j) if j > i else a)

    def stripped(self, i: int) -> tuple[str, int]:
        """Line ``i`` without surrounding spaces (NBSP included) and the offset where that text starts."""
        line = self[i]
        body = line.lstrip()
        return body.rstrip(), self._starts[i] + len(line) - len(body)

    def content_span(self, i: int) -> Span:
        """The span of line ``i`` without its line break."""
        return _new_span(self._starts[i], self._ends[i])

    def paragraph(self, i: int) -> Paragraph:
        """Line ``i`` as a :class:`~mfatext.models.Paragraph`: its text exactly as printed and its
        :meth:`content_span` (the house convention: one printed line is one paragraph)."""
        return _new_paragraph(self._lines[i], _new_span(self._starts[i], self._ends[i]))

    def line_at(self, offset: int) -> int:
        """Index of the line holding character ``offset`` (binary search)."""
        lo, hi = 0, len(self._starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._stops[mid] <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (taken literally), written as a trie: "ju(?:ly|ne)" rather than
    "july|june". The engine then follows one branch per character instead of trying every word in turn.
    Longer words come first at every branch point, so the longest word that fits is matched, as with a
    longest-first alternation. No words: a regex that matches nothing."""
    unique = sorted(set(words))
    return _trie(unique) if unique else "(?!)"


def _trie(words: list[str]) -> str:
    heads: dict[str, list[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(head) + _trie(rests) for head, rests in heads.items()]
    if "" in words:
        branches.append("")  # the word ending here is tried after every longer one
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def skip_blank(lines: Lines, i: int) -> int:
    """Move past blank lines; returns the index of the next non-blank line (or ``len(lines)``)."""
    # The test of Lines.blank written out over the line list: layouts call this at every gap, and a
    # method call per line would cost more than the test.
    texts = lines._lines
    n = len(texts)
    while i < n and (not texts[i] or texts[i].isspace()):
        i += 1
    return i


def rule(name: str, fn: Rule[T]) -> Rule[T]:
    """Give a rule a name (shown in layout tables, errors and docs)."""
    fn.__name__ = name
    fn.__qualname__ = name
    return fn


def optional(fn: Rule[T]) -> Rule[T | None]:
    """Match ``fn`` or nothing: never fails, returns ``None`` without consuming input when ``fn`` fails."""

    def optional_rule(lines: Lines, i: int) -> Match[T | None]:
        found = fn(lines, i)
        return found if found is not None else (None, i)

    return rule(f"optional({getattr(fn, '__name__', 'rule')})", optional_rule)


def many(fn: Rule[T]) -> Rule[list[T]]:
    """Match ``fn`` zero or more times; stops at the first failure or when ``fn`` consumes nothing."""

    def many_rule(lines: Lines, i: int) -> Match[list[T]]:
        values: list[T] = []
        while (found := fn(lines, i)) is not None and found[1] > i:
            values.append(found[0])
            i = found[1]
        return values, i

    return rule(f"many({getattr(fn, '__name__', 'rule')})", many_rule)


def seq(*fns: Rule[Any]) -> Rule[tuple[Any, ...]]:
    """Match every rule in order; fails (consuming nothing) as soon as one fails."""

    def seq_rule(lines: Lines, i: int) -> Match[tuple[Any, ...]] | None:
        values = []
        for fn in fns:
            found = fn(lines, i)
            if found is None:
                return None
            values.append(found[0])
            i = found[1]
        return tuple(values), i

    return rule("seq(" + ", ".join(getattr(f, "__name__", "rule") for f in fns) + ")", seq_rule)


def first(*fns: Rule[Any]) -> Rule[Any]:
    """Try the rules in order and return the first match."""

    def first_rule(lines: Lines, i: int) -> Match[Any] | None:
        for fn in fns:
            found = fn(lines, i)
            if found is not None:
                return found
        return None

    return rule("first(" + ", ".join(getattr(f, "__name__", "rule") for f in fns) + ")", first_rule)

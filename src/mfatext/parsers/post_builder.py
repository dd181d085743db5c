"""Collects the lines of one Telegram post and builds the :class:`~mfatext.models.Post` and its segments.

A layout decides what each line is (lead, text, tail); the builder keeps them in order and, when the post
is closed, derives what the lines say together: paragraphs (one per text line, hashtag lines included, so
a post opening with ``#Victory81`` has that as its first line), turns (shared turns parser, over the
text lines that are not hashtag lines), hashtags (inline ones too, once each, in order), links (link
lines and URLs in the text) and elisions (``<...>``: kept in the text, reported as ``post.elision``).
"""

from __future__ import annotations

from collections.abc import Sequence

from mfatext.cursor import Lines
from mfatext.models import Diagnostic, Paragraph, Post, Reaction, Span, Turn, _new_post, _new_span
from mfatext.plugin import diagnostic

from .post import bullet_led, decoration_line, elisions_in, hashtags_in, urls_in
from .turns import turns_from_paragraphs

__all__ = ["PostBuilder"]

# A line ending like this goes on in the next line ("including:" then a list).
_OPEN_END = (":", ",", ";", "—", "-")


class PostBuilder:
    """The lines of one post, in order, as the layout classifies them."""

    def __init__(self, lines: Lines, start: int, texts: Sequence[str] | None = None) -> None:
        self.lines = lines
        self.texts: Sequence[str] = lines if texts is None else texts  # ``list(lines)``, when at hand
        self.start = start
        self.forwarded_from: str | None = None
        self.quoted = False
        self.saw_blank = False
        self.media: list[str] = []
        self.reactions: list[Reaction] = []
        self._segments: list[tuple[str, int, int]] = []
        self._texts: list[tuple[str, int]] = []
        self._links: list[str] = []
        self._last: tuple[str, int] | None = None
        self.has_body = False
        """At least one text or link line has been added (a plain attribute: the layout reads it per line)."""

    @property
    def lead_empty(self) -> bool:
        """Nothing of the post's lead (forward header, reply quote, media) has been seen yet."""
        return self.forwarded_from is None and not self.quoted and not self.media

    def seg(self, kind: str, i: int, j: int | None = None) -> None:
        """Lines ``i..j-1`` (default: line ``i``) are a ``kind`` segment."""
        self._segments.append((kind, i, i + 1 if j is None else j))

    def text(self, kind: str, i: int, link: str | None = None) -> None:
        """Line ``i`` of the body: ``paragraph``, ``hashtags`` or ``link`` (whose value is ``link``)."""
        self._segments.append((kind, i, i + 1))
        self._last = (kind, i)
        self.has_body = True
        if kind == "link":
            if link is not None:
                self._links.append(link)
        else:
            self._texts.append((kind, i))

    def adjacent_post(self, i: int, kind: str) -> bool:
        """Line ``i`` would start a new post: this post separates its paragraphs by blank lines, yet the
        paragraph on line ``i`` directly follows a hashtag or link line, or a text line that is closed (it
        ends with ".", "!", "»", an emoji...; not with a letter, ":" or ",", which is how the lines of a
        poem or a list go on, and it is not an emoji-only line), and line ``i`` is not a list item."""
        if not self.saw_blank or kind != "paragraph" or self._last is None:
            return False
        last_kind, last = self._last
        if last != i - 1 or bullet_led(self.texts[i]):
            return False
        if last_kind != "paragraph":
            return True
        previous = self.texts[last].rstrip()
        return not (previous[-1:].isalnum() or previous.endswith(_OPEN_END) or decoration_line(previous))

    def close(self, items: list[Post], diagnostics: list[Diagnostic]) -> list[tuple[str, int, int]]:
        """Append the post to ``items`` (unless it holds nothing) and return its segments as
        ``(kind, start, end)`` character offsets, in order."""
        turns: tuple[Turn, ...] = ()
        if self.forwarded_from is not None or self.media or self._texts or self._links:
            post = self._post(diagnostics)
            items.append(post)
            turns = post.turns
        return self._finished_segments(turns)

    def _post(self, diagnostics: list[Diagnostic]) -> Post:
        texts, paragraph = self.texts, self.lines.paragraph
        paragraphs: list[Paragraph] = []
        spoken: list[Paragraph] = []  # what the turns parser reads: not the hashtag lines
        hashtags: dict[str, None] = {}
        links: dict[str, None] = dict.fromkeys(self._links)
        for kind, i in self._texts:
            text = texts[i]
            para = paragraph(i)
            paragraphs.append(para)
            if kind == "paragraph":
                spoken.append(para)
            # The substring tests skip the regexes for the many lines that cannot match them.
            if "#" in text:
                hashtags.update((tag, None) for tag, _, _ in hashtags_in(text))
            if "://" in text or "www." in text:
                links.update((url, None) for url, _, _ in urls_in(text))
            if ">" in text or "]" in text:
                diagnostics.extend(self._elisions(para))
        return _new_post(self.forwarded_from, None, tuple(self.media), tuple(paragraphs),
                         turns_from_paragraphs(spoken), tuple(hashtags), tuple(links), tuple(self.reactions),
                         self._span())

    @staticmethod
    def _elisions(para: Paragraph) -> list[Diagnostic]:
        at = para.span.start
        return [diagnostic("post.elision", "text left out by the channel", _new_span(at + a, at + b),
                           "info")
                for a, b in elisions_in(para.text)]

    def _span(self) -> Span:
        """From the post's first non-blank line to the end of its last one; a duplicated body is a
        rendering artefact after the post, outside its span."""
        kept = [(i, j) for kind, i, j in self._segments if kind not in ("blank", "duplicate")]
        first, last = kept[0][0], kept[-1][1] - 1
        return _new_span(self.lines.start(first), self.lines.end(last))

    def _finished_segments(self, turns: tuple[Turn, ...]) -> list[tuple[str, int, int]]:
        """Line ranges to offsets; paragraphs inside a turn become ``turn``; a run of lines of one kind
        becomes one segment."""
        merged: list[tuple[str, int, int]] = []
        for kind, i, j in self._turn_segments(turns) if turns else self._segments:
            if merged and merged[-1][0] == kind:
                merged[-1] = (kind, merged[-1][1], j)
            else:
                merged.append((kind, i, j))
        start = self.lines.start
        return [(kind, start(i), start(j)) for kind, i, j in merged]

    def _turn_segments(self, turns: tuple[Turn, ...]) -> list[tuple[str, int, int]]:
        """The segments with the paragraph lines a turn holds relabelled ``turn``. Turns are in text
        order, so one pointer walks them (linear)."""
        start = self.lines.start
        out: list[tuple[str, int, int]] = []
        t = 0
        for kind, i, j in self._segments:
            if kind == "paragraph":
                a = start(i)
                while t < len(turns) and turns[t].span.end <= a:
                    t += 1
                if t < len(turns) and turns[t].span.start <= a:
                    kind = "turn"
            out.append((kind, i, j))
        return out

"""Collects the lines of one Telegram post and builds the :class:`~mfatext.models.Post` and its segments.

A layout decides what each line is (lead, text, tail); the builder keeps them in order and, when the post
is closed, derives what the lines say together: paragraphs (one per text line, hashtag lines included, so
a post opening with ``#Victory81`` has that as its first line), turns (shared turns parser, over the
text lines that are not hashtag lines), hashtags (inline ones too, once each, in order), links (link
lines and URLs in the text) and elisions (``<...>``: kept in the text, reported as ``post.elision``).
"""

from __future__ import annotations

from mfatext.cursor import Lines
from mfatext.models import Diagnostic, Paragraph, Post, Reaction, Segment, Span, Turn
from mfatext.plugin import diagnostic

from .post import bullet_led, decoration_line, elisions_in, hashtags_in, urls_in
from .turns import turns_from_paragraphs

__all__ = ["PostBuilder"]

# Segment kinds merged with a neighbour of the same kind (one segment per run, not per line).
_MERGED = frozenset({"blank", "chrome", "duplicate"})
# A line ending like this goes on in the next line ("including:" then a list).
_OPEN_END = (":", ",", ";", "—", "-")


class PostBuilder:
    """The lines of one post, in order, as the layout classifies them."""

    def __init__(self, lines: Lines, start: int) -> None:
        self.lines = lines
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

    @property
    def lead_empty(self) -> bool:
        """Nothing of the post's lead (forward header, reply quote, media) has been seen yet."""
        return self.forwarded_from is None and not self.quoted and not self.media

    @property
    def has_body(self) -> bool:
        """At least one text or link line has been added."""
        return self._last is not None

    def seg(self, kind: str, i: int, j: int | None = None) -> None:
        """Lines ``i..j-1`` (default: line ``i``) are a ``kind`` segment."""
        self._segments.append((kind, i, i + 1 if j is None else j))

    def text(self, kind: str, i: int, link: str | None = None) -> None:
        """Line ``i`` of the body: ``paragraph``, ``hashtags`` or ``link`` (whose value is ``link``)."""
        self.seg(kind, i)
        self._last = (kind, i)
        if kind == "link":
            if link is not None:
                self._links.append(link)
        else:
            self._texts.append((kind, i))

    def adjacent_post(self, i: int, kind: str) -> bool:
        """Line ``i`` would start a new post: this post separates its paragraphs by blank lines, yet line
        ``i`` directly follows a text line, both are plain paragraphs, the previous one does not run on
        (":" at its end, an emoji-only line) and line ``i`` is not a list item."""
        if not self.saw_blank or kind != "paragraph" or self._last is None:
            return False
        last_kind, last = self._last
        if last_kind != "paragraph" or last != i - 1:
            return False
        previous, line = self.lines[last].rstrip(), self.lines[i]
        return not (previous.endswith(_OPEN_END) or decoration_line(previous) or bullet_led(line))

    def close(self, items: list[Post], diagnostics: list[Diagnostic]) -> list[Segment]:
        """Append the post to ``items`` (unless it holds nothing) and return its segments."""
        if self.forwarded_from is not None or self.media or self._texts or self._links:
            post = self._post(diagnostics)
            items.append(post)
            spans = [t.span for t in post.turns]
        else:
            spans = []
        return self._finished_segments(spans)

    def _post(self, diagnostics: list[Diagnostic]) -> Post:
        lines = self.lines
        paragraphs = [Paragraph(text=lines[i], span=lines.content_span(i)) for _, i in self._texts]
        kinds = [kind for kind, _ in self._texts]
        spoken = [para for para, kind in zip(paragraphs, kinds, strict=True) if kind == "paragraph"]
        turns: tuple[Turn, ...] = turns_from_paragraphs(spoken)
        hashtags: dict[str, None] = {}
        links: dict[str, None] = dict.fromkeys(self._links)
        for para in paragraphs:
            hashtags.update((tag, None) for tag, _, _ in hashtags_in(para.text))
            links.update((url, None) for url, _, _ in urls_in(para.text))
            for a, b in elisions_in(para.text):
                span = Span(start=para.span.start + a, end=para.span.start + b)
                diagnostics.append(diagnostic("post.elision", "text left out by the channel", span, "info"))
        return Post(forwarded_from=self.forwarded_from, media=tuple(self.media),
                    paragraphs=tuple(paragraphs), turns=turns, hashtags=tuple(hashtags), links=tuple(links),
                    reactions=tuple(self.reactions), span=self._span())

    def _span(self) -> Span:
        """From the post's first non-blank line to the end of its last one."""
        kept = [(i, j) for kind, i, j in self._segments if kind != "blank"]
        first, last = kept[0][0], kept[-1][1] - 1
        while last > first and self.lines.blank(last):  # a duplicate may end in blank lines
            last -= 1
        return Span(start=self.lines.start(first), end=self.lines.end(last))

    def _finished_segments(self, turn_spans: list[Span]) -> list[Segment]:
        lines = self.lines
        out: list[Segment] = []
        for kind, i, j in self._segments:
            span = Span(start=lines.start(i), end=lines.start(j))
            if kind == "paragraph" and any(t.start <= span.start < t.end for t in turn_spans):
                kind = "turn"
            if out and kind == out[-1].kind and kind in _MERGED:
                span = Span(start=out[-1].span.start, end=span.end)
                out.pop()
            out.append(Segment(kind=kind, span=span))
        return out

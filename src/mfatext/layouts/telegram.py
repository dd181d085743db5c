"""The ``telegram`` layout: a channel's web preview (t.me/s/..., its mirrors and aggregators) as text.

The layout reads as the parsers it applies, in order:

1. chrome lines and the channel card (:func:`~mfatext.parsers.channel.channel_header`) -> ``chrome``
2. posts, one after the other, each made of
   - a lead: ``forward_header`` (``post-header``), ``reply_quote`` (``post-header``), the channel's name
     signing the post on aggregators (``chrome``), ``media_placeholder`` (``media``) and its
     ``VIEW IN TELEGRAM`` button (``chrome``);
   - a body: ``paragraph`` lines (``turn`` when a turn holds them), ``hashtags`` lines, ``link`` lines;
   - a tail: a duplicated body (``duplicate``, :mod:`mfatext.parsers.duplicates`) or a reaction line
     (``reactions``);
3. turns over the post's paragraphs (:func:`~mfatext.parsers.turns.turns_from_paragraphs`).

Nothing separates posts, so a post ends where the next one visibly starts (``Forwarded from``, a media
placeholder), after its reaction line or its duplicated body, or, in renderings that put blank lines
between paragraphs, where a text line directly follows another one (a guess, reported as
``post.boundary``).
"""

from __future__ import annotations

import itertools
import re

from mfatext.cursor import Lines
from mfatext.models import Diagnostic, Post
from mfatext.parsers import post as p
from mfatext.parsers.channel import channel_header, chrome_line, count_line, page_title, terminator
from mfatext.parsers.duplicates import CopyFinder
from mfatext.parsers.post_builder import PostBuilder
from mfatext.plugin import Parsed, SegmentBuilder, diagnostic

__all__ = ["TelegramLayout", "layout"]

_SNIFF_CHARS = 4096
_SNIFF_LINES = 80
_MIN_EMOJI_LED = 3
_MIN_PAIR_CHARS = 30
_MIN_COUNTS = 2
# What the case fold of every fixed line the sniffer knows holds: VIEW IN TELEGRAM and the media
# placeholders, the card's terminators ("download telegram", "join channel", "подписаться на канал",
# "加入频道"...), its chrome ("telegram group search") and a page title ("... – Telegram").
_FOLD_WORDS = ("telegram", "media", "channel", "канал", "加入频道")
_MAX_PHRASE = 100  # fold() gives "" for a longer (stripped) line
_FORWARD_WORDS = ("Forwarded", "Переслано")  # forward_header needs one of them
# The (stripped) lines that may be a count line (a digit first) or a reaction line (an emoji from U+2190
# on, or a joiner, first).
_DIGIT_LED = re.compile(r"\n(\d[^\n]*)")
_SYMBOL_LED = re.compile(r"\n([\u200d\u2190-\U0010ffff][^\n]*)")


class TelegramLayout:
    """Telegram channel web previews rendered as text: posts, forwards, media, hashtags, reactions."""

    name = "telegram"

    def sniff(self, text: str) -> float:
        """Score the first few KB: Telegram's own chrome is certain, emoji-led lines and a repeated pair
        of lines (a duplicated body) with an emoji-led line are likely."""
        # Lines as Lines splits them (\r, \n), not str.splitlines() (which also splits at U+2028, \x0c...).
        top = text[:_SNIFF_CHARS].replace("\r\n", "\n").replace("\r", "\n")
        head = top.split("\n", _SNIFF_LINES)[:_SNIFF_LINES]
        # Every line test strips the line first: they are all run on the stripped lines, and each only
        # on the lines C-speed searches over them joined ("\n" before each line) say it may hold for.
        stripped = list(map(str.strip, head))
        block = "\n" + "\n".join(stripped)
        phrases = _phrase_lines(stripped)
        if any(map(p.fixed_phrase, phrases)) or any(
                map(p.forward_header, _lines_holding(block, _FORWARD_WORDS))):
            return 0.95
        score = _card_score(block, phrases)
        emoji_led = p.count_emoji_led(block[1:])
        # A repeated pair alone may be a plain page saved twice: it counts next to an emoji-led line.
        if emoji_led >= _MIN_EMOJI_LED or (emoji_led and _repeated_pair(head)):
            score = max(score, 0.6)
        return score

    def parse(self, text: str) -> Parsed:
        """Split ``text`` into the channel card and posts."""
        return _Reader(text).run()


def _card_score(block: str, phrases: list[str]) -> float:
    """The score of the card's and the posts' lines among ``block``'s (see :meth:`TelegramLayout.sniff`);
    ``phrases``: the lines that may be a terminator or chrome."""
    # One "3 files" line may be a page's attachments; the card prints several counts.
    if sum(map(count_line, _DIGIT_LED.findall(block))) >= _MIN_COUNTS or any(map(terminator, phrases)):
        return 0.9
    if any(map(page_title, _lines_holding(block, ("Telegram",)))) or any(map(chrome_line, phrases)):
        return 0.8
    return 0.7 if any(map(p.reaction_line, _SYMBOL_LED.findall(block))) else 0.0


def _phrase_lines(stripped: list[str]) -> list[str]:
    """The (stripped) lines that may be a fixed phrase, a terminator or the card's chrome: at most
    ``fold``'s limit long, with one of :data:`_FOLD_WORDS` in their case fold."""
    short = [line for line in stripped if len(line) <= _MAX_PHRASE]
    folded = "\n" + "\n".join(short).casefold()  # no case fold adds or removes a "\n": the same lines
    found, k, done = [], -1, 0
    for start in _line_starts(folded, _FOLD_WORDS):
        k += folded.count("\n", done, start + 1)  # the line's number: the "\n"s up to its own
        done = start + 1
        found.append(short[k])
    return found


def _lines_holding(block: str, words: tuple[str, ...]) -> list[str]:
    """The lines of ``block`` (``"\\n"`` before each line) that hold one of ``words``."""
    lines = []
    for start in _line_starts(block, words):
        end = block.find("\n", start + 1)
        lines.append(block[start + 1 : len(block) if end < 0 else end])
    return lines


def _line_starts(block: str, words: tuple[str, ...]) -> list[int]:
    """The offset of the ``"\\n"`` before each line of ``block`` that holds one of ``words``, in order."""
    found: set[int] = set()
    for word in words:
        at = block.find(word)
        while at >= 0:
            found.add(block.rfind("\n", 0, at))
            end = block.find("\n", at)
            at = -1 if end < 0 else block.find(word, end)
    return sorted(found)


def _repeated_pair(head: list[str]) -> bool:
    """Two consecutive long lines printed twice: the start of a duplicated body."""
    seen: set[tuple[str, str]] = set()
    for a, b in itertools.pairwise(head):
        if len(a) >= _MIN_PAIR_CHARS and len(b) >= _MIN_PAIR_CHARS:
            if (a, b) in seen:
                return True
            seen.add((a, b))
    return False


class _Reader:
    """One pass over the lines: the card, then posts until the text ends."""

    def __init__(self, text: str) -> None:
        self.lines = Lines(text)
        self.n = len(self.lines)
        self.out = SegmentBuilder(len(text))
        self.diagnostics: list[Diagnostic] = []
        self.items: list[Post] = []
        # Plain lists: the loops below index them once per line.
        self.texts: list[str] = list(self.lines)
        self.blank = [not line or line.isspace() for line in self.texts]
        self.finder = CopyFinder(self.texts)
        self.names: frozenset[str] = frozenset()

    def run(self) -> Parsed:
        """Card, posts, and the finished segments."""
        i = self.header()
        while i < self.n:
            i = self.post(i)
        segments = self.out.finish()
        # In text order (a post's elisions are found when it closes, after its own tail was reported).
        diagnostics = sorted(self.diagnostics, key=lambda d: d.span.start if d.span else -1)
        return Parsed(items=tuple(self.items), segments=segments, diagnostics=tuple(diagnostics))

    def header(self) -> int:
        """Chrome lines and the channel card at the top, as ``chrome``."""
        texts, i = self.texts, 0
        while i < self.n and (page_title(texts[i]) or chrome_line(texts[i])):
            i += 1
        found = channel_header(texts, i)
        if found is not None:
            card, i = found
            self.names = frozenset(card.names)
            if card.guessed:
                self.note("channel.header", "the end of the channel card was guessed", 0, i)
        self.out.add_lines("chrome", self.lines, 0, i)
        return i

    def post(self, i: int) -> int:
        """One post from line ``i``: its lead, body and tail; returns the line after it."""
        draft = PostBuilder(self.lines, i, self.texts)
        i = self.lead(draft, i)
        i = self.body(draft, i)
        if i == draft.start:  # defensive: always consume a line
            draft.seg("unknown", i)
            i += 1
        add = self.out.add
        for kind, start, end in draft.close(self.items, self.diagnostics):
            add(kind, end, start=start)
        return i

    def lead(self, draft: PostBuilder, i: int) -> int:
        """Forward header, reply quote, signing name and media placeholders before the text."""
        texts = self.texts
        while i < self.n:
            line = texts[i]
            if self.blank[i]:
                draft.seg("blank", i)
            elif (name := p.forward_header(line)) is not None and draft.lead_empty:
                draft.forwarded_from = name
                draft.seg("post-header", i)
            elif draft.lead_empty and i + 1 < self.n and p.reply_quote(line, texts[i + 1]):
                draft.quoted = True
                draft.seg("post-header", i, i + 2)
                self.note("post.reply-quote", "a reply quote is assumed before the post", i, i + 2)
                i += 1  # two lines: the name and the quoted text
            elif line.strip() in self.names or (phrase := p.fixed_phrase(line)) == p.VIEW_IN_TELEGRAM:
                draft.seg("chrome", i)
            elif (placeholder := self.media(i, phrase)) is not None:
                draft.media.append(placeholder)
                draft.seg("media", i)
            else:
                break
            i += 1
        return i

    def body(self, draft: PostBuilder, i: int) -> int:
        """Text lines until the next post starts; the tail (duplicate, reactions) ends the post."""
        texts, blank, last, n = self.texts, self.blank, self.n - 1, self.n
        maybe_special, finder = p.maybe_special, self.finder
        while i < n:
            if blank[i]:
                j = i + 1
                while j < n and blank[j]:  # the whole run: one segment (runs of one kind merge anyway)
                    j += 1
                draft.seg("blank", i, j)
                draft.saw_blank = draft.saw_blank or draft.has_body
                i = j
                continue
            special = i == last or maybe_special(texts[i])
            if special:
                phrase = p.fixed_phrase(texts[i])
                if self.opens_post(i, phrase):
                    break
                if phrase == p.VIEW_IN_TELEGRAM:  # under a placeholder we do not know: chrome
                    draft.seg("chrome", i)
                    i += 1
                    continue
            if not draft.has_body:
                finder.start(i)
            elif (copy := finder.feed(i)) is not None:
                return self.duplicate(draft, copy.start, copy.end, copy.skipped, copy.truncated)
            if special and (end := self.tail(draft, i)) is not None:
                return end
            kind, link = self.classify(i) if special else ("paragraph", None)
            # new_post needs a blank line seen in this post or just above line i: test that first.
            if (kind == "paragraph" and (draft.saw_blank or blank[i - 1])
                    and (reason := self.new_post(draft, i)) is not None):
                self.note("post.boundary", f"a new post is assumed: {reason}", i, i + 1)
                break
            draft.text(kind, i, link)
            i += 1
        return i

    def new_post(self, draft: PostBuilder, i: int) -> str | None:
        """Why the paragraph on line ``i`` starts a new post although nothing visible opens one (or None)."""
        if draft.adjacent_post(i, "paragraph"):
            return "the line follows a text line without the blank line between this post's paragraphs"
        if draft.has_body and self.blank[i - 1] and self.headline(i):
            return "a headline with its place and date line"
        return None

    def tail(self, draft: PostBuilder, i: int) -> int | None:
        """A reaction line (or a bare count before the next post) ends the post: the line after it."""
        line = self.texts[i]
        if (reactions := p.reaction_line(line)) is not None:
            draft.reactions.extend(reactions)
            draft.seg("reactions", i)
            return i + 1
        if p.bare_count(line) is not None and self.next_starts_post(i + 1):
            draft.seg("reactions", i)
            self.note("reactions.count", "a bare count is taken for the post's views or reactions", i, i + 1)
            return i + 1
        return None

    def duplicate(self, draft: PostBuilder, start: int, end: int, skipped: int, truncated: bool) -> int:
        """Mark a duplicated body; the post ends with it."""
        draft.seg("duplicate", start, end)
        cut = ", cut short by the end of the text" if truncated else ""
        message = f"the post body is printed again without its first {skipped} line(s){cut}"
        self.note("duplicate.body", message, start, end)
        if end < self.n and not self.next_starts_post(end):
            self.note("post.boundary", "a new post is assumed after the duplicated body", end, end + 1)
        return end

    def classify(self, i: int) -> tuple[str, str | None]:
        """``("link", value)``, ``("hashtags", None)`` or ``("paragraph", None)`` for body line ``i``."""
        line = self.texts[i]
        found = p.link_line(line)
        if found is None and self.at_end(i) and (found := p.truncated_phrase(line, p.LINK_PHRASES)):
            self.note("post.truncated", f"{line.strip()!r} is taken for {found!r} cut short", i, i + 1)
        if found is not None:
            return "link", found
        return ("hashtags" if p.hashtag_line(line) else "paragraph"), None

    def media(self, i: int, phrase: str | None) -> str | None:
        """The media placeholder on line ``i`` (``phrase``: its :func:`~mfatext.parsers.post.fixed_phrase`),
        also when an excerpt cuts it short at the end."""
        line = self.texts[i]
        found = None if phrase == p.VIEW_IN_TELEGRAM else phrase
        if found is None and self.at_end(i):
            found = p.truncated_phrase(line, p.MEDIA_PLACEHOLDERS)
            if found is not None:
                self.note("post.truncated", f"{line.strip()!r} is taken for {found!r} cut short", i, i + 1)
        return found

    def starts_post(self, i: int) -> bool:
        """Line ``i`` visibly opens a post: ``Forwarded from`` or a media placeholder."""
        return self.opens_post(i, p.fixed_phrase(self.texts[i]))

    def opens_post(self, i: int, phrase: str | None) -> bool:
        """:meth:`starts_post`, given the line's :func:`~mfatext.parsers.post.fixed_phrase`."""
        line = self.texts[i]
        return p.forward_header(line) is not None or phrase not in (None, p.VIEW_IN_TELEGRAM) or (
            self.at_end(i) and p.truncated_phrase(line, p.MEDIA_PLACEHOLDERS) is not None)

    def headline(self, i: int) -> bool:
        """Line ``i`` is a post's headline: the next non-blank line is a ``📍 place, date`` line."""
        j = i + 1
        while j < self.n and self.blank[j]:
            j += 1
        return j < self.n and p.place_line(self.texts[j])

    def next_starts_post(self, i: int) -> bool:
        """The next non-blank line from ``i`` opens a post, or the text ends."""
        while i < self.n and self.blank[i]:
            i += 1
        return i >= self.n or self.starts_post(i)

    def at_end(self, i: int) -> bool:
        """Line ``i`` is the last one and has no line break: an excerpt may have cut it."""
        return i == self.n - 1 and self.lines.stop(i) == self.lines.end(i)

    def note(self, code: str, message: str, i: int, j: int) -> None:
        """An info diagnostic over lines ``i..j-1``."""
        self.diagnostics.append(diagnostic(code, message, self.lines.span(i, min(j, self.n)), "info"))


layout = TelegramLayout()

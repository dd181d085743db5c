"""The channel header block at the top of a Telegram web preview rendered as text.

A preview page (t.me/s/..., its mirrors and aggregators) starts with the channel card, which is chrome,
not a post::

    Russian Embassy to the UK – Telegram      <- optional page title
    Russian Embassy to the UK                 <- channel title
    3.45K subscribers                         <- counts (some or none)
    2.29K photos
    Official Telegram channel of the ...      <- description (one or more lines, blank lines allowed)
    Download Telegram                         <- terminator ("加入频道", "Subscribe to a channel", ...)

Variants seen in the corpus: no terminator (the first ``Forwarded from`` line ends the card), no counts
and no terminator (title + one description line naming the channel: a guess), aggregator cards
("mid_russia | Unsorted", "Telegram-канал mid_russia - МИД России 🇷🇺", a bare count "119044") and
search pages ("Telegram Group Search").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from mfatext.cursor import SPACE

from .chrome import fold

__all__ = ["ChannelHeader", "channel_header", "chrome_line", "count_line", "page_title", "terminator"]

# How far down the card may reach: a longer "header" is a post, not a card.
_MAX_HEADER_LINES = 40
_COUNT = re.compile(
    rf"\d[\d.,]*{SPACE}?[KkMmКкМм]?{SPACE}+(?:subscribers?|members?|photos?|videos?|files?|links?|"
    r"подписчик\w*|фото\w*|видео|файл\w*|ссыл\w*)",
    re.IGNORECASE,
)
_BARE_COUNT = re.compile(r"\d[\d.,\s]*")
_TERMINATORS = frozenset({"download telegram", "加入频道", "subscribe to a channel", "join channel",
                          "open in telegram", "подписаться на канал"})
_CHROME = frozenset({"telegram group search"})
_PAGE_TITLE = re.compile(rf".+{SPACE}[–—-]{SPACE}Telegram")
_AGGREGATOR_TITLE = re.compile(rf"\S+{SPACE}\|{SPACE}\S.*")
_AGGREGATOR_NAME = re.compile(rf"Telegram-(?:канал|channel){SPACE}+\S+{SPACE}+[-–—]{SPACE}+(?P<name>\S.*)")
_DESCRIPTION = re.compile(r"\b(?:channel|канал\w*)\b", re.IGNORECASE)
# A post signal at the start of a (stripped) line, after the "\n" before it. Runs of spaces (NBSP
# included) are accepted, as the recognisers themselves accept them, but no line break.
_POST_SIGNAL_LINE = re.compile(
    r"\n(?:(?:Forwarded[^\S\n]+from|Переслано[^\S\n]+от)[^\S\n]|Media[^\S\n]+is[^\S\n]+too[^\S\n]+big"
    r"|This[^\S\n]+media[^\S\n]+is[^\S\n]+not[^\S\n]+supported|VIEW[^\S\n]+IN[^\S\n]+TELEGRAM)")
# A line that may be a terminator: one opening with a terminator's first word.
_TERMINATOR_START = re.compile(r"\n(?i:download|加入频道|subscribe|join|open|подписаться)")
# A line that may be a count line: _COUNT opens with a digit.
_DIGIT_LINE = re.compile(r"\n(?=\d)")


@frozen(kw_only=True)
class ChannelHeader:
    """The channel card: its title, the names a post may be signed with, and whether the end was guessed."""

    title: str | None
    names: tuple[str, ...]
    guessed: bool = False


def terminator(line: str) -> bool:
    """``Download Telegram`` and its variants: the last line of the card."""
    return fold(line) in _TERMINATORS


def count_line(line: str) -> bool:
    """``53.5K subscribers``, ``3 files``, ``1.35K links``: a line of the card's counts."""
    return _COUNT.fullmatch(line.strip()) is not None


def page_title(line: str) -> bool:
    """``Russian Embassy, Sweden – Telegram``: the page title some renderings print first."""
    return _PAGE_TITLE.fullmatch(line.strip()) is not None


def chrome_line(line: str) -> bool:
    """Site chrome printed above the card or the posts (``Telegram Group Search``)."""
    return fold(line) in _CHROME


def channel_header(lines: Sequence[str], i: int) -> tuple[ChannelHeader, int] | None:
    """Line rule: the channel card starting at line ``i``; returns the header and the line after it.

    ``lines`` is a :class:`~mfatext.cursor.Lines` or any sequence of line contents (``list(lines)``).
    """
    window = list(map(str.strip, lines[i : i + _MAX_HEADER_LINES]))
    # The card ends at its first line that opens a post or is a terminator (the post signal first).
    # Both are searched for in the window's lines joined by "\n", a search that jumps from one line
    # start to the next at C speed; the joined text starts with "\n" so that every line has one before it.
    joined = "\n" + "\n".join(window)
    signal = _POST_SIGNAL_LINE.search(joined)
    before = joined if signal is None else joined[: signal.start()]  # the lines above the post signal
    end = _terminator_line(window, before)
    if end is not None:
        return _header(window[: end + 1]), i + end + 1
    counts = any(count_line(window[before.count("\n", 0, m.start())]) for m in _DIGIT_LINE.finditer(before))
    if signal is not None:
        # No terminator: the card ends where the first post starts, if it had the card's counts.
        k = before.count("\n")
        return (_header(window[:k]), i + k) if counts else None
    if counts:
        return _header_without_end(window, i)
    return _reduced_header(window, i)


def _terminator_line(window: list[str], joined: str) -> int | None:
    """The index of the first terminator among the window's lines joined in ``joined`` (as above).

    A terminator's line opens with its first word in any case: those lines are found in one search,
    then checked. (re.IGNORECASE matches every letter whose case fold is one of the words' letters, and
    none of the case folds that give several letters, "ß" -> "ss", "ﬁ" -> "fi", occurs in them.)
    """
    for m in _TERMINATOR_START.finditer(joined):
        k = joined.count("\n", 0, m.start())
        if terminator(window[k]):
            return k
    return None


def _header_without_end(window: list[str], i: int) -> tuple[ChannelHeader, int]:
    """Counts but neither a terminator nor a post signal: the card is the counts plus one description line."""
    k, limit = 0, len(window)
    while k < limit and not count_line(window[k]):
        k += 1
    while k < limit and count_line(window[k]):
        k += 1
    if k < limit and window[k]:
        k += 1
    header = _header(window[:k])
    return ChannelHeader(title=header.title, names=header.names, guessed=True), i + k


def _reduced_header(window: list[str], i: int) -> tuple[ChannelHeader, int] | None:
    """Title and one description line naming a channel ("Официальный новостной канал ..."), nothing else."""
    if len(window) < 2 or not window[0] or not window[1]:
        return None
    title, description = window[0], window[1]
    if len(title) > 100 or title[-1:] in ".!?:…" or not _DESCRIPTION.search(description):
        return None
    return ChannelHeader(title=title, names=(title,), guessed=True), i + 2


def _header(card: list[str]) -> ChannelHeader:
    """Title and signing names of the card's (stripped) lines."""
    title: str | None = None
    names: list[str] = []
    for line in card:
        if "Telegram-" in line and (m := _AGGREGATOR_NAME.fullmatch(line)) is not None:
            names.append(m["name"].strip())
            title = title or names[-1]
        elif title is None and line and not _not_a_title(line):
            title = line
            names.append(line)
    return ChannelHeader(title=title, names=tuple(names))


def _not_a_title(line: str) -> bool:
    """Card lines that cannot be the channel's title: page title, chrome, counts, aggregator title."""
    return (page_title(line) or chrome_line(line) or count_line(line)
            or _BARE_COUNT.fullmatch(line) is not None or _AGGREGATOR_TITLE.fullmatch(line) is not None)

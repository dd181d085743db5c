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

from attrs import frozen

from mfatext.cursor import SPACE, Lines

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
_POST_SIGNAL = re.compile(
    rf"(?:Forwarded from|Переслано от){SPACE}|Media is too big|This media is not supported|VIEW IN TELEGRAM")


@frozen(kw_only=True)
class ChannelHeader:
    """The channel card: its title, the names a post may be signed with, and whether the end was guessed."""

    title: str | None
    names: tuple[str, ...]
    guessed: bool = False


def terminator(line: str) -> bool:
    """``Download Telegram`` and its variants: the last line of the card."""
    return line.strip().casefold() in _TERMINATORS


def count_line(line: str) -> bool:
    """``53.5K subscribers``, ``3 files``, ``1.35K links``: a line of the card's counts."""
    return _COUNT.fullmatch(line.strip()) is not None


def page_title(line: str) -> bool:
    """``Russian Embassy, Sweden – Telegram``: the page title some renderings print first."""
    return _PAGE_TITLE.fullmatch(line.strip()) is not None


def chrome_line(line: str) -> bool:
    """Site chrome printed above the card or the posts (``Telegram Group Search``)."""
    return line.strip().casefold() in _CHROME


def channel_header(lines: Lines, i: int) -> tuple[ChannelHeader, int] | None:
    """Line rule: the channel card starting at line ``i``; returns the header and the line after it."""
    limit = min(len(lines), i + _MAX_HEADER_LINES)
    counts = False
    for k in range(i, limit):
        line = lines[k]
        if _POST_SIGNAL.match(line):
            # No terminator: the card ends where the first post starts, if it had the card's counts.
            return (_header(lines, i, k), k) if counts else None
        if terminator(line):
            return _header(lines, i, k + 1), k + 1
        counts = counts or count_line(line)
    if counts:
        return _header_without_end(lines, i, limit)
    return _reduced_header(lines, i)


def _header_without_end(lines: Lines, i: int, limit: int) -> tuple[ChannelHeader, int] | None:
    """Counts but neither a terminator nor a post signal: the card is the counts plus one description line."""
    k = i
    while k < limit and (lines.blank(k) or not count_line(lines[k])):
        k += 1
    while k < limit and count_line(lines[k]):
        k += 1
    if k < limit and not lines.blank(k):
        k += 1
    header = _header(lines, i, k)
    return ChannelHeader(title=header.title, names=header.names, guessed=True), k


def _reduced_header(lines: Lines, i: int) -> tuple[ChannelHeader, int] | None:
    """Title and one description line naming a channel ("Официальный новостной канал ..."), nothing else."""
    if i + 1 >= len(lines) or lines.blank(i) or lines.blank(i + 1):
        return None
    title, description = lines[i].strip(), lines[i + 1]
    if len(title) > 100 or title[-1:] in ".!?:…" or not _DESCRIPTION.search(description):
        return None
    return ChannelHeader(title=title, names=(title,), guessed=True), i + 2


def _header(lines: Lines, i: int, j: int) -> ChannelHeader:
    """Title and signing names of the card spanning lines ``i..j-1``."""
    title: str | None = None
    names: list[str] = []
    for k in range(i, j):
        line = lines[k].strip()
        if not line or page_title(line) or chrome_line(line) or _AGGREGATOR_TITLE.fullmatch(line):
            continue
        if (m := _AGGREGATOR_NAME.fullmatch(line)) is not None:
            names.append(m["name"].strip())
            title = title or names[-1]
            continue
        if title is None and not count_line(line) and not _BARE_COUNT.fullmatch(line):
            title = line
            names.append(line)
    return ChannelHeader(title=title, names=tuple(names))

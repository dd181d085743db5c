"""The pieces of a Telegram post rendered as text, one recogniser per piece.

Each recogniser looks at one line (its content, without the line break) and says what it is::

    Forwarded from Russian MFA 🇷🇺                    forward_header -> "Russian MFA 🇷🇺"
    Media is too big                                 media_placeholder -> "Media is too big"
    VIEW IN TELEGRAM                                 view_in_telegram (chrome)
    #Victory81 #WeRemember                           hashtag_line; hashtags_in -> ["Victory81", ...]
    📄 Read in full / 🔗 Подробнее: https://...        link_line -> "Read in full" / the URL
    👍22💯3👏2🌚1                                       reaction_line -> (Reaction("👍", 22), ...)
    20                                               bare_count (views or reactions without emoji)
    Russian MFA 🇷🇺  +  📺 WATCH: ... democratic…      reply_quote (two lines, at the start of a post)
    📍 New Delhi, March 3, 2023                       place_line (under a post's headline)

and, inside paragraphs, ``hashtags_in``, ``urls_in`` and ``elisions_in`` (``<...>``, ``<…>``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from mfatext.cursor import SPACE
from mfatext.models import Reaction

from .chrome import fold
from .dates import search_date

__all__ = [
    "LINK_PHRASES",
    "MEDIA_PLACEHOLDERS",
    "VIEW_IN_TELEGRAM",
    "bare_count",
    "bullet_led",
    "count_emoji_led",
    "decoration_line",
    "elisions_in",
    "emoji_led",
    "fixed_phrase",
    "forward_header",
    "hashtag_line",
    "hashtags_in",
    "link_line",
    "maybe_special",
    "media_placeholder",
    "place_line",
    "reaction_line",
    "reply_quote",
    "truncated_phrase",
    "urls_in",
    "view_in_telegram",
]

MEDIA_PLACEHOLDERS = (
    "This media is not supported in your browser",
    "Media is too big",
    "Please open Telegram to view this post",
)
"""The placeholders Telegram prints where a photo or video could not be shown (as printed)."""
VIEW_IN_TELEGRAM = "VIEW IN TELEGRAM"
_MEDIA = {p.casefold(): p for p in MEDIA_PLACEHOLDERS}
_VIEW_FOLDED = VIEW_IN_TELEGRAM.casefold()  # as chrome.fold gives it

# Matched against the stripped line, so no pattern needs a trailing run of spaces (which, after a lazy
# or optional part, would backtrack quadratically over the NBSP runs these pages are full of).
_FORWARD = re.compile(rf"(?:Forwarded{SPACE}+from|Переслано{SPACE}+от){SPACE}+(?P<name>\S.*)")
# The lookbehind (not inside a word or URL) follows the "#": a pattern that opens with a literal lets
# the engine jump from one "#" to the next instead of trying the lookbehind at every character.
_HASHTAG = re.compile(r"#(?<![\w#/&=]#)(?P<tag>\w+)")
_HASHTAG_LINE = re.compile(r"#\w+(?:\s+#\w+)*")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]+")
_URL_TAIL = ".,;:!?)]»”’'"
_ELISION = re.compile(r"<(?:\.\.\.|…)>|\[(?:\.\.\.|…)\]")
# A link line: optional leading emoji/arrows, a "read more" label, optional ":" and URL. "Full text/list/
# video" may carry a short note in brackets ("FULL LIST (41 individuals)"), nothing else: a paragraph that
# opens with "Full text of the statement was ..." is text.
_LINK_LABEL = re.compile(
    r"[^\w\s]*\s*(?P<label>(?:read|watch|listen)\s+(?:in\s+full|more)"
    rf"|full\s+(?:text|list|video)(?:{SPACE}*\([^()\n]{{0,60}}\))?"
    r"|подробнее|читать\s+(?:полностью|далее)|смотреть\s+полностью|полный\s+текст)"
    rf"(?:{SPACE}*:)?(?:{SPACE}*(?P<url>(?:https?://|www\.)\S+))?",
    re.IGNORECASE,
)
LINK_PHRASES = ("Read in full", "Watch in full", "Подробнее")
"""Link labels, for recognising one cut short at the end of an excerpt (``READ IN FU``)."""
_BARE_URL = re.compile(rf"[^\w\s]*{SPACE}*(?P<url>(?:https?://|www\.)\S+)")
# One reaction: emoji (non-ASCII symbols; never letters, digits or spaces) then its count ("1.2K").
# Emoji are taken from U+2190 on (arrows, symbols, pictographs) plus the zero-width joiner, so "©2021"
# or "№1" is not a reaction.
_EMOJI = r"(?:[^\w\s\x00-\u218f]|\u200d)+"
# A count has at most 15 digits before and after the separator: no channel has a quadrillion
# views, and a longer run of digits is text (it would also overflow a float or int() digit limits).
_NUMBER = r"\d{1,15}(?:[.,]\d{1,15})?[KkMm]?"
_REACTION = re.compile(rf"(?P<emoji>{_EMOJI})(?P<count>{_NUMBER})")
_REACTIONS = re.compile(rf"(?:{_EMOJI}{_NUMBER})+")
_PICTOGRAPH = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u203C\u2049\u2139\u231A-\u23FF\u25AA-\u25FE]"
_EMOJI_LED = re.compile(r"\s*" + _PICTOGRAPH)
# The same test after every "\n" of a block of lines ("\n" excluded from the spaces): one search counts
# the emoji-led lines of a block, with no call per line.
_EMOJI_LED_LINE = re.compile(r"\n[^\S\n]*" + _PICTOGRAPH)
_COUNT = re.compile(_NUMBER)
_MAX_COUNT = 32  # the longest _NUMBER
_BULLET = re.compile(r"\s*(?:[•·\-–—*◾▪▫◽◼◻■□➖✔✅☑🔹🔸🔷🔶🔺🔻▶►]|\d{1,2}[.)]\s)")
# What every recogniser above needs to see at the start of a line; a line that does not match this is
# plain text, which lets a layout skip the recognisers for most lines. The lookaheads on the first letter
# of the case-insensitive words let most lines fail with one test instead of trying every word.
_MAYBE_SPECIAL = re.compile(
    r"\s*(?:Forwarded\s+from|Переслано\s+от"
    r"|(?=(?i:[tmpv]))(?i:this\s+media|media\s+is|please\s+open|view\s+in)|#|\d"
    rf"|{_EMOJI}\d)"
    r"|\s*[^\w\s]*\s*(?=(?i:[rwlfпчсh]))(?i:read|watch|listen|full|подробнее|читать|смотреть|полный|https?://|www\.)"
)
_MAX_QUOTE_NAME = 60
_MIN_QUOTE = 60  # Telegram cuts a quoted message after a hundred characters or so
_MAX_PLACE_LINE = 100


def maybe_special(line: str) -> bool:
    """Cheap test: ``False`` means none of the line classifiers a layout dispatches on can match ``line``
    (:func:`forward_header`, :func:`media_placeholder`, :func:`view_in_telegram`, :func:`hashtag_line`,
    :func:`link_line`, :func:`reaction_line`, :func:`bare_count`): it is a plain text line."""
    return _MAYBE_SPECIAL.match(line) is not None


def forward_header(line: str) -> str | None:
    """``Forwarded from <channel>``: the source channel's name as shown, emoji kept."""
    if "Forwarded" not in line and "Переслано" not in line:  # most lines: no strip, no regex
        return None
    m = _FORWARD.fullmatch(line.strip())
    return m["name"] if m else None


def media_placeholder(line: str) -> str | None:
    """One of :data:`MEDIA_PLACEHOLDERS` (any case, any spaces): the placeholder as Telegram prints it."""
    return _MEDIA.get(fold(line))


def view_in_telegram(line: str) -> bool:
    """``VIEW IN TELEGRAM``: the button under a media placeholder (chrome)."""
    return fold(line) == _VIEW_FOLDED


def fixed_phrase(line: str) -> str | None:
    """:data:`VIEW_IN_TELEGRAM` or the media placeholder (as printed) that ``line`` is, in any case and
    spacing (:func:`view_in_telegram`, :func:`media_placeholder`): one fold of the line for both."""
    folded = fold(line)
    return VIEW_IN_TELEGRAM if folded == _VIEW_FOLDED else _MEDIA.get(folded)


def truncated_phrase(line: str, phrases: tuple[str, ...]) -> str | None:
    """A known phrase cut short where an excerpt ends (``Please open Telegr``, ``READ IN FU``).

    Call it only for the last line of a text; needs at least four characters of the phrase.
    """
    cut = fold(line)
    if len(cut) < 4:
        return None
    for phrase in phrases:
        if phrase.casefold().startswith(cut):
            return phrase
    return None


def hashtags_in(text: str) -> Iterator[tuple[str, int, int]]:
    """Every ``#tag`` in ``text`` (not inside a URL): ``(tag without "#", start, end)``."""
    for m in _HASHTAG.finditer(text):
        yield m["tag"], m.start(), m.end()


def hashtag_line(line: str) -> bool:
    """A line holding nothing but hashtags: ``#Europe #EU #Germany``."""
    return "#" in line and _HASHTAG_LINE.fullmatch(line.strip()) is not None


def urls_in(text: str) -> Iterator[tuple[str, int, int]]:
    """Every URL in ``text`` (trailing punctuation left out): ``(url, start, end)``."""
    for m in _URL.finditer(text):
        url = m.group().rstrip(_URL_TAIL)
        yield url, m.start(), m.start() + len(url)


def elisions_in(text: str) -> Iterator[tuple[int, int]]:
    """Every elision mark ``<...>``, ``<…>``, ``[...]``: ``(start, end)``."""
    for m in _ELISION.finditer(text):
        yield m.span()


def link_line(line: str) -> str | None:
    """A line that is only a link: ``Read in full``, ``📄 Read in full``, ``👉 READ IN FULL``,
    ``📄 FULL LIST (41 individuals)``, ``🔗 Подробнее: <url>`` or a bare URL.

    Returns the URL when the line has one, else the label as printed (without the leading emoji).
    """
    s = line.strip()
    m = _LINK_LABEL.fullmatch(s)
    if m is not None:
        return m["url"].rstrip(_URL_TAIL) if m["url"] else m["label"]
    m = _BARE_URL.fullmatch(s)
    return m["url"].rstrip(_URL_TAIL) if m else None


def reaction_line(line: str) -> tuple[Reaction, ...] | None:
    """``👍62👏2🥰1``: the reactions under a post, as ``Reaction(emoji, count)`` pairs ("1.2K" is 1200)."""
    s = line.strip()
    # Reactions open with an emoji (from U+2190 on, or a joiner): most lines fail on their first character.
    if not s or (s[0] < "\u2190" and s[0] != "\u200d") or _REACTIONS.fullmatch(s) is None:
        return None
    return tuple(Reaction(emoji=m["emoji"], count=_count(m["count"])) for m in _REACTION.finditer(s))


def bare_count(line: str) -> int | None:
    """A bare count (``20``, ``1.2K``) printed under a post: its views or reactions without the emoji."""
    s = line.strip()
    # A count is at most 15 digits, a separator, 15 digits and a suffix: a longer line is text.
    return _count(s) if len(s) <= _MAX_COUNT and _COUNT.fullmatch(s) else None


def bullet_led(line: str) -> bool:
    """A list item: ``• ...``, ``- ...``, ``◾️ ...``, ``🔹 ...``, ``1. ...``."""
    return _BULLET.match(line) is not None


def emoji_led(line: str) -> bool:
    """A line opening with a pictograph or flag (``🤝 ...``, ``❗️ ...``, ``🇷🇺🇷🇸 ...``), the mark of a post."""
    return _EMOJI_LED.match(line) is not None


def count_emoji_led(block: str) -> int:
    """How many lines of ``block`` (lines joined by ``"\\n"``) are :func:`emoji_led`."""
    return len(_EMOJI_LED_LINE.findall("\n" + block))


def decoration_line(line: str) -> bool:
    """A non-blank line without a letter or digit (``☦️``, ``🇷🇺🇨🇦``, ``***``): it belongs to what follows."""
    return bool(line.strip()) and not any(c.isalnum() for c in line)


def place_line(line: str) -> bool:
    """``📍 New Delhi, March 3, 2023``: the place and date line printed under a post's headline."""
    s = line.strip()
    return s.startswith("📍") and len(s) <= _MAX_PLACE_LINE and search_date(s, 0, len(s)) is not None


def reply_quote(first: str, second: str) -> bool:
    """The quoted message a post replies to: a channel name (``Russian MFA 🇷🇺``: short, no sentence
    punctuation, not an emoji-led headline), then the quoted text on one line, cut by Telegram with ``…``
    (``📺 WATCH: Complete video ... Western hegemony or democratic…``)."""
    name, quoted = first.strip(), second.strip()
    if not name or len(name) > _MAX_QUOTE_NAME or name[-1] in ".!?:;,…" or emoji_led(name):
        return False
    return quoted.endswith("…") and len(quoted) >= _MIN_QUOTE


def _count(s: str) -> int:
    # Decimal, not float: exact ("1.2K" is 1200, never 1199) and no overflow whatever the digits.
    scale = {"k": 1000, "m": 1_000_000}.get(s[-1:].casefold(), 1)
    number = s[:-1] if scale > 1 else s
    return int(Decimal(number.replace(",", ".")) * scale)

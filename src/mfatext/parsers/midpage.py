"""The page furniture of mid.ru article pages: chrome lines, the run-together date line, the trailer and
the bot-check page. The ``mid-article`` layout composes these with :mod:`~mfatext.parsers.selector` and
:mod:`~mfatext.parsers.toc`; another layout for a mid.ru-hosted page may reuse them.
"""

from __future__ import annotations

import datetime as dt
import re

from mfatext.cursor import SPACE, Lines, Match
from mfatext.parsers.dates import moscow, parse_date
from mfatext.parsers.turns import label_at

__all__ = [
    "asset_publisher_line",
    "date_line",
    "document_number_line",
    "is_asset_publisher",
    "is_blocked",
    "is_document_number",
    "is_more_line",
    "is_settings_line",
    "is_trailer_line",
    "parse_date_line",
    "trailer_start",
]

_S = SPACE
_ASSET = frozenset(("asset publisher", "публикатор"))
_MORE = frozenset(("additional materials", "дополнительные материалы"))
_SETTINGS = frozenset(("advanced settings", "дополнительные настройки", "расширенные настройки"))
_TRAILER = _MORE | _SETTINGS
# The characters a line of each vocabulary can start with: every character whose case folding begins with
# a key's first letter ("ẚ" folds to "aʾ"). A line starting with anything else (but a space) is turned
# away by one look at its first character, before any splitting and folding.
_ASSET_FIRSTS = "AaẚПп"
_TRAILER_FIRSTS = "AaẚДдᲁРр"  # "additional materials", "advanced settings" and their Russian forms

_BLOCKED = re.compile(
    r"data\sprocessing\W{0,10}please,?\s*wait|обработка\sданных\W{0,10}пожалуйста,?\s*подождите",
    re.IGNORECASE,
)
_BLOCKED_HEAD = 1000  # the phrase is the page's first words
_BLOCKED_LONGEST = 5000


# A sound filter before the exact test, which case-folds the head (slow on Cyrillic text). Each phrase
# holds pieces whose letters, where they stand, can only come from their own upper or lower case form
# (no "ſ", "ß", ligature or old Cyrillic variant can fold into them there): "data", "proce", "plea",
# "wai"; "бра", "анных", "жалуй". They are looked for in the UTF-8 bytes of the head with both cases
# mapped to the same bytes (ASCII A-Z; the second byte of А-П and Р-Я; the Cyrillic lead byte D1 to
# D0). The mapping merges a few other letters too, which only lets more texts through to the exact test.
_FOLD_BYTES = bytes(
    b + 0x20 if 0x41 <= b <= 0x5A or 0x90 <= b <= 0x9F
    else b - 0x20 if 0xA0 <= b <= 0xAF
    else 0xD0 if b == 0xD1
    else b
    for b in range(256)
)
_HINTS = tuple(
    tuple(piece.encode().translate(_FOLD_BYTES) for piece in pieces.split())
    for pieces in ("data proce plea wai", "бра анных жалуй")
)


def is_blocked(text: str) -> bool:
    """True for the anti-bot interstitial mid.ru serves instead of a page ("Data processing... Please,
    wait."): a short text with that phrase near the top."""
    if len(text) >= _BLOCKED_LONGEST:
        return False
    head = text[:_BLOCKED_HEAD]
    folded = head.encode("utf-8", "surrogatepass").translate(_FOLD_BYTES)
    latin, cyrillic = _HINTS  # each first piece alone turns most pages away, before any generator
    if not (latin[0] in folded and all(piece in folded for piece in latin)) and not (
        cyrillic[0] in folded and all(piece in folded for piece in cyrillic)
    ):
        return False
    return _BLOCKED.search(head.casefold()) is not None


# "11 October 202113:23" (run together), "18 July 2022 00:03" (new site), "11. Oktober 2021 13:23",
# "11 de octubre de 2021 13:23". One pass: every part is a bounded run of one character class.
_DATE_TIME = re.compile(
    rf"{_S}*(?P<day>\d{{1,2}})\.?{_S}+(?:de{_S}+)?(?P<month>[^\W\d_]{{3,12}})\.?{_S}+(?:de{_S}+)?"
    rf"(?P<year>\d{{4}})(?P<gap>{_S}*)(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d){_S}*"
)
# Month names of the site's other languages (English and Russian come from parsers.dates).
_OTHER_MONTHS: dict[str, int] = {
    name: n
    for n, names in enumerate(
        (
            "januar janvier enero janeiro",
            "februar février fevrier febrero fevereiro",
            "märz mars marzo março",
            "april avril abril",
            "mai mayo maio",
            "juni juin junio junho",
            "juli juillet julio julho",
            "august août aout agosto",
            "september septembre septiembre setiembre setembro",
            "oktober octobre octubre outubro",
            "november novembre noviembre novembro",
            "dezember décembre decembre diciembre dezembro",
        ),
        start=1,
    )
    for name in names.split()
}
_DOCUMENT_NUMBER = re.compile(rf"{_S}*\d{{1,5}}-\d{{2}}-\d{{2}}-\d{{4}}{_S}*")
_TAG_END = frozenset('.!?:;…,"”»')
_LONGEST_TAG = 80
_TRAILER_LOOKBACK = 30  # non-blank lines looked at above "Advanced settings": keeps the scan O(1)


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


# Each test below looks at the first character before anything else: it turns away almost every line, and
# is written out in each function because a helper call would cost as much as the look itself.


def _may_be_numeric(line: str) -> bool:
    """Whether ``line`` can match a pattern that starts with optional spaces and ``\\d`` (a Unicode
    decimal digit, what ``isdecimal`` tells): a word first turns it away."""
    first = line[:1]
    return first.isdecimal() or first.isspace()


def is_more_line(line: str) -> bool:
    """True for the "Additional materials" trailer heading."""
    return len(line) < 60 and ((c := line[:1]) in _TRAILER_FIRSTS or c.isspace()) and _key(line) in _MORE


def is_settings_line(line: str) -> bool:
    """True for the "Advanced settings" trailer line that ends every old mid.ru page."""
    return len(line) < 60 and ((c := line[:1]) in _TRAILER_FIRSTS or c.isspace()) and _key(line) in _SETTINGS


def is_trailer_line(line: str) -> bool:
    """True for either trailer line ("Additional materials" or "Advanced settings"), tested at once."""
    return len(line) < 60 and ((c := line[:1]) in _TRAILER_FIRSTS or c.isspace()) and _key(line) in _TRAILER


def is_asset_publisher(line: str) -> bool:
    """True for the portlet title "Asset Publisher" the old site printed above the article."""
    return len(line) < 60 and ((c := line[:1]) in _ASSET_FIRSTS or c.isspace()) and _key(line) in _ASSET


def is_document_number(line: str) -> bool:
    """True for a new-site document number line ("1487-18-07-2022")."""
    return len(line) < 40 and _may_be_numeric(line) and _DOCUMENT_NUMBER.fullmatch(line) is not None


def asset_publisher_line(lines: Lines, i: int) -> Match[str] | None:
    """Line rule: the "Asset Publisher" line (see :func:`is_asset_publisher`)."""
    if i < len(lines) and is_asset_publisher(lines[i]):
        return lines[i].strip(), i + 1
    return None


def parse_date_line(line: str) -> tuple[dt.datetime | None, bool] | None:
    """A date-and-time line ("11 October 202113:23", "11 октября 202113:23", "18 July 2022 00:03") as
    ``(moment, run_together)``; the moment is ``None`` when the month name is unknown. ``None`` when the
    line is not a date line."""
    if len(line) >= 60 or not _may_be_numeric(line):
        return None
    m = _DATE_TIME.fullmatch(line)
    if m is None:
        return None
    value = parse_date(line)
    if not isinstance(value, dt.datetime):
        value = _other_language(m)
    return value, not m["gap"]


def _other_language(m: re.Match[str]) -> dt.datetime | None:
    month = _OTHER_MONTHS.get(m["month"].casefold())
    hour, minute = int(m["hour"]), int(m["minute"])
    if month is None or hour > 23:
        return None
    try:
        day = dt.date(int(m["year"]), month, int(m["day"]))
    except ValueError:
        return None
    return moscow(day, dt.time(hour, minute))


def date_line(lines: Lines, i: int) -> Match[dt.datetime | None] | None:
    """Line rule: a date-and-time line (see :func:`parse_date_line`); the value is the tz-aware
    Moscow moment (``None`` when the month is unknown)."""
    found = parse_date_line(lines[i]) if i < len(lines) else None
    return None if found is None else (found[0], i + 1)


def document_number_line(lines: Lines, i: int) -> Match[str] | None:
    """Line rule: a new-site document number (see :func:`is_document_number`)."""
    if i < len(lines) and is_document_number(lines[i]):
        return lines[i].strip(), i + 1
    return None


def _looks_like_tag(line: str) -> bool:
    """A related-organisation tag ("Council of Europe (CoE)"): short, no sentence punctuation at the end,
    not a date (the signature line "August 13, 2015" is body) and not a speaker label."""
    s = line.strip()
    return (
        len(s) <= _LONGEST_TAG and s[-1] not in _TAG_END and parse_date(s) is None and label_at(s, 0) is None
    )


def trailer_start(lines: Lines, lo: int) -> tuple[int, bool]:
    """Where the trailer begins: ``(index, guessed)``.

    The trailer is "Additional materials" (then tag lines) and "Advanced settings" at the very end. Tag
    lines without the "Additional materials" heading (025) are taken as trailer only when two or more
    blank lines separate them from the body; ``guessed`` is then true. ``len(lines)`` when there is no
    trailer. Only lines at or after ``lo`` are considered.
    """
    k = len(lines) - 1
    while k >= lo and lines.blank(k):
        k -= 1
    if k < lo or not is_trailer_line(lines[k]):
        return len(lines), False
    start, first_tag, seen = k, None, 0
    j = k - 1
    while j >= lo and seen < _TRAILER_LOOKBACK:
        line = lines[j]
        if not line or line.isspace():
            j -= 1
            continue
        seen += 1
        if is_more_line(line):
            return j, False
        if not _looks_like_tag(line):
            break
        first_tag = j
        j -= 1
    if (
        first_tag is not None
        and first_tag - 2 >= lo
        and lines.blank(first_tag - 1)
        and lines.blank(first_tag - 2)
    ):
        return first_tag, True
    return start, False

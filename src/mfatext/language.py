"""Which language a text is in, from its letters.

The script decides first: a Cyrillic majority (by letter count) is Russian. Latin text is told apart
among the languages of mid.ru (English, German, French, Spanish, Portuguese) by counting very common
short words; English wins ties, as it is by far the most common Latin-script language of these pages.
"""

from __future__ import annotations

__all__ = ["detect_language"]

# Letters are counted on the UTF-8 bytes, where each letter has exactly one lead byte: Cyrillic
# U+0400-U+04FF leads with 0xD0-0xD3, Latin-1 and Latin Extended-A/B letters (U+00C0-U+024F) with
# 0xC3-0xC9, ASCII letters are themselves. One bytes.translate (at C speed) deletes every other byte and
# writes "c" for a Cyrillic letter, "l" for a Latin one; counting the "c"s then gives both counts.
_CYRILLIC_LEADS = bytes(range(0xD0, 0xD4))
_LATIN_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + bytes(range(0xC3, 0xCA))
_KIND = bytes(
    0x63 if b in _CYRILLIC_LEADS else 0x6C if b in _LATIN_BYTES else b for b in range(256)
)
_NEITHER = bytes(b for b in range(256) if b not in _CYRILLIC_LEADS and b not in _LATIN_BYTES)

_STOPWORDS: dict[str, str] = {
    "en": "the of and to in is that for with on was by are as",
    "de": "der die das und den ist nicht mit von sich auf für dem des",
    "fr": "le la les et des est que une dans pour qui sur du au",
    "es": "el la los las y que en del por con una para es se",
    "pt": "o os as que em do da dos das com uma para não é",
}
# Each stopword -> the languages it votes for, one letter each ("la" -> b"fs": French and Spanish), so
# that a sample's votes are one bytes string (built at C speed) whose letters are counted at C speed.
_CODE = {lang: str(k).encode() for k, lang in enumerate(_STOPWORDS)}
_EN = _CODE["en"]
_VOTES: dict[bytes, bytes] = {}
for _lang, _spaced in _STOPWORDS.items():
    for _word in _spaced.encode("latin-1").split():
        _VOTES[_word] = _VOTES.get(_word, b"") + _CODE[_lang]
# Words are runs of [a-zà-ÿ] in the lowered sample. They are cut at C speed on Latin-1 bytes: one
# bytes.translate lowers A-Z and À-Þ (as str.lower does; × is no letter) and turns every other byte into
# a space (anything outside Latin-1 was encoded as "?"), then split().
_SEPARATE = bytes(
    b + 0x20 if 0x41 <= b <= 0x5A or (0xC0 <= b <= 0xDE and b != 0xD7)
    else b if 0x61 <= b <= 0x7A or b >= 0xE0
    else 0x20
    for b in range(256)
)
# Characters looked at for the stopword vote: about 150 words, enough to tell the languages apart (the
# letters, counted on the whole text, already decided between Cyrillic and Latin), and O(1) per document.
_SAMPLE = 1_000


def _letters(text: str) -> tuple[int, int]:
    """Counts of Cyrillic and Latin letters in ``text``."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: counted like any other non-letter
        data = text.encode("utf-8", "surrogatepass")
    kinds = data.translate(_KIND, _NEITHER)
    cyrillic = kinds.count(b"c")
    return cyrillic, len(kinds) - cyrillic


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the majority language of ``text`` (``"ru"``, ``"en"``, ...), or ``None`` when
    the text has no letters."""
    cyrillic, latin = _letters(text)
    if cyrillic == 0 and latin == 0:
        return None
    if cyrillic >= latin:
        return "ru"
    sample = text[:_SAMPLE].encode("latin-1", "replace").translate(_SEPARATE)
    votes = b"".join(filter(None, map(_VOTES.get, sample.split())))
    # The most votes wins; English wins a tie, then the language whose first stopword came first. When
    # English holds at least half of the votes no other language can have more: no ranking needed.
    if 2 * votes.count(_EN) >= len(votes):
        return "en"
    return max(
        _CODE,
        key=lambda lang: (votes.count(_CODE[lang]), lang == "en", -votes.find(_CODE[lang])),
    )

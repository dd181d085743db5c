"""Which language a text is in, from its letters.

The script decides first: a Cyrillic majority (by letter count) is Russian. Latin text is told apart
among the languages of mid.ru (English, German, French, Spanish, Portuguese) by counting very common
short words; English wins ties, as it is by far the most common Latin-script language of these pages.
"""

from __future__ import annotations

__all__ = ["detect_language"]

# Letters are counted on the UTF-8 bytes, where each letter has exactly one lead byte: Cyrillic
# U+0400-U+04FF leads with 0xD0-0xD3, Latin-1 and Latin Extended-A/B letters (U+00C0-U+024F) with
# 0xC3-0xC9, ASCII letters are themselves. bytes.translate counts them at C speed in one pass each.
_ALL = bytes(range(256))
_CYRILLIC_LEADS = bytes(range(0xD0, 0xD4))
_LATIN_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + bytes(range(0xC3, 0xCA))
_NOT_CYRILLIC = bytes(b for b in _ALL if b not in _CYRILLIC_LEADS)
_NOT_LATIN = bytes(b for b in _ALL if b not in _LATIN_BYTES)

_STOPWORDS: dict[str, str] = {
    "en": "the of and to in is that for with on was by are as",
    "de": "der die das und den ist nicht mit von sich auf für dem des",
    "fr": "le la les et des est que une dans pour qui sur du au",
    "es": "el la los las y que en del por con una para es se",
    "pt": "o os as que em do da dos das com uma para não é",
}
_VOTES: dict[str, tuple[str, ...]] = {}
for _lang, _spaced in _STOPWORDS.items():
    for _word in _spaced.split():
        _VOTES[_word] = (*_VOTES.get(_word, ()), _lang)
# Words are runs of [a-zà-ÿ] in the lowered sample. They are cut at C speed on Latin-1 bytes: every
# other character (including anything outside Latin-1, encoded as "?") becomes a space, then split().
_VOTES_BYTES = {word.encode("latin-1"): langs for word, langs in _VOTES.items()}
_SEPARATE = bytes(b if 0x61 <= b <= 0x7A or b >= 0xE0 else 0x20 for b in range(256))
_SAMPLE = 5_000  # characters looked at for the stopword vote: enough to decide, O(1) per document


def _letters(text: str) -> tuple[int, int]:
    """Counts of Cyrillic and Latin letters in ``text``."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _NOT_CYRILLIC)), len(data.translate(None, _NOT_LATIN))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the majority language of ``text`` (``"ru"``, ``"en"``, ...), or ``None`` when
    the text has no letters."""
    cyrillic, latin = _letters(text)
    if cyrillic == 0 and latin == 0:
        return None
    if cyrillic >= latin:
        return "ru"
    sample = text[:_SAMPLE].lower().encode("latin-1", "replace").translate(_SEPARATE)
    # Only the stopwords vote; languages enter ``votes`` in the order their first stopword appears, which
    # breaks ties between them.
    votes: dict[str, int] = {}
    for word in [w for w in sample.split() if w in _VOTES_BYTES]:
        for lang in _VOTES_BYTES[word]:
            votes[lang] = votes.get(lang, 0) + 1
    if not votes:
        return "en"
    return max(votes, key=lambda lang: (votes[lang], lang == "en"))

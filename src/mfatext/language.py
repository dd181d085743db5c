"""Which language a text is in, from its letters.

The script decides first: a Cyrillic majority (by letter count) is Russian. Latin text is told apart
among the languages of mid.ru (English, German, French, Spanish, Portuguese) by counting very common
short words; English wins ties, as it is by far the most common Latin-script language of these pages.
"""

from __future__ import annotations

from collections import Counter

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
    # Count every word once (Counter counts at C speed), then look only at the few stopwords.
    # Splitting on whitespace misses a stopword glued to punctuation ("the,"), which they rarely are.
    counts = Counter(text[:_SAMPLE].lower().split())
    votes = dict.fromkeys(_STOPWORDS, 0)
    for word, langs in _VOTES.items():
        if seen := counts.get(word):
            for lang in langs:
                votes[lang] += seen
    best = max(votes, key=lambda lang: (votes[lang], lang == "en"))
    return best if votes[best] else "en"

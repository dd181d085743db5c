"""Which language a text is in, from its letters.

The script decides first: a Cyrillic majority (by letter count) is Russian. Latin text is told apart
among the languages of mid.ru (English, German, French, Spanish, Portuguese) by counting very common
short words; English wins ties, as it is by far the most common Latin-script language of these pages.
"""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_NOT_CYRILLIC = re.compile(r"[^\u0400-\u04ff]+")
_NOT_LATIN = re.compile(r"[^A-Za-z\u00c0-\u024f]+")
_WORD = re.compile(r"[a-zà-ÿ]+")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words("the of and to in is that for with on was by are as"),
    "de": _words("der die das und den ist nicht mit von sich auf für dem des"),
    "fr": _words("le la les et des est que une dans pour qui sur du au"),
    "es": _words("el la los las y que en del por con una para es se"),
    "pt": _words("o os as que em do da dos das com uma para não é"),
}
# word -> the languages it is a stopword of, so the votes are counted in one pass over the words.
_VOTERS: dict[str, tuple[str, ...]] = {}
for _lang, _stop in _STOPWORDS.items():
    for _word in _stop:
        _VOTERS[_word] = (*_VOTERS.get(_word, ()), _lang)
_SAMPLE = 20_000  # characters of Latin text looked at: enough to decide, and keeps this O(1) per call


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the majority language of ``text`` (``"ru"``, ``"en"``, ...), or ``None`` when
    the text has no letters."""
    cyrillic = len(_NOT_CYRILLIC.sub("", text))
    latin = len(_NOT_LATIN.sub("", text))
    if cyrillic == 0 and latin == 0:
        return None
    if cyrillic >= latin:
        return "ru"
    words = _WORD.findall(text[:_SAMPLE].lower())
    votes = dict.fromkeys(_STOPWORDS, 0)
    for word in words:
        for lang in _VOTERS.get(word, ()):
            votes[lang] += 1
    best = max(votes, key=lambda lang: (votes[lang], lang == "en"))
    return best if votes[best] > 0 else "en"

"""The mechanisms the speed work introduced give the same answers as the straightforward ones.

* :func:`mfatext.parsers.speakers.could_start_name` is a necessary condition for :func:`lookup`: a name
  that looks up always "could start a name", and so does every shorter prefix of it (the headline grows
  candidates word by word and stops at the first prefix no name has).
* :func:`mfatext.language.detect_language` cuts words on Latin-1 bytes: checked against the regex
  definition of a word on hypothesis texts.
* every label has a colon or an early period (turns_from_paragraphs skips the regexes otherwise).
* :func:`mfatext.parsers.turns.inline_turns` never reads a label twice (found by the hypothesis property
  in tests/test_turns.py: "Question: . . Question: " gave a turn ending before it started).
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from mfatext.language import _SAMPLE, detect_language
from mfatext.models import Paragraph, Span
from mfatext.parsers.speaker_table import PEOPLE
from mfatext.parsers.speakers import could_start_name, lookup
from mfatext.parsers.turns import inline_turns, read_label, turns_from_paragraphs


def test_every_alias_prefix_could_start_a_name() -> None:
    # Every printed alias looks up, and every prefix of it (as printed) passes the prefix filter.
    for person in PEOPLE:
        for alias in person.aliases:
            assert lookup(alias, positions=False) is not None, alias
            for n in range(1, len(alias) + 1):
                assert could_start_name(alias[:n]) or not alias[:n].strip(" .’'`"), alias[:n]


def test_words_that_begin_no_name_are_rejected() -> None:
    # Capitalised title words that open no alias (real title words from corpus/embassy).
    for word in ("Foreign", "Minister", "Embassy", "Remarks", "Questions", "Salisbury"):
        assert not could_start_name(word), word
    # Case, dots, spaces and ё do not matter, as in lookup.
    assert could_start_name("SERGEY LAV")
    assert could_start_name("С. В. Лавр")
    assert could_start_name("Артём")


_WORD = re.compile(r"[a-zà-ÿ]+")
_STOP = {
    "en": "the of and to in is that for with on was by are as",
    "de": "der die das und den ist nicht mit von sich auf für dem des",
    "fr": "le la les et des est que une dans pour qui sur du au",
    "es": "el la los las y que en del por con una para es se",
    "pt": "o os as que em do da dos das com uma para não é",
}


def _reference(text: str) -> str | None:
    """The stopword vote written plainly with the regex definition of a word (Latin texts only)."""
    votes: Counter[str] = Counter()
    for word in _WORD.findall(text[:_SAMPLE].lower()):
        for lang, words in _STOP.items():
            if word in words.split():
                votes[lang] += 1
    return max(votes, key=lambda lang: (votes[lang], lang == "en")) if votes else "en"


_PIECES = ["the", "der", "la", "não", "é", "que", "em", "de", " ", ", ", "-", "Ça", "l’été", "İ", "”", "q"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map(" ".join))
def test_language_vote_matches_regex_words(text: str) -> None:
    if not any(c.isalpha() for c in text):
        return
    assert detect_language(text) == _reference(text)


def test_inline_label_is_read_once() -> None:
    text = "Question: . . Question: "
    turns = inline_turns(text, offset=7)
    assert [(t.label, t.span.start, t.span.end) for t in turns] == [("Question", 7, 20), ("Question", 21, 30)]


_LABEL_PIECES = ["Question", "Answer", "Вопрос", "Ответ", "Q", "A", ".", ":", " ", "\u00a0", "💬", "❓", "—",
                 "(to Sergey Lavrov)", "Sergey Lavrov", "Steve Rosenberg", "text"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=12).map("".join))
def test_a_label_has_a_colon_or_an_early_period(text: str) -> None:
    # turns_from_paragraphs skips the label regexes for paragraphs without either: that must lose none.
    if read_label(text, 0) is not None:
        assert ":" in text or "." in text[:20]


def test_dotted_label_paragraph_still_opens_a_turn() -> None:
    # "Question. How ..." has no colon: the period form (tests/test_turns.py) must still be read.
    paras = [Paragraph(text="Question. How do you see it?", span=Span(start=0, end=28)),
             Paragraph(text="Sergey Lavrov: Calmly.", span=Span(start=30, end=52))]
    turns = turns_from_paragraphs(paras)
    assert [(t.label, t.role) for t in turns] == [("Question", "question"), ("Sergey Lavrov", "answer")]

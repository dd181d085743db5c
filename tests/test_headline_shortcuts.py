"""The shortcuts of title reading held to the plain code they replace (kept here as the reference)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mfatext
from mfatext.models import Speaker
from mfatext.parsers import dates, genres, headline
from mfatext.parsers.dates import DateMatch, date_ending_at, read_date
from mfatext.parsers.months import MONTHS
from mfatext.parsers.speakers import POSITION, could_start_name

_TITLES_FILE = Path("/work/ref/titles.jsonl")
SHARED = Path(__file__).parent.parent.parent / "shared"


def _corpus_titles() -> list[str]:
    titles: list[str] = []
    if _TITLES_FILE.exists():
        lines = _TITLES_FILE.read_text(encoding="utf-8").splitlines()
        titles += [json.loads(line)["title"] for line in lines]
    for path in sorted(SHARED.glob("corpus/*/gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            titles += [it["title"] for it in json.loads(line).get("items", []) if "title" in it]
    return list(dict.fromkeys(titles))


TITLES = _corpus_titles()
# Text made of the pieces titles are made of, odd case-folding characters included.
_PIECES = st.sampled_from(
    [
        "Foreign Minister ", "Sergey Lavrov", "’s ", "remarks", " on ", "Moscow", ", ", "10 November 2021",
        "November 17, 2021", "12.07.2021", "2022-06-11", " (", ")", "Встреча", " 10 ноября 2021 года", " г.",
        "Maria Zakharova", "С.В.Лаврова", "Ответы", " на вопросы СМИ", "Press Conference", "«", "»", "“", "”",
        "\u0130", "\u0131", "\u017f", "\u1c80", "\u212a", "MAY", "mAy", "Sept.", "ſeptember", "İnterview",
        "İstanbul, ", "İ1", ", İstanbul, 10 November 2021",
        "Sergei", "Лавров", "Посол России ", "Vladimir Morozov", "S. Lavrov", "J.Kerry", "Anti-Russia",
        "\t", "  ", "Lavrov's", "of ", "the ", "and ",
        "Comment", "Statement", "STATEMENT", "Interview", "Briefing", "by ", "Mr ", "Ambassador ",
        " ", "\u00a0", ".", "-", "0", "9", "x",
    ]
)
TEXTS = st.one_of(
    st.lists(_PIECES, max_size=14).map("".join),
    st.text(max_size=60),
    st.sampled_from(TITLES or ["Briefing, Moscow, 10 November 2021"]),
)


# ---- dates.date_ending_at: candidates found in the lowered window -------------------------------------


def _date_ending_at_reference(text: str, end: int, window: int = 48) -> DateMatch | None:
    # Every start _STARTS finds in the window is tried, in order.
    for m in dates._STARTS.finditer(text, max(0, end - window), end):
        found = read_date(text, m.start(), end)
        if found is not None and found.end == end and (found.value is not None or found.problem is not None):
            return found
    return None


@pytest.mark.parametrize("title", TITLES or ["Briefing, Moscow, 10 November 2021"])
def test_date_ending_at_matches_every_candidate_on_corpus_titles(title: str) -> None:
    for end in range(max(0, len(title) - 60), len(title) + 1):
        assert date_ending_at(title, end) == _date_ending_at_reference(title, end)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(0, 70), st.integers(0, 60))
def test_date_ending_at_matches_every_candidate(text: str, cut: int, window: int) -> None:
    end = max(0, len(text) - cut)
    assert date_ending_at(text, end) == _date_ending_at_reference(text, end)
    assert date_ending_at(text, end, window=window) == _date_ending_at_reference(text, end, window)


# Every character once, and each one lowered: the scans below run at C speed over them.
_EVERY = "".join(map(chr, range(sys.maxunicode + 1)))
_LOWERED = [c.lower() for c in _EVERY]


def _odd_characters(letters: set[str], classes: tuple[str, ...]) -> set[str]:
    """The characters ``c`` where searching ``c.lower()`` case-sensitively is not searching ``c`` ignoring
    case: ``c.lower()`` is not one character, or it is in a class (``\\w``...) where ``c`` is not (or the
    other way round), or ``c`` matches one of ``letters`` ignoring case but does not lower to it (or the
    other way round)."""
    odd = {c for c, low in zip(_EVERY, _LOWERED, strict=True) if len(low) != 1}
    for k in classes:
        members = set(re.findall(k, _EVERY))
        odd |= {c for c, low in zip(_EVERY, _LOWERED, strict=True) if (c in members) != (low in members)}
    lowered_to: dict[str, set[str]] = {x: set() for x in letters}
    for c, low in zip(_EVERY, _LOWERED, strict=True):
        if low in lowered_to:
            lowered_to[low].add(c)
    for x in letters:
        odd |= set(re.findall(re.escape(x), _EVERY, re.IGNORECASE)) ^ lowered_to[x]
    return odd


def test_lowering_is_ignoring_case_outside_the_odd_characters() -> None:
    # Searching the lowered text case-sensitively finds what IGNORECASE finds in the text, except where
    # the characters of dates._ODD_CASE are: every character, every letter of a month name.
    odd = _odd_characters(set("".join(MONTHS)), (r"\w", r"\d"))
    assert odd <= set(dates._ODD_CASE.findall(_EVERY))


@pytest.mark.parametrize("text", ["İ10 November 2021", "Talks İ10 November 2021", "İİ 10 November 2021",
                                  "Talks in İzmir, 10 November 2021"])
def test_date_ending_at_after_a_dotted_capital_i(text: str) -> None:
    # "İ" lowers to two characters: the lowered window is one character longer than the text, and its
    # offsets no longer point at the text's characters. "İ10" holds no date that starts at a word start.
    assert date_ending_at(text, len(text)) == _date_ending_at_reference(text, len(text))


def test_date_ending_at_after_a_dotted_capital_i_reads_the_right_date() -> None:
    found = date_ending_at("Talks in İzmir, 10 November 2021", 32)
    assert found is not None
    assert (found.value, found.start, found.end) == (dt.date(2021, 11, 10), 16, 32)
    assert date_ending_at("İ10 November 2021", 17) is None


def test_date_ending_at_reads_a_final_date() -> None:
    found = date_ending_at("Talks, Moscow, 10 November 2021", 31)
    assert found is not None
    assert (found.value, found.start) == (dt.date(2021, 11, 10), 15)


# ---- headline._speakers: words looked up in could_start_name's memo, one-word runs hold no position --------


def _speakers_reference(title: str, masked: str, offset: int) -> tuple[list[tuple[Speaker, int]], int | None]:
    # Every run split into its words, each asked of could_start_name; a position searched in every run.
    out: list[tuple[Speaker, int]] = []
    first_run_end = None
    for run in headline._RUN.finditer(masked):
        start, end = run.span()
        if start == 0:
            first_run_end = end
        starts = [could_start_name(w) for w in _run_words_reference(run[0])]
        may_name = True in starts
        if not may_name and POSITION.search(title, start, end) is None:
            continue
        tokens = list(headline._TOKEN.finditer(masked, start, end))
        if may_name and (known := headline._known(title, tokens, starts, offset)):
            out += known
            continue
        if (unlisted := headline._unlisted(title, tokens, offset)) is not None:
            out.append(unlisted)
    return out, first_run_end


def _run_words_reference(run: str) -> list[str]:
    if "." in run:
        return headline._RUN_WORD.findall(run)
    words = run.split()
    if words[-1][-2:] in ("’s", "'s", "`s"):
        words[-1] = words[-1][:-2]
    return [w for w in words if w not in ("of", "for", "the", "and")]


def _masked(title: str) -> str:
    if any(q in title for q in "\"“”«„"):
        return headline._QUOTED.sub(lambda m: " " * len(m[0]), title)
    return title


@pytest.mark.parametrize("title", TITLES or ["Foreign Minister Sergey Lavrov’s remarks, 10 November 2021"])
def test_speakers_match_asking_every_word_on_corpus_titles(title: str) -> None:
    masked = _masked(title)
    assert headline._speakers(title, masked, 7) == _speakers_reference(title, masked, 7)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_speakers_match_asking_every_word(text: str) -> None:
    masked = _masked(text)
    assert headline._speakers(text, masked, 0) == _speakers_reference(text, masked, 0)
    assert headline._speakers(text, text, 3) == _speakers_reference(text, text, 3)


# ---- genres.genre_of: the searches run case-sensitively over the lowered text ---------------------------


def _genre_reference(title: str, masked: str | None = None, name_ends: tuple[int, ...] = ()) -> str | None:
    # The case-insensitive patterns over the text itself.
    return genres._genre_ignoring_case(title if masked is None else masked, name_ends)


@pytest.mark.parametrize("title", TITLES or ["Comment by Maria Zakharova on the statements"])
def test_genre_of_matches_ignoring_case_on_corpus_titles(title: str) -> None:
    masked = _masked(title)
    found, _ = headline._speakers(title, masked, 0)
    ends = tuple(s.span.end for s, _ in found if s.span is not None)
    for case in (title, title.upper(), title.title()):
        assert genres.genre_of(case, _masked(case), ends) == _genre_reference(case, _masked(case), ends)
    assert genres.genre_of(title) == _genre_reference(title)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.lists(st.integers(0, 80), max_size=3))
def test_genre_of_matches_ignoring_case(text: str, ends: list[int]) -> None:
    masked, at = _masked(text), tuple(ends)
    assert genres.genre_of(text, masked, at) == _genre_reference(text, masked, at)
    assert genres.genre_of(text) == _genre_reference(text)


def test_genre_word_with_a_two_character_case_fold() -> None:
    # "İ" matches "i" ignoring case, but folds to "i̇": the genre word is still found (it raised KeyError,
    # and the whole page failed to parse).
    assert genres.genre_of("İnterview with the BBC") == "interview"
    assert genres.genre_of("BRİEFİNG by Maria Zakharova") == "briefing"
    doc = mfatext.parse("4 December 2021\nMoscow: 01:52\nLondon: 22:52\n\nİnterview with the BBC\n\nText.\n",
                        layout="embassy-page")
    assert doc.items[0].headline.genre == "interview"


def test_genre_lowering_is_ignoring_case_outside_the_odd_characters() -> None:
    topics = ["on regarding concerning about in response to", "по поводу о об ответы на вопрос в"]
    words = [*genres.GENRE_WORDS, *topics]
    odd = _odd_characters({c for c in "".join(words) if c.isalpha()}, (r"\w", r"\s"))
    assert odd <= set(genres._ODD_CASE.findall(_EVERY))
    assert {c for c, low in zip(_EVERY, _LOWERED, strict=True) if low == "е"} == {"е", "Е"}

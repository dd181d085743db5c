"""Headline metadata from real titles (mfatext.parsers.headline); every title below is in the corpus."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfatext.parsers.genres import GENRES
from mfatext.parsers.headline import _TOKEN as _TOKEN_RE
from mfatext.parsers.headline import parse_headline, read_headline

SHARED = Path(__file__).parent.parent.parent / "shared"


def _gold_titles() -> list[tuple[str, dict[str, object]]]:
    out = []
    files = [*sorted(SHARED.glob("corpus/*/gold.jsonl")), SHARED / "seeds" / "gold.jsonl"]
    for path in files:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            out += [(f"{path.parent.name}/{doc['file']}", it) for it in doc.get("items", []) if "title" in it]
    return out


GOLD = _gold_titles()


@pytest.mark.skipif(not GOLD, reason="shared corpus not available")
def test_every_gold_title() -> None:
    # The hand labels of all corpus titles: place, event date and principal speaker.
    misses = []
    for where, item in GOLD:
        h = parse_headline(str(item["title"]))
        ids = [s.id for s in h.speakers]
        if "place" in item and item["place"] != h.place:
            misses.append((where, "place", item["place"], h.place))
        if "event_date" in item and item["event_date"] != (h.event_date and h.event_date.isoformat()):
            misses.append((where, "event_date", item["event_date"], h.event_date))
        want = item.get("speaker_ids")
        if isinstance(want, list) and (not ids or ids[0] != want[0] or not set(want) <= set(ids)):
            misses.append((where, "speaker_ids", want, ids))
    assert misses == []


def test_remarks_with_place_and_date() -> None:
    title = (
        "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a joint news "
        "conference with Foreign Minister of Belarus Vladimir Makei following a meeting of the "
        "collegiums of the Russian and Belarusian foreign ministries, Moscow, 10 November 2021"
    )  # seed 001
    h = parse_headline(title, offset=100)
    assert h.genre == "remarks"  # principal genre: the first one
    assert [(s.name, s.id, s.position) for s in h.speakers] == [
        ("Sergey Lavrov", "lavrov-sergey", "Foreign Minister"),
        ("Vladimir Makei", "makei-vladimir", "Foreign Minister of Belarus"),
    ]
    assert h.speakers[0].span is not None
    assert (h.speakers[0].span.start, h.speakers[0].span.end) == (117, 130)
    assert (h.place, h.event_date) == ("Moscow", dt.date(2021, 11, 10))
    assert h.span is not None
    assert (h.span.start, h.span.end) == (100, 100 + len(title))


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        (
            "Foreign Minister Sergey Lavrov’s statement and answers to media questions following talks",
            "statement",
        ),
        (
            "Foreign Minister Sergey Lavrov’s answers to media questions, Beijing, May 14, 2017",
            "answers to media questions",
        ),
        (
            "Comment by Foreign Ministry Spokeswoman Maria Zakharova on statements by Western politicians",
            "comment",
        ),
        (
            "Foreign Ministry Spokeswoman Maria Zakharova on NATO Secretary General’s comments on Russia",
            "comment",
        ),
        ("Inter-Syrian contacts in Moscow: step in the right direction (by Ambassador Yakovenko)", "article"),
        (
            "Interview by the Russian Foreign Minister Sergey Lavrov, given to the programme "
            "“Voskresnoye vremya”",
            "interview",
        ),
        (
            "President Vladimir Putin replies to a BBC question during his annual press conference",
            "answers to media questions",
        ),
        ("Embassy Press Officer on unanswered questions regarding the Salisbury poisoning", "comment"),
        # mid.ru's English for "Выступление" is "Remarks" (one genre across languages)
        ("Выступление Посла России в Австралии А.В.Павловского на государственном приеме", "remarks"),
        ("Russian State Duma urges the European Parliaments to condemn destruction of WW2 memorials", None),
    ],
)
def test_genre(title: str, genre: str | None) -> None:
    assert parse_headline(title).genre == genre


@pytest.mark.parametrize(
    ("title", "place", "event"),
    [
        # a comma inside the closing quote (seed 001)
        (
            "… cooperation strategies with the state,” Moscow, November 23, 2021",
            "Moscow",
            dt.date(2021, 11, 23),
        ),
        # newspapers before the date are not a place (seed 003)
        (
            "… published by the newspapers Rossiyskaya Gazeta (Russia) and Renmin Ribao (China), "
            "July 16, 2021",
            None,
            dt.date(2021, 7, 16),
        ),
        ("… published in the German weekly newspaper Die Zeit, 22 June 2021", None, dt.date(2021, 6, 22)),
        (
            "Article by Vladimir Putin ”On the Historical Unity of Russians and Ukrainians“, 12.07.2021",
            None,
            dt.date(2021, 7, 12),
        ),
        (
            "… talks with Foreign Minister of the Sultanate of Oman Badr Albusaidi, Oman, May 11, 2022",
            "Oman",
            dt.date(2022, 5, 11),
        ),
        (
            "Foreign Minister Sergey Lavrov’s interview with TASS news agency, St Petersburg, June 16, 2022",
            "St Petersburg",
            dt.date(2022, 6, 16),
        ),
        ("… по случаю Дня России, Канберра, 12 июня 2019 года", "Канберра", dt.date(2019, 6, 12)),
        # a date in the middle or of something else is not the event date
        ("… on the letter by the United Kingdom dated 13 March 2018", None, None),
        ("Reply to the note dated 7 October 2021 regarding the embassy", None, None),
        # Telegram's parenthesised tail
        ("Sergey Lavrov meets Wang Yi (Moscow, March 21, 2024)", "Moscow", dt.date(2024, 3, 21)),
        # capitals outside A-Z and А-Я ("İ" also lowers to two characters, which once shifted the date)
        ("Sergey Lavrov’s remarks, İstanbul, 10 November 2021", "İstanbul", dt.date(2021, 11, 10)),
        ("Talks with the Foreign Minister of France, Évian-les-Bains, 3 June 2022", "Évian-les-Bains",
         dt.date(2022, 6, 3)),
        ("Talks, Łódź, 3 June 2022", "Łódź", dt.date(2022, 6, 3)),
        ("Talks, the city of Oman, 3 June 2022", None, dt.date(2022, 6, 3)),  # a small word: no place
    ],
)
def test_place_and_event_date(title: str, place: str | None, event: dt.date | None) -> None:
    h = parse_headline(title)
    assert (h.place, h.event_date) == (place, event)


def test_place_without_comma_is_a_diagnosed_guess() -> None:
    title = (
        "Foreign Minister Sergey Lavrov’s answer to a question from the Moscow. Kremlin. Putin "
        "programme Moscow, November 3, 2019"
    )
    h, notes = read_headline(title)  # corpus/mid/017
    assert h.place == "Moscow"
    assert [n.code for n in notes] == ["headline.place"]
    assert notes[0].span is not None
    assert title[notes[0].span.start : notes[0].span.end] == "Moscow"


def test_invalid_final_date_is_diagnosed() -> None:
    h, notes = read_headline("Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, 31.02.2021")
    assert h.event_date is None
    assert [n.code for n in notes] == ["date.invalid"]


def test_year_less_date_from_reference() -> None:
    h = parse_headline("Sergey Lavrov’s remarks, Moscow, 09 august", reference=dt.date(2022, 8, 20))
    assert h.event_date == dt.date(2022, 8, 9)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Presiden Putin's address to citizens of Russia ahead of State Duma elections", "Putin"),
        ("Russia`s position: Lavrov`s remarks", "Lavrov"),
        ("Deputy Foreign Minister Sergey Ryabkov's interview with the newspaper Izvestia", "Sergey Ryabkov"),
    ],
)
def test_speaker_typos_and_apostrophes(title: str, name: str) -> None:
    h = parse_headline(title)
    assert h.speakers
    assert h.speakers[0].name == name
    if name == "Putin":
        assert h.speakers[0].position == "President"  # the typo "Presiden" is corrected in the position


def test_quoted_names_are_not_speakers() -> None:
    title = (
        "Foreign Minister Sergey Lavrov’s answer to a media question during the "
        "“Moscow. Kremlin. Putin” TV show"
    )
    assert [s.id for s in parse_headline(title).speakers] == ["lavrov-sergey"]


def test_genre_vocabulary_is_data() -> None:
    assert "answers to media questions" in GENRES
    assert all(words for words in GENRES.values())


_PIECES = [*"ab AZ,.’'`“”()0123456789", "Lavrov", "Moscow", "June", "Foreign Minister ", "С.В.Лаврова"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_never_crashes(title: str) -> None:
    h = parse_headline(title, offset=5)
    for s in h.speakers:
        assert s.span is not None
        assert 5 <= s.span.start < s.span.end <= 5 + len(title)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_never_crashes_on_any_text(title: str) -> None:
    h = parse_headline(title)
    assert h.place is None or h.place in title


@pytest.mark.parametrize(
    ("title", "names"),
    [
        # Title Case headlines: capitalised words after a position are not a name.
        ("Foreign Minister Press Conference in Moscow", []),
        ("Deputy Foreign Minister Kicks Off Talks", []),
        ("Statement by the Ambassador Regarding Sanctions", []),
        # An unknown person: a possessive or a following comma ends the name.
        ("Ambassador Vladimir Morozov’s interview to The Australian", [("Vladimir Morozov", None)]),
        ("Interview of Ambassador Vladimir Morozov, Canberra, 12 May 2016", [("Vladimir Morozov", None)]),
        # Russian titles are sentence case: capitalised words after a position are a name.
        ("Посол России Алексей Полищук о ситуации", [("Алексей Полищук", None)]),
    ],
)
def test_unlisted_speakers_only_where_a_name_ends(title: str, names: list[tuple[str, None]]) -> None:
    assert [(s.name, s.id) for s in parse_headline(title).speakers] == names


def _token_runs(masked: str) -> list[tuple[int, int]]:
    # The runs as the title parser first built them, token by token: the reference for _RUN.
    from mfatext.parsers.headline import _MAX_RUN, _TOKEN

    runs: list[tuple[int, int]] = []
    current: list[re.Match[str]] = []
    last_end, ended = -1, False
    for m in _TOKEN.finditer(masked):
        joined = last_end >= 0 and re.fullmatch(r"[^\S\r\n]{1,2}", masked[last_end : m.start()]) is not None
        if not joined or ended or len(current) >= _MAX_RUN:
            if current:
                runs.append((current[0].start(), current[-1].end()))
            current = []
        if current or m.lastgroup != "link":
            current.append(m)
            last_end, ended = m.end(), m.lastgroup == "poss"
        else:
            last_end = -1
    if current:
        runs.append((current[0].start(), current[-1].end()))
    return runs


_RUN_PIECES = [
    *" \u00a0\t.’'`sxA",
    "  ",
    "   ",
    "of",
    "for",
    "the",
    "and",
    "breathe",
    "Lavrov",
    "Minister",
    "S.",
    "С. В.",
    "Ёлка",
    "Über",
    "\n",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=40).map("".join))
def test_run_regex_builds_the_token_runs(text: str) -> None:
    # One regex match per run must give exactly the runs of the token-by-token rule (joins of one or two
    # spaces, linking words inside, a possessive ends a run, at most _MAX_RUN tokens).
    from mfatext.parsers.headline import _RUN, _run_words

    assert [m.span() for m in _RUN.finditer(text)] == _token_runs(text)
    for m in _RUN.finditer(text):
        tokens = [t["word"] for t in _TOKEN_RE.finditer(text, *m.span()) if t["word"]]
        words, spaced = _run_words(m[0])
        assert words == tokens
        assert spaced or len(m[0].split()) == 1  # a run said to hold no space holds none


def test_long_run_is_cut_at_max_run() -> None:
    text = " ".join(["Word"] * 30) + " of the Lavrov’s Putin"
    from mfatext.parsers.headline import _RUN

    assert [m.span() for m in _RUN.finditer(text)] == _token_runs(text)


def test_answers_gate_letter_is_the_only_case_variant() -> None:
    # genre_of runs the Cyrillic "ответы ... на вопрос" regex only when "е" or "Е" is in the title: no
    # other character matches "е" when the case is ignored.
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    assert set(re.findall("е", every, re.IGNORECASE)) == {"е", "Е"}


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        # The topic before the first genre word: the genre word after it is what the text is about.
        ("Foreign Minister on the statement by NATO", "comment"),
        ("Ответы представителя МИД России М.В.Захаровой на вопросы СМИ", "answers to media questions"),
        ("Интервью С.В.Лаврова; ответы на вопросы", "interview"),
        ("Заявление о ответы на вопросы", "statement"),
    ],
)
def test_genre_order(title: str, genre: str) -> None:
    assert parse_headline(title).genre == genre

"""The speaker table (mfatext.parsers.speakers): printed names to canonical ids."""

from __future__ import annotations

import re
import sys
from importlib.metadata import entry_points

import pytest

from mfatext.models import Span
from mfatext.parsers import speakers
from mfatext.parsers.speaker_table import PEOPLE
from mfatext.parsers.speakers import Person, lookup, person, register, speaker, split_position
from mfatext.plugin import SPEAKER_GROUP


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Sergey Lavrov", "lavrov-sergey"),  # turn label, everywhere
        ("S.Lavrov", "lavrov-sergey"),  # initials
        ("С.В.Лавров", "lavrov-sergey"),  # Telegram "💬 С.В.Лавров:"
        ("С.В.Лаврова", "lavrov-sergey"),  # genitive in a Russian title
        ("Сергея Лаврова", "lavrov-sergey"),
        ("В.В.Путину", "putin-vladimir"),  # dative, corpus/telegram/007
        ("President Putin", "putin-vladimir"),  # embassy/025 label with a position
        ("Presiden Putin", "putin-vladimir"),  # typo printed in seed 003
        ("М.В.Захаровой", "zakharova-maria"),
        ("Maria Zakharava", "zakharova-maria"),  # typo printed on mid.ru (mid/005)
        ("А.В.Павловского", "pavlovsky-alexey"),  # embassy/049 title, genitive
        ("Ambassador Yakovenko", "yakovenko-alexander"),  # "(by Ambassador Yakovenko)"
        ("Andrei Kelin", "kelin-andrei"),
        ("Sergey Ryabkov", "ryabkov-sergey"),
        ("Artyom Kozhin", "kozhin-artyom"),
        ("J.Kerry", "kerry-john"),  # mid/025 "(after J.Kerry)"
        ("Wang Yi", "wang-yi"),
        ("Mevlut Cavusoglu", "cavusoglu-mevlut"),
        ("Vladimir Makei", "makei-vladimir"),
        ("Mr Makei", "makei-vladimir"),
    ],
)
def test_lookup(printed: str, expected: str) -> None:
    found = lookup(printed)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize("printed", ["Steve Rosenberg", "Moscow", "Question", "Yi", ""])
def test_unknown(printed: str) -> None:
    assert lookup(printed) is None


def test_positions_can_be_refused() -> None:
    assert lookup("President Putin", positions=False) is None


def test_split_position() -> None:
    assert split_position("Foreign Minister Sergey Lavrov") == ("Foreign Minister", "Sergey Lavrov")
    assert split_position("Deputy Foreign Minister Sergey Ryabkov") == (
        "Deputy Foreign Minister",
        "Sergey Ryabkov",
    )
    assert split_position("Presiden Putin") == ("President", "Putin")
    assert split_position("Sergey Lavrov") == (None, "Sergey Lavrov")
    assert split_position("Mr Makei") == (None, "Makei")  # seed 001 "Mr Makei": an honorific, no position
    assert split_position("FM Sergey Lavrov") == ("Foreign Minister", "Sergey Lavrov")


def test_speaker_keeps_printed_name() -> None:
    who = speaker("President Putin", Span(start=3, end=18))
    assert (who.name, who.id, who.position) == ("President Putin", "putin-vladimir", "President")
    assert speaker("Sergey Lavrov").position == "Foreign Minister"
    assert speaker("Steve Rosenberg").id is None


def test_ids_follow_the_convention() -> None:
    ids = [p.id for p in PEOPLE]
    assert len(ids) == len(set(ids))
    assert all(i.isascii() and i == i.lower() and "-" in i for i in ids)


def test_person_derives_russian_cases() -> None:
    p = person("testov-ivan", "Ivan Testov", "Иван Петрович Тестов", "Ambassador")
    assert {"I.Testov", "Testov", "И.П.Тестов", "И.П.Тестова", "Ивана Тестова", "Тестовым"} <= set(p.aliases)


def test_builtin_table_is_an_entry_point() -> None:
    names = [ep.name for ep in entry_points(group=SPEAKER_GROUP)]
    assert "mfatext" in names


def test_people_lists_each_person_once_in_id_order(monkeypatch: pytest.MonkeyPatch) -> None:
    listed = speakers.people()
    ids = [p.id for p in listed]
    assert ids == sorted(set(ids))
    assert {p.id for p in PEOPLE} <= set(ids)
    lavrov = next(p for p in listed if p.id == "lavrov-sergey")
    assert lavrov.aliases[0] == "Sergey Lavrov"
    monkeypatch.setattr(speakers, "_table", dict(speakers._table or {}))
    register([Person(id="aaa-test", aliases=("Aaa Test",)),
              Person(id="lavrov-sergey", aliases=("Sergei Lavrov",), position="Minister X")])
    again = speakers.people()
    assert again[0].id == "aaa-test"
    assert len(again) == len(listed) + 1
    # An id stays once; the entry of its first alias stands for it (the plugin replaced one alias only).
    assert [p.position for p in again if p.id == "lavrov-sergey"] == ["Foreign Minister"]


def test_register_extends_table(monkeypatch: pytest.MonkeyPatch) -> None:
    lookup("Sergey Lavrov")  # load the table, then work on a copy: other tests must not see the addition
    monkeypatch.setattr(speakers, "_table", dict(speakers._table or {}))
    register([Person(id="rosenberg-steve", aliases=("Steve Rosenberg",), position="BBC Russia Editor")])
    found = lookup("Steve Rosenberg")
    assert found is not None
    assert found.id == "rosenberg-steve"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # German w/j: no unfolded prefix matched, so no speaker at all
        ("Rede von Sergej Lawrow, Moskau, 10. November 2021", "Sergej Lawrow"),
        ("Intervención de Serguéi Lavrov, Moscú, 10 de noviembre de 2021", "Serguéi Lavrov"),  # was "Lavrov"
    ],
)
def test_headline_finds_folded_names(title: str, name: str) -> None:
    from mfatext.parsers.headline import parse_headline

    found = parse_headline(title).speakers
    assert [(s.name, s.id) for s in found] == [(name, "lavrov-sergey")]


def test_could_start_name_folds_transliterations() -> None:
    # Headline scanning asks this before any lookup: a folded spelling must pass it.
    assert speakers.could_start_name("Sergej")
    assert speakers.could_start_name("Sergej Lawr")
    assert not speakers.could_start_name("Moskau")


def test_two_people_folding_together_match_neither(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Ivan Testov" and "Iwan Testow" fold to one key: an unlisted spelling of it is not guessed.
    lookup("Sergey Lavrov")
    monkeypatch.setattr(speakers, "_table", dict(speakers._table or {}))
    register(
        [
            Person(id="testov-ivan", aliases=("Ivan Testov",)),
            Person(id="testow-iwan", aliases=("Iwan Testow",)),
        ]
    )
    assert [getattr(lookup(n), "id", None) for n in ("Ivan Testov", "Iwan Testow", "Iwan Testov")] == [
        "testov-ivan",
        "testow-iwan",
        None,
    ]


def test_later_alias_replaces_folded_match(monkeypatch: pytest.MonkeyPatch) -> None:
    # A plugin's corrected Lavrov ("Sergei Lavrov" folds like "Sergey Lavrov") wins for folded spellings too.
    lookup("Sergey Lavrov")
    monkeypatch.setattr(speakers, "_table", dict(speakers._table or {}))
    register([Person(id="lavrov-sergey", aliases=("Sergei Lavrov",), position="Minister X")])
    found = lookup("Sergej Lawrow")
    assert found is not None
    assert (found.id, found.position) == ("lavrov-sergey", "Minister X")


def test_split_position_once_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = speakers.split_position

    def counted(name: str) -> tuple[str | None, str]:
        calls.append(name)
        return real(name)

    monkeypatch.setattr(speakers, "split_position", counted)
    assert speaker("President Putin").id == "putin-vladimir"
    assert lookup("President Nobody") is None  # a miss: exact, without the position, folded
    assert lookup("Sergey Lavrov") is not None  # a hit needs no split
    assert calls == ["President Putin", "President Nobody"]


@pytest.mark.parametrize(
    "printed",
    [
        *("Sergey", "Sergey Lavrov", "Sergej Lawrow", "S. Lavrov", "С.В.Лаврова"),
        *("Foreign", "Ser", "Wang Yi", "", "Çavuşoğlu"),
    ],
)
def test_known_name_is_could_start_name_and_lookup(printed: str) -> None:
    # The title parser asks both questions of every candidate name with one key.
    assert speakers.known_name(printed) == (
        speakers.could_start_name(printed),
        lookup(printed, positions=False),
    )


@pytest.mark.parametrize("printed", ["Sergey Lavrov", "President Putin", "Maria Zakharava", "Nobody Known"])
def test_speaker_with_the_person_found_is_the_same(printed: str) -> None:
    # speaker(known=...) spares the second look-up; with a printed position it looks up again.
    assert speaker(printed, known=lookup(printed, positions=False)) == speaker(printed)


def test_key_without_regex_is_the_key() -> None:
    # _key drops spaces with str.split when only letters remain: str.split's spaces are the regex's \s.
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    assert set(re.findall(r"\s", every)) == {c for c in every if c.isspace()}
    for printed in ["Sergey\u00a0Lavrov", "S. Lavrov", "Lavrov’s", "Ёлкин  Пётр", "Mevlüt Çavuşoğlu"]:
        assert speakers._key(printed) == speakers._KEY.sub("", printed).casefold().replace("ё", "е")


def test_could_start_name_remembers_per_table(monkeypatch: pytest.MonkeyPatch) -> None:
    # The remembered answers belong to one table: a registered name is seen at once.
    assert not speakers.could_start_name("Steve")
    monkeypatch.setattr(speakers, "_table", dict(speakers._table or {}))
    register([Person(id="rosenberg-steve", aliases=("Steve Rosenberg",))])
    assert speakers.could_start_name("Steve")

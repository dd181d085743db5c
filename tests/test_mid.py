"""The mid-article layout on real pages: seed 000, corpus/mid and corpus/embassy/049."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mfatext
from mfatext.layouts.mid import layout
from mfatext.models import Article
from mfatext.parsers.dates import MOSCOW

from .golden import SHARED, check_golden

MID = SHARED / "corpus" / "mid"
SEED = SHARED / "seeds" / "000_4a6f6b0d76846440.txt"
needs_corpus = pytest.mark.skipif(not MID.is_dir(), reason="the shared corpus is not available")


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def article(doc: mfatext.Document) -> Article:
    assert len(doc.items) == 1
    item = doc.items[0]
    assert isinstance(item, Article)
    return item


def kinds(doc: mfatext.Document) -> list[tuple[str, str]]:
    """(kind, stripped text) of the non-blank segments."""
    return [(s.kind, doc.text[s.span.start : s.span.end].strip()) for s in doc.segments if s.kind != "blank"]


@needs_corpus
def test_seed_golden() -> None:
    """seed 000: the reference page, checked by hand against the text (tests/golden/mid-seed-000.json)."""
    doc = mfatext.parse_file(SEED)
    assert doc.layout == "mid-article"
    value = mfatext.to_dict(doc)
    del value["source"], value["text"]  # the path differs per checkout; the text is the seed itself
    check_golden("mid-seed-000", value)


@needs_corpus
def test_seed_parts() -> None:
    """seed 000: date, title, selector, 16 body lines, trailer as chrome."""
    doc = mfatext.parse_file(SEED)
    art = article(doc)
    assert art.published == dt.datetime(2021, 10, 11, 13, 23, tzinfo=MOSCOW)
    assert art.title is not None
    assert art.title.endswith("Belgrade, October 11, 2021")
    assert doc.page is not None
    assert doc.page.translations == ("de-DE", "en-GB", "es-ES", "ru-RU", "fr-FR")
    assert len(art.paragraphs) == 16
    assert art.paragraphs[0].text == "President Ilham Aliyev,"
    assert art.turns == ()  # "... Vladimir Putin:" introduces a quote, it is not a label
    assert kinds(doc)[:4] == [("chrome", "Asset Publisher"), ("date-line", "11 October 202113:23"),
                              ("title", art.title), ("translations", "• de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1")]
    assert kinds(doc)[-1] == ("chrome", "Additional materials\n\n\nAdvanced settings")


@needs_corpus
@pytest.mark.parametrize("name", ["014.txt", "026.txt", "029.txt"])
def test_third_party_copies_not_claimed(name: str) -> None:
    """Copies on globalsecurity.org, russianembassy.org and stayfree.ie start with their own banner."""
    assert layout.sniff(read(MID / name)) < 0.5


@needs_corpus
def test_claims_every_mid_page() -> None:
    """Every corpus/mid page the gold labels mid-article is sniffed with confidence."""
    golds = [line for line in read(MID / "gold.jsonl").splitlines() if '"mid-article"' in line]
    names = [line.split('"file": "', 1)[1].split('"', 1)[0] for line in golds]
    assert len(names) == 17
    assert all(layout.sniff(read(MID / n)) >= 0.8 for n in names)


@needs_corpus
def test_briefing_toc_and_headings() -> None:
    """corpus/mid 013: the list is toc, the first topic comes back as a heading, "1. Assisting..." is body."""
    doc = mfatext.parse_file(MID / "013.txt")
    parts = kinds(doc)
    assert [k for k, _ in parts] == ["chrome", "date-line", "title", "translations", "toc", "heading",
                                     "paragraph", "paragraph"]
    assert parts[4][1].startswith("Table of contents")
    assert parts[4][1].endswith("Tentative schedule of bilateral inspections under the New START Treaty and "
                                "a meeting of the Bilateral Consultative Commission")
    assert parts[5][1] == "Russian nationals who wish to return home during the coronavirus pandemic"
    assert article(doc).paragraphs[-1].text == "1. Assisting those who want to return home,"


@needs_corpus
def test_turns_and_guessed_trailer() -> None:
    """corpus/mid 025: eight turns, the unlabelled paragraph continues the third answer, tags are chrome."""
    doc = mfatext.parse_file(MID / "025.txt")
    art = article(doc)
    assert [t.role for t in art.turns] == ["question", "answer"] * 4
    assert art.turns[5].text.startswith("Mr.Kirby wasn’t here, so I decided not to complain")
    assert art.turns[5].text.endswith("not the position of the Secretary of State. I can assure you.")
    assert kinds(doc)[-1][1].startswith("Organization for Security and Co-operation in Europe (OSCE)")
    assert "trailer.guessed" in [d.code for d in doc.diagnostics]
    assert {k for k, _ in kinds(doc)[3:-1]} == {"turn"}


@needs_corpus
def test_embassy_section_page() -> None:
    """corpus/embassy 049: no date line (date.missing, no published), Russian title, English body."""
    doc = mfatext.parse_file(SHARED / "corpus" / "embassy" / "049.txt")
    art = article(doc)
    assert doc.layout == "mid-article"
    assert art.published is None
    assert art.title is not None
    assert art.title.startswith("Выступление Посла России в Австралии")
    assert "date.missing" in [d.code for d in doc.diagnostics]


RUSSIAN = """\
Публикатор

12 июня 201910:00

Выступление Посла России в Австралии А.В.Павловского на государственном приеме, Канберра, 12 июня 2019 года


  • en-GB1 ru-RU1

Дорогие соотечественники,

Дополнительные материалы


Расширенные настройки"""


def test_russian_page() -> None:
    """The Russian site: "Публикатор", genitive month in the run-together date line, Russian trailer
    (title from corpus/embassy 049; the furniture words as the Russian site prints them)."""
    doc = mfatext.parse(RUSSIAN)
    art = article(doc)
    assert doc.layout == "mid-article"
    assert art.published == dt.datetime(2019, 6, 12, 10, 0, tzinfo=MOSCOW)
    assert [p.text for p in art.paragraphs] == ["Дорогие соотечественники,"]
    assert kinds(doc)[-1] == ("chrome", "Дополнительные материалы\n\n\nРасширенные настройки")


BOT_CHECK = "Data processing... Please, wait.\n"


def test_bot_check_page_is_blocked() -> None:
    """The anti-bot interstitial is claimed (so it is reported) but never returned as an article."""
    assert layout.sniff(BOT_CHECK) >= 0.5
    doc = mfatext.parse(BOT_CHECK)
    assert doc.layout == "mid-article"
    assert doc.items == ()
    assert [(d.code, d.severity) for d in doc.diagnostics] == [("page.blocked", "error")]


def test_empty_shell_is_blocked() -> None:
    """"Asset Publisher" and the trailer with nothing between: an empty shell, not an article."""
    doc = mfatext.parse("Asset Publisher\n\nAdditional materials\n\n\nAdvanced settings\n")
    assert doc.items == ()
    assert "page.blocked" in [d.code for d in doc.diagnostics]
    assert {s.kind for s in doc.segments} == {"chrome", "blank"}


def test_embassy_and_telegram_shapes_not_claimed() -> None:
    """An embassy page header and a Telegram forward header score zero (lines from seeds 001 and 002)."""
    assert layout.sniff("04.12.2021\n\nMoscow: 01:52\nLondon: 22:52\n") == 0.0
    assert layout.sniff("Forwarded from Russian MFA 🇷🇺\n\n🇷🇺🇷🇸 On September 23, ...\n") == 0.0


PIECES = st.sampled_from([
    "Asset Publisher", "11 October 202113:23", "  • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1", "Table of contents",
    "  1. Syria update", "Answers to media questions:", "Question: How did it go?", "Sergey Lavrov: Fine.",
    "Additional materials", "Advanced settings", "Data processing... Please, wait.", "", " ", "\u00a0",
    "Council of Europe (CoE)", "Syria update",
])


@settings(max_examples=200)
@given(st.lists(PIECES, max_size=30), st.sampled_from(["\n", "\r\n", "\r"]))
def test_partition_on_shuffled_furniture(pieces: list[str], eol: str) -> None:
    """Any arrangement of the page's parts parses, and the segments rebuild the text exactly."""
    text = eol.join(pieces)
    parsed = layout.parse(text)
    assert "".join(text[s.span.start : s.span.end] for s in parsed.segments) == text
    assert 0.0 <= layout.sniff(text) <= 1.0


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_partition_on_arbitrary_text(text: str) -> None:
    """Arbitrary text never crashes the layout and is partitioned exactly."""
    parsed = layout.parse(text)
    assert "".join(text[s.span.start : s.span.end] for s in parsed.segments) == text


NEW_SITE = """\
18 July 2022 00:03

1487-18-07-2022

Foreign Minister Sergey Lavrov’s article “Staged incidents as the Western approach to doing politics”

The article's first paragraph.
"""


def test_new_site_page() -> None:
    """The new site's date line ("18 July 2022 00:03") and document number, as corpus/mid/029 quotes them:
    the number is chrome, the title is the next line."""
    assert layout.sniff(NEW_SITE) == 0.8
    doc = mfatext.parse(NEW_SITE)
    art = article(doc)
    assert art.published == dt.datetime(2022, 7, 18, 0, 3, tzinfo=MOSCOW)
    assert art.title is not None
    assert art.title.startswith("Foreign Minister Sergey Lavrov’s article")
    assert kinds(doc)[1] == ("chrome", "1487-18-07-2022")


def test_spaced_date_alone_is_not_enough() -> None:
    """A spaced date-time first line without a document number could be anything: not claimed."""
    assert layout.sniff("18 July 2022 00:03\n\nSome title\n\nBody.\n") == 0.0


@needs_corpus
def test_kit_property_over_corpus_lines() -> None:
    """mfatext.testing's property: texts mixed from corpus/mid lines never crash and stay lossless."""
    testing = pytest.importorskip("mfatext.testing")
    samples = [read(p) for p in sorted(MID.glob("*.txt"))]
    testing.check_property(layout, samples, max_examples=100)


def test_text_after_the_trailer_is_chrome() -> None:
    """A copy that goes on after "Advanced settings" (site footer): the body still ends at the trailer
    (lines from corpus/mid/007)."""
    text = ("9 October 201811:40\n\n"
            "Opening remarks by Foreign Minister Sergey Lavrov, Moscow, October 9, 2018\n\n"
            "Colleagues, friends,\n\nAdditional materials\n\n\nAdvanced settings\n\nSite map\n")
    doc = mfatext.parse(text)
    assert [p.text for p in article(doc).paragraphs] == ["Colleagues, friends,"]
    assert kinds(doc)[-1] == ("chrome", "Additional materials\n\n\nAdvanced settings\n\nSite map")
    assert "trailer.early" in [d.code for d in doc.diagnostics]

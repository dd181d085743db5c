"""The embassy-page layout: golden JSON for seeds 001, 003 and 004, and the corpus pitfalls."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import mfatext
from mfatext.layouts.embassy import layout
from mfatext.models import Article, Document, NewsItem

from .golden import SEEDS, SHARED, check_golden

CORPUS = SHARED / "corpus" / "embassy"
SEED_FILES = {"001": "001_f22195f936221375.txt", "003": "003_621d9c707e08931c.txt",
              "004": "004_d6443154fc4fd715.txt"}


def parse(path: Path) -> Document:
    return mfatext.parse(path.read_text(encoding="utf-8"), layout="embassy-page")


def corpus(name: str) -> Document:
    path = CORPUS / name
    if not path.exists():
        pytest.skip("../shared/corpus is not available")
    return parse(path)


def article(doc: Document) -> Article:
    first = doc.items[0]
    assert isinstance(first, Article)
    return first


def kinds(doc: Document) -> list[str]:
    return [s.kind for s in doc.segments]


@pytest.mark.parametrize("seed", sorted(SEED_FILES))
def test_seed_golden(seed: str) -> None:
    # Every field was checked by hand against the seed page.
    check_golden(f"embassy-{seed}", mfatext.to_dict(parse(SEEDS / SEED_FILES[seed]), with_text=False))


@pytest.mark.parametrize("seed", sorted(SEED_FILES))
def test_seeds_are_detected(seed: str) -> None:
    assert mfatext.parse((SEEDS / SEED_FILES[seed]).read_text(encoding="utf-8")).layout == "embassy-page"


def test_seed_004_header_article_and_latest_events() -> None:
    doc = parse(SEEDS / SEED_FILES["004"])
    assert doc.page is not None
    assert doc.page.section == "SPEECHES, INTERVIEWS, ARTICLES"
    assert [(c.kind, c.value, c.obfuscated) for c in doc.page.contacts] == [
        ("phone", "+44 (0) 203 161 8858", False), ("email", None, True)]
    art = article(doc)
    assert art.published == dt.date(2022, 6, 11)  # the date line, not the event date in the title
    assert art.url == "https://mid.ru/en/foreign_policy/news/1817245/"  # trailing NBSP dropped
    assert [t.role for t in art.turns] == ["question", "answer"] * 4
    news = doc.items[1:]
    assert len(news) == 10
    assert all(isinstance(n, NewsItem) and n.turns == () for n in news)
    assert kinds(doc).count("chrome") == 2  # "LATEST EVENTS" and "all messages"
    assert kinds(doc).count("url") == 1


def test_seed_003_latest_events_leads_carry_no_turns() -> None:
    # The gold note: items 3/5 leads start with 'Question:' but news items carry no turns here.
    doc = parse(SEEDS / SEED_FILES["003"])
    news = [i for i in doc.items if isinstance(i, NewsItem)]
    assert news[2].lead is not None
    assert news[2].lead.startswith("Question:")
    assert all(n.turns == () for n in news)


def test_title_that_reads_like_a_counter_stays_a_title() -> None:
    # 028: "85 weeks have passed since the Salisbury incident - ..." is the article title.
    doc = corpus("028.txt")
    assert doc.page is not None
    assert [c.days for c in doc.page.counters] == [1332, 1324]
    title = article(doc).title
    assert title is not None
    assert title.startswith("85 weeks have passed")
    assert article(doc).published == dt.date(2018, 11, 6)


def test_mobile_rendering_has_no_header() -> None:
    # 029: m.rusemb.org.uk, the page starts with the title.
    text = (CORPUS / "029.txt").read_text(encoding="utf-8") if CORPUS.exists() else ""
    if not text:
        pytest.skip("../shared/corpus is not available")
    assert layout.sniff(text) == pytest.approx(0.55)
    doc = mfatext.parse(text)
    assert doc.layout == "embassy-page"
    assert doc.page is None
    title = "Embassy comment on the state of the investigation into the death of Nikolay Glushkov"
    assert article(doc).title == title
    assert kinds(doc)[0] == "title"


def test_2015_header_consular_section() -> None:
    doc = corpus("026.txt")
    assert doc.page is not None
    assert [(c.label, c.value) for c in doc.page.contacts] == [
        ("Consular Section", "+44(0) 203 668 7474"), ("Consular Section", "info@rusemb.org.uk")]
    assert doc.page.counters == ()
    assert doc.diagnostics == ()


def test_clocks_straddling_midnight_take_the_moscow_date() -> None:
    doc = corpus("017.txt")
    assert doc.page is not None
    assert doc.page.retrieved_at is not None
    assert doc.page.retrieved_at.isoformat() == "2022-01-25T01:17:00+03:00"
    assert not [d for d in doc.diagnostics if d.code == "clock.inconsistent"]


def test_list_pages_are_not_claimed() -> None:
    for name in ("002.txt", "020.txt", "035.txt"):
        path = CORPUS / name
        if path.exists():
            assert layout.sniff(path.read_text(encoding="utf-8")) < 0.5, name


def test_telegram_and_mid_pages_are_not_claimed() -> None:
    for name in ("034.txt", "049.txt"):
        path = CORPUS / name
        if path.exists():
            assert layout.sniff(path.read_text(encoding="utf-8")) == 0.0, name


def test_unlabelled_single_newline_paragraphs() -> None:
    # 022: body paragraphs separated by single newlines: one line = one paragraph.
    doc = corpus("022.txt")
    art = article(doc)
    assert len(art.paragraphs) == 5
    assert art.turns == ()
    assert art.published == dt.date(2011, 9, 9)


@pytest.mark.parametrize("seed", sorted(SEED_FILES))
def test_every_value_points_at_its_text(seed: str) -> None:
    # Traceability: each extracted value's span holds the value as printed.
    doc = parse(SEEDS / SEED_FILES[seed])
    text = doc.text
    assert doc.page is not None
    for clock in doc.page.clocks:
        assert text[clock.span.start : clock.span.end] == f"{clock.city}: {clock.time:%H:%M}"
    for contact in doc.page.contacts:
        shown = text[contact.span.start : contact.span.end]
        expected = contact.value if contact.value is not None else "[email\u00a0protected]"  # seed 004
        assert shown == expected
    for counter in doc.page.counters:
        assert text[counter.span.start : counter.span.end].startswith(f"{counter.days} days have passed")
    for item in doc.items:
        assert isinstance(item, Article | NewsItem)
        assert item.headline is not None
        assert item.headline.span is not None
        assert text[item.headline.span.start : item.headline.span.end] == item.title
        if isinstance(item, NewsItem):
            assert item.lead is not None
            assert item.lead in text[item.span.start : item.span.end]
        else:
            assert all(text[p.span.start : p.span.end] == p.text for p in item.paragraphs)

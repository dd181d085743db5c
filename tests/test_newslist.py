"""The news-list layout: golden JSON for real list pages, pagination, unknown stretches."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mfatext
from mfatext.layouts.newslist import layout
from mfatext.models import Document, NewsItem
from mfatext.parsers.pagination import split_run

from .golden import SEEDS, SHARED, check_golden

CORPUS = SHARED / "corpus" / "embassy"
GOLDEN_PAGES = ("002.txt", "020.txt", "035.txt", "047.txt")


def read(name: str) -> str:
    path = CORPUS / name
    if not path.exists():
        pytest.skip("../shared/corpus is not available")
    return path.read_text(encoding="utf-8")


def parse(name: str) -> Document:
    return mfatext.parse(read(name), layout="news-list")


@pytest.mark.parametrize("name", GOLDEN_PAGES)
def test_list_golden(name: str) -> None:
    # Every field was checked by hand against the corpus page.
    check_golden(f"newslist-{name.removesuffix('.txt')}", mfatext.to_dict(parse(name), with_text=False))


@pytest.mark.parametrize("name", ["002.txt", "008.txt", "020.txt", "035.txt", "041.txt", "043.txt", "044.txt",
                                  "047.txt"])
def test_list_pages_are_detected(name: str) -> None:
    assert mfatext.parse(read(name)).layout == "news-list"


def test_seeds_are_not_claimed() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        assert layout.sniff(path.read_text(encoding="utf-8")) < 0.5, path.name


def test_pagination_and_header() -> None:
    doc = parse("044.txt")
    assert doc.page is not None
    assert doc.page.pagination is not None
    assert doc.page.pagination.pages == tuple(range(31, 46))
    assert doc.page.pagination.current is None  # not marked in the text
    assert [c.days for c in doc.page.counters] == [851, 843]
    assert all(isinstance(i, NewsItem) for i in doc.items)
    assert [s.kind for s in doc.segments].count("pagination") == 1


def test_two_items_on_the_same_date() -> None:
    doc = parse("043.txt")
    assert [i.published for i in doc.items] == [
        dt.date(2018, 4, 4), dt.date(2018, 4, 3), dt.date(2018, 4, 3), dt.date(2018, 4, 2)]


def test_question_dot_lead_is_no_turn() -> None:
    # 043: the first lead starts "Question." (a period): not a label.
    doc = parse("043.txt")
    first = doc.items[0]
    assert isinstance(first, NewsItem)
    assert first.lead is not None
    assert first.lead.startswith("Question.")
    assert first.turns == ()


def test_list_pages_yield_no_article() -> None:
    for name in ("008.txt", "041.txt"):
        assert {i.kind for i in parse(name).items} == {"news-item"}


def test_unknown_line_does_not_stop_the_list() -> None:
    # A stray line before the first item (a 008 header with junk inserted) is unknown, the items still parse.
    text = read("008.txt").replace("Pages: ", "A banner nobody asked for\n\nPages: ", 1)
    doc = mfatext.parse(text, layout="news-list")
    assert len(doc.items) == 3
    assert "unknown" in [s.kind for s in doc.segments]
    assert [d.code for d in doc.diagnostics if d.code == "newslist.unknown"] == ["newslist.unknown"]


def test_embassy_informs_section_with_double_blank_lines() -> None:
    # EMBASSY INFORMS list pages: a section heading, items separated by two blank lines (as in seed 004).
    header = read("008.txt").split("Pages:", 1)[0]
    items = (
        "24.06.2022 - Foreign Minister Sergey Lavrov’s interview with the BBC TV channel, St Petersburg, "
        "June 16, 2022\n\nWe are going back to what the Minsk agreements were coordinated for.\n\n\n"
        "17.06.2022 - Foreign Minister Sergey Lavrov’s interview with TASS news agency, St Petersburg, "
        "June 16, 2022\n\nRussia sees a path forward to a settlement.\n"
    )
    text = header + "EMBASSY INFORMS\n\n" + items
    assert layout.sniff(text) >= 0.9
    doc = mfatext.parse(text)
    assert doc.layout == "news-list"
    assert doc.page is not None
    assert doc.page.section == "EMBASSY INFORMS"
    assert [i.published for i in doc.items] == [dt.date(2022, 6, 24), dt.date(2022, 6, 17)]
    first = doc.items[0]
    assert isinstance(first, NewsItem)
    assert first.headline is not None
    assert (first.headline.place, first.headline.event_date) == ("St Petersburg", dt.date(2022, 6, 16))
    assert first.lead == "We are going back to what the Minsk agreements were coordinated for."


def test_printed_page_url_gives_start_and_current_page() -> None:
    # 002.txt was saved from rusemb.org.uk/apress_arh/&start=501&ps=10&ppp=15: page 51 of the 46-60 window.
    text = "https://rusemb.org.uk/apress_arh/&start=501&ps=10&ppp=15\n\n" + read("002.txt")
    doc = mfatext.parse(text)
    assert doc.layout == "news-list"
    assert doc.page is not None
    assert doc.page.pagination is not None
    assert (doc.page.pagination.start, doc.page.pagination.current) == (501, 51)
    assert doc.page.pagination.pages == tuple(range(46, 61))
    assert next(s.kind for s in doc.segments) == "url"
    assert doc.page.date == dt.date(2020, 10, 25)  # the header after the URL line is read


def _split_walk(run: str) -> tuple[int, ...]:
    """split_run's contract, read number by number: the shortest first number whose consecutive
    successors, written out, are exactly the run."""
    for width in range(1, min(len(run), 6) + 1):
        if run.startswith("0"):
            break
        page, pos, pages = int(run[:width]), 0, []
        while pos < len(run) and run.startswith(str(page), pos):
            pages.append(page)
            pos, page = pos + len(str(page)), page + 1
        if pos == len(run):
            return tuple(pages)
    return ()


# Consecutive runs (pagination windows like 46..60, around 999/1000 where the width changes), cut ones,
# and arbitrary digit strings.
_RUNS = st.one_of(
    st.builds(lambda first, count: "".join(map(str, range(first, first + count))),
              st.integers(1, 1200) | st.integers(1, 10**6), st.integers(1, 30)),
    st.builds(lambda first, count, cut: "".join(map(str, range(first, first + count)))[:cut],
              st.integers(1, 1200), st.integers(1, 30), st.integers(1, 60)),
    st.text("0123456789", min_size=1, max_size=40),
)


@given(_RUNS)
def test_split_run_agrees_with_the_number_by_number_reading(run: str) -> None:
    # split_run decides a reading with one comparison; the walk over the numbers is the definition.
    assert split_run(run) == _split_walk(run)


def test_split_run_examples_across_the_width_change() -> None:
    # A window that crosses 999 -> 1000, and one that stops in the middle of a number.
    assert split_run("9989991000") == (998, 999, 1000)
    assert split_run("99899910") == ()

"""Regression tests for the review's robustness findings (review-findings.md), one mechanism each."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import mfatext
from mfatext.cursor import Lines
from mfatext.layouts.telegram import layout as telegram_layout
from mfatext.models import Paragraph, Span
from mfatext.parsers.channel import terminator
from mfatext.parsers.chrome import chrome_line, fold
from mfatext.parsers.counters import counter_line
from mfatext.parsers.duplicates import CopyFinder
from mfatext.parsers.genres import genre_of
from mfatext.parsers.header import page_header, skip_header
from mfatext.parsers.headline import parse_headline
from mfatext.parsers.post import (
    bare_count,
    forward_header,
    link_line,
    maybe_special,
    media_placeholder,
    reaction_line,
    view_in_telegram,
)
from mfatext.parsers.speakers import lookup, split_position
from mfatext.parsers.turns import turns_from_paragraphs


def test_counts_are_exact_and_bounded() -> None:
    # "1.2K" is 1200 exactly; a run of 16+ digits is text, not a count (no float/int overflow).
    assert bare_count("1.2K") == 1200
    assert bare_count("4.6K") == 4600
    assert bare_count("9" * 16) is None
    assert reaction_line("👍" + "9" * 400) is None
    assert reaction_line("👍120🔥15") is not None


def test_counter_days_before_year_one_give_no_since() -> None:
    # 999999 days before 2001 is before year 1: the counter is kept, its ``since`` is unknown.
    lines = Lines("999999 days have passed since the Salisbury incident - no credible information")
    found = counter_line(lines, 0, dt.date(2001, 1, 1))
    assert found is not None
    [counter] = found[0]
    assert (counter.days, counter.since) == (999999, None)


def test_huge_counter_does_not_fail_the_page() -> None:
    text = ("1 January 2001\nMoscow: 01:52\nLondon: 22:52\n\n"
            "999999 days have passed since x - y\n\nTITLE OF IT\n\nbody\n")
    assert mfatext.parse(text).layout == "embassy-page"


_SEED_001_TOP = "4 December 2021\nMoscow: 01:52\nLondon: 22:52\n\nConsular queries:\n+44 (0) 203 668 7474\n\n"


def test_header_after_leading_blank_lines() -> None:
    # A re-scrape that adds blank lines above the page keeps its header; the blank lines are a segment.
    found = page_header(Lines("\n \n" + _SEED_001_TOP), 0)
    assert found is not None
    header, _ = found
    assert header.date == dt.date(2021, 12, 4)
    assert header.marks[:2] == (("blank", 3), ("page-header", 19))


def test_header_without_its_date_line() -> None:
    # Seed 001 cut at the clocks: still a header, date and retrieved_at unknown, and the guess is said.
    found = page_header(Lines(_SEED_001_TOP.split("\n", 1)[1]), 0)
    assert found is not None
    header, _ = found
    assert (header.date, header.retrieved_at) == (None, None)
    assert [c.city for c in header.clocks] == ["Moscow", "London"]
    assert [d.code for d in header.diagnostics] == ["header.no-date"]


def test_a_lone_unknown_clock_is_not_a_header() -> None:
    # "Time: 10:00" opening a text is no clock widget: without the date line, ask for a known city.
    assert page_header(Lines("Time: 10:00\n\nSome text.\n"), 0) is None
    assert skip_header(Lines("Kyiv: 10:00\nMoscow: 10:00\n\nText\n"), 0) == 2


# --- NBSP and other Unicode spaces count as spaces when matching (DESIGN.md); values keep them ---

def test_fixed_phrases_match_with_any_spaces() -> None:
    # Some renderings print NBSP (or a narrow NBSP) between every pair of words.
    assert fold(" VIEW\u00a0IN\u202fTELEGRAM ") == "view in telegram"
    assert view_in_telegram("VIEW\u00a0IN\u00a0TELEGRAM")
    assert media_placeholder("Media\u00a0is\u00a0too\u00a0big") == "Media is too big"
    assert forward_header("Forwarded\u00a0from Russian\u00a0MFA 🇷🇺") == "Russian\u00a0MFA 🇷🇺"
    assert maybe_special("Forwarded\u00a0from Russian MFA")
    assert chrome_line(Lines("LATEST\u00a0EVENTS"), 0)
    assert terminator("Download\u00a0Telegram")


def test_contact_label_with_nbsp() -> None:
    # 'Consular\xa0queries:' is a contact label, not the article title.
    found = page_header(Lines(_SEED_001_TOP.replace("Consular queries", "Consular\u00a0queries")), 0)
    assert found is not None
    assert [c.label for c in found[0].contacts] == ["Consular\u00a0queries"]


def test_genre_phrase_and_position_with_nbsp() -> None:
    headline = parse_headline("Foreign\u00a0Minister Sergey\u00a0Lavrov’s answers\u00a0to\u00a0media"
                              "\u00a0questions, Moscow, 10\u00a0November\u00a02021")
    assert headline.genre == "answers to media questions"
    [who] = headline.speakers
    # Positions are normalised (spaces collapsed, typos resolved) so that one position groups as one.
    assert (who.id, who.position) == ("lavrov-sergey", "Foreign Minister")
    assert split_position("Presiden\u00a0Putin") == ("President", "Putin")


def test_copy_found_despite_trailing_spaces() -> None:
    # A scraper that strips the file's end leaves trailing spaces on every line but the last.
    body = ["🇷🇺🇷🇸 Sergey Lavrov’s talks ", "💬 Sergey Lavrov: We held talks. ", "❓ Question: What? ",
            "#Tag "]
    lines = [*body, *(line.rstrip() for line in body[1:])]
    finder = CopyFinder(lines)
    finder.start(0)
    found = [finder.feed(i) for i in range(1, len(lines))]
    copy = next(c for c in found if c is not None)
    assert (copy.start, copy.end, copy.skipped, copy.truncated) == (4, 7, 1, False)


_SAVED_TWICE = (
    "On August 14, Foreign Minister Sergey Lavrov and Deputy Prime Minister Aleksandar Vulin met in Moscow.\n"
    "They had a thorough discussion on a wide range of issues concerning bilateral cooperation.\n"
    "#RussiaSerbia\n"
)


def test_a_plain_page_saved_twice_is_not_telegram() -> None:
    # telegram/017 (a news site's republication) glued to itself: two long lines printed twice prove nothing.
    assert telegram_layout.sniff(_SAVED_TWICE + "\n" + _SAVED_TWICE) < 0.5
    # Under an emoji-led headline the repeated pair is a duplicated Telegram body (seed 002).
    post = "🇷🇺🇷🇸 Sergey Lavrov met Aleksandar Vulin\n" + _SAVED_TWICE
    assert telegram_layout.sniff(post + _SAVED_TWICE) == 0.6


def test_telegram_sniff_splits_lines_like_lines() -> None:
    # U+2028 is no line break for mfatext: "Forwarded from" in the middle of a line opens no post.
    assert telegram_layout.sniff("A paragraph of text\u2028Forwarded from Russian MFA 🇷🇺\nmore text\n") == 0.0
    assert telegram_layout.sniff("A paragraph of text\r\nForwarded from Russian MFA 🇷🇺\r\n") == 0.95


def test_full_text_opening_a_paragraph_is_no_link() -> None:
    # Only the label (with a short bracketed note, telegram/040) or the label and a URL is a link line.
    assert link_line("Full text of the statement was published on the Ministry's website today.") is None
    assert link_line("📄 FULL LIST (41 individuals)") == "FULL LIST (41 individuals)"
    assert link_line("📄 Full text: https://mid.ru/x") == "https://mid.ru/x"


def test_short_year_mark_ends_a_title() -> None:
    # "г." is the short form of "года": its '.' belongs to the date, not to the sentence.
    headline = parse_headline("Выступление С.В.Лаврова, Москва, 10 ноября 2021 г.", offset=100)
    assert (headline.place, headline.event_date) == ("Москва", dt.date(2021, 11, 10))


def test_contact_line_shapes_keep_labels_and_spans() -> None:
    # A label and two values on one line, then a hyphenated label: each value its own Contact and span.
    top = ("15 January 2016\nMoscow: 10:15\nCanberra: 18:15\n\n"
           "Consular Section: +61 2 6295 9474 (Mon-Fri); [email protected]\n"
           "E-mail:\nconsul@rusembassy.org.au\n\n")
    found = page_header(Lines(top + "Title of the article\n"), 0)
    assert found is not None
    header, end = found
    assert [(c.kind, c.label, c.value, c.obfuscated) for c in header.contacts] == [
        ("phone", "Consular Section", "+61 2 6295 9474", False),
        ("email", "Consular Section", None, True),
        ("email", "E-mail", "consul@rusembassy.org.au", False)]
    assert [top[c.span.start : c.span.end] for c in header.contacts] == [
        "+61 2 6295 9474", "[email protected]", "consul@rusembassy.org.au"]
    assert end == 7


def test_unknown_line_inside_the_header_is_not_the_title() -> None:
    # Opening hours under the phone: the counters follow, so the header goes on; the line is 'unknown'.
    text = (_SEED_001_TOP.rstrip("\n") + "\nMon-Fri 10:00-12:30\n\n"
            "1371 days have passed since the Salisbury incident - no credible information\n\n"
            "PRESS RELEASES AND NEWS\n\n11.06.2022\n\nEmbassy Press Officer’s comment\n\nText.\n")
    doc = mfatext.parse(text)
    assert doc.page is not None
    assert ([c.days for c in doc.page.counters], doc.page.section) == ([1371], "PRESS RELEASES AND NEWS")
    [article] = doc.items
    assert article.title == "Embassy Press Officer’s comment"
    [unknown] = [s for s in doc.segments if s.kind == "unknown"]
    assert text[unknown.span.start : unknown.span.end] == "Mon-Fri 10:00-12:30\n"
    assert [d.code for d in doc.diagnostics] == ["header.unknown"]


def test_title_after_the_header_is_not_an_unknown_header_line() -> None:
    # A title followed by the article text (no header line after it) ends the header as before.
    doc = mfatext.parse(_SEED_001_TOP + "Embassy Press Officer’s comment\n\nText of the comment.\n")
    assert [s.kind for s in doc.segments if s.kind in ("unknown", "title")] == ["title"]


def test_russian_clock_names() -> None:
    # The Russian version of the site: 'Москва' is the Moscow clock; 'Лондон' is checked in its own zone.
    found = page_header(Lines("25 октября 2020\nМосква: 03:27\nЛондон: 02:27\n\nТекст\n"), 0)
    assert found is not None
    header, _ = found
    assert header.retrieved_at == dt.datetime(2020, 10, 25, 3, 27, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    # London is 01:27 at that moment (GMT since 25 October 2020): the widget is inconsistent.
    assert [d.code for d in header.diagnostics] == ["clock.inconsistent"]


def test_russian_chrome_lines() -> None:
    assert chrome_line(Lines("ПОСЛЕДНИЕ СОБЫТИЯ"), 0)
    assert chrome_line(Lines("все сообщения"), 0)


def test_unlisted_person_after_a_position_is_a_speaker() -> None:
    # Not in the speaker table, but a position and a name: a Speaker with id None, span on the name.
    title = "Посол России Алексей Полищук о ситуации"
    [who] = parse_headline(title, offset=10).speakers
    assert (who.name, who.id, who.position) == ("Алексей Полищук", None, "Посол России")
    assert who.span is not None
    assert title[who.span.start - 10 : who.span.end - 10] == "Алексей Полищук"
    # Capitals that are no personal name (acronyms) after a position are not a speaker.
    assert parse_headline("President UN EU").speakers == ()


def test_turn_words_of_other_languages_and_askers() -> None:
    # mid.ru in German and Spanish, a Russian journalist label, a question naming who asks.
    para = [Paragraph(text=t, span=Span(start=100 * k, end=100 * k + len(t))) for k, t in enumerate((
        "Журналист: Как Вы оцениваете?", "С.В.Лавров: Позитивно.", "Вопрос от ТАСС: А дальше?",
        "С.В.Лавров: Посмотрим."))]
    assert [(t.label, t.role, t.speaker.id) for t in turns_from_paragraphs(para)] == [
        ("Журналист", "question", None), ("С.В.Лавров", "answer", "lavrov-sergey"),
        ("Вопрос от ТАСС", "question", None), ("С.В.Лавров", "answer", "lavrov-sergey")]


def test_transliteration_folding_is_a_fallback() -> None:
    # Other languages' spellings find the person; different names stay unknown.
    assert [getattr(lookup(n), "id", None) for n in ("Sergej Lawrow", "Serguéi Lavrov", "S.V.Lavrov")] == [
        "lavrov-sergey"] * 3
    assert lookup("Sergej Lawrowski") is None
    assert lookup("President Lawrow", positions=False) is None


def test_genres_of_other_languages_and_split_russian_answers() -> None:
    assert genre_of("Erklärung des Außenministeriums Russlands") == "statement"
    assert genre_of("Rueda de prensa del Ministro Serguéi Lavrov") == "news conference"
    assert genre_of("ОТВЕТЫ ПОСЛА РОССИИ НА ВОПРОСЫ СМИ") == "answers to media questions"
    # The first genre announced wins: the statement, not the answers after it.
    assert genre_of("Заявление МИД России и ответы на вопросы СМИ") == "statement"


_PIECES = st.sampled_from([
    "4 December 2021", "Moscow: 01:52", "Москва: 14:05", "London: 22:52", "Time: 10:00", "Consular queries:",
    "Tel.: +44 (0) 203 668 7474, +44 1", "+44 (0) 203 668 7474 (10:00-12:30)", "[email protected]",
    "Mon-Fri 10:00", "1371 days have passed since the Salisbury incident - x", "", " \u00a0", "TITLE",
    "x" * 90,
])


@settings(max_examples=200)
@given(st.lists(_PIECES, max_size=12), st.sampled_from(["\n", "\r\n", "\r"]))
def test_header_marks_partition_what_it_consumes(pieces: list[str], eol: str) -> None:
    # Whatever the lines, page_header and skip_header agree, and the segment plan is ordered and ends
    # where the header ends (the layouts hand it to a SegmentBuilder).
    lines = Lines(eol.join(pieces))
    found = page_header(lines, 0)
    assert (found is None) == (skip_header(lines, 0) is None)
    if found is not None:
        header, end = found
        ends = [e for _, e in header.marks]
        assert ends == sorted(ends)
        assert skip_header(lines, 0) == end
        assert ends[-1] == (lines.start(end) if end < len(lines) else len(lines.text))


def test_fold_skips_long_lines() -> None:
    # Fixed phrases are short: a paragraph is not folded (its fold is "", which no phrase equals).
    assert fold("x" * 101) == ""
    assert fold(" VIEW\tIN  TELEGRAM ") == "view in telegram"

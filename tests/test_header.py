"""The embassy page header parsers, on real header lines of rusemb.org.uk pages."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import mfatext
from mfatext.cursor import SPACE, Lines, skip_blank
from mfatext.parsers.chrome import chrome_line
from mfatext.parsers.counters import COUNTER_START, KNOWN_EVENTS, counter_line
from mfatext.parsers.header import (
    clock_line,
    contact_label,
    contact_line,
    date_line,
    page_date_line,
    page_header,
    section_line,
    skip_header,
)
from mfatext.parsers.pagination import pagination_line, split_run, with_url

NBSP = "\u00a0"
COUNTERS = (
    "1371 days have passed since the Salisbury incident - no credible information or response from the "
    "British authorities" + NBSP * 341 + "1363 days have passed since the death of Nikolay Glushkov on "
    "British soil - no credible information or response from the British authorities"
)
# Seed 001's header, as printed (NBSPs after the label and the phone).
HEADER_001 = (
    f"4 December 2021\nMoscow: 01:52\nLondon: 22:52\n\nConsular queries:{NBSP}{NBSP}\n"
    f"+44 (0) 203 668 7474{NBSP}{NBSP}\n\n{COUNTERS}\n\n\n\nForeign Minister Sergey Lavrov's remarks\n"
)


def one(line: str) -> Lines:
    return Lines(line)


def test_page_date_line_reads_the_day_month_year_form() -> None:
    # The first line of every desktop page.
    found = page_date_line(one("4 December 2021"), 0)
    assert found is not None
    assert found[0][0] == dt.date(2021, 12, 4)


def test_clock_line_gives_city_and_wall_time() -> None:
    found = clock_line(one("London: 22:52"), 0)
    assert found is not None
    assert found[0][:2] == ("London", dt.time(22, 52))


def test_clock_line_rejects_a_title_with_a_colon() -> None:
    # 037: a title with a colon is not a clock.
    assert clock_line(one("Inter-Syrian contacts in Moscow: step in the right direction"), 0) is None


def test_contact_label_new_and_2015_forms() -> None:
    assert contact_label(one(f"Consular queries:{NBSP}{NBSP}"), 0) == ("Consular queries", 1)
    assert contact_label(one("Consular Section:  "), 0) == ("Consular Section", 1)


def test_phone_values_are_kept_as_printed_without_the_trailing_spaces() -> None:
    # 026 (2015): no space after +44, three trailing spaces.
    found = contact_line(one("+44(0) 203 668 7474   "), 0, "Consular Section")
    assert found is not None
    contact = found[0]
    assert (contact.kind, contact.value, contact.label, contact.obfuscated) == (
        "phone", "+44(0) 203 668 7474", "Consular Section", False)
    assert (contact.span.start, contact.span.end) == (0, 19)


def test_email_in_clear_and_hidden_by_the_site() -> None:
    clear = contact_line(one("info@rusemb.org.uk  "), 0)
    hidden = contact_line(one(f"[email{NBSP}protected]{NBSP}{NBSP}"), 0)  # seed 004
    assert clear is not None
    assert hidden is not None
    assert (clear[0].kind, clear[0].value, clear[0].obfuscated) == ("email", "info@rusemb.org.uk", False)
    assert (hidden[0].kind, hidden[0].value, hidden[0].obfuscated) == ("email", None, True)


def test_two_counters_on_one_line_split_at_the_nbsp_run() -> None:
    found = counter_line(one(COUNTERS), 0, dt.date(2021, 12, 4))
    assert found is not None
    first, second = found[0]
    assert (first.days, first.event, first.since) == (1371, "the Salisbury incident", dt.date(2018, 3, 4))
    assert (second.days, second.since) == (1363, dt.date(2018, 3, 12))
    assert second.event == "the death of Nikolay Glushkov on British soil"
    assert COUNTERS[first.span.start : first.span.end].endswith("British authorities")
    assert COUNTERS[second.span.start : second.span.end].startswith("1363 days")


def test_a_title_in_weeks_is_not_a_counter() -> None:
    # 028: the article title reads like a counter, but counts weeks.
    title = "85 weeks have passed since the Salisbury incident - no credible information or response"
    assert counter_line(one(title), 0, dt.date(2021, 10, 26)) is None


def test_section_heading_and_article_date_line() -> None:
    assert section_line(one("AMBASSADOR'S ARTICLES"), 0) is not None  # 040, straight apostrophe
    assert section_line(one("STATEMENT by Ambassador Vassily Nebenzia at the 5 April"), 0) is None  # 038
    assert section_line(one("LATEST EVENTS"), 0) is None  # chrome, not a section
    found = date_line(one("11.06.2022"), 0)
    assert found is not None
    assert found[0][0] == dt.date(2022, 6, 11)
    assert date_line(one("4 December 2021"), 0) is None  # the page date form is not the article date line


def test_chrome_lines() -> None:
    assert chrome_line(one("all messages"), 0)
    assert chrome_line(one("LATEST EVENTS"), 0)
    assert not chrome_line(one("all messages were read"), 0)


def test_page_header_of_seed_001() -> None:
    lines = Lines(HEADER_001)
    found = page_header(lines, 0)
    assert found is not None
    header, end = found
    assert lines[end] == ""  # the blank lines before the title are left to the layout
    assert header.date == dt.date(2021, 12, 4)
    assert header.retrieved_at is not None
    assert header.retrieved_at.isoformat() == "2021-12-04T01:52:00+03:00"
    assert [(c.city, c.time.isoformat("minutes")) for c in header.clocks] == [
        ("Moscow", "01:52"), ("London", "22:52")]
    assert [(c.kind, c.value, c.label) for c in header.contacts] == [
        ("phone", "+44 (0) 203 668 7474", "Consular queries")]
    assert [(c.days, c.since) for c in header.counters] == [
        (1371, dt.date(2018, 3, 4)), (1363, dt.date(2018, 3, 12))]
    # London at 22:52 is the day before, and 3 hours behind in December: consistent.
    assert header.diagnostics == ()
    kinds = [k for k, _ in header.marks]
    assert kinds == ["page-header", "clock", "clock", "blank", "contact", "contact", "blank", "counter",
                     "blank", "counter"]


def test_skip_header_agrees_with_page_header() -> None:
    # The sniffers' cheap header skip must stop where the full parser stops.
    for text in (HEADER_001, "2 September 2015\nMoscow: 11:29\nLondon: 09:29\n\nConsular Section:\n\nTitle"):
        lines = Lines(text)
        found = page_header(lines, 0)
        assert found is not None
        assert skip_header(lines, 0) == found[1]
    assert skip_header(Lines("Title\n\nBody"), 0) is None


def test_a_short_title_ending_with_a_colon_is_not_a_contact_label() -> None:
    # A label line counts only when a contact follows it.
    text = HEADER_001.replace("Foreign Minister Sergey Lavrov's remarks", "Embassy comment:\n\nThe body.")
    lines = Lines(text)
    found = page_header(lines, 0)
    assert found is not None
    assert skip_header(lines, 0) == found[1]
    assert lines[skip_blank(lines, found[1])] == "Embassy comment:"


def test_clock_inconsistent_when_four_hours_apart_in_summer() -> None:
    # 2015 pages: in September London is 2 hours behind Moscow (UTC+3 since 2014), not 4.
    text = "2 September 2015\nMoscow: 11:29\nLondon: 07:29\n"
    found = page_header(Lines(text), 0)
    assert found is not None
    codes = [d.code for d in found[0].diagnostics]
    assert codes == ["clock.inconsistent"]
    span = found[0].diagnostics[0].span
    assert span is not None
    assert text[span.start : span.end] == "London: 07:29"


def test_clocks_three_hours_apart_after_bst_ended() -> None:
    # 038: 27 October 2020, the UK is back on GMT.
    found = page_header(Lines("27 October 2020\nMoscow: 18:22\nLondon: 15:22\n"), 0)
    assert found is not None
    assert found[0].diagnostics == ()


def test_counter_mismatch_against_the_known_event_dates() -> None:
    # One day off: 1370 days before 4 December 2021 is 5 March 2018, not the Salisbury date.
    text = HEADER_001.replace("1371 days", "1370 days")
    found = page_header(Lines(text), 0)
    assert found is not None
    assert [d.code for d in found[0].diagnostics] == ["counter.mismatch"]
    assert dict(KNOWN_EVENTS)["salisbury incident"] == dt.date(2018, 3, 4)


def test_counter_of_an_unknown_event_is_noted() -> None:
    text = HEADER_001.replace("since the Salisbury incident", "since the Litvinenko case")
    found = page_header(Lines(text), 0)
    assert found is not None
    assert [(d.code, d.severity) for d in found[0].diagnostics] == [("counter.unknown-event", "info")]
    assert found[0].counters[0].since == dt.date(2018, 3, 4)  # still page date - days


def test_no_header_without_a_clock_after_the_date() -> None:
    # 035 (washington.mid.ru) starts with a date, but it is a list item date.
    text = "09 august\n\nOn August 9 our senior diplomats paid Ms. Butina another visit\n"
    assert page_header(Lines(text), 0) is None


def test_pagination_pages_run_together() -> None:
    found = pagination_line(one("Pages: ««« :: 464748495051525354555657585960 :: »»»  "), 0)
    assert found is not None
    pag = found[0]
    assert pag.pages == tuple(range(46, 61))
    assert pag.raw == "Pages: ««« :: 464748495051525354555657585960 :: »»»"
    assert (pag.current, pag.start) == (None, None)


def test_split_run_examples() -> None:
    assert split_run("123456789101112131415") == tuple(range(1, 16))  # 020: pages 1-15
    assert split_run("313233343536373839404142434445") == tuple(range(31, 46))  # 044
    assert split_run("46485052545658") == ()  # no consecutive reading


@given(first=st.integers(1, 5000), count=st.integers(1, 30))
def test_split_run_recovers_any_consecutive_range(first: int, count: int) -> None:
    pages = tuple(range(first, first + count))
    run = "".join(map(str, pages))
    got = split_run(run)
    assert "".join(map(str, got)) == run
    assert all(b == a + 1 for a, b in itertools.pairwise(got))


@given(st.text(max_size=200))
def test_header_rules_never_crash(text: str) -> None:
    lines = Lines(text)
    if len(lines):
        counter_line(lines, 0, dt.date(2020, 1, 1))
        contact_line(lines, 0)
        page_header(lines, 0)


def test_with_url_reads_start_and_page_size() -> None:
    found = pagination_line(one("Pages: ««« :: 161718192021222324252627282930 :: »»»"), 0)
    assert found is not None
    pag = with_url(found[0], "https://rusemb.org.uk/newarh/&start=221&ps=10&ppp=15")  # 008.txt
    assert (pag.start, pag.current) == (221, 23)
    assert with_url(found[0], "https://rusemb.org.uk/fnapr/6443") == found[0]


def test_a_clock_of_an_unknown_city_is_not_checked_against_the_machines_zone() -> None:
    # tz.gettz("") is the local zone of whatever machine parses the page: the result must not depend on it.
    text = (
        "4 December 2021\nMoscow: 01:52\nAtlantis: 22:52\n\n"
        "Consular queries:\n+44 (0) 203 668 7474\n\n\n\n"
        "Foreign Minister Sergey Lavrov's remarks, Moscow, 10 November 2021\n\n"
        "Ladies and gentlemen, the meeting of the collegiums of the foreign ministries is an annual event.\n"
    )
    doc = mfatext.parse(text)
    assert doc.layout == "embassy-page"
    assert [(d.code, d.severity) for d in doc.diagnostics] == [("clock.unchecked", "info")]
    unchecked = doc.diagnostics[0].span
    assert unchecked is not None
    assert text[unchecked.start : unchecked.end] == "Atlantis: 22:52"


# The old reading of a counter line, by a regex scan of every position: counter_line finds the later
# counters by their "v" ("have") instead, and must find exactly the same ones.
_COUNTER_SCAN = re.compile(COUNTER_START, re.IGNORECASE)
_EVENT_END_SCAN = re.compile(rf"{SPACE}[-–—]{SPACE}")
_SP = st.sampled_from([" ", NBSP, "\t", "", "  "])
# "N days have passed since " and its near misses, word by word (ſ and İ are an s and an i to re's
# IGNORECASE), between event texts, dashes and runs of spaces.
_COUNTER_PIECE = st.tuples(
    st.sampled_from(["1", "1363", "123456", "1234567", "\u0663", "\u00b2", "x"]), _SP,
    st.sampled_from(["days", "day", "dayſ", "DAYS", "dais"]), _SP,
    st.sampled_from(["have", "HAVE", "hav"]), _SP,
    st.sampled_from(["passed", "paſſed"]), _SP, st.sampled_from(["since", "SİNCE", "sınce"]), _SP,
).map("".join)
_FILLER = st.sampled_from(["the Salisbury incident", " - ", " \u2013 ", "\u00a0\u2014\u00a0", "-", "v", "V",
                           "ha", NBSP * 3, " ", "Glushkov "])


def _counters_by_scan(line: str, page_date: dt.date) -> list[tuple[int, str, int, int]] | None:
    found = list(_COUNTER_SCAN.finditer(line))
    if not found or line[: found[0].start()].strip():
        return None
    out = []
    for k, m in enumerate(found):
        stop = found[k + 1].start() if k + 1 < len(found) else len(line)
        text = line[m.start() : stop].rstrip()
        event_text = line[m.end() : m.start() + len(text)]
        cut = _EVENT_END_SCAN.search(event_text)
        event = (event_text[: cut.start()] if cut else event_text).strip()
        out.append((int(m["days"]), event, m.start(), m.start() + len(text)))
    return out


@settings(max_examples=200)
@given(st.lists(st.one_of(_COUNTER_PIECE, _FILLER), max_size=8).map("".join))
def test_counter_line_finds_what_a_regex_scan_finds(line: str) -> None:
    page_date = dt.date(2021, 12, 4)
    found = counter_line(one(line), 0, page_date)
    got = None if found is None else [(c.days, c.event, c.span.start, c.span.end) for c in found[0]]
    assert got == _counters_by_scan(line, page_date)


def test_counter_event_ends_at_the_first_spaced_dash_of_any_kind() -> None:
    # The en dash comes first here: the event ends there, not at the later hyphen.
    found = counter_line(one("5 days have passed since the A\u00a0–\u00a0B - C"), 0, dt.date(2021, 1, 1))
    assert found is not None
    assert found[0][0].event == "the A"


# What the header shortcuts stand on, held to the full rules they skip.
_HEADER_LINE = st.one_of(
    st.sampled_from(["Moscow: 01:52", " London: 22:52 ", "Moscow: 24:00", "4 December 2021", "Tel.:",
                     "Consular queries:", "+44 (0) 203 668 7474", "AB", ":5", "  :52", "ИНФОРМАЦИЯ",
                     "PRESS RELEASES AND NEWS", " NEWS 2 ", "11.06.2022", ""]),
    st.text(alphabet="Mo scw:0125LndAB.\u00a0", max_size=16),
)


@settings(max_examples=200)
@given(st.lists(_HEADER_LINE, min_size=1, max_size=6).map("\n".join))
def test_header_start_shortcut_matches_the_clock_rule(text: str) -> None:
    # page_header looks for the ":MM" end of line first + 1 before asking clock_line: no clock line lacks it.
    lines = Lines(text)
    for k in range(len(lines)):
        if lines[k].rstrip()[-3:-2] != ":":
            assert clock_line(lines, k) is None
    assert skip_header(lines, 0) == (None if (found := page_header(lines, 0)) is None else found[1])


@settings(max_examples=200)
@given(_HEADER_LINE)
def test_section_line_shortcut_is_the_same_as_testing_the_stripped_line(line: str) -> None:
    # section_line tests isupper on the raw line: stripping removes no cased character.
    lines = Lines(line)
    assert line.isupper() == line.strip().isupper()
    if len(lines):
        s = lines.stripped(0)[0]
        expected = 4 <= len(s) <= 80 and s.isupper() and not any(c.isdigit() for c in s) \
            and not chrome_line(lines, 0)
        assert (section_line(lines, 0) is not None) == expected


@settings(max_examples=100)
@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(0, 23), st.integers(0, 59))
def test_retrieved_at_is_the_same_as_dates_moscow(day: dt.date, hour: int, minute: int) -> None:
    # The header builds the Moscow moment in one call; dates.moscow is the definition.
    from mfatext.parsers.dates import moscow

    text = f"{day.day} {day:%B} {day.year}\nMoscow: {hour:02d}:{minute:02d}\nLondon: 22:52\n"
    found = page_header(Lines(text), 0)
    assert found is not None
    at = found[0].retrieved_at
    assert at == moscow(day, dt.time(hour, minute))
    assert at is not None
    assert at.tzinfo is moscow(day, dt.time()).tzinfo
    span = mfatext.models.Span(start=text.index("\nM") + 1, end=text.index("\nL"))
    assert found[0].clocks[0].span == span

"""Dates and times as the corpus prints them (mfatext.parsers.dates)."""

from __future__ import annotations

import datetime as dt
import re
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfatext.parsers import dates
from mfatext.parsers.dates import (
    DateMatch,
    check_date,
    complete_year,
    date_at,
    date_ending_at,
    parse_date,
    read_date,
    scan_date,
    search_date,
)

D = dt.date


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("11.06.2022", D(2022, 6, 11)),  # embassy date line (seed 004)
        ("4 December 2021", D(2021, 12, 4)),  # embassy page date (seed 001)
        ("June 10, 2022", D(2022, 6, 10)),  # title tail ", Yerevan, June 10, 2022"
        ("October 15, 2016", D(2016, 10, 15)),  # US embassy date line (corpus/mid/026)
        ("10 ноября 2021 года", D(2021, 11, 10)),  # Russian, genitive month and "года"
        ("10 ноября 2021 г.", D(2021, 11, 10)),  # Russian abbreviated "г."
        ("12 июня 2019 года", D(2019, 6, 12)),  # corpus/embassy/049 title
        ("1 май 2021", D(2021, 5, 1)),  # nominative month name
        ("10. November 2021", D(2021, 11, 10)),  # German
        ("1er mars 2021", D(2021, 3, 1)),  # French
        ("10 de noviembre de 2021", D(2021, 11, 10)),  # Spanish
        ("June 10th, 2022", D(2022, 6, 10)),  # ordinal suffix
        ("2022-06-11", D(2022, 6, 11)),  # ISO
    ],
)
def test_fast_path_dates(printed: str, expected: dt.date) -> None:
    assert parse_date(printed, fallback=False) == expected


def test_date_and_time_run_together_is_moscow_time() -> None:
    # mid.ru prints "11 October 202113:23" (seed 000): year and time with no space.
    value = parse_date("11 October 202113:23")
    assert isinstance(value, dt.datetime)
    assert value.isoformat() == "2021-10-11T13:23:00+03:00"


def test_spaced_time() -> None:
    # corpus/mid/029: new-site format "18 July 2022 00:03".
    found = date_at("18 July 2022 00:03 1487-18-07-2022", 0)
    assert found is not None
    assert found[0] == dates.moscow(D(2022, 7, 18), dt.time(0, 3))
    assert found[1] == 18


@pytest.mark.parametrize(
    ("day", "offset"),
    [
        (D(2010, 1, 15), "+03:00"),  # winter time before 2011
        (D(2010, 7, 15), "+04:00"),  # summer time before 2011
        (D(2012, 1, 15), "+04:00"),  # permanent "summer" time 2011-03-27 .. 2014-10-26
        (D(2014, 10, 25), "+04:00"),
        (D(2014, 10, 27), "+03:00"),  # back to +03:00
        (D(2021, 12, 4), "+03:00"),
    ],
)
def test_moscow_historical_offsets(day: dt.date, offset: str) -> None:
    assert dates.moscow(day, dt.time(12, 0)).isoformat().endswith(offset)


def test_impossible_date_is_not_invented() -> None:
    assert date_at("31.02.2021", 0) is None
    assert parse_date("31.02.2021") is None
    problem = check_date("Published 31.02.2021.", 10)
    assert problem is not None
    assert (problem.start, problem.end) == (10, 20)
    assert problem.problem is not None
    assert "31.02.2021" in problem.problem
    assert check_date("28.02.2021") is None


def test_scan_date_reports_invalid_search_date_skips_it() -> None:
    text = "dated 31.02.2021, published 01.03.2021"
    bad = scan_date(text)
    assert bad is not None
    assert bad.value is None
    assert bad.start == 6
    assert search_date(text) == (D(2021, 3, 1), 28, 38)


def test_year_less_date_needs_a_reference() -> None:
    # "09 august" (Telegram): no year printed; the caller decides from the page date.
    assert date_at("09 august", 0) is None
    found = read_date("09 august", 0)
    assert found is not None
    assert found.year_missing
    assert found.value is None
    assert date_at("09 august", 0, reference=D(2022, 8, 20)) == (D(2022, 8, 9), 9)


def test_complete_year_picks_nearest() -> None:
    assert complete_year(12, 28, D(2022, 1, 3)) == D(2021, 12, 28)
    assert complete_year(1, 2, D(2021, 12, 30)) == D(2022, 1, 2)
    assert complete_year(2, 29, D(2021, 3, 1)) == D(2020, 2, 29)
    assert complete_year(2, 30, D(2021, 3, 1)) is None


def test_search_date_finds_title_date() -> None:
    title = "Foreign Minister Sergey Lavrov’s remarks, Moscow, 10 November 2021"
    assert search_date(title) == (D(2021, 11, 10), 50, len(title))


def test_numbers_inside_longer_numbers_are_not_dates() -> None:
    # corpus/mid/029: "18 July 2022 00:03 1487-18-07-2022" ends with a document number, not a bad ISO date.
    assert scan_date("1487-18-07-2022") is None
    assert scan_date("version 1.11.2021.3") is None
    assert search_date("18 July 2022 00:03 1487-18-07-2022") == (
        dates.moscow(D(2022, 7, 18), dt.time(0, 3)),
        0,
        18,
    )


def test_words_that_look_like_months_are_not_dates() -> None:
    assert search_date("10 Downing Street, May be") is None
    assert search_date("Marching on 3 marshes") is None


def test_date_ending_at() -> None:
    title = "Article by Vladimir Putin ”On the Historical Unity of Russians and Ukrainians“, 12.07.2021"
    found = date_ending_at(title, len(title))
    assert found is not None
    assert found.value == D(2021, 7, 12)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Tuesday, 4 December 2021", D(2021, 12, 4)),  # weekday: dateutil fallback
        ("2021/12/04", D(2021, 12, 4)),  # year first: not day first
        ("04/12/2021", D(2021, 12, 4)),  # day first, as the sites print
    ],
)
def test_dateutil_fallback(printed: str, expected: dt.date) -> None:
    assert parse_date(printed) == expected
    assert parse_date(printed, fallback=False) is None


@pytest.mark.parametrize(
    "printed", ["4 dec", "2021", "hello", "Moscow: 01:52", "Advanced settings", "OSCE", "12 " + "x" * 80]
)
def test_fallback_does_not_invent_fields(printed: str) -> None:
    assert parse_date(printed) is None


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2099, 12, 31)))
def test_numeric_round_trip(day: dt.date) -> None:
    assert parse_date(day.strftime("%d.%m.%Y"), fallback=False) == day
    assert parse_date(day.strftime("%d %B %Y"), fallback=False) == day
    assert parse_date(day.strftime("%B %d, %Y"), fallback=False) == day


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789. :,-ayMJunejnоября", max_size=60))
def test_never_crashes(text: str) -> None:
    found = scan_date(text)
    assert found is None or 0 <= found.start < found.end <= len(text)
    search_date(text)
    parse_date(text)


def test_search_is_linear() -> None:
    # 2000 digit runs and month names with no date: time grows linearly, not quadratically.
    def cost(n: int) -> float:
        text = "12 May 3. " * n
        t0 = time.perf_counter()
        assert search_date(text) is None
        return time.perf_counter() - t0

    small, big = cost(500), cost(4000)
    assert big < small * 8 * 4  # 8x the input, generous slack for a shared machine


def _every_candidate(text: str, end: int) -> DateMatch | None:
    # date_ending_at without its shortcuts: every start in the window is tried.
    for m in dates._STARTS.finditer(text, max(0, end - 48), end):
        found = read_date(text, m.start(), end)
        if found is not None and found.end == end and (found.value is not None or found.problem is not None):
            return found
    return None


@pytest.mark.parametrize(
    "text",
    [
        "Interview, Moscow, October 14, 2019",
        "Встреча, 10 ноября 2021 года",
        "Встреча, 10 ноября 2021 г.",
        "Meeting, 10 Nov.",
        "Meeting, 09 august",
        "Briefing (Moscow, March 21, 2024",
        "Talks, 31.02.2021",
        "Talks on the Salisbury poisoning",
        "Talks, 2022-06-11T10:30",
    ],
)
def test_date_ending_at_is_every_candidate(text: str) -> None:
    for end in range(len(text) + 1):
        assert date_ending_at(text, end) == _every_candidate(text, end)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789. :,-()TayMJunejNovгоданоября\u00a0", max_size=60))
def test_date_ending_at_shortcuts_change_nothing(text: str) -> None:
    assert date_ending_at(text, len(text)) == _every_candidate(text, len(text))


def test_regex_digits_are_decimal_digits() -> None:
    # date_ending_at looks at the last character with str.isdecimal: the same characters as \d.
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    assert set(re.findall(r"\d", every)) == {c for c in every if c.isdecimal()}

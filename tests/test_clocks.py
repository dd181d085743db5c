"""The clock widget checks (mfatext.parsers.clocks), on the clock lines of real embassy pages."""

from __future__ import annotations

import datetime as dt

from mfatext.models import Clock, Span
from mfatext.parsers import clocks, header
from mfatext.parsers.clocks import CITY_ZONES, check_clocks, retrieved_at

_SPAN = Span(start=0, end=13)


def _clock(city: str, hh: int, mm: int) -> Clock:
    return Clock(city=city, time=dt.time(hh, mm), span=_SPAN)


def test_retrieved_at_is_the_moscow_clock_on_the_page_date() -> None:
    # seed 001: "4 December 2021", "Moscow: 01:52", "London: 22:52" (London is still on 3 December).
    found = [_clock("London", 22, 52), _clock("Moscow", 1, 52)]
    at = retrieved_at(dt.date(2021, 12, 4), found)
    assert at is not None
    assert at.isoformat() == "2021-12-04T01:52:00+03:00"
    assert retrieved_at(None, found) is None
    assert retrieved_at(dt.date(2021, 12, 4), [_clock("London", 22, 52)]) is None


def test_clocks_checked_by_the_zone_rules_of_the_date() -> None:
    winter = retrieved_at(dt.date(2021, 12, 4), [_clock("Moscow", 1, 52)])
    summer = retrieved_at(dt.date(2022, 6, 11), [_clock("Moscow", 1, 52)])
    assert check_clocks(dt.date(2021, 12, 4), winter, [_clock("London", 22, 52)]) == ()  # 3 hours behind
    assert check_clocks(dt.date(2022, 6, 11), summer, [_clock("London", 23, 52)]) == ()  # 2 hours in summer
    (wrong,) = check_clocks(dt.date(2022, 6, 11), summer, [_clock("Лондон", 22, 52)])
    assert (wrong.code, wrong.span) == ("clock.inconsistent", _SPAN)
    assert "is 23:52 there" in wrong.message


def test_a_city_without_a_zone_is_reported_not_checked() -> None:
    at = retrieved_at(dt.date(2021, 12, 4), [_clock("Moscow", 1, 52)])
    (note,) = check_clocks(dt.date(2021, 12, 4), at, [_clock("Stockholm", 23, 52)])
    assert (note.code, note.severity) == ("clock.unchecked", "info")
    assert check_clocks(dt.date(2021, 12, 4), None, [_clock("London", 0, 0)]) == ()


def test_city_zones_stay_importable_from_the_header_module() -> None:
    assert header.CITY_ZONES is clocks.CITY_ZONES is CITY_ZONES
    assert CITY_ZONES["лондон"] == "Europe/London"

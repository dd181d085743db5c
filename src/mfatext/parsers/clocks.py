"""The clock widget of an embassy page header ("Moscow: 01:52", "London: 22:52"): when the page was taken
and whether the clocks agree with each other.

The page date follows Moscow, so the Moscow clock on the page date is the moment the page was retrieved
(:func:`retrieved_at`). Every other clock must show that moment in its own city's zone, by the real
time-zone rules of that date (python-dateutil; :data:`CITY_ZONES`): London is 3 hours behind Moscow in
winter and 2 in summer. :func:`check_clocks` reports the clocks that disagree. Used by
:func:`mfatext.parsers.header.page_header`.
"""

from __future__ import annotations

import datetime as dt
import functools

from dateutil import tz

from mfatext.models import Clock, Diagnostic
from mfatext.plugin import diagnostic

from .dates import MOSCOW

__all__ = ["CITY_ZONES", "check_clocks", "retrieved_at"]

CITY_ZONES: dict[str, str] = {
    "moscow": "Europe/Moscow",
    "london": "Europe/London",
    "washington": "America/New_York",
    "new york": "America/New_York",
    "canberra": "Australia/Sydney",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    # The Russian versions of the sites name the clocks in Russian.
    "москва": "Europe/Moscow",
    "лондон": "Europe/London",
    "вашингтон": "America/New_York",
    "нью-йорк": "America/New_York",
    "канберра": "Australia/Sydney",
    "париж": "Europe/Paris",
    "берлин": "Europe/Berlin",
}
"""The time zone of each clock city (case-folded), to check the widget against real time-zone rules."""
_MOSCOW = frozenset({"moscow", "москва"})  # the clock the page date follows


def retrieved_at(date: dt.date | None, clocks: list[Clock]) -> dt.datetime | None:
    """When the page was taken: the page date follows Moscow, so the Moscow clock on the page date
    (``None`` without a date or a Moscow clock)."""
    if date is None:
        return None
    for c in clocks:
        if c.city.casefold() in _MOSCOW:
            # What dates.moscow(date, c.time) gives, built in one call: a clock's time is hours and minutes.
            return dt.datetime(date.year, date.month, date.day, c.time.hour, c.time.minute, tzinfo=MOSCOW)
    return None


@functools.cache
def _zone(name: str) -> dt.tzinfo | None:
    """The zone of a :data:`CITY_ZONES` name, looked up once per name."""
    return tz.gettz(name)


def check_clocks(
    date: dt.date | None, at: dt.datetime | None, clocks: list[Clock]
) -> tuple[Diagnostic, ...]:
    """``clock.inconsistent`` for each clock that does not show the Moscow moment ``at`` (the page's
    :func:`retrieved_at`) in its own zone, ``clock.unchecked`` (info) for a city without a known zone."""
    if at is None:
        return ()
    diags = []
    for c in clocks:
        city = c.city.casefold()
        if city in _MOSCOW:
            continue
        # tz.gettz("") is the machine's own zone: an unknown city must not be checked against it.
        name = CITY_ZONES.get(city)
        zone = _zone(name) if name else None
        if zone is None:
            note = f"no time zone known for {c.city!r}: clock not checked"
            diags.append(diagnostic("clock.unchecked", note, c.span, severity="info"))
            continue
        local = at.astimezone(zone)
        if (local.hour, local.minute) != (c.time.hour, c.time.minute):
            want = f"{local.hour:02d}:{local.minute:02d}"
            diags.append(diagnostic("clock.inconsistent", f"{c.city} shows {c.time:%H:%M} but Moscow "
                                    f"{at:%H:%M} on {date} is {want} there", c.span))
    return tuple(diags)

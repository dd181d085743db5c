"""Adversarial input stays linear: a 1 MB single line through every built-in layout.

Each unit below is hostile to one rule: capitalised runs and possessives (headline speakers), initials,
unbalanced and balanced quotes (the quoted-stretch mask), speaker labels after sentence ends (inline turns),
dates and commas (event date and place), a long run of one character. A quadratic rule takes hours on a
megabyte; a linear one takes seconds. The bound is generous on purpose (the machine is shared): it catches
quadratic behaviour, not slowness.
"""

from __future__ import annotations

import time

import pytest

import mfatext
from mfatext.parsers.headline import parse_headline

_UNITS = (
    "Foreign Minister Sergey Lavrov’s Remarks and Answers of the Minister for the Press ",
    "S.Lavrov С.В.Лаврова J. K. Kerry ",
    '«"" “quoted” „ « ',
    "Question: . . Answer: Maria Zakharova: ",
    "Moscow, 12.07.2021, June 10, 2022 (Moscow, March 21, 2024), ",
    "x" * 200 + " ",
    " " * 200,
)
_MB = 1_000_000
_BOUND = 60.0  # CPU seconds; a linear pass over 1 MB takes a few


def _hostile(size: int) -> str:
    unit = "".join(_UNITS)
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("layout", ["plain", "embassy-page", "news-list", "mid-article", "telegram"])
def test_one_megabyte_line_is_linear(layout: str) -> None:
    text = _hostile(_MB)
    began = time.process_time()
    doc = mfatext.parse(text, layout=layout)
    assert time.process_time() - began < _BOUND
    # The whole line is accounted for: the segments end where the text ends.
    assert doc.segments[-1].span.end == len(text)


def test_long_title_is_linear() -> None:
    # A 600 KB "title" is what an embassy page without line breaks hands to parse_headline.
    title = _hostile(600_000)
    began = time.process_time()
    headline = parse_headline(title, offset=5)
    assert time.process_time() - began < _BOUND
    assert headline.span == mfatext.models.Span(start=5, end=5 + len(title))
    # Lavrov is found in every repetition of the first unit, in title order.
    ids = [s.id for s in headline.speakers]
    assert ids.count("lavrov-sergey") >= len(title) // len("".join(_UNITS))

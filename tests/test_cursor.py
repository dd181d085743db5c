"""The line cursor and each combinator, on real page lines; linear time on a large input."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfatext.cursor import SPACE, Lines, first, is_blank, many, optional, rule, seq, skip_blank
from mfatext.models import Paragraph, Span

# The top of seed 001, with a CRLF and a lone CR mixed in, and an NBSP-only line.
HEADER = "4 December 2021\r\nMoscow: 01:52\rLondon: 22:52\n\u00a0\nConsular queries:  \n"
_CLOCK = re.compile(rf"(?P<city>\w+):{SPACE}*(?P<time>\d\d:\d\d)$")


def clock_line(lines: Lines, i: int) -> tuple[str, int] | None:
    """A test rule: "City: HH:MM" on one line."""
    if i < len(lines) and (m := _CLOCK.match(lines[i])):
        return m["city"], i + 1
    return None


def date_line(lines: Lines, i: int) -> tuple[str, int] | None:
    if i < len(lines) and lines[i].endswith("2021"):
        return lines[i], i + 1
    return None


def test_lines_offsets_with_mixed_breaks() -> None:
    lines = Lines(HEADER)
    assert list(lines) == [
        "4 December 2021", "Moscow: 01:52", "London: 22:52", "\u00a0", "Consular queries:  ",
    ]
    assert (lines.start(1), lines.end(1), lines.stop(1)) == (17, 30, 31)  # "\r" alone ends line 1
    assert lines.end(0) == 15
    assert lines.stop(0) == 17
    assert lines.start(len(lines)) == len(HEADER)
    assert lines.content_span(2) == Span(start=31, end=44)
    assert lines.span(1, 3) == Span(start=17, end=45)
    assert lines.span(2, 2) == Span(start=31, end=31)
    assert lines[1:3] == ["Moscow: 01:52", "London: 22:52"]


def test_paragraph_is_the_line_as_printed_with_its_content_span() -> None:
    lines = Lines(HEADER)
    para = lines.paragraph(4)  # trailing spaces kept: the text is exactly as printed
    assert para == Paragraph(text="Consular queries:  ", span=Span(start=47, end=66))
    assert para.span == lines.content_span(4)
    assert HEADER[para.span.start : para.span.end] == para.text
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        para.text = "x"  # type: ignore[misc]


@given(st.text(alphabet="ab \u00a0\r\n", max_size=40))
def test_every_paragraph_spans_its_own_text(text: str) -> None:
    lines = Lines(text)
    for i in range(len(lines)):
        para = lines.paragraph(i)
        assert type(para) is Paragraph
        assert para == Paragraph(text=lines[i], span=Span(start=lines.start(i), end=lines.end(i)))
        assert text[para.span.start : para.span.end] == para.text


def test_blank_counts_nbsp_as_space() -> None:
    lines = Lines(HEADER)
    assert [lines.blank(i) for i in range(len(lines))] == [False, False, False, True, False]
    assert is_blank("")
    assert is_blank("\u2009\u00a0")
    assert not is_blank(" x")
    assert skip_blank(lines, 3) == 4
    assert skip_blank(lines, 5) == 5


def test_line_at_finds_the_line_of_an_offset() -> None:
    lines = Lines(HEADER)
    assert [lines.line_at(o) for o in (0, 15, 16, 17, 30, 31, len(HEADER) - 1)] == [0, 0, 0, 1, 1, 2, 4]


def test_text_without_final_break_and_empty_text() -> None:
    assert list(Lines("a\nb")) == ["a", "b"]
    assert len(Lines("")) == 0
    assert list(Lines("\n\n")) == ["", ""]


def test_optional_never_fails_and_consumes_nothing_on_miss() -> None:
    lines = Lines(HEADER)
    assert optional(clock_line)(lines, 1) == ("Moscow", 2)
    assert optional(clock_line)(lines, 0) == (None, 0)


def test_many_collects_consecutive_matches() -> None:
    lines = Lines(HEADER)
    assert many(clock_line)(lines, 1) == (["Moscow", "London"], 3)
    assert many(clock_line)(lines, 0) == ([], 0)


def test_many_stops_on_a_rule_that_consumes_nothing() -> None:
    # optional() always matches; many() must not loop forever on it.
    assert many(optional(clock_line))(Lines(HEADER), 0) == ([], 0)


def test_seq_matches_all_or_nothing() -> None:
    lines = Lines(HEADER)
    header = seq(date_line, clock_line, clock_line)
    assert header(lines, 0) == (("4 December 2021", "Moscow", "London"), 3)
    assert seq(date_line, date_line)(lines, 0) is None


def test_first_takes_the_first_match() -> None:
    lines = Lines(HEADER)
    either = first(clock_line, date_line)
    assert either(lines, 0) == ("4 December 2021", 1)
    assert either(lines, 1) == ("Moscow", 2)
    assert either(lines, 3) is None


def test_rule_names_show_the_composition() -> None:
    named = rule("clock_line", clock_line)
    assert many(named).__name__ == "many(clock_line)"
    assert seq(named, optional(named)).__name__ == "seq(clock_line, optional(clock_line))"


@given(st.lists(st.sampled_from(["a", " ", "\u00a0", "\n", "\r", "\r\n"]), max_size=60).map("".join))
def test_lines_reassemble_the_text(text: str) -> None:
    lines = Lines(text)
    assert "".join(text[lines.start(i) : lines.stop(i)] for i in range(len(lines))) == text
    assert all("\n" not in line and "\r" not in line for line in lines)


def test_linear_time() -> None:
    # Counted, not timed: a header-reading loop calls each rule a bounded number of times per line, so
    # 10x the input costs 10x the calls (a cursor that rescans from the start would cost 100x).
    calls = 0

    def counted(lines: Lines, i: int) -> tuple[str, int] | None:
        nonlocal calls
        calls += 1
        return clock_line(lines, i)

    def any_line(lines: Lines, i: int) -> tuple[None, int] | None:
        return (None, i + 1) if i < len(lines) else None

    def cost(n: int) -> int:
        nonlocal calls
        calls = 0
        lines = Lines(HEADER * n)
        assert many(first(counted, date_line, any_line))(lines, 0)[1] == len(lines)
        return calls

    # five lines per header, one call each, plus the final failed try at the end of the text
    assert cost(1000) - 1 == 10 * (cost(100) - 1) == 5000


def test_stripped_gives_the_text_without_surrounding_spaces_and_where_it_starts() -> None:
    # Real header lines carry NBSP runs around the value ("+44 (0) 203 668 7474\xa0\xa0").
    lines = Lines("Consular queries:\xa0\xa0\n\xa0 +44 (0) 203 668 7474\xa0\xa0\r\n\n")
    assert lines.stripped(0) == ("Consular queries:", 0)
    assert lines.stripped(1) == ("+44 (0) 203 668 7474", 22)
    assert lines.text[22:42] == "+44 (0) 203 668 7474"
    assert lines.stripped(2) == ("", 46)

"""The parsers behind the mid-article layout: selector, table of contents, date line, trailer.

Every input is a line (or a few) copied from the corpus; the file is named in the test's reason.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from mfatext.cursor import Lines
from mfatext.parsers.dates import MOSCOW, parse_date
from mfatext.parsers.midpage import (
    _DATE_TIME,
    _other_language,
    date_line,
    is_blocked,
    is_trailer_line,
    parse_date_line,
    trailer_start,
)
from mfatext.parsers.selector import LOCALE, parse_selector
from mfatext.parsers.toc import normalise_title, toc_block, toc_titles


def test_full_selector() -> None:
    """seed 000: the five-language selector, codes in printed order without the digits."""
    codes = parse_selector("  • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1")
    assert codes == ("de-DE", "en-GB", "es-ES", "ru-RU", "fr-FR")


def test_reduced_selector() -> None:
    """corpus/mid 005: the two-language selector."""
    assert parse_selector("  • en-GB1 ru-RU1") == ("en-GB", "ru-RU")


def test_selector_rejects_prose() -> None:
    """A body line that mentions a locale is not a selector."""
    assert parse_selector("The en-GB1 version is below.") is None
    assert parse_selector("") is None


def test_run_together_date_line() -> None:
    """seed 000: date and time printed without a space; Moscow time, tz-aware."""
    value, run_together = parse_date_line("11 October 202113:23") or (None, False)
    assert value == dt.datetime(2021, 10, 11, 13, 23, tzinfo=MOSCOW)
    assert value is not None
    assert value.utcoffset() == dt.timedelta(hours=3)
    assert run_together


def test_russian_date_line() -> None:
    """The Russian site prints the genitive month: "11 октября 202113:23"."""
    moment = dt.datetime(2021, 10, 11, 13, 23, tzinfo=MOSCOW)
    assert parse_date_line("11 октября 202113:23") == (moment, True)


def test_other_site_language_date_line() -> None:
    """German and Spanish pages print their own month names; the layout knows them locally."""
    moment = dt.datetime(2021, 10, 11, 13, 23, tzinfo=MOSCOW)
    assert parse_date_line("11. Oktober 202113:23") == (moment, True)
    assert parse_date_line("11 de octubre de 2021 13:23") == (moment, False)


def test_new_site_date_line() -> None:
    """corpus/mid 029 quotes the new site's "18 July 2022 00:03" (a space before the time)."""
    assert parse_date_line("18 July 2022 00:03") == (dt.datetime(2022, 7, 18, 0, 3, tzinfo=MOSCOW), False)


def test_date_line_rejects_signature_and_title() -> None:
    """corpus/mid 016: the signature "August 13, 2015" has no time; a title is not a date line."""
    assert parse_date_line("August 13, 2015") is None
    title = "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, April 19, 2017"
    assert date_line(Lines(title), 0) is None


COMPACT_TOC = """\
  • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1
  1. Foreign Minister Sergey Lavrov to take part in the presentation of the Chuvash Republic
  2. Prizes for demonising Russia
  3. Answers to media questions:
  4. Nagorno-Karabakh settlement


Foreign Minister Sergey Lavrov to take part in the presentation of the Chuvash Republic
"""


def test_toc_without_heading_follows_selector() -> None:
    """corpus/mid 001: the list follows the selector directly; item 15 opens the answers section."""
    found = toc_block(Lines(COMPACT_TOC), 1)
    assert found is not None
    toc, end = found
    assert end == 5  # stops before the two blank lines
    assert [e.number for e in toc.entries] == [1, 2, 3, 4]
    assert toc.entries[3].section == "Answers to media questions:"
    assert toc.sections == ("Answers to media questions:",)


PLAIN_TOPICS = """\
Table of contents

  1. Foreign Minister Sergey Lavrov’s visit to Rwanda
  2. The Skripal case

From answers to media questions:

Situation with head of RIA Novosti Ukraine Kirill Vyshinsky

Developments in Syria



Foreign Minister Sergey Lavrov’s visit to Rwanda
"""


def test_toc_plain_topics_after_section() -> None:
    """corpus/mid 019: after "From answers to media questions:" the topics are plain lines."""
    found = toc_block(Lines(PLAIN_TOPICS), 0)
    assert found is not None
    toc, end = found
    assert toc.heading is not None
    assert toc.heading.start == 0
    titles = [e.title for e in toc.entries]
    assert titles[2:] == ["Situation with head of RIA Novosti Ukraine Kirill Vyshinsky",
                          "Developments in Syria"]
    assert toc.entries[3].number is None
    assert end == 10  # just past "Developments in Syria"


def test_toc_nested_list() -> None:
    """corpus/mid 023: a sub-list indented four spaces under "19. Answers to media questions:"."""
    text = ("  18. Harassment of the film crew (BBC)\n"
            "  19. Answers to media questions:\n"
            "    1. Situation in Catalonia\n")
    found = toc_block(Lines(text), 0)
    assert found is not None
    assert [(e.number, e.section) for e in found[0].entries] == [
        (18, None), (19, None), (1, "Answers to media questions:")]


def test_unindented_numbered_body_is_not_a_toc() -> None:
    """corpus/mid 013: "1. Assisting those who want to return home," is a body paragraph."""
    assert toc_block(Lines("1. Assisting those who want to return home,\n"), 0) is None


TAGS_WITHOUT_HEADING = """\
Sergey Lavrov: We are not going to start every day by condemning Mr.Kirby.


Organization for Security and Co-operation in Europe (OSCE)

Council of Europe (CoE)

Advanced settings"""


def test_trailer_tags_without_heading() -> None:
    """corpus/mid 025: tag lines before "Advanced settings" without "Additional materials" (guessed)."""
    assert trailer_start(Lines(TAGS_WITHOUT_HEADING), 0) == (3, True)


def test_trailer_keeps_signature_date_in_body() -> None:
    """corpus/mid 016: the signature "August 13, 2015" stays body; the trailer starts at its heading."""
    text = ("A number of issues were discussed as well.\n\n\n"
            "August 13, 2015\n\nAdditional materials\n\n\nAdvanced settings")
    assert trailer_start(Lines(text), 0) == (5, False)


def test_no_trailer() -> None:
    """corpus/mid 011: the stored text ends after the body."""
    lines = Lines("Sergey Lavrov: It has become very difficult.\n\n")
    assert trailer_start(lines, 0) == (len(lines), False)


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from("1. •de-DEnGB\n\t:aQ"), max_size=200))
def test_toc_never_crashes_and_stays_in_bounds(text: str) -> None:
    """toc_block and trailer_start accept any text and never consume past the end."""
    lines = Lines(text)
    for i in range(len(lines) + 1):
        found = toc_block(lines, i)
        assert found is None or i < found[1] <= len(lines)
    start, _ = trailer_start(lines, 0)
    assert 0 <= start <= len(lines)


# The fast paths below each read a common case in fewer steps; these properties hold them to exactly what
# the general rule (the first implementation, spelled out here) gives on generated text.

_TOC_PIECES = st.sampled_from([
    "  1. Syria update", "  12. Answers to media questions:", "    3) Venezuela ", "1. Not indented",
    "Table of contents", " Contents", "From answers to media questions:", "Developments in Syria",
    "  2.\u00a0Title  with  spaces", "", "   ", "\u00a0", "  7. " + "x" * 120 + ":", "y" * 310, "  4.",
])


@settings(max_examples=200)
@given(st.lists(_TOC_PIECES, max_size=14), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_toc_titles_agrees_with_toc_block(pieces: list[str], eol: str, final_break: bool) -> None:
    """toc_titles (runs of items read by one regex match) consumes what toc_block does, at every line,
    and returns the normalised titles of toc_block's entries and sections."""
    lines = Lines(eol.join(pieces) + (eol if final_break else ""))
    for i in range(len(lines) + 1):
        block, titles = toc_block(lines, i), toc_titles(lines, i)
        if block is None:
            assert titles is None
            continue
        toc, end = block
        expected = {normalise_title(t) for t in (*(e.title for e in toc.entries), *toc.sections)}
        assert titles == (expected, end)


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from("aB ß\u00a0\t\u2028\x1cİﬁ:"), max_size=30))
def test_normalise_title_fast_path(line: str) -> None:
    """The single-spaced shortcut gives what collapsing the spaces and folding the case gives."""
    assert normalise_title(line) == " ".join(line.split()).casefold()


_BLOCKED_REFERENCE = re.compile(
    r"data\sprocessing\W{0,10}please,?\s*wait|обработка\sданных\W{0,10}пожалуйста,?\s*подождите",
    re.IGNORECASE,
)


def _case_variants(draw: st.DrawFn, phrase: str) -> str:
    """``phrase`` with each letter in either case, or replaced by a character that folds to it."""
    folds = {"s": "ſß", "t": "ẗﬅ", "i": "İﬁ", "a": "ẚ", "о": "ᲂ", "д": "ᲁ", "с": "ᲃ", "т": "ᲄ"}
    out = []
    for c in phrase:
        choice = draw(st.sampled_from([c, c.upper(), *folds.get(c, "")]))
        out.append(choice)
    return "".join(out)


@st.composite
def _bot_check_like(draw: st.DrawFn) -> str:
    phrase = draw(st.sampled_from([
        "data processing... please, wait.", "обработка данных… пожалуйста подождите",
        "data processing please wait", "data processing", "please wait",
    ]))
    before = draw(st.text(alphabet="ab \nж", max_size=20))
    return before + _case_variants(draw, phrase) + draw(st.sampled_from(["", "\n", " x" * 600]))


@settings(max_examples=200)
@given(_bot_check_like())
def test_is_blocked_filter_is_sound(text: str) -> None:
    """The byte-level filter never turns away a text the case-folded regex finds the phrase in."""
    expected = len(text) < 5000 and _BLOCKED_REFERENCE.search(text[:1000].casefold()) is not None
    assert is_blocked(text) == expected


def test_is_blocked_on_folded_spellings() -> None:
    """Letters that case-fold to the phrase's letters ("ſ" to "s") still make the bot-check page."""
    assert is_blocked("DATA PROCEſſING... PLEASE, WAIT.")
    assert is_blocked("ОБРАБОТКА ДАННЫХ... ПОЖАЛУЙСТА, ПОДОЖДИТЕ")
    assert not is_blocked("Data processing of the request takes a while.")


@settings(max_examples=200)
@given(
    st.sampled_from(["1", "11", "0", "31", "29", "7."]),
    st.sampled_from(["October", "октября", "Oktober", "FEBRUARY", "feb", "Sept", "outubro", "März", "de"]),
    st.sampled_from(["2021", "2020", "0000"]),
    st.sampled_from(["", " ", "  "]),
    st.sampled_from(["13:23", "00:03", "23:59", "24:00", "9:05"]),
    st.sampled_from([" ", "  ", "\u00a0"]),
)
def test_date_line_reads_what_the_date_reader_reads(
    day: str, month: str, year: str, gap: str, time: str, space: str
) -> None:
    """A date line's moment is what the general date reader reads from it (other languages aside)."""
    line = f"{day}{space}{month} {year}{gap}{time}"
    m = _DATE_TIME.fullmatch(line)
    expected = None
    if m is not None:
        value = parse_date(line)
        expected = (value if isinstance(value, dt.datetime) else _other_language(m), not m["gap"])
    assert parse_date_line(line) == expected


def test_case_folding_keeps_words_apart() -> None:
    """toc._normalised folds a run's titles joined at once and cuts the result at the line feeds: that is
    the same as folding each word only because case folding maps every space to itself and creates no
    space out of any other character (checked over all of Unicode, in this Python's tables)."""
    every = [chr(cp) for cp in range(sys.maxunicode + 1)]
    spaces = [c for c in every if c.isspace()]
    assert all(c.casefold() == c for c in spaces)
    others = "".join(c for c in every if not c.isspace())
    assert len(others.casefold().split()) == 1


def test_toc_titles_of_compact_toc() -> None:
    """corpus/mid 001: the layout's cheap rule gives the normalised topics and stops where toc_block does."""
    found = toc_titles(Lines(COMPACT_TOC), 1)
    assert found is not None
    titles, end = found
    assert end == 5
    assert "prizes for demonising russia" in titles
    assert "answers to media questions:" in titles
    assert len(titles) == 4


def test_trailer_line_is_either_heading() -> None:
    """seed 000 ends with "Additional materials" and "Advanced settings"; the Russian site prints
    "Дополнительные материалы". A body sentence starting with the same words is not the trailer."""
    assert is_trailer_line("Additional materials")
    assert is_trailer_line("Advanced\u00a0settings ")
    assert is_trailer_line("Дополнительные материалы")
    assert not is_trailer_line("Additional materials on the talks are below.")


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["  ", " ", "\u00a0", "\t", "•", "·", "*", "de-DE1", "en-GB", "ru-RU12",
                                 "fr-FR١", "x", "EN-gb1"]), max_size=8))
def test_selector_codes_by_words(pieces: list[str]) -> None:
    """Once the line is known to be a selector, its words give the codes the LOCALE pattern finds."""
    line = "".join(pieces)
    codes = parse_selector(line)
    if codes is not None:
        assert codes == tuple(m["code"] for m in LOCALE.finditer(line))


def test_first_character_sets_hold_every_folding() -> None:
    """The furniture tests turn a line away by its first character: every character whose case folding
    starts like one of the vocabulary's words must be let through (checked over all of Unicode)."""
    from mfatext.parsers import midpage, toc

    every = [chr(cp) for cp in range(sys.maxunicode + 1)]
    for words, firsts in [
        (midpage._ASSET, midpage._ASSET_FIRSTS),
        (midpage._TRAILER, midpage._TRAILER_FIRSTS),
        (toc._HEADINGS, toc._HEADING_FIRSTS),
    ]:
        heads = {word[0] for word in words}
        assert {c for c in every if c.casefold()[:1] in heads} <= set(firsts)


_FURNITURE_LINES = st.text(
    alphabet=st.sampled_from("aAẚsſßTİ  \u00a0\t1١-•·*zde-DEGB:пдПДрᲁ"), max_size=24
) | st.sampled_from([
    "Asset Publisher", " asset  publisher", "ПУБЛИКАТОР", "Additional materials", "ẚdditional materials",
    "Advanced settings", "Расширенные настройки", " Table of contents", "ſommaire", "İndice",
    "1487-18-07-2022", " 12-01-01-2020 ", "١٤٨٧-١٨-٠٧-٢٠٢٢", "11 October 202113:23",
    "\u00a011 Oktober 2021 13:23",
    "  • de-DE1 en-GB1", "en-GB1 ru-RU1", "\t·  fr-FR1", "",
])


@settings(max_examples=200)
@given(_FURNITURE_LINES)
def test_first_character_shortcuts_match_full_tests(line: str) -> None:
    """Each furniture test with its first-character shortcut gives what the full test alone gives."""
    from mfatext.parsers import midpage, selector, toc

    key = " ".join(line.split()).casefold()
    assert midpage.is_asset_publisher(line) == (len(line) < 60 and key in midpage._ASSET)
    assert midpage.is_more_line(line) == (len(line) < 60 and key in midpage._MORE)
    assert midpage.is_settings_line(line) == (len(line) < 60 and key in midpage._SETTINGS)
    assert is_trailer_line(line) == (len(line) < 60 and key in midpage._TRAILER)
    assert toc.is_toc_heading(line) == (len(line) < 60 and key in toc._HEADINGS)
    number = len(line) < 40 and midpage._DOCUMENT_NUMBER.fullmatch(line) is not None
    assert midpage.is_document_number(line) == number
    if len(line) < 60 and _DATE_TIME.fullmatch(line) is None:
        assert parse_date_line(line) is None
    full = selector._LINE.fullmatch(line) is not None and len(line) <= 200
    assert (parse_selector(line) is not None) == full
    item = toc._ITEM.fullmatch(line) is not None
    assert (toc._first_item(Lines(line + "\n"), 0)[1] is not None) == (item and line[:1].isspace())

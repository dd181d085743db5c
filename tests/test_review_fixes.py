"""Cases from the review of the late robustness and speed changes: each was wrong before its fix."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import mfatext
from mfatext.parsers.genres import genre_of
from mfatext.parsers.speakers import speaker

HEADER = "4 December 2021\nMoscow: 01:52\nLondon: 22:52\n\n"
BODY = "Ladies and gentlemen, the meeting of the collegiums of the foreign ministries is an annual event.\n"


def test_a_short_number_after_a_label_is_a_title_not_a_phone() -> None:
    doc = mfatext.parse(HEADER + "Briefing: 2022\n\n" + BODY)
    assert doc.page is not None
    assert doc.page.contacts == ()
    assert isinstance(doc.items[0], mfatext.Article)
    assert doc.items[0].title == "Briefing: 2022"


def test_a_forward_header_with_a_double_space_still_starts_a_post() -> None:
    text = ("Forwarded  from Russian MFA 🇷🇺\nThis media is not supported in your browser\nVIEW IN TELEGRAM\n"
            "🇷🇺 On May 6, Foreign Minister Sergey Lavrov spoke over the phone.\n#RussiaSerbia\n")
    doc = mfatext.parse(text)
    assert doc.layout == "telegram"
    assert [p.forwarded_from for p in doc.items if isinstance(p, mfatext.Post)] == ["Russian MFA 🇷🇺"]


def test_a_position_printed_with_nbsp_is_one_position() -> None:
    assert speaker("Deputy\xa0Foreign\xa0Minister Sergey Lavrov").position == "Deputy Foreign Minister"


def test_in_reply_to_a_question_is_not_the_answers_genre() -> None:
    assert genre_of("В ответ на вопросы СМИ: заявление МИД") == "statement"
    assert genre_of("Ответ официального представителя на вопрос СМИ") == "answers to media questions"


def test_a_genre_word_matched_case_insensitively_is_found_in_the_vocabulary() -> None:
    # IGNORECASE matches the long s (ſ) with s; lower() leaves it alone, casefold() does not.
    assert genre_of("Joint ſtatement") == "statement"


def test_an_output_file_gets_the_mode_of_any_new_file(tmp_path: Path) -> None:
    # mkstemp creates files readable by the owner only; the rename must not keep that.
    from mfatext.cli.output import atomic_binary

    mask = os.umask(0o022)
    try:
        with atomic_binary(str(tmp_path / "out.json")) as handle:
            handle.write(b"{}")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == 0o644


def test_one_clock_line_alone_is_not_a_page_header() -> None:
    doc = mfatext.parse("Moscow: 10:00\n\n" + BODY)
    assert doc.layout == "plain"


def test_two_clock_lines_without_the_date_line_are_a_header() -> None:
    doc = mfatext.parse("Moscow: 01:52\nLondon: 22:52\n\nForeign Minister Sergey Lavrov's remarks\n\n" + BODY)
    assert doc.layout == "embassy-page"
    assert doc.page is not None
    assert [c.city for c in doc.page.clocks] == ["Moscow", "London"]
    assert "header.no-date" in {d.code for d in doc.diagnostics}

"""The news-item parser shared by the embassy-page and news-list layouts, on real list excerpts."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from mfatext.cursor import Lines
from mfatext.parsers.newsitem import lead_truncated, lead_turns, news_item, news_section, next_break

# 020.txt, first item: the lead holds "Question: ... Maria Zakharova: ..." on one line.
ITEM_020 = (
    "07.11.2016 - Reply by Foreign Ministry Spokesperson Maria Zakharova to a media question\n"
    "\n"
    "Question: How would you comment on the reports that US military hackers have penetrated Russia’s "
    "telecommunications networks? Maria Zakharova: Regarding the recent media reports, we expect the US "
    "Department of State to provide us with a legal assessment of the reports.\n"
)
# 008.txt, last item: the lead is cut mid-word.
ITEM_008 = (
    "26.07.2017 - Comment by the Information and Press Department on CNN videos about alleged Russian "
    "weapons deliveries to the Taliban\n\n"
    "We have taken note of the CNN videos. Everyone knows that these weapo"
)
# 035.txt (washington.mid.ru): "DD month" without a year, title, lead on two lines, then the next item.
WASHINGTON = (
    "02 august\n\nMaria Butina has already spent 19 days in prison under farfetched accusations\n\n"
    "On August 2, 2018 Russian Embassy’s employees visited our citizen Maria Butina.\n"
    "Maria resiliently withstands all hardships and tries to adapt to them.\n\n"
    "27 july\n\nFacts vs Myths in Skripals case\n\nOn the Incident in Salisbury\n\n"
    "After four and a half months"
)


def test_dated_item_with_inline_turns() -> None:
    lines = Lines(ITEM_020)
    found = news_item(lines, 0)
    assert found is not None
    (item, diags), end = found
    assert item is not None
    assert end == 3
    assert item.published == dt.date(2016, 11, 7)
    assert item.title == "Reply by Foreign Ministry Spokesperson Maria Zakharova to a media question"
    assert item.lead is not None
    assert item.lead.startswith("Question: How would")
    assert [(t.label, t.role, t.speaker.id) for t in item.turns] == [
        ("Question", "question", None), ("Maria Zakharova", "answer", "zakharova-maria")]
    assert not item.lead_truncated
    assert diags == ()


def test_turns_can_be_left_out() -> None:
    # Embassy pages' latest-events teasers carry no turns (seed 003 gold note).
    found = news_item(Lines(ITEM_020), 0, turns=False)
    assert found is not None
    assert found[0][0] is not None
    assert found[0][0].turns == ()


def test_cut_lead_is_kept_as_printed_and_flagged() -> None:
    found = news_item(Lines(ITEM_008), 0)
    assert found is not None
    (item, diags), _ = found
    assert item is not None
    assert item.lead is not None
    assert item.lead.endswith("these weapo")
    assert item.lead_truncated
    assert [(d.code, d.severity) for d in diags] == [("newsitem.lead-truncated", "info")]


def test_lead_truncated() -> None:
    assert lead_truncated("Some days ago our attention was drawn to a publication in ")  # 044
    assert lead_truncated("Mark Sedwill on May 1, 2018, then - on June 5, 2")  # 035, cut inside a date
    assert not lead_truncated("President Vladimir Putin addressed the citizens of Russia.")
    assert not lead_truncated("State Secretary Grigory Karasin’s interview, November 3, 2016")  # 020


def test_a_lone_question_is_no_exchange() -> None:
    # 043: the lead opens with a question only; the site cut the answer away.
    lead = "Q: How would you comment on the recent publications in “The Times”?"
    assert lead_turns(lead) == ()


def test_title_containing_a_dash() -> None:
    # Only the first " - " separates the date; the rest is title (the 022 title holds " - ").
    text = "09.09.2011 - Introduction by Sergey Lavrov, FIRST Magazine, Special Report - Russia\n\nThe visit."
    found = news_item(Lines(text), 0)
    assert found is not None
    assert found[0][0] is not None
    assert found[0][0].title == "Introduction by Sergey Lavrov, FIRST Magazine, Special Report - Russia"


def test_day_month_items_without_year() -> None:
    lines = Lines(WASHINGTON)
    section, end = news_section(lines, 0)
    assert end == len(lines)
    assert [i.title for i in section.items] == [
        "Maria Butina has already spent 19 days in prison under farfetched accusations",
        "Facts vs Myths in Skripals case"]
    assert [i.published for i in section.items] == [None, None]
    first_lead = section.items[0].lead
    assert first_lead is not None
    assert first_lead.endswith("tries to adapt to them.")
    assert "\n" in first_lead  # two lines, kept as printed
    # The sub-title line belongs to the lead of the last item.
    last_lead = section.items[1].lead
    assert last_lead is not None
    assert last_lead.startswith("On the Incident in Salisbury")
    assert {d.code for d in section.diagnostics} == {"newsitem.no-year", "newsitem.lead-truncated"}


def test_bad_date_is_unknown_and_the_list_goes_on() -> None:
    text = ITEM_020.replace("07.11.2016", "31.02.2016") + "\n" + ITEM_008
    section, _ = news_section(Lines(text), 0)
    assert [i.published for i in section.items] == [dt.date(2017, 7, 26)]
    assert [k for k, _ in section.marks] == ["unknown", "blank", "news-item"]
    assert [d.code for d in section.diagnostics] == ["newsitem.bad-date", "newsitem.lead-truncated"]


def test_section_with_pagination_and_trailer() -> None:
    text = "Pages: ««« :: 123456789101112131415 :: »»»  \n\n" + ITEM_020 + "\nall messages\n"
    section, _end = news_section(Lines(text), 0)
    assert section.pagination is not None
    assert section.pagination.pages == tuple(range(1, 16))
    assert [k for k, _ in section.marks] == ["pagination", "blank", "news-item", "blank", "chrome"]
    assert len(section.items) == 1
    assert section.items[0].lead is not None
    assert section.items[0].lead.endswith("reports.")


def test_next_break_finds_items_after_crlf_and_cr_breaks() -> None:
    for eol in ("\n", "\r\n", "\r"):
        text = eol.join(["body line", "", "01.12.2021 - Title", "lead", "all messages"])
        lines = Lines(text)
        assert next_break(lines, 0) == 2
        assert next_break(lines, 3) == 4


@given(st.text(alphabet=st.sampled_from("0123456789.- \nabQA:?\u00a0"), max_size=200))
def test_news_section_marks_stay_in_order(text: str) -> None:
    lines = Lines(text)
    section, end = news_section(lines, 0)
    ends = [e for _, e in section.marks]
    assert ends == sorted(ends)
    assert all(0 < e <= len(text) for e in ends)
    assert end <= len(lines)


# Lines a list page is made of: items of both shapes, leads, stop lines in any case, spaces before them.
_LIST_LINES = st.sampled_from([
    "01.12.2021 - Title", "  07.11.2016 – Reply by the Spokesperson", "31.02.2016 - Bad date", "09 august",
    "  27 JULY ", "45 august", "All messages", "LATEST EVENTS", "  news ", "Pages: ««« :: 1234 :: »»»",
    "Страницы: 12", "pages: 12", "The lead: as printed.", "", "   ", "\u00a0", "2021 was a year",
])


@given(st.lists(_LIST_LINES, max_size=12), st.booleans())
def test_next_break_is_the_same_for_every_line_break(parts: list[str], day_month: bool) -> None:
    # \n-only text takes the fast search and counts lines; \r\n and \r take the exact search: same lines.
    found = [[next_break(Lines(eol.join(parts)), i, day_month=day_month) for i in range(len(parts) + 1)]
             for eol in ("\n", "\r\n", "\r")]
    assert found[0] == found[1] == found[2]


def test_next_break_line_numbers() -> None:
    # An item four lines down, a chrome line in capitals, a pagination line: found from any start line.
    parts = ["body", "", "more body", "", "03.04.2018 - Title", "lead", "", "ALL MESSAGES", "Pages: 12"]
    lines = Lines("\n".join(parts))
    assert [next_break(lines, i) for i in range(len(parts))] == [4, 4, 4, 4, 4, 7, 7, 7, 8]
    assert next_break(lines, 0, day_month=False) == 4

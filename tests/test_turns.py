"""Question/answer turns (mfatext.parsers.turns), built from real corpus lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfatext.models import Paragraph, Span
from mfatext.parsers.turns import inline_turns, label_at, read_label, turns_from_paragraphs

NON_TURNS = Path(__file__).parent / "data" / "non_turns.txt"


def paragraphs(*lines: str) -> list[Paragraph]:
    """One paragraph per line, as the layouts build them (offsets as if joined by blank lines)."""
    out, pos = [], 0
    for line in lines:
        out.append(Paragraph(text=line, span=Span(start=pos, end=pos + len(line))))
        pos += len(line) + 2
    return out


def roles(*lines: str) -> list[tuple[str, str]]:
    return [(t.label, t.role) for t in turns_from_paragraphs(paragraphs(*lines))]


@pytest.mark.parametrize(
    ("line", "label", "kind"),
    [
        (
            "Question: At yesterday's briefing, the Official Representative",
            "Question",
            "question",
        ),  # embassy/001
        ("Answer: Indeed, we are witnessing a blatant violation", "Answer", "answer"),
        ("Q: Does the Embassy have any further information", "Q", "question"),  # embassy/031
        ("A.: More than a year has passed since Nikolay Glushkov’s death.", "A.", "answer"),  # embassy/031
        ("Q.: 12 August marks five months since the mysterious death", "Q.", "question"),  # embassy/032
        ("Question. How would you comment on the recent publications", "Question", "question"),  # embassy/043
        (
            "Question (to Vladimir Makei): Austrian Chancellor Alexander Schallenberg said",
            "Question (to Vladimir Makei)",
            "question",
        ),  # seed 001
        (
            "Sergey Lavrov (answers after Vladimir Makei): Neither Poles, nor Lithuanians",
            "Sergey Lavrov (answers after Vladimir Makei)",
            "person",
        ),
        (
            "Sergey Lavrov (after J.Kerry): It was a good meeting.",
            "Sergey Lavrov (after J.Kerry)",
            "person",
        ),  # mid/025
        ("❓ Question: What are your expectations for these talks?", "Question", "question"),  # seed 002
        ("💬 Sergey Lavrov: That is true.", "Sergey Lavrov", "person"),
        (
            "💬 President Vladimir Putin: In the context of growing geopolitical tensions",
            "President Vladimir Putin",
            "person",
        ),  # telegram/020
        (
            "🗣President Vladimir Putin: Russia and China",
            "President Vladimir Putin",
            "person",
        ),  # no space after emoji
        ("Вопрос: Какова международная реакция на неудавшийся мятеж?", "Вопрос", "question"),  # telegram/007
        ("💬 С.В.Лавров: Нет смысла пересказывать всё то", "С.В.Лавров", "person"),
        (
            "Steve Rosenberg: Mr President, Boris Johnson has spoken of you",
            "Steve Rosenberg",
            "person",
        ),  # embassy/025
    ],
)
def test_labels(line: str, label: str, kind: str) -> None:
    found = read_label(line)
    assert found is not None
    assert (found.label, found.kind) == (label, kind)
    assert line[found.end] != " "  # the label's colon and the spaces after it are consumed


def test_unknown_name_is_weak() -> None:
    found = read_label("Steve Rosenberg: Mr President")
    assert found is not None
    assert not found.known
    assert label_at("Steve Rosenberg: Mr President", 0) is None
    assert label_at("Sergey Lavrov: Thank you.", 0) == (("Sergey Lavrov", "answer", "Sergey Lavrov"), 15)


def test_non_turns_give_zero_turns() -> None:
    # Real corpus lines with a colon that are not turns: headings, clocks, lists, quotes.
    lines = [ln for ln in NON_TURNS.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert len(lines) > 30
    false = [ln for ln in lines if turns_from_paragraphs(paragraphs(ln)) or inline_turns(ln)]
    assert false == []
    # Not even as a whole body, where one weak label could find context in another.
    assert turns_from_paragraphs(paragraphs(*lines)) == ()


def test_question_then_named_answer() -> None:
    # seed 004: Question / Sergey Lavrov pairs.
    assert roles(
        "Question: You said in a recent interview that the CSTO must become the",
        "Sergey Lavrov: We have never talked in terms of the CSTO taking a lead",
        "Question: Yesterday, President Zelensky imposed sanctions on the Russian",
        "Sergey Lavrov: I don’t think this deserves any specific response on our",
    ) == [
        ("Question", "question"),
        ("Sergey Lavrov", "answer"),
        ("Question", "question"),
        ("Sergey Lavrov", "answer"),
    ]


def test_opening_statement_then_questions() -> None:
    # seed 002 post: opening remarks are a statement.
    assert roles(
        "💬 Sergey Lavrov: We held candid and trust-based talks, as we always do.",
        "❓ Question: According to the Kremlin, following the instructions of President Putin,",
        "💬 Sergey Lavrov: That is true.",
    ) == [("Sergey Lavrov", "statement"), ("Question", "question"), ("Sergey Lavrov", "answer")]


def test_named_journalist_asks() -> None:
    # embassy/025: "Steve Rosenberg:" asks, "President Putin:" answers.
    turns = turns_from_paragraphs(
        paragraphs(
            "President Vladimir Putin replies to a BBC question during his annual press conference",
            "Steve Rosenberg: Mr President, Boris Johnson has spoken of you in various ways.",
            "President Putin: When it comes to what various politicians in various countries say",
        )
    )
    assert [(t.label, t.role, t.speaker.id) for t in turns] == [
        ("Steve Rosenberg", "question", None),
        ("President Putin", "answer", "putin-vladimir"),
    ]


def test_unlabelled_paragraph_continues_turn() -> None:
    # embassy/019: the second answer lacks its label and stays in the question's turn.
    ps = paragraphs(
        "Question: Do you still have questions after the interview?",
        "Answer: This is a good question.",
        "Question: Personally, did you find Petrov and Boshirov convincing?",
        "No, I did not.",
    )
    turns = turns_from_paragraphs(ps)
    assert [(t.label, t.role) for t in turns] == [
        ("Question", "question"),
        ("Answer", "answer"),
        ("Question", "question"),
    ]
    assert turns[2].text == "Personally, did you find Petrov and Boshirov convincing?\n\nNo, I did not."
    assert turns[2].span == Span(start=ps[2].span.start, end=ps[3].span.end)


def test_paragraphs_before_first_label_are_no_turn() -> None:
    assert roles(
        "Ladies and gentlemen,", "Question: How did it go?", "Sergey Lavrov (after J.Kerry): It was good."
    ) == [
        ("Question", "question"),
        ("Sergey Lavrov (after J.Kerry)", "answer"),
    ]


def test_speaker_span_points_at_name() -> None:
    ps = paragraphs("intro", "💬 С.В.Лавров: Нет смысла пересказывать")
    (turn,) = turns_from_paragraphs(ps)
    assert turn.speaker.id == "lavrov-sergey"
    assert turn.speaker.span is not None
    assert turn.speaker.span.start == ps[1].span.start + 2
    assert turn.label == "С.В.Лавров"
    assert turn.role == "statement"


def test_inline_question_and_named_answer() -> None:
    # embassy/020 lead: "Question: ... Maria Zakharova: ..." on one line.
    lead = (
        "Question: How would you comment on the reports that US military hackers "
        "penetrated Russia’s systems? "
        "Maria Zakharova: Regarding the recent media reports, we have questions."
    )
    turns = inline_turns(lead, offset=1000)
    assert [(t.label, t.role, t.speaker.id) for t in turns] == [
        ("Question", "question", None),
        ("Maria Zakharova", "answer", "zakharova-maria"),
    ]
    assert (
        turns[0].text
        == "How would you comment on the reports that US military hackers penetrated Russia’s systems?"
    )
    assert turns[1].span.start == 1000 + lead.index("Maria")
    assert turns[1].span.end == 1000 + len(lead)


def test_inline_q_a() -> None:
    # embassy/002 lead: "Q: ... A: ...".
    lead = "Q: According to the statement of the Medical Director? A: Careful analysis shows."
    assert [(t.label, t.role) for t in inline_turns(lead)] == [("Q", "question"), ("A", "answer")]


def test_inline_needs_sentence_end_and_opening_label() -> None:
    line = (
        "I have been instructed to read out a message to the participants in this meeting "
        "from President of the Russian Federation Vladimir Putin: dear friends."
    )
    assert inline_turns(line) == ()
    assert (
        inline_turns("Question: Who said it? He wrote to President Vladimir Putin: yes.")[-1].label
        == "Question"
    )


def test_inline_question_with_a_period_after_the_last_colon() -> None:
    # The search for later labels stops after the last colon, unless a "Question." (no colon) follows it.
    lead = "Q: Will you go? A: We will. Question. And after that, what then"
    assert [(t.label, t.role, t.text) for t in inline_turns(lead)] == [
        ("Q", "question", "Will you go?"), ("A", "answer", "We will."),
        ("Question", "question", "And after that, what then"),
    ]


def test_repeated_question_word_keeps_its_speaker_per_turn() -> None:
    # A transcript repeats "Question" at every turn (mid.ru interviews): each turn has the same speaker.
    ps = paragraphs("Question: Did you meet?", "Sergey Lavrov: We did.", "Question: And then?",
                    "Sergey Lavrov: We talked.")
    turns = turns_from_paragraphs(ps)
    assert [(t.label, t.role) for t in turns] == [("Question", "question"), ("Sergey Lavrov", "answer")] * 2
    assert turns[0].speaker == turns[2].speaker
    assert turns[0].speaker.name == "Question"
    assert [t.speaker.span for t in turns[1::2]] == [
        Span(start=p.span.start, end=p.span.start + len("Sergey Lavrov")) for p in ps[1::2]]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Question", ": ", "Q", "A.", "Sergey Lavrov", " ", "x", "💬", "(a)", ". ", "Steve Ro"]
        ),
        max_size=25,
    ).map("".join)
)
def test_inline_turns_stay_inside_text(text: str) -> None:
    for t in inline_turns(text, offset=7):
        assert 7 <= t.span.start <= t.span.end <= 7 + len(text)


def test_registered_journalist_still_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    # A journalist added to the table stays the one asking (embassy/025 with Steve Rosenberg registered).
    from mfatext.parsers import speakers

    speakers.lookup("Sergey Lavrov")  # load the table, then work on a copy
    monkeypatch.setattr(speakers, "_table", dict(speakers._table or {}))
    speakers.register([speakers.Person(id="rosenberg-steve", aliases=("Steve Rosenberg",), journalist=True)])
    assert roles("Steve Rosenberg: Mr President?", "President Putin: When it comes to it.") == [
        ("Steve Rosenberg", "question"),
        ("President Putin", "answer"),
    ]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=8))
def test_turns_on_arbitrary_paragraphs(lines: list[str]) -> None:
    ps = paragraphs(*lines)
    for t in turns_from_paragraphs(ps):
        assert t.span.start >= 0
        assert t.span.end <= (ps[-1].span.end if ps else 0)
        assert t.role in ("question", "answer", "statement")
        assert ":" not in t.label[-1:]  # the colon is never part of the label


@pytest.mark.parametrize(
    "line",
    [
        "Note: the Embassy is closed on 4 November.",  # a note, not a speaker
        "The agenda included: bilateral relations and regional issues.",  # a sentence with a colon
        "Moscow: 01:52",  # the embassy clock
        "SPEECHES, INTERVIEWS, ARTICLES",  # a heading
    ],
)
def test_sentences_with_a_colon_are_not_turns_even_in_context(line: str) -> None:
    # Next to a real Q&A, these lines still do not open turns: they continue the current one.
    turns = turns_from_paragraphs(paragraphs("Question: What happened?", line, "Sergey Lavrov: Nothing."))
    assert [(t.label, t.role) for t in turns] == [("Question", "question"), ("Sergey Lavrov", "answer")]

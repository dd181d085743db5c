"""Question/answer turns: speaker labels at the start of a paragraph split a body into turns.

A label is, after optional leading emoji or bullets ("❓ ", "💬 ", "🗣"), and ended by a colon:

* a question or answer word: "Question", "Q", "Q.", "Вопрос"; "Answer", "A", "A.", "Ответ"; with an
  optional parenthesis ("Question (to Vladimir Makei)"). "Question." and "Answer." followed by a space
  (a period instead of the colon) are labels too, printed as "Question"/"Answer".
* a known person (see :mod:`mfatext.parsers.speakers`), as printed: "Sergey Lavrov", "С.В.Лавров",
  "President Putin", "Sergey Lavrov (answers after Vladimir Makei)".
* an unknown name, **only in a question/answer context** (the same body or lead has a question/answer word
  or a known person as a label): two or three capitalised words ("Steve Rosenberg"), optionally after a
  position ("President"), none of them a heading word ("Key talking points:" is not a speaker).

Roles, from the gold labels: a question word is a ``question``; an answer word an ``answer``; an
unknown name (or a journalist of the table) followed by a known official is a journalist asking, a
``question``; a person after a question (or after another answer to it) is an ``answer``; a person with
no question before (opening remarks) is a ``statement``. The turn's label is kept as printed without the
emoji and the colon. Paragraphs without a label continue the current turn; paragraphs before the first
label belong to no turn.

:func:`inline_turns` finds the same labels inside one paragraph ("Question: … Sergey Lavrov: …", a news
lead): the text must open with a label and later labels must follow the end of a sentence, so "… a
message from President Vladimir Putin:" is not a turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from mfatext.models import Paragraph, Role, Span, Turn

from .speakers import lookup, speaker, split_position

__all__ = ["Label", "inline_turns", "label_at", "read_label", "turns_from_paragraphs"]

_LEAD = r"[^\w\s]{0,8}[^\S\r\n]{0,3}"  # emoji (with variation selectors), bullets, dashes
_PAREN = r"(?:[^\S\r\n]{0,2}\([^()\r\n]{1,80}\))?"
_WORD_LABEL = re.compile(
    _LEAD + r"(?:(?P<label>(?P<word>Question|Answer|Вопрос|Ответ|Q|A)\.?(?!\w)" + _PAREN + r")[^\S\r\n]{0,2}:"
    # "Question. How would you ...": a period instead of the colon, for the full words only.
    r"|(?P<dotted>Question|Answer|Вопрос|Ответ)\.(?=[^\S\r\n]))",
)
_DOTTED_REACH = 8 + 3 + len("Question") + 1  # _LEAD at most, the longest dotted word, its period
_SP = r"[^\S\r\n]"
_CAP = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]*"
# "С.В.Лавров", "S. Lavrov" or one to four capitalised words ("President Vladimir Putin").
_NAME = rf"(?:[A-ZА-ЯЁ]\.{_SP}?){{1,2}}{_CAP}|{_CAP}(?:{_SP}{_CAP}){{0,3}}"
_NAME_LABEL = re.compile(rf"{_LEAD}(?P<label>(?P<name>{_NAME}){_PAREN}){_SP}{{0,2}}:(?=\s|$)")
_PLAIN_WORD = re.compile(r"[A-ZА-ЯЁ][a-zа-яё’'-]+")
# Capitalised words that open headings, not names ("Key Talking Points:", "Read More:").
# fmt: off
_HEADING_WORDS = frozenset((
    "Key", "Read", "More", "Watch", "Note", "Source", "Update", "Pages", "Following", "Answers", "From",
    "Moscow", "London", "Consular", "Section", "Video", "Photo", "Full", "Text", "Statement", "Comment",
    "Agenda", "Quote", "Quotes", "Topics", "Summary", "Important", "Attention",
))
# fmt: on
_QUESTION_WORDS = frozenset({"question", "q", "вопрос"})
# A sentence end and the spaces after it; a label may start where the match ends. The punctuation is
# matched, not looked behind at, so the regex engine jumps between punctuation marks at C speed.
_SENTENCE_END = re.compile(r"[.!?…»\"”)][^\S\r\n]+(?=\S)")


@frozen(kw_only=True)
class Label:
    """A speaker label at ``[start, end)`` (``end`` after the colon and the spaces that follow).

    ``kind`` is ``question``/``answer`` for the words, ``person`` for a name; ``known`` tells whether a
    name is in the speaker table (unknown names count only in a question/answer context); ``asks`` is
    set for a name that is unknown or a journalist's."""

    label: str
    kind: str
    name: str | None
    known: bool
    start: int
    end: int
    asks: bool = False


def read_label(text: str, pos: int = 0) -> Label | None:
    """Inline rule: a speaker label at ``pos`` (after optional emoji), known or not."""
    m = _WORD_LABEL.match(text, pos)
    if m is not None:
        group = "label" if m["label"] is not None else "dotted"
        word = m["word"] or m["dotted"]
        kind = "question" if word.lower() in _QUESTION_WORDS else "answer"
        return Label(
            label=m[group], kind=kind, name=None, known=True, start=m.start(group), end=_skip(text, m)
        )
    m = _NAME_LABEL.match(text, pos)
    if m is None:
        return None
    name = m["name"]
    person = lookup(name)
    if person is None and not _plausible_name(name):
        return None
    return Label(
        label=m["label"],
        kind="person",
        name=name,
        known=person is not None,
        asks=person is None or person.journalist,
        start=m.start("label"),
        end=_skip(text, m),
    )


def _skip(text: str, m: re.Match[str]) -> int:
    end = m.end()
    while end < len(text) and text[end] in " \t\u00a0":
        end += 1
    return end


def _plausible_name(name: str) -> bool:
    """An unknown label is a name when it is two or three plain capitalised words after any position."""
    _, rest = split_position(name)
    words = rest.split()
    return 2 <= len(words) <= 3 and all(_PLAIN_WORD.fullmatch(w) and w not in _HEADING_WORDS for w in words)


def label_at(text: str, pos: int) -> tuple[tuple[str, Role, str | None], int] | None:
    """Inline rule: a *strong* speaker label at ``pos`` (a question/answer word or a known person);
    returns ``((label, role, name), end)`` with the role the label alone implies."""
    found = read_label(text, pos)
    if found is None or not found.known:
        return None
    role: Role = "question" if found.kind == "question" else "answer"
    return (found.label, role, found.name), found.end


def _roles(labels: Sequence[Label]) -> list[Role]:
    """The role of each label in order (the rules in the module docstring)."""
    roles: list[Role] = []
    asked = False
    for i, lab in enumerate(labels):
        role: Role
        if lab.kind == "question":
            role, asked = "question", True
        elif lab.kind == "answer":
            role = "answer"
        else:
            nxt = labels[i + 1] if i + 1 < len(labels) else None
            if lab.asks and nxt is not None and nxt.kind == "person" and not nxt.asks:
                role, asked = "question", True
            elif asked and roles and roles[-1] in ("question", "answer"):
                role = "answer"
            else:
                role = "statement"
        roles.append(role)
    return roles


def _in_context(labels: list[Label | None]) -> list[Label | None]:
    """Drop unknown-name labels unless a strong label is present too."""
    if any(lab is not None and lab.known for lab in labels):
        return labels
    return [None] * len(labels)


def _turn(lab: Label, role: Role, text: str, span: Span, name_offset: int) -> Turn:
    if lab.name is None:
        who = speaker(lab.label.split("(")[0].strip())
    else:
        start = name_offset + lab.start
        who = speaker(lab.name, Span(start=start, end=start + len(lab.name)))
    return Turn(speaker=who, role=role, label=lab.label, text=text, span=span)


def _may_label(text: str) -> bool:
    """False when ``text`` cannot open with a label: every label ends with a colon, except "Question."
    (and the other words with a period), whose period comes within the first 20 characters (lead 11,
    word 8). Two C-speed scans instead of the two label regexes for most paragraphs."""
    return ":" in text or "." in text[:_DOTTED_REACH]


def turns_from_paragraphs(paragraphs: Sequence[Paragraph]) -> tuple[Turn, ...]:
    """Group paragraphs into turns: a labelled paragraph starts a turn, unlabelled ones continue it."""
    labels = _in_context([read_label(p.text, 0) if _may_label(p.text) else None for p in paragraphs])
    starts = [i for i, lab in enumerate(labels) if lab is not None]
    found = [lab for lab in labels if lab is not None]
    turns = []
    for n, (i, lab, role) in enumerate(zip(starts, found, _roles(found), strict=True)):
        stop = starts[n + 1] if n + 1 < len(starts) else len(paragraphs)
        texts = [paragraphs[i].text[lab.end :].strip(), *(p.text.strip() for p in paragraphs[i + 1 : stop])]
        span = Span(start=paragraphs[i].span.start, end=paragraphs[stop - 1].span.end)
        turns.append(_turn(lab, role, "\n\n".join(t for t in texts if t), span, paragraphs[i].span.start))
    return tuple(turns)


def inline_turns(text: str, offset: int = 0) -> tuple[Turn, ...]:
    """Turns inside one paragraph ("Q: … A: …"); spans are ``offset`` + positions in ``text``. Empty
    unless ``text`` opens with a label."""
    first = read_label(text, 0)
    if first is None:
        return ()
    labels: list[Label | None] = [first]
    label_end = first.end
    # From one character early: a period ending the label itself ("Question.") counts as a sentence end.
    for m in _SENTENCE_END.finditer(text, first.end - 1):
        if m.end() < label_end:
            continue  # inside the label just read (its lead "…. " holds a sentence end): not a new one
        label = read_label(text, m.end())
        if label is not None:
            label_end = label.end
        labels.append(label)
    found = [lab for lab in _in_context(labels) if lab is not None]
    turns = []
    for n, (lab, role) in enumerate(zip(found, _roles(found), strict=True)):
        stop = found[n + 1].start if n + 1 < len(found) else len(text)
        # The spaces before the next label belong to no turn. (Walked back in place: rstrip() on
        # text[:stop] would copy the text up to every label, quadratic in a long Q&A lead.)
        body_end = stop
        while body_end > 0 and text[body_end - 1].isspace():
            body_end -= 1
        span = Span(start=offset + lab.start, end=offset + body_end)
        turns.append(_turn(lab, role, text[lab.end : body_end], span, offset))
    return tuple(turns)

"""Question/answer turns: speaker labels at the start of a paragraph ("Question:", "Sergey Lavrov:",
"❓ Question:", "💬 С.В.Лавров:") split a body into turns."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mfatext.models import Paragraph, Role, Span, Turn

from .speakers import lookup, speaker

__all__ = ["label_at", "turns_from_paragraphs"]

_LABEL = re.compile(
    r"[\W_]*?(?P<label>(?P<word>Question|Answer|Q|A|Вопрос|Ответ)(?:\s*\([^)\n]{1,80}\))?"
    r"|(?P<name>[A-ZА-Я][\w.]*(?:\s[A-ZА-Я][\w.]*){0,2})(?:\s*\([^)\n]{1,80}\))?)\s*:",
)
_QUESTION = {"question", "q", "вопрос"}


def label_at(text: str, pos: int) -> tuple[tuple[str, Role, str | None], int] | None:
    """Inline rule: a speaker label at ``pos``; returns ``((label, role, name), end)``."""
    m = _LABEL.match(text, pos)
    if m is None:
        return None
    if m["word"]:
        role: Role = "question" if m["word"].lower() in _QUESTION else "answer"
        return (m["label"], role, None), m.end()
    if lookup(m["name"]) is None:
        return None
    return (m["label"], "answer", m["name"]), m.end()


def turns_from_paragraphs(paragraphs: Sequence[Paragraph]) -> tuple[Turn, ...]:
    """Group paragraphs into turns: a labelled paragraph starts a turn, unlabelled ones continue it."""
    turns: list[Turn] = []
    current: tuple[str, Role, str | None, int, int, list[str]] | None = None
    for para in paragraphs:
        found = label_at(para.text, 0)
        if found is not None:
            if current is not None:
                turns.append(_turn(current))
            (label, role, name), end = found
            current = (label, role, name, para.span.start, para.span.end, [para.text[end:].strip()])
        elif current is not None:
            current = (*current[:4], para.span.end, [*current[5], para.text.strip()])
    if current is not None:
        turns.append(_turn(current))
    return tuple(turns)


def _turn(cur: tuple[str, Role, str | None, int, int, list[str]]) -> Turn:
    label, role, name, start, end, texts = cur
    span = Span(start=start, end=end)
    who = speaker(name or label, span)
    return Turn(speaker=who, role=role, label=label, text="\n\n".join(texts), span=span)

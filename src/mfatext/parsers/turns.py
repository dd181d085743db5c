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

from mfatext.cursor import alternation
from mfatext.models import Paragraph, Role, Span, Speaker, Turn, _new_span, _new_turn

from .speakers import Person, lookup, speaker, split_position

__all__ = ["Label", "inline_turns", "label_at", "read_label", "turns_from_paragraphs"]

_LEAD = r"[^\w\s]{0,8}[^\S\r\n]{0,3}"  # emoji (with variation selectors), bullets, dashes
_PAREN = r"(?:[^\S\r\n]{0,2}\([^()\r\n]{1,80}\))?"
# Question and answer words in the site's languages, and the journalist asking; any case ("QUESTION:" on
# older pages). "Q" and "A" only as capitals. Written as a trie: one branch per first letter is tried,
# not thirteen words (the labels that are names fail at the first letter).
_QA_WORDS = alternation(("Question", "Answer", "Вопрос", "Ответ", "Frage", "Antwort", "Pregunta", "Respuesta",
                         "Réponse", "Journalist", "Correspondent", "Журналист", "Корреспондент"))
# "Question from the BBC": who asks, up to the colon.
_FROM = r"(?:[^\S\r\n]+(?:from|от)[^\S\r\n]+[^:()\r\n]{0,59}[^:()\s])?"
_DOTTED = ("Question", "Answer", "Вопрос", "Ответ")  # labels with a period instead of the colon
_DOTTED_WORDS = tuple(word + "." for word in _DOTTED)
_DOTTED_REACH = 8 + 3 + max(map(len, _DOTTED_WORDS))  # _LEAD at most, the longest dotted word, its period
_SP = r"[^\S\r\n]"
_CAP = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]*"
# "С.В.Лавров", "S. Lavrov" or one to four capitalised words ("President Vladimir Putin").
_NAME = rf"(?:[A-ZА-ЯЁ]\.{_SP}?){{1,2}}{_CAP}|{_CAP}(?:{_SP}{_CAP}){{0,3}}"
# Both kinds of label in one regex, so a paragraph costs one match. The question and answer words come
# first: "Question:" is a word label, never a name. Every alternative opens with a word character, which
# leaves _LEAD one way to end (after all the symbols and spaces): one regex tries the alternatives in
# the same order two regexes tried one after the other.
_LABEL_SOURCE = (
    _LEAD + rf"(?:(?P<label>(?P<word>(?i:{_QA_WORDS})|Q|A)\.?(?!\w){_FROM}" + _PAREN + r")[^\S\r\n]{0,2}:"
    # "Question. How would you ...": a period instead of the colon, for the full words only.
    rf"|(?P<dotted>{'|'.join(_DOTTED)})\.(?=[^\S\r\n])"
    rf"|(?P<person>(?P<name>{_NAME}){_PAREN}){_SP}{{0,2}}:(?=\s|$))"
)
_LABEL = re.compile(_LABEL_SOURCE + "[ \t\u00a0]*")  # and the spaces after the label: where its text starts
_PLAIN_WORD = re.compile(r"[A-ZА-ЯЁ][a-zа-яё’'-]+")
# Capitalised words that open headings, not names ("Key Talking Points:", "Read More:").
# fmt: off
_HEADING_WORDS = frozenset((
    "Key", "Read", "More", "Watch", "Note", "Source", "Update", "Pages", "Following", "Answers", "From",
    "Moscow", "London", "Consular", "Section", "Video", "Photo", "Full", "Text", "Statement", "Comment",
    "Agenda", "Quote", "Quotes", "Topics", "Summary", "Important", "Attention",
))
# fmt: on
_QUESTION_WORDS = frozenset({"question", "q", "вопрос", "frage", "pregunta", "journalist", "correspondent",
                             "журналист", "корреспондент"})
# A sentence end and the spaces after it; a label may start where the match ends. The punctuation is
# matched, not looked behind at, so the regex engine jumps between punctuation marks at C speed.
_SENTENCE_END = r"[.!?…»\"”)][^\S\r\n]+(?=\S)"
# A sentence end where a label regex matches: the search skips the sentences that open with no label
# (most of them) at C speed; :func:`_read` still decides on each place found (a name must be known
# or plausible). The label may start only where the spaces end, as before.
_LABEL_AFTER_SENTENCE = re.compile(_SENTENCE_END + "(?=" + re.sub(r"\(\?P<\w+>", "(?:", _LABEL_SOURCE) + ")")


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


class _Found:
    """A label as :func:`_read` finds it: the fields of :class:`Label` in a plain slotted class. The
    parsers read a label at every labelled paragraph and build a public :class:`Label` only when asked
    (:func:`read_label`); a frozen attrs instance costs several times as much to make."""

    __slots__ = ("asks", "end", "kind", "known", "label", "name", "person", "start")

    def __init__(
        self, label: str, kind: str, name: str | None, known: bool, start: int, end: int, asks: bool = False,
        person: Person | None = None,
    ) -> None:
        self.label, self.kind, self.name, self.known = label, kind, name, known
        self.start, self.end, self.asks = start, end, asks
        self.person = person  # the table's person for a name label, so that it is looked up once


def read_label(text: str, pos: int = 0) -> Label | None:
    """Inline rule: a speaker label at ``pos`` (after optional emoji), known or not."""
    f = _read(text, pos)
    if f is None:
        return None
    return Label(label=f.label, kind=f.kind, name=f.name, known=f.known, start=f.start, end=f.end,
                 asks=f.asks)


def _read(text: str, pos: int) -> _Found | None:
    """:func:`read_label` without the public :class:`Label`."""
    m = _LABEL.match(text, pos)
    if m is None:
        return None
    # The alternative that matched, by the group that closes it: "label" (a word and a colon), "dotted"
    # or "person" (every alternative ends with its group, so the name is never missing).
    group = m.lastgroup or ""
    if group == "person":
        name = m["name"]
        person = lookup(name)
        if person is None and not _plausible_name(name):
            return None
        return _Found(m[group], "person", name, person is not None, m.start(group), m.end(),
                      person is None or person.journalist, person)
    word = m["word"] if group == "label" else m[group]
    kind = "question" if word.lower() in _QUESTION_WORDS else "answer"
    return _Found(m[group], kind, None, True, m.start(group), m.end())


def _plausible_name(name: str) -> bool:
    """An unknown label is a name when it is two or three plain capitalised words after any position."""
    _, rest = split_position(name)
    words = rest.split()
    return 2 <= len(words) <= 3 and all(_PLAIN_WORD.fullmatch(w) and w not in _HEADING_WORDS for w in words)


def label_at(text: str, pos: int) -> tuple[tuple[str, Role, str | None], int] | None:
    """Inline rule: a *strong* speaker label at ``pos`` (a question/answer word or a known person);
    returns ``((label, role, name), end)`` with the role the label alone implies."""
    found = _read(text, pos)
    if found is None or not found.known:
        return None
    role: Role = "question" if found.kind == "question" else "answer"
    return (found.label, role, found.name), found.end


def _roles(labels: Sequence[_Found]) -> list[Role]:
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


def _in_context(labels: list[_Found | None]) -> list[_Found | None]:
    """Drop unknown-name labels unless a strong label is present too."""
    if any(lab is not None and lab.known for lab in labels):
        return labels
    return [None] * len(labels)


def _turn(
    lab: _Found, role: Role, text: str, span: Span, name_offset: int, words: dict[str, Speaker]
) -> Turn:
    """The turn a label opens. ``words`` holds the speakers of the question and answer words met so far
    in this body: a transcript repeats "Question" at every turn, and its speaker is the same each time."""
    if lab.name is None:
        word = lab.label.split("(")[0].strip()
        who = words.get(word)
        if who is None:
            who = words[word] = speaker(word)
    else:
        start = name_offset + lab.start
        who = speaker(lab.name, _new_span(start, start + len(lab.name)), known=lab.person)
    return _new_turn(who, role, lab.label, text, span)


def turns_from_paragraphs(paragraphs: Sequence[Paragraph]) -> tuple[Turn, ...]:
    """Group paragraphs into turns: a labelled paragraph starts a turn, unlabelled ones continue it."""
    texts = [p.text for p in paragraphs]
    # Every label ends with a colon, except "Question." (and the other words with a period), whose period
    # comes within the first _DOTTED_REACH characters: two C-speed scans rule most paragraphs out before
    # the label regex.
    labels = [_read(t, 0) if ":" in t or "." in t[:_DOTTED_REACH] else None for t in texts]
    starts = [i for i, lab in enumerate(labels) if lab is not None]
    found = [lab for lab in labels if lab is not None]
    if not any(lab.known for lab in found):  # no label, or only unknown names out of context
        return ()
    turns = []
    words: dict[str, Speaker] = {}
    ends = [*starts[1:], len(paragraphs)]
    for i, stop, lab, role in zip(starts, ends, found, _roles(found), strict=True):
        body = texts[i][lab.end :].strip()
        if stop > i + 1:  # unlabelled paragraphs continue the turn
            body = "\n\n".join([t for t in (body, *(t.strip() for t in texts[i + 1 : stop])) if t])
        at = paragraphs[i].span.start
        turns.append(_turn(lab, role, body, _new_span(at, paragraphs[stop - 1].span.end), at, words))
    return tuple(turns)


def _labels_end(text: str) -> int:
    """Where the search for labels inside ``text`` may stop: just past the character after the last colon
    (every label but "Question." ends with a colon, and a name label looks at the character after it),
    or the end when a "Question." comes after that colon. The answer that usually follows the last
    label is not searched."""
    colon = text.rfind(":")  # -1 without a colon: only a "Question." can be a label then
    if any(text.find(word, colon + 1) >= 0 for word in _DOTTED_WORDS):
        return len(text)
    return min(colon + 2, len(text))


def inline_turns(text: str, offset: int = 0) -> tuple[Turn, ...]:
    """Turns inside one paragraph ("Q: … A: …"); spans are ``offset`` + positions in ``text``. Empty
    unless ``text`` opens with a label."""
    first = _read(text, 0)
    if first is None:
        return ()
    labels: list[_Found | None] = [first]
    label_end = first.end
    # From one character early: a period ending the label itself ("Question.") counts as a sentence end.
    for m in _LABEL_AFTER_SENTENCE.finditer(text, first.end - 1, _labels_end(text)):
        if m.end() < label_end:
            continue  # inside the label just read (its lead "…. " holds a sentence end): not a new one
        label = _read(text, m.end())
        if label is not None:
            label_end = label.end
        labels.append(label)
    found = [lab for lab in _in_context(labels) if lab is not None]
    turns = []
    words: dict[str, Speaker] = {}
    for n, (lab, role) in enumerate(zip(found, _roles(found), strict=True)):
        stop = found[n + 1].start if n + 1 < len(found) else len(text)
        # The spaces before the next label belong to no turn. (Walked back in place: rstrip() on
        # text[:stop] would copy the text up to every label, quadratic in a long Q&A lead.)
        body_end = stop
        while body_end > 0 and text[body_end - 1].isspace():
            body_end -= 1
        span = _new_span(offset + lab.start, offset + body_end)
        turns.append(_turn(lab, role, text[lab.end : body_end], span, offset, words))
    return tuple(turns)

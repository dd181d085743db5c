"""The genre vocabulary of titles: what kind of text a title announces.

``GENRES`` is data: each genre with the words that announce it in English and Russian (and, for the mid.ru
site's other languages, German, Spanish and French where the word is unambiguous). A title's principal
genre is the first one announced outside quotes and before the topic ("remarks and answers to media
questions" -> ``remarks``; "Comment by ... on statements by ..." -> ``comment``, the topic's "statements" do
not count). Two constructions announce a genre without a genre word: "<speaker> on <topic>" is a
``comment`` (also "Embassy Press Officer on ...": any capitalised run opening the title) and
"<title> (by <speaker>)" is an ``article``.

==========================  ====================================================================
genre                       printed as
==========================  ====================================================================
remarks                     remarks (also opening, closing remarks); выступление; Rede; intervención
statement                   statement; заявление; Erklärung; declaración; déclaration
interview                   interview; интервью; entrevista
article                     article, introduction, op-ed; статья; Artikel; artículo
comment                     comment(s); комментарий; Kommentar; comentario; commentaire
briefing                    briefing; брифинг
answers to media questions  answer(s) to (media) question(s), reply, replies; ответы на вопросы, also with
                            words between: "Ответы <кого> на вопросы СМИ"
address                     address; обращение
message                     message; послание
greetings                   greetings, congratulations; приветствие, поздравление
press release               press release; пресс-релиз
speech                      speech, lecture; лекция
news conference             news conference, press conference; пресс-конференция; Pressekonferenz;
                            rueda de prensa, conferencia de prensa; conférence de presse
==========================  ====================================================================
"""

from __future__ import annotations

import re

from mfatext.cursor import alternation

__all__ = ["GENRES", "GENRE_WORDS", "genre_of"]

GENRES: dict[str, tuple[str, ...]] = {
    # mid.ru translates "Выступление" as "Remarks": one genre across the site's languages ("Rede" in German,
    # "Intervención" in Spanish).
    "remarks": ("remarks", "выступление", "rede", "intervención"),
    "statement": ("statement", "statements", "заявление", "erklärung", "declaración", "déclaration"),
    "interview": ("interview", "интервью", "entrevista"),
    "article": ("article", "introduction", "op-ed", "статья", "artikel", "artículo"),
    "comment": ("comment", "comments", "комментарий", "kommentar", "comentario", "commentaire"),
    "briefing": ("briefing", "брифинг"),
    "answers to media questions": (
        "answers to media questions",
        "answer to a media question",
        "answers to questions",
        "answer to a question",
        "answers to a question",
        "reply",  # "Embassy Press Officer’s reply to a media question"
        "replies",  # "President Vladimir Putin replies to a BBC question"
        "ответы на вопросы",
    ),
    "address": ("address", "обращение"),
    "message": ("message", "послание"),
    "greetings": ("greetings", "congratulations", "приветствие", "поздравление"),
    "press release": ("press release", "пресс-релиз"),
    "speech": ("speech", "lecture", "лекция"),
    "news conference": ("news conference", "press conference", "пресс-конференция", "pressekonferenz",
                        "rueda de prensa", "conferencia de prensa", "conférence de presse"),
}
"""Genre -> the words (lower case) that announce it."""

GENRE_WORDS: dict[str, str] = {word: genre for genre, words in GENRES.items() for word in words}
"""Every announcing word (lower case) -> its genre."""

# At most positions the character before is a letter: the word-start test comes first because it fails
# there at once (no case folding), then the lookahead of possible first letters; the words are a trie
# (see mfatext.cursor.alternation).
_FIRST_LETTERS = "".join(map(re.escape, sorted({w[0] for w in GENRE_WORDS})))
# Words of a phrase are separated by any run of spaces (NBSP included: "press\xa0release"); re.escape
# writes a space as "\ " in the trie.
_PHRASES = alternation(GENRE_WORDS).replace("\\ ", r"\s+")
_WORD = re.compile(rf"(?<!\w)(?=[{_FIRST_LETTERS}]){_PHRASES}(?!\w)", re.IGNORECASE)
# The topic starts at "on"/"regarding"/...: genre words after it are what the text is about.
_TOPIC = re.compile(r"\s(?:on|regarding|concerning|about|in\sresponse\sto|по\sповоду|о|об)\s", re.IGNORECASE)


# "Ответы официального представителя МИД России М.В.Захаровой на вопросы СМИ": who answers comes between
# "ответы" and "на вопросы" (up to eight words; each a run of spaces then of non-spaces, which never overlap).
# "в ответ на вопрос" is "in reply to a question", not the genre.
_ANSWERS_TO = re.compile(r"(?<!\w)(?<!в\s)ответы?(?:\s+\S+){0,8}?\s+на\s+вопрос", re.IGNORECASE)
_BY_LINE = re.compile(r"\((?:by|by the)\s[^()]{3,80}\)\s*$", re.IGNORECASE)  # "... (by Ambassador Yakovenko)"
_ON = re.compile(r"[^\S\r\n]+on[^\S\r\n]")


# The same searches for the lowered text, case-sensitive: each opens with a character class or a literal,
# so the regex engine skips at C speed to the places where they can match (after a non-word character, a
# space, "ответ") instead of trying the case-insensitive patterns at every position. A genre word at the
# start of the text has no character before it: _LOWER_WORD_AT tries it there.
_LOWER_WORD_AT = re.compile(rf"(?P<word>{_PHRASES})(?!\w)")
_LOWER_WORD = re.compile(rf"\W(?P<word>{_PHRASES})(?!\w)")
_LOWER_TOPIC = re.compile(r"\s(?:on|regarding|concerning|about|in\sresponse\sto|по\sповоду|о|об)\s")
# The look-behinds of _ANSWERS_TO, after "ответ" and widened by it.
_LOWER_ANSWERS_TO = re.compile(r"ответ(?<!\wответ)(?<!в\sответ)ы?(?:\s+\S+){0,8}?\s+на\s+вопрос")
# Characters IGNORECASE matches with a letter of the patterns above although str.lower() does not turn
# them into it (or turns them into two): where they occur, lowering is not the same as ignoring case.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")


def _genre(printed: str) -> str | None:
    """The genre a genre word announces, as printed (found case-insensitively, any spaces)."""
    found = GENRE_WORDS.get(" ".join(printed.split()).casefold())
    if found is not None:
        return found
    # A letter the regex engine matches ignoring case but whose case fold is two characters ("İ" folds to
    # "i̇"): the word is the one the printed text spells, ignoring case.
    return next((genre for word, genre in GENRE_WORDS.items()
                 if re.fullmatch(re.escape(word).replace("\\ ", r"\s+"), printed, re.IGNORECASE)), None)


def genre_of(title: str, masked: str | None = None, name_ends: tuple[int, ...] = ()) -> str | None:
    """The principal genre of ``title`` (``None`` when it announces none).

    ``masked`` is the title with quoted stretches blanked out (same length): genre words in quotes
    ("“Voskresnoye vremya”") do not count. ``name_ends`` are the offsets where speaker names end: a name
    followed by " on " announces a comment ("Maria Zakharova on ...").
    """
    text = title if masked is None else masked
    low = text.lower()
    if len(low) != len(text) or (not low.isascii() and _ODD_CASE.search(low) is not None):
        return _genre_ignoring_case(text, name_ends)
    m = _LOWER_WORD_AT.match(low) or _LOWER_WORD.search(low)
    return _principal(text, low, m.span("word") if m is not None else None, _LOWER_TOPIC, _LOWER_ANSWERS_TO,
                      name_ends)


def _genre_ignoring_case(text: str, name_ends: tuple[int, ...]) -> str | None:
    """:func:`genre_of` of ``text`` (masked) by the case-insensitive patterns, for texts where lowering
    is not the same as ignoring case."""
    m = _WORD.search(text)
    return _principal(text, text, m.span() if m is not None else None, _TOPIC, _ANSWERS_TO, name_ends)


def _principal(text: str, searched: str, word: tuple[int, int] | None, topic_p: re.Pattern[str],
               answers_p: re.Pattern[str], name_ends: tuple[int, ...]) -> str | None:
    """The rules of :func:`genre_of` over ``text`` (masked), given where its first genre word is
    (``word``), with the topic and "ответы ... на вопрос" patterns for ``searched`` (``text`` or its
    lowered copy, of the same length)."""
    # The first genre word of the title, then the topic only before it: no genre phrase holds a topic
    # word after a space, so a genre word and a topic never overlap and the topic search can stop there.
    start = word[0] if word is not None else len(text)
    topic = topic_p.search(searched, 0, start)
    first = word if topic is None else None  # the genre word before the topic
    # "ответы ... на вопрос" needs an "е", which IGNORECASE matches only as "е" or "Е".
    if "е" in searched or "Е" in searched:
        if topic is None and word is not None:
            topic = topic_p.search(searched, start)
        answers = answers_p.search(searched, 0, topic.start() if topic is not None else len(text))
        if answers is not None and (first is None or answers.start() < start):
            return "answers to media questions"
    if first is not None:
        return _genre(text[first[0] : first[1]])
    if any(_ON.match(text, end) for end in name_ends):
        return "comment"
    if _BY_LINE.search(text):
        return "article"
    # The first genre word lies after the topic (the topic started before it).
    return _genre(text[word[0] : word[1]]) if word is not None else None

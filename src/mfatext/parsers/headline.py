"""What a title says beyond its words: genre, speakers, place and event date.

"Foreign Minister Sergey Lavrov’s remarks ..., Moscow, 10 November 2021" gives genre ``remarks``, speaker
Sergey Lavrov (Foreign Minister), place "Moscow" and event date 2021-11-10. The rules:

* **genre**: see :mod:`mfatext.parsers.genres` (the first genre word outside quotes, before the topic).
* **speakers**: runs of capitalised words (joined by "of", "for", "the", "and"; initials "J.Kerry",
  "С.В.Лаврова"; possessives "Lavrov’s", "Lavrov's", "Lavrov`s") outside quotes, looked up in the speaker
  table, longest first, in title order: the principal speaker (the one the genre belongs to) comes first.
  The capitalised words before a name that hold a position word ("Foreign Minister", "Presiden") are its
  position; otherwise the table's.
* **event date**: the date that ends the title (``, 12.07.2021``; ``(Moscow, March 21, 2024)``); a date in
  the middle ("dated 7 October 2021 regarding ...") is not the event date.
* **place**: the comma-separated segment right before that date when it looks like a place name (one to
  four capitalised words, in any script: "Moscow", "St Petersburg", "İstanbul", "Канберра"; not a
  newspaper: "Die Zeit");
  without a comma ("programme Moscow, November 3, 2019") only a known city, with a ``headline.place``
  diagnostic.
"""

from __future__ import annotations

import datetime as dt
import re

from mfatext.models import Diagnostic, Headline, Speaker, _new_headline, _new_span

from .dates import _date_ending_at
from .genres import genre_of
from .speakers import POSITION, Person, _starts_memo, could_start_name, known_name, position_name, speaker

__all__ = ["KNOWN_PLACES", "NOT_PLACES", "parse_headline", "read_headline"]

# Quoted stretches: titles of shows, articles and forums are not speakers, genres or places.
_QUOTED = re.compile(r"[“”«„\"][^“”«»„\"\n]{0,300}[”“»\"]")
# A capitalised word, the initials ("J.Kerry", "С. В.Лаврова") as an optional continuation: a pattern that
# starts with a character class lets the regex engine skip to the next capital at C speed instead of
# trying every position.
_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?:(?<=[A-ZА-ЯЁ])\.[^\S\r\n]?(?:[A-ZА-ЯЁ]\.[^\S\r\n]?)?[A-ZА-ЯЁ])?[\w-]*"
_POSSESSIVE = r"[’'`]s"  # "Lavrov’s": ends a run
_LINK = r"(?:of|for|the|and)(?!\w)"  # the linking words a run may hold between its capitalised words
_RUN_WORD = re.compile(_WORD)
_LINKS = frozenset(("of", "for", "the", "and"))
_POSSESSIVES = frozenset(("’s", "'s", "`s"))
# The tokens of a run: capitalised words (with their possessive) and the linking words between them.
_TOKEN = re.compile(rf"(?P<word>{_WORD})(?P<poss>{_POSSESSIVE})?|(?P<link>{_LINK})")
_MAX_RUN = 12  # tokens; keeps the longest-first search over a run bounded
# A run: a capitalised word, then up to _MAX_RUN - 1 words or linking words, each one or two spaces after
# the one before; a possessive ends it. Words and linking words are letters, possessives end in "s" after
# an apostrophe and the joins are spaces, so nothing backtracks.
_RUN = re.compile(
    rf"{_WORD}(?:{_POSSESSIVE})?"
    rf"(?:(?<![’'`]s)[^\S\r\n]{{1,2}}(?:{_WORD}(?:{_POSSESSIVE})?|{_LINK})){{0,{_MAX_RUN - 1}}}"
)
_POSITION_WORD = re.compile(
    r"Minister|\bFM\b|Ambassador|Spokes|Presiden|Secretary|Director|Chairman|Chancellor|Envoy|Посол|Посла|Министр|"
    r"Президент|Представител"
)
# Capitalised words that follow a position without being a name ("Ambassador Extraordinary ...").
_NOT_NAME = frozenset(
    {"extraordinary", "plenipotentiary", "regarding", "concerning", "on", "about", "and", "the", "of"}
)
# A personal name word: a capital then small letters ("Vladimir", "Morozov", "Jean-Marc"), not "UN", "EU".
_NAME_WORD = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?")

# fmt: off
KNOWN_PLACES = frozenset((
    "Moscow", "St Petersburg", "Saint Petersburg", "Sochi", "Kazan", "Vladivostok", "Yalta", "Minsk",
    "Beijing", "New York", "Geneva", "London", "Washington", "Paris", "Berlin", "Vienna",
    "Москва", "Санкт-Петербург", "Сочи", "Минск", "Нью-Йорк", "Женева",
))
"""Cities accepted as a place even without a comma before them ("programme Moscow, November 3, 2019")."""
NOT_PLACES = frozenset((
    "Die Zeit", "Daily Mail", "TASS", "RIA Novosti", "Interfax", "Izvestia", "Kommersant",
    "Rossiyskaya Gazeta", "Sputnik", "RT", "BBC", "CNN", "Renmin Ribao", "Komsomolskaya Pravda",
    "The Times", "The Guardian", "Financial Times",
    "ТАСС", "РИА Новости", "Известия", "Коммерсант", "Российская газета",
))
"""Capitalised names that end a title before its date but are media, not places."""
# fmt: on
_KNOWN_ENDINGS = tuple(KNOWN_PLACES)
# One to four words, each a letter then letters, digits or hyphens ("St." and "Saint" may carry a dot);
# that each word opens with a capital is tested with str.isupper, which knows every script's capitals
# ("İstanbul", "Évian", "Łódź"), where a class such as [A-ZА-ЯЁ] would know only some.
_PLACE = re.compile(r"(?:[^\W\d_][\w-]+\.?[^\S\r\n]){0,3}[^\W\d_][\w-]+")
_SEPARATORS = (",", "(", "-", "–", "—")
_LEAD = "\"“”«»„'’([ \u00a0\t"


def parse_headline(title: str, *, offset: int = 0, reference: dt.date | None = None) -> Headline:
    """Headline metadata of ``title``; spans are ``offset`` + positions in ``title``. ``reference`` (the
    page date) completes a year-less final date."""
    return read_headline(title, offset=offset, reference=reference)[0]


def read_headline(
    title: str, *, offset: int = 0, reference: dt.date | None = None
) -> tuple[Headline, tuple[Diagnostic, ...]]:
    """:func:`parse_headline` and the diagnostics of its guesses (``headline.place``: a place without a
    comma; ``date.invalid``: an impossible final date)."""
    # Most titles quote nothing: the quote characters are looked for before the regex scans the title.
    masked = title
    if '"' in title or "“" in title or "”" in title or "«" in title or "„" in title:
        masked = _QUOTED.sub(lambda m: " " * len(m[0]), title)
    found, first_run_end = _speakers(title, masked, offset)
    # Where names end (and the capitalised run opening the title): "<name> on <topic>" is a comment.
    ends = [s.span.end - offset for s, _ in found if s.span is not None]
    if first_run_end is not None:
        ends.append(first_run_end)
    event, place, diagnostics = _tail(title, offset, reference)
    headline = _new_headline(genre_of(title, masked, tuple(ends)), tuple(s for s, _ in found), place, event,
                             _new_span(offset, offset + len(title)))
    return headline, diagnostics


def _speakers(title: str, masked: str, offset: int) -> tuple[list[tuple[Speaker, int]], int | None]:
    """Known people named in the title, in title order, each with its token index in its run; and the
    end of the capitalised run that opens the title (``None`` when the title opens otherwise).

    Most runs hold no word a known name starts with and no position ("Embassy Press Officer", "Moscow"):
    their words are checked without splitting the run into tokens, and a run of one word (half of them)
    holds no position, which needs a space after it."""
    out: list[tuple[Speaker, int]] = []
    first_run_end = None
    memo = _starts_memo()  # could_start_name's answers so far: a look-up instead of a call per word
    for run in _RUN.finditer(masked):
        start, end = run.span()
        if start == 0:
            first_run_end = end
        words, spaced = _run_words(run[0])
        starts = [could_start_name(w) if (s := memo.get(w)) is None else s for w in words]
        may_name = True in starts
        if not may_name and (not spaced or POSITION.search(title, start, end) is None):
            continue  # no known name starts here, and an unlisted person is named after a position
        tokens = list(_TOKEN.finditer(masked, start, end))
        if may_name and (known := _known(title, tokens, starts, offset)):
            out += known
            continue
        if (unlisted := _unlisted(title, tokens, offset)) is not None:
            out.append(unlisted)
    return out, first_run_end


def _run_words(run: str) -> tuple[list[str], bool]:
    """The words of the tokens of ``run`` (a :data:`_RUN` match), in order, and whether ``run`` holds a
    space (and so perhaps a position). Without initials ("S. Lavrov") no token holds a space, so splitting
    at the spaces gives the tokens; a possessive ends the run. A run without a space and a dot is a word."""
    if "." in run:
        return _RUN_WORD.findall(run), True
    words = run.split()
    if words[-1][-2:] in _POSSESSIVES:
        words[-1] = words[-1][:-2]
    if len(words) == 1:
        return words, False
    return [w for w in words if w not in _LINKS], True


def _known(
    title: str, run: list[re.Match[str]], starts: list[bool], offset: int
) -> list[tuple[Speaker, int]]:
    """The people of the speaker table named in ``run`` (its tokens), longest name first; ``starts`` says
    of each word whether a known name starts with it (:func:`~mfatext.parsers.speakers.could_start_name`)."""
    out: list[tuple[Speaker, int]] = []
    words = iter(starts)
    can_start = [m.lastgroup != "link" and next(words) for m in run]
    i, prefix_start, n = 0, 0, len(run)
    while i < n:
        found = _longest_name(title, run, i) if can_start[i] else None
        if found is None:
            i += 1
            continue
        j, person = found
        start, end = run[i].start(), run[j - 1].end("word")
        position = _position(title, run, prefix_start, i)
        name = title[start:end]
        out.append((speaker(name, _new_span(offset + start, offset + end), position, known=person), i))
        i = prefix_start = j
    return out


def _unlisted(title: str, run: list[re.Match[str]], offset: int) -> tuple[Speaker, int] | None:
    """A person the table does not know, named after a position: a position
    (:data:`~mfatext.parsers.speakers.POSITION`) then two or three name words that end the run ("Ambassador
    Vladimir Morozov’s interview", "Посол России Алексей Полищук"). The Speaker has ``id`` ``None``."""
    n = len(run)
    starts: dict[int, int] | None = None  # token index by start, built only once a position matched
    for j in range(n - 2):
        m = POSITION.match(title, run[j].start())
        if m is None:
            continue
        if starts is None:
            starts = {t.start(): k for k, t in enumerate(run)}
        k = starts.get(m.end(), -1)
        if n - k not in (2, 3) or not all(t["word"] and _NAME_WORD.fullmatch(t["word"]) for t in run[k:]):
            continue
        if any(t["word"].casefold() in _NOT_NAME for t in run[k:]) or not _ends_name(title, run[-1]):
            continue
        start, end = run[k].start(), run[-1].end("word")
        position = _position(title, run, 0, k)
        return speaker(title[start:end], _new_span(offset + start, offset + end), position), k
    return None


def _ends_name(title: str, last: re.Match[str]) -> bool:
    """Whether the run can end a person's name. English titles are often Title Case ("Foreign Minister
    Press Conference in Moscow"), so there a name must end in a possessive or be followed by a comma or
    a bracket; Russian titles are sentence case, where capitalised words after a position are a name."""
    if last["poss"] or not last["word"][0].isascii():
        return True
    rest = title[last.end() :].lstrip()
    return rest[:1] in (",", "(")


def _longest_name(title: str, run: list[re.Match[str]], i: int) -> tuple[int, Person] | None:
    """The end ``j`` of the longest known name ``run[i:j]`` (at most four words) and its person, or
    ``None``; the caller has checked that a known name can start with ``run[i]``'s word.

    Candidates grow word by word and stop at the first one no known name starts with, so a capitalised
    word that begins no name costs one look-up instead of four."""
    start, found = run[i].start(), None
    for j in range(i + 1, min(len(run), i + 4) + 1):
        last = run[j - 1]
        if last["word"]:
            # The first candidate is the word the caller checked: it starts a name.
            starts, person = known_name(title[start : last.end("word")])
            if not starts:
                break
            if person is not None:
                found = j, person
        if last["poss"]:  # a possessive ends a name: "Lavrov’s Minister" is no candidate
            break
    return found


def _position(title: str, run: list[re.Match[str]], start: int, stop: int) -> str | None:
    """The words before a name when they hold a position ("Foreign Minister of Belarus")."""
    while start < stop and not run[start]["word"]:
        start += 1
    if start >= stop:
        return None
    printed = title[run[start].start() : run[stop - 1].end()]
    if not _POSITION_WORD.search(printed):
        return None
    return position_name(printed)


def _tail(
    title: str, offset: int, reference: dt.date | None
) -> tuple[dt.date | None, str | None, tuple[Diagnostic, ...]]:
    """Event date and place from the end of the title."""
    end = len(title.rstrip(" \u00a0\t.)"))
    # date_ending_at without its DateMatch: (value, start, end, problem, year_missing).
    found = _date_ending_at(title, end, reference)
    if found is None and title[end : end + 1] == ".":
        found = _date_ending_at(title, end + 1, reference)  # the '.' of the year mark "2022 г."
    if found is None:
        return None, None, ()
    value, found_start, found_end, problem, _ = found
    if value is None:
        problem = problem or "a date without a year"
        span = _new_span(offset + found_start, offset + found_end)
        return None, None, (Diagnostic(code="date.invalid", severity="warning", message=problem, span=span),)
    event = value.date() if isinstance(value, dt.datetime) else value
    before = title[:found_start].rstrip(" \u00a0\t")
    if before and not before.endswith(_SEPARATORS):
        return None, None, ()  # "... the letter dated 13 March 2018": the date of something else
    before = before[:-1].rstrip(" \u00a0\t")
    place = _place(before)
    if place is not None:
        return event, place, ()
    guess = _uncommaed_place(before)
    if guess is None:
        return event, None, ()
    place_start = offset + len(before) - len(guess)
    note = Diagnostic(
        code="headline.place",
        severity="info",
        span=_new_span(place_start, offset + len(before)),
        message=f"place {guess!r} read from a title without a comma before it",
    )
    return event, guess, (note,)


def _place(before: str) -> str | None:
    """The last comma (or parenthesis) separated segment of ``before`` when it is a place name."""
    cut = max(before.rfind(","), before.rfind("("))
    segment = before[cut + 1 :].strip(_LEAD)
    if not segment or segment in NOT_PLACES or _PLACE.fullmatch(segment) is None:
        return None
    if not all(word[0].isupper() for word in segment.split()):
        return None
    return segment


def _uncommaed_place(before: str) -> str | None:
    """A known city ending ``before`` ("... programme Moscow")."""
    if not before.endswith(_KNOWN_ENDINGS):  # one C-speed test: most titles end in no known city
        return None
    for name in KNOWN_PLACES:
        if before.endswith(name) and (len(before) == len(name) or not before[-len(name) - 1].isalnum()):
            return name
    return None

"""Who is speaking: printed names to canonical person ids.

A :class:`Person` has a canonical id (``surname-firstname``, ASCII lowercase: ``lavrov-sergey``), the ways
the name is printed (its *aliases*) and a usual position. :func:`lookup` ignores spacing, dots, case and
``ё``/``е``, so "S.Lavrov", "S. Lavrov" and "s lavrov" are one key; "С.В.Лавров" and "С. В. Лавров" too.
A name the keys do not know is looked up once more with the spelling differences of the site's languages
folded away (diacritics; w/v, j/y/i, "gu" before e/i): "Sergej Lawrow", "Serguéi Lavrov", "Sergueï Lavrov"
are Sergey Lavrov.

The table is extensible: every entry point of the group ``mfatext.speakers`` (see
:data:`mfatext.plugin.SPEAKER_GROUP`) loads an iterable of :class:`Person`; the built-in table
(:mod:`mfatext.parsers.speaker_table`) is registered the same way. Entry points load in name order after
the built-in ``mfatext`` one; a later alias replaces an earlier one, so a plugin can correct the table.
When the folded spellings of two different people's names meet, the folded key matches neither.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import entry_points

from attrs import field, frozen

from mfatext.models import Span, Speaker, _new_speaker

__all__ = [
    "POSITION",
    "Person",
    "could_start_name",
    "known_name",
    "lookup",
    "people",
    "person",
    "position_name",
    "register",
    "speaker",
    "split_position",
]

_GROUP = "mfatext.speakers"  # == mfatext.plugin.SPEAKER_GROUP (plugin imports parsers, not the reverse)
_BUILTIN = "mfatext"


@frozen(kw_only=True)
class Person:
    """A known person: canonical ``id``, the ``aliases`` it is printed as, and a usual ``position``.
    ``journalist`` marks people who ask: a journalist's label before an official's is a question."""

    id: str
    aliases: tuple[str, ...]
    position: str | None = None
    journalist: bool = False


# Positions printed before a name, longest first so "Deputy Foreign Minister" wins over "Foreign Minister".
# "Presiden" is a typo printed on a real page ("Presiden Putin").
_POSITIONS = (
    "First Deputy Foreign Minister",
    "Deputy Foreign Minister",
    "Russian Foreign Minister",
    "Foreign Minister",
    "Russian Foreign Ministry Spokesperson",
    "Foreign Ministry Spokesperson",
    "Foreign Ministry Spokeswoman",
    "Foreign Ministry Spokesman",
    "Russian Ambassador",
    "Ambassador",
    "Russian President",
    "President",
    "Presiden",
    "FM",
    "Prime Minister",
    "Secretary of State",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Министр иностранных дел России",
    "Министр иностранных дел",
    "Президент России",
    "Президент",
    "Посол России",
    "Посол",
    "Официальный представитель МИД России",
)
# Words of a position are separated by any run of spaces (NBSP included); letters follow each run, so
# the runs cannot backtrack into each other.
POSITION = re.compile(
    r"(?P<position>"
    + "|".join(re.escape(p).replace(r"\ ", r"[^\S\r\n]+") for p in sorted(_POSITIONS, key=len, reverse=True))
    + r")\.?[^\S\r\n]+"
)
"""A position printed before a name ("Foreign Minister ", "President ", "Посол ")."""

# Typos printed on real pages and abbreviations, corrected when they become a position.
_POSITION_FIX = {"Presiden": "President", "FM": "Foreign Minister"}
_HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Dr"})  # skipped before a name, but not a position
_KEY = re.compile(r"[\s.\u00a0’'`]+")
_table: dict[str, Person] | None = None  # _key(alias) -> person; tests swap it for a copy
# Transliterations differ between the site's languages: German w for v, j for y/i; Spanish/French "gu".
_TRANSLIT = str.maketrans({"w": "v", "j": "i", "y": "i"})
_GU = re.compile(r"gu(?=[ei])")  # matched after the diacritics are gone
# Latin initials of Russian first names and patronymics ("S.V.Lavrov" from "Сергей Викторович Лавров").
_LATIN_INITIAL = dict(zip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ", (
    "A", "B", "V", "G", "D", "E", "Yo", "Zh", "Z", "I", "Y", "K", "L", "M", "N", "O", "P", "R", "S", "T",
    "U", "F", "Kh", "Ts", "Ch", "Sh", "Shch", "E", "Yu", "Ya"), strict=True))


@frozen
class _Index:
    """What lookups need, derived from one table: every prefix of its keys, and its keys folded
    (:func:`_fold`) with their prefixes. A folded key two different people share maps to ``None``.
    ``starts`` remembers :func:`could_start_name` of the words seen (the capitalised words of titles, a
    small vocabulary: "Foreign", "Minister", "Moscow" come back in every title), at most _STARTS_MAX."""

    table: dict[str, Person]
    prefixes: frozenset[str]
    folded: dict[str, Person | None]
    folded_prefixes: frozenset[str]
    starts: dict[str, bool] = field(factory=dict)


_STARTS_MAX = 8192


_index: _Index | None = None  # built from _table; rebuilt when _table changes (register, a swapped copy)


def _key(name: str) -> str:
    # Most names are letters and spaces: dropping the spaces by str.split (the same spaces as the
    # regex's \s) and seeing only letters remain spares the regex.
    joined = "".join(name.split())
    if joined.isalpha():
        return joined.casefold().replace("ё", "е")
    return _KEY.sub("", name).casefold().replace("ё", "е")


@lru_cache(maxsize=4096)  # the same capitalised words come back in every title
def _fold(key: str) -> str:
    """A :func:`_key` without diacritics and with the transliteration differences folded away."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    return _GU.sub("g", plain).translate(_TRANSLIT)


# Russian declension, enough for names in titles ("Выступление С.В.Лаврова", "В.В.Путину"): the endings of
# genitive, dative, accusative, instrumental and prepositional for each nominative ending.
_SURNAME_CASES = (
    ("ский", ("ского", "скому", "ского", "ским", "ском")),
    ("цкий", ("цкого", "цкому", "цкого", "цким", "цком")),
    ("ова", ("овой", "овой", "ову", "овой", "овой")),
    ("ева", ("евой", "евой", "еву", "евой", "евой")),
    ("ина", ("иной", "иной", "ину", "иной", "иной")),
    ("ов", ("ова", "ову", "ова", "овым", "ове")),
    ("ев", ("ева", "еву", "ева", "евым", "еве")),
    ("ёв", ("ёва", "ёву", "ёва", "ёвым", "ёве")),
    ("ин", ("ина", "ину", "ина", "иным", "ине")),
    ("ей", ("ея", "ею", "ея", "еем", "ее")),
)
_FIRST_CASES = (
    ("й", ("я", "ю", "я", "ем", "е")),
    ("я", ("и", "е", "ю", "ей", "е")),
    ("ья", ("ьи", "ье", "ью", "ьей", "ье")),
    ("а", ("ы", "е", "у", "ой", "е")),
)
_CONSONANT = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
_SOFT = re.compile(r"[гкхжчшщ]а$")  # after these the genitive is -и, not -ы ("Ольги")


def _cases(word: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...]:
    """Nominative, then the five oblique cases of a Russian name (indeclinable names repeat)."""
    for ending, forms in table:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            oblique = tuple(stem + f for f in forms)
            if _SOFT.search(word):
                oblique = (stem + "и", *oblique[1:])
            return (word, *oblique)
    if _CONSONANT.search(word):
        return (word, word + "а", word + "у", word + "а", word + "ом", word + "е")
    return (word,) * 6


def person(
    id: str,
    en: str,
    ru: str | None = None,
    position: str | None = None,
    *,
    also: Iterable[str] = (),
    surname_first: bool = False,
) -> Person:
    """A :class:`Person` with the printed variants derived from the English and Russian names.

    ``en`` is "First Last" (or "Last First" with ``surname_first``, e.g. "Wang Yi"); ``ru`` is "Имя Фамилия"
    or "Имя Отчество Фамилия". Derived: the full name, initials with the surname ("S.Lavrov",
    "С.В.Лавров"), the surname alone, and the Russian oblique cases ("Лаврова", "С.В.Лаврову").
    """
    aliases = [en, *also]
    words = en.split()
    first, last = (words[-1], words[0]) if surname_first else (words[0], words[-1])
    if not surname_first:
        aliases += [f"{first[0]}.{last}", last]
    if ru:
        aliases += _russian(ru, surname_first=surname_first)
        ru_words = ru.split()
        if not surname_first and len(ru_words) == 3 and ru_words[1][0] in _LATIN_INITIAL:
            aliases.append(f"{first[0]}.{_LATIN_INITIAL[ru_words[1][0]]}.{last}")  # "S.V.Lavrov"
    return Person(id=id, aliases=tuple(dict.fromkeys(aliases)), position=position)


def _russian(ru: str, *, surname_first: bool) -> list[str]:
    words = ru.split()
    if surname_first or len(words) < 2:
        return [ru]
    first, middle, last = words[0], words[1:-1], words[-1]
    initials = first[0] + "." + "".join(m[0] + "." for m in middle)
    out = [ru, f"{last} {' '.join(words[:-1])}"]
    for f, s in zip(_cases(first, _FIRST_CASES), _cases(last, _SURNAME_CASES), strict=True):
        out += [f"{f} {s}", f"{initials}{s}", f"{first[0]}.{s}", s]
    return out


def _builtin() -> Iterable[Person]:
    from .speaker_table import PEOPLE  # imported late: the table module imports this one

    return PEOPLE


def _load() -> dict[str, Person]:
    tables: list[Iterable[Person]] = []
    eps = sorted(entry_points(group=_GROUP), key=lambda e: (e.name != _BUILTIN, e.name))
    if not any(ep.name == _BUILTIN for ep in eps):  # running from a source tree without metadata
        tables.append(_builtin())
    for ep in eps:
        try:
            tables.append(tuple(ep.load()))
        except Exception as exc:  # a broken plugin must not take the built-in table down
            warnings.warn(f"speaker table {ep.name!r} failed to load: {exc}", stacklevel=2)
    table: dict[str, Person] = {}
    for people in tables:
        _add(table, people)
    return table


def _add(table: dict[str, Person], people: Iterable[Person]) -> None:
    for p in people:
        for alias in p.aliases:
            table[_key(alias)] = p


def _prefixes_of(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(key[:n] for key in keys for n in range(1, len(key) + 1))


def _index_of(table: dict[str, Person]) -> _Index:
    """The :class:`_Index` of ``table``. Folded keys are assigned in table order, so the person a later
    alias names replaces an earlier one of the same id; two different ids make the folded key ambiguous."""
    folded: dict[str, Person | None] = {}
    for key, p in table.items():
        fold = _fold(key)
        before = folded.get(fold, p)
        folded[fold] = p if before is not None and before.id == p.id else None
    return _Index(table, _prefixes_of(table), folded, _prefixes_of(folded))


def _current() -> _Index:
    global _table, _index
    if _table is None:
        _table = _load()
    if _index is None or _index.table is not _table:
        _index = _index_of(_table)
    return _index


def register(people: Iterable[Person]) -> None:
    """Add ``people`` to the table at run time (their aliases replace existing ones)."""
    global _index
    _add(_current().table, people)
    _index = None  # the table grew: rebuilt on the next call


def people() -> tuple[Person, ...]:
    """Every person of the table (built-in, installed speaker plugins, :func:`register`), each ``id`` once
    and in ``id`` order: the ids a :class:`~mfatext.models.Speaker` can have. Where later entries replaced
    some of a person's aliases, the entry of the person's first alias in the table stands for it."""
    by_id: dict[str, Person] = {}
    for p in _current().table.values():
        by_id.setdefault(p.id, p)
    return tuple(by_id[pid] for pid in sorted(by_id))


def position_name(printed: str) -> str:
    """A position as printed, with known typos and abbreviations resolved ("Presiden", "FM")."""
    norm = " ".join(printed.split())  # NBSP runs as printed would split one position into several
    return _POSITION_FIX.get(norm, norm)


def split_position(name: str) -> tuple[str | None, str]:
    """``("President", "Vladimir Putin")`` for "President Vladimir Putin"; ``(None, name)`` without one.
    An honorific is skipped but is no position: ``(None, "Makei")`` for "Mr Makei"."""
    m = POSITION.match(name)
    if m is None or m.end() == len(name):
        return None, name
    printed = m["position"]
    return (None if printed in _HONORIFICS else position_name(printed)), name[m.end() :]


def could_start_name(printed: str) -> bool:
    """False when no known name (spacing, dots and case aside) starts with ``printed``: a caller that
    grows a candidate word by word stops there instead of looking up every longer candidate."""
    index = _index if _index is not None and _index.table is _table else _current()  # hot: no call
    starts = index.starts.get(printed)
    if starts is None:
        key = _key(printed)
        starts = key in index.prefixes or _fold(key) in index.folded_prefixes
        if len(index.starts) >= _STARTS_MAX:
            index.starts.clear()
        index.starts[printed] = starts
    return starts


def _starts_memo() -> dict[str, bool]:
    """The answers of :func:`could_start_name` so far for the current table (a word missing from it has
    not been asked yet): a caller with many words looks them up without a call each."""
    return _current().starts  # once per title: the call costs nothing there


def known_name(printed: str) -> tuple[bool, Person | None]:
    """:func:`could_start_name` of ``printed`` and its :func:`lookup` without positions, from one key:
    a caller growing a candidate name needs both for every candidate."""
    index = _index if _index is not None and _index.table is _table else _current()
    key = _key(printed)
    found = index.table.get(key)
    if found is not None:
        return True, found  # a key is a prefix of itself
    fold = _fold(key)
    return key in index.prefixes or fold in index.folded_prefixes, index.folded.get(fold)


def lookup(name: str, *, positions: bool = True) -> Person | None:
    """The known person printed as ``name`` (spacing, dots and case do not matter; with ``positions``, a
    position printed before the name, "President Putin", is skipped)."""
    return _lookup(name, None if positions else name)


def _lookup(name: str, rest: str | None) -> Person | None:
    """:func:`lookup` of ``name``, then of ``rest`` (``name`` without its position; ``None``: split on the
    first miss), then of ``rest`` with the transliteration differences folded away (:func:`_fold`)."""
    index = _current()
    key = _key(name)
    found = index.table.get(key)
    if found is not None:
        return found
    if rest is None:
        rest = split_position(name)[1]
    if rest != name:
        key = _key(rest)
        found = index.table.get(key)
    return found if found is not None else index.folded.get(_fold(key))


def speaker(
    name: str, span: Span | None = None, position: str | None = None, *, known: Person | None = None
) -> Speaker:
    """A :class:`~mfatext.models.Speaker` for ``name`` as printed, with its id when known.

    A position printed before the name ("President Putin") becomes the speaker's position unless
    ``position`` is given; otherwise the table's usual position is used. ``known`` is the person
    ``lookup(name, positions=False)`` gave, when the caller has looked it up already.
    """
    printed_position, rest = split_position(name)
    # Without a printed position the look-up is lookup(name, positions=False): the caller's ``known``.
    person_ = known if known is not None and rest == name else _lookup(name, rest)
    return _new_speaker(name, person_.id if person_ else None,
                        position or printed_position or (person_.position if person_ else None), span)

"""The header shortcuts of speed round 5, each held to the code it replaced (kept here as the reference)
over corpus header lines and arbitrary text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mfatext.cursor import Lines
from mfatext.models import Contact, Counter, Span
from mfatext.parsers import contacts, counters
from mfatext.parsers.contacts import CONTACTS_P, contacts_in
from mfatext.parsers.counters import COUNTER, counters_from

NBSP = "\u00a0"
_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _corpus_header_lines() -> list[str]:
    """The first dozen lines of every corpus page: the header lines as the sites print them."""
    found: list[str] = []
    for path in sorted(_CORPUS.glob("*/*.txt")):
        found.extend(Lines(path.read_text(encoding="utf-8"))[:12])
    return found or ["4 December 2021", "Moscow: 01:52", "+44 (0) 203 668 7474"]


_CORPUS_LINES = _corpus_header_lines()


# --- counters: the code before the shortcuts -------------------------------------------------------------

def _old_spaces_before(text: str, lo: int, k: int) -> int:
    while k > lo and text[k - 1].isspace():
        k -= 1
    return k


def _old_counter_of_have(text: str, lo: int, q: int, end: int) -> re.Match[str] | None:
    if q - lo < 8 or text[q - 2] not in "hH" or text[q - 1] not in "aA":
        return None
    k = _old_spaces_before(text, lo, q - 2)
    if k == q - 2 or k == lo:
        return None
    k -= text[k - 1] in "sSſ"
    if k - lo < 4 or text[k - 3] not in "dD" or text[k - 2] not in "aA" or text[k - 1] not in "yY":
        return None
    digits_end = _old_spaces_before(text, lo, k - 3)
    if digits_end == k - 3:
        return None
    run = 0
    while run < 6 and digits_end - run > lo and text[digits_end - 1 - run].isdecimal():
        run += 1
    return COUNTER.match(text, digits_end - run, end) if run else None


def _old_counter(text: str, m: re.Match[str], stop: int, page_date: dt.date | None) -> Counter:
    start, event_at = m.span()
    event_text = text[event_at:stop].rstrip()
    until = event_at + len(event_text) if event_text else start + len(m[0].rstrip())
    cut = counters._event_end(event_text)
    event = (event_text[:cut] if cut >= 0 else event_text).strip()
    days = int(m["days"])
    since = None
    if page_date is not None and days < page_date.toordinal():
        since = dt.date.fromordinal(page_date.toordinal() - days)
    return Counter(days=days, event=event, since=since, span=Span(start=start, end=until))


def _old_counters_from(
    text: str, first: re.Match[str], end: int, page_date: dt.date | None
) -> tuple[Counter, ...]:
    found, m = [], first
    while m is not None:
        after = COUNTER.search(text, m.end(), end)
        found.append(_old_counter(text, m, after.start() if after is not None else end, page_date))
        m = after
    return tuple(found)


_SP = st.sampled_from([" ", NBSP, "\t", "", "  ", NBSP * 40, NBSP * 2 + " " + NBSP])
_PIECE = st.one_of(
    st.sampled_from(["1", "1363", "123456", "1234567", "\u0663", "x", "days", "day", "DAYS", "dayſ", "have",
                     "HAVE", "ha", "v", "passed since", "the Salisbury incident", " - ", " \u2013 ", "-",
                     " days have passed since ", "1371 days have passed since "]),
    _SP,
    st.text(alphabet="0123 davyshV-\u00a0", max_size=12),
)
_COUNTER_TEXT = st.lists(_PIECE, max_size=12).map("".join)


@settings(max_examples=200)
@given(_COUNTER_TEXT, st.integers(0, 20))
def test_counter_of_have_shortcut_matches_the_backward_reading(text: str, lo: int) -> None:
    # The " days ha" shortcut must find the same match (or none) as the step-by-step reading.
    lo = min(lo, len(text))
    for q in range(lo, len(text)):
        if text[q] in "vV":
            new = counters._counter_of_have(text, lo, q, len(text))
            old = _old_counter_of_have(text, lo, q, len(text))
            assert (new and new.span()) == (old and old.span())


@settings(max_examples=200)
@given(_COUNTER_TEXT, st.sampled_from([None, dt.date(2021, 12, 4)]))
def test_counters_from_matches_the_old_reading(text: str, page_date: dt.date | None) -> None:
    # Cutting the NBSP run off before rstrip (and the "have" shortcut) leaves every counter as it was.
    first = COUNTER.search(text)
    if first is not None:
        assert counters_from(text, first, len(text), page_date) == \
            _old_counters_from(text, first, len(text), page_date)


def test_counters_from_matches_the_old_reading_on_the_corpus() -> None:
    lines = [s for s in _CORPUS_LINES if COUNTER.search(s)]
    assert lines, "the corpus has counter lines"
    for s in lines:
        first = COUNTER.search(s)
        assert first is not None
        assert counters_from(s, first, len(s), dt.date(2021, 12, 4)) == \
            _old_counters_from(s, first, len(s), dt.date(2021, 12, 4))


# --- contacts: the code before the shortcut ----------------------------------------------------------------

def _old_contacts_in(text: str, start: int, end: int, label: str | None) -> list[Contact]:
    value = text[start:end]
    if value and "," not in value and ";" not in value and "(" not in value:
        span = Span(start=start, end=end)
        if "@" in value:
            return [Contact(kind="email", label=label, value=value, span=span)]
        if value[0] == "[":
            return [Contact(kind="email", label=label, value=None, obfuscated=True, span=span)]
        return [Contact(kind="phone", label=label, value=value, span=span)]
    found: list[Contact] = []
    pos = start
    while pos < end and (m := contacts._CONTACT_VALUE.match(text, pos, end)) is not None:
        kind = m.lastgroup or "phone"
        span = Span(start=m.start(kind), end=m.end(kind))
        if kind == "phone":
            found.append(Contact(kind="phone", label=label, value=m[kind], span=span))
        else:
            hidden = kind == "hidden"
            found.append(Contact(kind="email", label=label, value=None if hidden else m[kind],
                                 obfuscated=hidden, span=span))
        pos = m.end()
    return found


_CONTACTS = re.compile(CONTACTS_P, re.IGNORECASE)
_CONTACT_TEXT = st.lists(st.one_of(
    st.sampled_from(["+44 (0) 203 668 7474", "+44(0) 203", "(Mon-Fri 10:00-12:30)", " (0)", "(", ")", "; ",
                     ", ", "a@b.ru", "[email protected]", "Tel.: ", "7", NBSP, "-"]),
    st.text(alphabet="+0123() -;,@a\u00a0", max_size=10),
), max_size=6).map("".join)


@settings(max_examples=200)
@given(_CONTACT_TEXT)
def test_contacts_in_phone_shortcut_matches_the_value_reading(text: str) -> None:
    # A whole-phone value with brackets is one phone: what reading it value by value gives.
    m = _CONTACTS.fullmatch(text.strip())
    if m is not None:
        s = text.strip()
        start, end = m.span("contacts")
        assert contacts_in(s, start, end, "L") == _old_contacts_in(s, start, end, "L")


def test_contacts_in_matches_the_old_reading_on_the_corpus() -> None:
    for line in _CORPUS_LINES:
        s = line.strip()
        m = _CONTACTS.fullmatch(s)
        if m is not None:
            start, end = m.span("contacts")
            assert contacts_in(s, start, end, None) == _old_contacts_in(s, start, end, None)

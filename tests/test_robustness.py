"""Robustness: every real page, re-rendered the way another scrape of the same page would render it.

For each seed and corpus file we derive variants (line endings, NBSP/space swaps, trailing spaces, extra blank
lines, legacy/UTF-16 bytes, a BOM, leading blank lines, dropped top lines, two pages concatenated). Variants
that keep the page's meaning must keep the research values (layout, page date, clocks, item titles, published,
turn labels/roles, speaker ids, forwarded_from, hashtags) UNCHANGED; every variant must parse without raising
and keep every span pointing at its value. Failures on the current code are listed in ``KNOWN`` as strict
xfails with the reason (what breaks, where), so the suite stays green and a fix turns them into XPASS errors.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import mfatext
from mfatext.models import Document, Post, Span
from mfatext.parsers.turns import inline_turns

from .conftest import all_pages, corpus_files

PAGES = all_pages()
_WS = re.compile(r"\s+")
Variant = Callable[[str], "str | bytes"]


def norm(value: str | None) -> str | None:
    """Collapse whitespace (NBSP included: ``\\s`` matches it) the way score.py compares strings."""
    return None if value is None else _WS.sub(" ", value).strip()


def research(doc: Document) -> dict[str, Any]:
    """The values a researcher keeps from a document (what the variants must not change)."""
    page = doc.page
    items: list[dict[str, Any]] = []
    for item in doc.items:
        row: dict[str, Any] = {"kind": item.kind, "published": item.published,
                               "turns": [(norm(t.label), t.role, t.speaker.id) for t in item.turns]}
        if isinstance(item, Post):
            row.update(forwarded_from=norm(item.forwarded_from), hashtags=list(item.hashtags))
        else:
            row["title"] = norm(item.title)
            headline = item.headline
            row["speaker_ids"] = [s.id for s in headline.speakers] if headline else []
            row["event_date"] = headline.event_date if headline else None
        items.append(row)
    return {
        "layout": doc.layout,
        "date": page.date if page else None,
        "clocks": [(c.city, c.time.strftime("%H:%M")) for c in page.clocks] if page else [],
        "items": items,
    }


def bad_spans(doc: Document) -> list[tuple[str, str, str]]:
    """Values whose span text does not contain them (modulo whitespace): (what, value, span text)."""
    text = doc.text
    bad: list[tuple[str, str, str]] = []

    def check(what: str, value: str | None, span: Span | None) -> None:
        if value is None or span is None:
            return
        shown = text[span.start : span.end]
        if not (0 <= span.start <= span.end <= len(text)) or (norm(value) or "") not in (norm(shown) or ""):
            bad.append((what, value[:60], shown[:60]))

    if doc.page is not None:
        for clock in doc.page.clocks:
            check("clock", clock.city, clock.span)
        for contact in doc.page.contacts:
            check("contact", contact.value, contact.span)
    for item in doc.items:
        if not isinstance(item, Post):
            check("title", item.title, item.span)
            for speaker in item.headline.speakers if item.headline else ():
                check("speaker", speaker.name, speaker.span)
        for para in getattr(item, "paragraphs", ()):
            check("paragraph", para.text, para.span)
        for turn in item.turns:
            check("turn.label", turn.label, turn.span)
    return bad


def _every_line(text: str, suffix: str) -> str:
    return re.sub(r"(?=\r\n|\r|\n|\Z)", suffix, text)


def _mixed_eol(text: str) -> str:
    """Alternate LF and CRLF line breaks (a file edited on two systems)."""
    parts = text.split("\n")
    return "".join(p + ("\r\n" if k % 2 else "\n") for k, p in enumerate(parts[:-1])) + parts[-1]


# Variants that keep the page's meaning: the research values must not change.
SAME: dict[str, Variant] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "mixed-eol": lambda t: _mixed_eol(t),
    "nbsp-to-space": lambda t: t.replace("\u00a0", " "),
    "space-runs-to-nbsp": lambda t: re.sub(r" {2,}", lambda m: "\u00a0" * len(m.group()), t),
    # Some CMS renderings put NBSP between every pair of words (DESIGN: NBSP counts as a space).
    "all-spaces-nbsp": lambda t: re.sub(r"(?<=\S) (?=\S)", "\u00a0", t),
    "trailing-space": lambda t: _every_line(t, " "),
    "extra-blank-line": lambda t: re.sub(r"\n[ \t\u00a0]*\n", "\n\n\n", t),
    "trailing-blank-lines": lambda t: t + "\n\n \n",
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-8-bom-bytes": lambda t: t.encode("utf-8-sig"),
    "cp1251": lambda t: t.encode("cp1251"),
    # open(path, encoding="utf-8") keeps the BOM as U+FEFF: a common way to get a str with a BOM.
    "bom-str": lambda t: "\ufeff" + t,
    "leading-blank-line": lambda t: "\n" + t,
}

# Variants that may legitimately change the result: only "no crash, spans point at values".
OTHER: dict[str, Variant] = {
    "drop-1-line": lambda t: "\n".join(t.split("\n")[1:]),
    "drop-3-lines": lambda t: "\n".join(t.split("\n")[3:]),
    "drop-8-lines": lambda t: "\n".join(t.split("\n")[8:]),
    "two-pages": lambda t: t + "\n\n" + t,
    "two-pages-glued": lambda t: t + t,
    "first-half": lambda t: t[: len(t) // 2],
}

_HEADER_AT_0 = ("parsers/header.skip_header/page_header only look at line 0 (layouts/embassy.py:88 "
                "sniff and _header, layouts/newslist.py:64): one leading blank line makes the page 'plain'")
_BOM = ("a str that starts with U+FEFF (read with encoding='utf-8'): nothing skips it "
        "(registry.parse_text passes it on): the embassy header, the mid.ru date line / "
        "'Asset Publisher', the forward header all fail at column 0; mobile titles keep the BOM")
_CP1251 = ("decode._looks_like_cp1251 (decode.py:68) needs 70% of high bytes in 0xC0-0xFF: an "
           "English page in cp1251 with ’ “ ” – (0x91-0x97) raises DecodeError although cp1251 "
           "decodes it exactly")
_NBSP_LABEL = ("header._LABEL_P (parsers/header.py:75) uses a literal ' ' between label words: "
               "'Consular\\xa0queries:' is not a contact label and becomes the article title")
_NBSP_LIST = ("with NBSP between words the list page is taken for an embassy-page (header label "
              "not recognised, parsers/header.py:75), so the first news item becomes an Article")
_NBSP_FORWARD = ("post._FORWARD (parsers/post.py:60) spells 'Forwarded from' with a literal space: "
                 "'Forwarded\\xa0from' is not a forward header")
_NBSP_TELEGRAM = ("telegram sniff/post split rely on literal spaces ('Forwarded from', hashtag and "
                  "headline lines): with NBSP between words posts merge/split, hashtags move, or "
                  "the page becomes 'plain'")

_SEEDS = {"000": "seeds/000_4a6f6b0d76846440", "001": "seeds/001_f22195f936221375",
          "002": "seeds/002_00f5b784e6f83555", "003": "seeds/003_621d9c707e08931c",
          "004": "seeds/004_d6443154fc4fd715"}
_EMBASSY_PAGES = "001 004 005 007 010 011 013 014 016 017 019 022 023 025 026 028 029 031 032 037 038 040 046"
_LIST_PAGES = "002 008 020 041 043 044 047"


def _names(folder: str, numbers: str) -> list[str]:
    return [f"{folder}/{n}.txt" for n in numbers.split()]


def _seeds(numbers: str) -> list[str]:
    return [_SEEDS[n] + ".txt" for n in numbers.split()]


# What fails today, per variant: (files, why). Each entry is a strict xfail.
_FAILING: dict[str, list[tuple[list[str], str]]] = {
    "leading-blank-line": [
        (_names("embassy", f"{_EMBASSY_PAGES} {_LIST_PAGES}") + _seeds("001 003 004"), _HEADER_AT_0),
    ],
    "all-spaces-nbsp": [
        (_names("embassy", "001 004 005 007 010 011 014 016 017 019 022 023 025 026 028 031 037 038 040 046")
         + _seeds("001 003 004"), _NBSP_LABEL),
        (_names("embassy", _LIST_PAGES), _NBSP_LIST),
        (_names("embassy", "034") + _seeds("002")
         + _names("telegram", "001 004 014 016 020 022 029 031 034"), _NBSP_FORWARD),
        (_names("telegram", "005 008 011 037 038 040 041 043"), _NBSP_TELEGRAM),
    ],
}


def _known() -> dict[tuple[str, str], str]:
    """(variant, "folder/file") -> why it fails on the current code."""
    known: dict[tuple[str, str], str] = {}
    for variant, groups in _FAILING.items():
        for names, why in groups:
            known.update(((variant, name), why) for name in names)
    return known


KNOWN = _known()
# The variants that raise (DecodeError) instead of parsing: the span check fails on them too.
CRASHES = {key: why for key, why in KNOWN.items() if why == _CP1251}
_GLUED_PLAIN = ("telegram sniff's _repeated_pair (layouts/telegram.py:69) takes any two long lines printed "
                "twice for a duplicated Telegram body: a 'plain' third-party page saved twice becomes "
                "'telegram' (0.6)")
CONCAT_KNOWN = {"mid/014.txt": _GLUED_PLAIN, "telegram/017.txt": _GLUED_PLAIN}


def page_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@functools.cache
def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@functools.cache
def _base(path: Path) -> Document:
    return mfatext.parse(_text(path))


@functools.cache
def _variant(name: str, path: Path) -> Document | None:
    """The parsed variant, or None when the variant cannot be made (text not encodable in cp1251)."""
    fn = SAME.get(name) or OTHER[name]
    try:
        data = fn(_text(path))
    except UnicodeEncodeError:
        return None
    return mfatext.parse(data)


def _cases(variants: dict[str, Variant], known: dict[tuple[str, str], str]) -> list[Any]:
    cases = []
    for name in variants:
        for path in PAGES:
            reason = known.get((name, page_id(path)))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(name, path, id=f"{name}-{page_id(path)}", marks=marks))
    return cases


@pytest.mark.parametrize(("variant", "path"), _cases(SAME, KNOWN))
def test_research_values_unchanged(variant: str, path: Path) -> None:
    # Another scrape of the same page must give the same data.
    doc = _variant(variant, path)
    if doc is None:
        pytest.skip("not encodable in this code page")
    assert research(doc) == research(_base(path))


@pytest.mark.parametrize(("variant", "path"), _cases({"base": str, **SAME, **OTHER}, CRASHES))
def test_spans_point_at_values(variant: str, path: Path) -> None:
    # Every value keeps pointing at the characters it came from, whatever the rendering (and nothing raises).
    doc = _base(path) if variant == "base" else _variant(variant, path)
    if doc is None:
        pytest.skip("not encodable in this code page")
    assert bad_spans(doc) == []


@pytest.mark.parametrize("path", [
    pytest.param(p, id=page_id(p), marks=[pytest.mark.xfail(strict=True, reason=CONCAT_KNOWN[page_id(p)])]
                 if page_id(p) in CONCAT_KNOWN else []) for p in PAGES])
def test_concatenated_pages_keep_the_first_page(path: Path) -> None:
    # A scrape that glued two pages together must still read the first page's header and items (the last
    # item of the first page may absorb the second page, so it is left out).
    base, doc = research(_base(path)), research(_variant("two-pages", path))  # type: ignore[arg-type]
    assert (doc["layout"], doc["date"], doc["clocks"]) == (base["layout"], base["date"], base["clocks"])
    assert doc["items"][: len(base["items"]) - 1] == base["items"][:-1]


@pytest.mark.skipif(not corpus_files(), reason="../shared/corpus is not beside the checkout")
def test_known_failures_name_real_cases() -> None:
    # A typo in KNOWN would silently test nothing.
    names = {page_id(p) for p in PAGES}
    assert {page for _, page in KNOWN} <= names
    assert {variant for variant, _ in KNOWN} <= set(SAME)
    assert set(CONCAT_KNOWN) <= names


# --- Long hostile lines: no regex may backtrack badly, no loop may rescan the text ---

_LONG = 100_000


def _repeat(unit: str, size: int = _LONG) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _in_embassy_title(line: str) -> str:
    # The header of seed 001 (an embassy page), then the hostile line where the title goes.
    head = "4 December 2021\nMoscow: 01:52\nLondon: 22:52\n\nConsular queries:\n+44 (0) 203 668 7474\n\n"
    return f"{head}PRESS RELEASES AND NEWS\n\n11.06.2022\n\n{line}\n\nA first paragraph of the article.\n"


def _in_telegram_body(line: str) -> str:
    return f"Forwarded from Russian MFA 🇷🇺\n🇷🇺 A post about the talks.\n{line}\n#Tag\n"


def _in_list_lead(line: str) -> str:
    return f"25 October 2020\nMoscow: 03:27\nLondon: 01:27\n\n25.10.2020 - Title of the item\n{line}\n"


@pytest.mark.parametrize(("unit", "wrap"), [
    pytest.param("ABC ", _in_embassy_title, id="caps-title"),
    pytest.param("Sergey Lavrov, ", _in_embassy_title, id="names-title"),
    pytest.param("“a ”", _in_embassy_title, id="quotes-title"),
    pytest.param("1 ", _in_embassy_title, id="digits-title"),
    pytest.param("👍1", _in_telegram_body, id="reactions-body"),
    pytest.param("Forwarded from x ", _in_telegram_body, id="forward-body"),
    pytest.param("full text ", _in_telegram_body, id="link-body"),
    pytest.param("12.12.2012 - ", _in_list_lead, id="dates-lead"),
])
def test_long_hostile_line_parses_quickly(unit: str, wrap: Callable[[str], str]) -> None:
    # 100 KB on one line takes well under a second when every rule is linear; backtracking takes minutes.
    text = wrap(_repeat(unit))
    started = time.perf_counter()
    doc = mfatext.parse(text)
    assert time.perf_counter() - started < 10
    assert "".join(doc.text[s.span.start : s.span.end] for s in doc.segments) == text


class _CountingStr(str):
    """A str that adds up how many characters its slices copy (a quadratic loop copies O(n²))."""

    copied = 0

    def __getitem__(self, key: Any) -> str:
        out = super().__getitem__(key)
        if isinstance(key, slice):
            _CountingStr.copied += len(out)
        return out


def test_inline_turns_copy_the_text_a_bounded_number_of_times() -> None:
    # Deterministic stand-in for a timing test: a linear pass copies each character a few times at most.
    text = _CountingStr(_repeat("Question: Why? Answer: Because. ", 40_000))
    _CountingStr.copied = 0
    turns = inline_turns(text)
    assert len(turns) == 2500
    assert _CountingStr.copied < 4 * len(text)


# --- Truncated tops ---

_NO_DATE = ("parsers/header.py skip_header/page_header need the page date line first: a scrape that "
            "starts at the clocks ('Moscow: 15:34') loses the whole layout (plain) and its items")


@pytest.mark.parametrize("name", [
    pytest.param("seeds/001_f22195f936221375.txt", marks=pytest.mark.xfail(strict=True, reason=_NO_DATE)),
    pytest.param("embassy/002.txt", marks=pytest.mark.xfail(strict=True, reason=_NO_DATE)),
    pytest.param("embassy/010.txt", marks=pytest.mark.xfail(strict=True, reason=_NO_DATE)),
])
def test_page_without_its_date_line_keeps_layout_and_items(name: str) -> None:
    # Only the page date is gone: the layout, the titles and the dates of the items are still printed.
    [path] = [p for p in PAGES if page_id(p) == name]
    base = research(_base(path))
    doc = research(_variant("drop-1-line", path))  # type: ignore[arg-type]
    assert doc["layout"] == base["layout"]
    assert doc["items"] == base["items"]


_RU_MOBILE = ("Комментарий Посольства России в США в связи с заявлениями Госдепартамента\n\n"
              "Посольство России в США обратило внимание на очередные заявления представителей "
              "Государственного департамента США.\n\nВторой абзац текста.\n")
_EN_MOBILE = ("Comment by the Embassy of Russia in the USA on the statements of the State Department\n\n"
              "The Embassy of Russia in the USA has noted yet another statement by State Department "
              "officials on the matter.\n\nSecond paragraph.\n")


@pytest.mark.parametrize("text", [
    pytest.param(_EN_MOBILE, id="en"),
    pytest.param(_RU_MOBILE, id="ru"),
])
def test_mobile_rendering_is_an_embassy_page(text: str) -> None:
    # m.rusemb.org.uk-style pages have no header: title, blank line, prose naming the embassy.
    assert mfatext.parse(text).layout == "embassy-page"

"""The ``telegram`` layout on the seed and the corpus: golden documents, post boundaries, detection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mfatext
from mfatext.decode import decode
from mfatext.layouts import telegram
from mfatext.models import Document, Post
from mfatext.parsers import channel, post
from mfatext.plugin import Parsed
from mfatext.registry import layouts

from .golden import SHARED, check_golden

CORPUS = SHARED / "corpus"
SEED = next((SHARED / "seeds").glob("002_*.txt"))
# Through the registry, not ``import mfatext.layouts.telegram`` (which shadows ``mfatext.layouts()``).
layout = layouts()["telegram"]


def _doc(path: Path) -> Document:
    return mfatext.parse(path.read_bytes(), source=str(path.relative_to(SHARED)))


def _posts(path: Path) -> list[Post]:
    return [item for item in _doc(path).items if isinstance(item, Post)]


@pytest.mark.parametrize(("name", "path"), [
    ("telegram-seed-002", SEED),  # seven forwarded posts, every body printed twice
    ("telegram-001", CORPUS / "telegram/001.txt"),  # English, duplicated body cut by the end of the excerpt
    ("telegram-007", CORPUS / "telegram/007.txt"),  # Russian, channel card, #Анонс first line, turns
    ("telegram-013", CORPUS / "telegram/013.txt"),  # copy without two lines, cut "Please open Telegr"
    ("telegram-026", CORPUS / "telegram/026.txt"),  # Russian, complete, 加入频道 card end, hashtag line
    ("telegram-043", CORPUS / "telegram/043.txt"),  # mixed, "Kremlin. News" forward, three media placeholders
])
def test_golden(name: str, path: Path) -> None:
    check_golden(name, mfatext.to_dict(_doc(path)))


def test_seed_duplicates_are_neither_posts_nor_paragraphs() -> None:
    doc = _doc(SEED)
    posts = [item for item in doc.items if isinstance(item, Post)]
    assert len(posts) == 7
    # Post 1 is lines 4-8; lines 9-12 repeat lines 5-8 and belong to no paragraph.
    assert [p.text for p in posts[0].paragraphs] == SEED.read_text(encoding="utf-8").splitlines()[3:8]
    assert posts[0].hashtags == ("RussiaSerbia",)
    assert sum(s.kind == "duplicate" for s in doc.segments) == 7
    assert sum(d.code == "duplicate.body" for d in doc.diagnostics) == 7


def test_seed_post_fields() -> None:
    posts = _posts(SEED)
    assert posts[0].forwarded_from == "Russian MFA 🇷🇺"
    assert posts[0].media == ("This media is not supported in your browser",)
    assert posts[5].links == ("Read in full",)  # printed "📄 Read in full"
    assert [t.label for t in posts[6].turns] == [
        "Sergey Lavrov", "Question", "Sergey Lavrov", "Question", "Sergey Lavrov"]


def test_indented_link_line_is_a_link() -> None:
    # A scraper that keeps the indentation of the post's last line: still the "Read in full" link.
    text = ("Forwarded from Russian MFA 🇷🇺\n🇷🇺🇸🇾 Sergey Lavrov met Bashar al-Assad.\n"
            " 📄 Read in full\n👍22💯3\n")
    doc = mfatext.parse(text, layout="telegram")
    (post,) = [item for item in doc.items if isinstance(item, Post)]
    assert post.links == ("Read in full",)
    assert [p.text for p in post.paragraphs] == ["🇷🇺🇸🇾 Sergey Lavrov met Bashar al-Assad."]
    assert [s.kind for s in doc.segments] == ["post-header", "paragraph", "link", "reactions"]


def test_blank_line_rendering_splits_at_a_line_without_blank() -> None:
    # telegram/010: the Honduras post follows the Guatemala post's last line directly.
    posts = _posts(CORPUS / "telegram/010.txt")
    assert posts[0].hashtags == ("IndependenceDay", "Guatemala")
    assert posts[1].paragraphs[0].text.startswith("On September 15, Honduras")


def test_headline_with_place_line_starts_a_post() -> None:
    # telegram/025: after a single blank line, "🎙 ... Raisina Dialogue" + "📍 New Delhi, March 3, 2023".
    posts = _posts(CORPUS / "telegram/025.txt")
    assert posts[0].paragraphs[-1].text.startswith("🕯 On June 30, 2020")
    assert posts[1].paragraphs[0].text.startswith("🎙 Foreign Minister Sergey Lavrov’s answers")
    assert posts[1].links == ("Read in full",)


def test_lines_that_go_on_do_not_end_a_post() -> None:
    # A poem (telegram/026 is about Poetry Day): its lines follow each other without blank lines, ending
    # with a word or a comma, inside a post whose paragraphs are blank-separated.
    text = ("21 марта - день вдохновения 🎂\n\nМы дети Галактики,\nно самое главное\nмы дети твои\n\n"
            "#ДеньПоэзии\n")
    parsed = layout.parse(text)
    assert len(parsed.items) == 1
    assert not any(d.code == "post.boundary" for d in parsed.diagnostics)


def test_emoji_only_line_does_not_end_a_post() -> None:
    # telegram/043: "☦️" then "Христос Воскресе!" close the greeting post.
    posts = _posts(CORPUS / "telegram/043.txt")
    assert [p.text for p in posts[1].paragraphs[-2:]] == ["☦️", "Христос Воскресе!"]
    assert posts[0].forwarded_from == "Kremlin. News"
    assert posts[2].hashtags == ("ПесниПобеды",)


def test_list_after_colon_stays_in_the_post() -> None:
    # telegram/040: "... including:" and "• ..." lines have no blank line between them.
    posts = _posts(CORPUS / "telegram/040.txt")
    assert len(posts) == 1
    assert posts[0].links == ("FULL LIST (41 individuals)",)


def test_reaction_lines_end_posts() -> None:
    # telegram/031: own post, reactions, then a forwarded post cut in "READ IN FU".
    posts = _posts(CORPUS / "telegram/031.txt")
    assert [(r.emoji, r.count) for r in posts[0].reactions] == [("👍", 22), ("💯", 3), ("👏", 2), ("🌚", 1)]
    assert posts[1].forwarded_from == "Russian MFA 🇷🇺"
    assert posts[1].links == ("Read in full",)
    # telegram/029: a bare count "20" closes post 1.
    doc = _doc(CORPUS / "telegram/029.txt")
    assert [s.kind for s in doc.segments if doc.text[s.span.start:s.span.end] == "20\n"] == ["reactions"]
    assert sum(isinstance(i, Post) for i in doc.items) == 2


def test_reply_quote_is_not_the_first_line() -> None:
    # telegram/011 and 035: "channel name + quoted text…" above the post.
    for name, first in [("011", "🎙 Foreign Minister Sergey Lavrov"), ("035", "🇷🇺🇿🇦 On September 11")]:
        doc = _doc(CORPUS / f"telegram/{name}.txt")
        assert isinstance(doc.items[0], Post)
        assert doc.items[0].paragraphs[0].text.startswith(first)
        assert any(d.code == "post.reply-quote" for d in doc.diagnostics)


def test_aggregator_signature_is_chrome() -> None:
    # telegram/008: "МИД России 🇷🇺" above the post names the channel; it is not the first line.
    posts = _posts(CORPUS / "telegram/008.txt")
    assert posts[0].paragraphs[0].text.startswith("Эдуард Попов награжден")


def test_embassy_folder_telegram_page() -> None:
    # corpus/embassy/034 is a Telegram page: own Russian post, then a forwarded English interview.
    doc = _doc(CORPUS / "embassy/034.txt")
    assert doc.layout == "telegram"
    posts = [i for i in doc.items if isinstance(i, Post)]
    assert [p.forwarded_from for p in posts] == [None, "Russian MFA 🇷🇺"]
    assert sum(d.code == "post.elision" for d in doc.diagnostics) == 2  # "<...>" twice, kept in the text


def test_republished_post_is_not_telegram() -> None:
    # telegram/017: news-pravda.com republishing a post: no Telegram chrome at all.
    doc = _doc(CORPUS / "telegram/017.txt")
    assert doc.layout == "plain"
    assert doc.items == ()


@pytest.mark.parametrize(("text", "claimed"), [
    ("Russian MFA 🇷🇺\n53.5K subscribers\n16.7K photos\n", True),  # the card's counts (telegram/010)
    ("Documents\n3 files\nThe treaty text is attached.\n", False),  # one count line: a page's attachments
    ("🇷🇺 🇺🇸 Comment by the Embassy\n\n🔹 We paid attention\n\n🔹 Parliamentarians\n", True),  # 002
    ("On August 14, Lavrov met Vulin\nOn August 14, Lavrov met Vulin.\n#RussiaSerbia\n", False),  # 017
])
def test_sniff_features(text: str, claimed: bool) -> None:
    assert (layout.sniff(text) >= 0.5) == claimed


def test_sniff_finds_a_duplicated_body() -> None:
    # telegram/032 has no chrome at all: only its body printed twice tells it is a Telegram rendering.
    text = (CORPUS / "telegram/032.txt").read_text(encoding="utf-8")
    assert layout.sniff(text) == 0.6


@pytest.mark.parametrize("folder", ["embassy", "mid"])
def test_sniff_leaves_other_pages_alone(folder: str) -> None:
    claimed = [path.name for path in sorted((CORPUS / folder).glob("*.txt"))
               if layout.sniff(decode(path.read_bytes())) >= 0.5]
    assert claimed == (["034.txt"] if folder == "embassy" else [])


LINES = [
    "Forwarded from Russian MFA 🇷🇺", "Media is too big", "VIEW IN TELEGRAM", "#RussiaSerbia", "Read in full",
    "👍22💯3", "20", "", "", "🤝 In the course of their exchange", "❓ Question: What are your expectations?",
    "💬 Sergey Lavrov: That is true.", "Russian MFA 🇷🇺", "quoted text…", "Download Telegram", "5 files",
    "☦️", "• item;", "including:", "<...>", "Please open Telegr", "\r", "plain text line",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=30), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_segments_partition_any_rendering(lines: list[str], eol: str, final_break: bool) -> None:
    """Whatever the lines, the segments cover the text exactly and every paragraph is one line of it."""
    text = eol.join(lines) + (eol if final_break else "")
    parsed = layout.parse(text)
    assert "".join(text[s.span.start:s.span.end] for s in parsed.segments) == text
    assert all(s.span.start < s.span.end for s in parsed.segments)
    for item in parsed.items:
        assert isinstance(item, Post)
        for para in item.paragraphs:
            assert text[para.span.start:para.span.end] == para.text
            assert "\n" not in para.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    parsed = layout.parse(text)
    assert "".join(text[s.span.start:s.span.end] for s in parsed.segments) == text
    assert 0.0 <= layout.sniff(text) <= 1.0


DOCS = Path(__file__).parent.parent / "docs" / "layouts" / "telegram.md"


@pytest.mark.parametrize(("name", "block"), [("004", 2), ("031", 3)])
def test_docs_output_is_current(name: str, block: int, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The listings in docs/layouts/telegram.md are what the documented snippet prints today."""
    page = DOCS.read_text(encoding="utf-8")
    snippet = page.split("```python\n", 1)[1].split("```", 1)[0]
    listing = page.split("```text\n")[block].split("```", 1)[0]
    monkeypatch.chdir(SHARED)
    monkeypatch.setattr("sys.argv", ["show", f"corpus/telegram/{name}.txt"])
    exec(compile(snippet, str(DOCS), "exec"), {"__name__": "docs"})  # our own docs page
    assert capsys.readouterr().out == listing


def test_plugin_kit(layout_check: Callable[..., None]) -> None:
    """mfatext.testing's checks and its hypothesis property, over the Telegram pages' own lines."""
    samples = [path.read_text(encoding="utf-8") for path in sorted((CORPUS / "telegram").glob("*.txt"))]
    layout_check(layout, [SEED.read_text(encoding="utf-8"), *samples], max_examples=150)


BODY_LINES = [
    *SEED.read_text(encoding="utf-8").splitlines()[3:8],
    "💬 Sergey Lavrov: We held candid and trust-based talks.", "❓ Question: What are your expectations?",
    "Read in full", "🇺🇳 Of particular importance is collective work at the UN. <...>",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(BODY_LINES), min_size=3, max_size=8, unique=True),
       st.integers(min_value=1, max_value=2))
def test_a_printed_twice_body_reads_like_the_body(body: list[str], skipped: int) -> None:
    """Forward header + body + the body again without its first lines parses like forward header + body,
    with the copy as one duplicate segment."""
    if len(body) - skipped < 2:
        return
    once = "Forwarded from Russian MFA 🇷🇺\n" + "\n".join(body) + "\n"
    twice = once + "\n".join(body[skipped:]) + "\n"
    a, b = layout.parse(once), layout.parse(twice)
    def texts(parsed: Parsed) -> list[list[str]]:
        return [[p.text for p in item.paragraphs] for item in parsed.items if isinstance(item, Post)]

    assert texts(b) == texts(a)
    assert [s.kind for s in b.segments][-1] == "duplicate"
    assert not any(s.kind == "duplicate" for s in a.segments)


def _sniff_line_by_line(text: str) -> float:
    """The sniffer as it was written before its C-speed searches: every test on every line of the head."""
    top = text[:4096].replace("\r\n", "\n").replace("\r", "\n")
    head = top.split("\n", 80)[:80]
    score, counts = 0.0, 0
    for line in head:
        if post.forward_header(line) or post.fixed_phrase(line):
            return 0.95
        counts += channel.count_line(line)
        if counts >= 2 or channel.terminator(line):
            score = max(score, 0.9)
        elif channel.page_title(line) or channel.chrome_line(line):
            score = max(score, 0.8)
        elif post.reaction_line(line):
            score = max(score, 0.7)
    emoji_led = sum(map(post.emoji_led, head))
    if emoji_led >= 3 or (emoji_led and telegram._repeated_pair(head)):
        score = max(score, 0.6)
    return score


# Every kind of line the sniffer scores, in odd cases and spacings (the fold words in other cases, a
# long line, Unicode spaces, the Kelvin sign and the long s, whose case folds are ASCII letters).
SNIFF_PIECES = [
    "Forwarded from Russian MFA 🇷🇺", "Переслано от МИД", "Forwarded from", "media is TOO big",
    "VIEW\u00a0IN TELEGRAM", "This MEDIA is not supported in your browser",
    "Please open Telegram to view this post", "Download Telegram", "ПОДПИСАТЬСЯ НА КАНАЛ", "加入频道",
    "Join Channel", "ſubſcribe to a channel", "Telegram Group Search", "Russian Embassy – Telegram",
    "53.5K subscribers", "3 files", "\u212a", "👍22💯3", "\u200d1", "20", "🤝 Met",
    "🔹 We paid attention to the statements of the minister.", "x" * 120 + " VIEW IN TELEGRAM", "\u3000",
    "  ", "", "\t#RussiaSerbia", "plain text line", "On August 14, Lavrov met Vulin in Belgrade to discuss.",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SNIFF_PIECES), max_size=40), st.sampled_from(["\n", "\r\n", "\r"]),
       st.sampled_from(["", " ", "\u00a0\u2028"]))
def test_sniff_matches_the_line_by_line_sniffer(lines: list[str], eol: str, pad: str) -> None:
    text = eol.join(pad + line + pad for line in lines)
    assert layout.sniff(text) == _sniff_line_by_line(text)


def test_sniff_matches_the_line_by_line_sniffer_on_every_page() -> None:
    pages = [path.read_text(encoding="utf-8") for path in sorted(SHARED.glob("*/**/*.txt"))]
    assert len(pages) > 80
    for text in pages:
        for variant in (text, text.upper(), text.casefold(), text[2000:]):
            assert layout.sniff(variant) == _sniff_line_by_line(variant)


def test_fold_words_cover_every_fixed_line() -> None:
    # The sniffer folds only the lines whose case fold holds one of these words.
    phrases = [*post.MEDIA_PLACEHOLDERS, post.VIEW_IN_TELEGRAM, *channel._TERMINATORS, *channel._CHROME]
    assert all(any(word in phrase.casefold() for word in telegram._FOLD_WORDS) for phrase in phrases)


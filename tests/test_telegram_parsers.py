"""The Telegram line recognisers, channel card and duplicated-body finder, on real corpus lines."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfatext.cursor import Lines
from mfatext.models import Reaction
from mfatext.parsers import post
from mfatext.parsers.channel import channel_header, count_line, page_title, terminator
from mfatext.parsers.duplicates import CopyFinder


@pytest.mark.parametrize(("line", "name"), [
    ("Forwarded from Russian MFA 🇷🇺", "Russian MFA 🇷🇺"),  # seed 002: the emoji is part of the name
    ("Forwarded from Kremlin. News", "Kremlin. News"),  # telegram/043: a non-MFA source, dot kept
    ("Forwarded from Российский культурный центр в США", "Российский культурный центр в США"),  # 005
    ("Forwarded from", None),  # no name: not a header
    ("He forwarded from London the letter", None),  # not at the start
])
def test_forward_header(line: str, name: str | None) -> None:
    assert post.forward_header(line) == name


@pytest.mark.parametrize(("line", "found"), [
    ("This media is not supported in your browser", "This media is not supported in your browser"),  # 002
    ("Media is too big", "Media is too big"),  # telegram/013
    ("MEDIA IS TOO BIG", "Media is too big"),  # case does not matter, the canonical form is kept
    ("Media is too big to describe here", None),  # only the whole line
])
def test_media_placeholder(line: str, found: str | None) -> None:
    assert post.media_placeholder(line) == found


def test_truncated_phrases() -> None:
    # telegram/013 ends in "Please open Telegr", telegram/031 in "READ IN FU".
    assert post.truncated_phrase("Please open Telegr", post.MEDIA_PLACEHOLDERS) == (
        "Please open Telegram to view this post")
    assert post.truncated_phrase("READ IN FU", post.LINK_PHRASES) == "Read in full"
    assert post.truncated_phrase("Rea", post.LINK_PHRASES) is None  # too short to tell
    assert post.truncated_phrase("Really", post.LINK_PHRASES) is None


@pytest.mark.parametrize(("line", "link"), [
    ("Read in full", "Read in full"),  # seed 002
    ("📄 Read in full", "Read in full"),  # seed 002, post 6: the emoji is not part of the label
    ("👉 READ IN FULL", "READ IN FULL"),  # as printed
    ("Watch in full", "Watch in full"),  # telegram/011
    ("📄 FULL LIST (41 individuals)", "FULL LIST (41 individuals)"),  # telegram/040
    ("🔗 Подробнее: https://bit.ly/2UwfR9", "https://bit.ly/2UwfR9"),  # telegram/028: the URL is the link
    ("https://www.mid.ru/en/foreign_policy/news/1817245/.", "https://www.mid.ru/en/foreign_policy/news/1817245/"),
    ("Read in full what the minister said yesterday", None),  # a sentence, not a link line
])
def test_link_line(line: str, link: str | None) -> None:
    assert post.link_line(line) == link


def test_reaction_line() -> None:
    # telegram/031: the reactions under the Zakharova post.
    assert post.reaction_line("👍22💯3👏2🌚1") == (
        Reaction(emoji="👍", count=22), Reaction(emoji="💯", count=3), Reaction(emoji="👏", count=2),
        Reaction(emoji="🌚", count=1))
    assert post.reaction_line("👍3") == (Reaction(emoji="👍", count=3),)  # telegram/038
    assert post.reaction_line("❤1.2K") == (Reaction(emoji="❤", count=1200),)
    assert post.reaction_line("8️⃣7️⃣2️⃣") is None  # keycap digits (telegram/013) start with a digit
    assert post.reaction_line("©2021") is None  # a copyright line is not a reaction
    assert post.reaction_line("👍 We agree 3") is None


def test_bare_count() -> None:
    assert post.bare_count("20") == 20  # telegram/029: the bare count closing post 1
    assert post.bare_count("1.5K") == 1500
    assert post.bare_count("20 years") is None


def test_hashtags() -> None:
    # telegram/010: inline hashtags count; telegram/037: several on one line.
    assert [t for t, _, _ in post.hashtags_in("On September 15, Guatemala marks #IndependenceDay")] == [
        "IndependenceDay"]
    assert [t for t, _, _ in post.hashtags_in("#Europe #EU #Germany")] == ["Europe", "EU", "Germany"]
    assert [t for t, _, _ in post.hashtags_in("see https://x.com/a#b and #Лавров")] == ["Лавров"]
    assert post.hashtag_line("#Лавров #ДеньРождения #ДеньПоэзии #Дипломатия")  # telegram/026
    assert not post.hashtag_line("#G20 summit in Johannesburg")


def test_elisions_and_urls() -> None:
    line = "We are glad to see you. <...> Their direction is set by regular contacts. <…>"  # seed 002
    assert [line[a:b] for a, b in post.elisions_in(line)] == ["<...>", "<…>"]
    assert [u for u, _, _ in post.urls_in("🌐 Сайт: https://www.mid.ru.")] == ["https://www.mid.ru"]


def test_reply_quote() -> None:
    # telegram/011: the quoted message above the post.
    quoted = "📺 WATCH: Complete video ... 🔹 Future world order: Western hegemony or democratic…"
    assert post.reply_quote("Russian MFA 🇷🇺", quoted)
    assert not post.reply_quote("Russian MFA 🇷🇺", "🎙 Foreign Minister Sergey Lavrov’s news conference")
    assert not post.reply_quote("They met in Moscow.", quoted)  # a sentence is not a channel name
    assert not post.reply_quote("🎙 Interview", quoted)  # an emoji-led headline is not a channel name
    assert not post.reply_quote("Russian MFA 🇷🇺", "Short teaser…")  # too short to be a cut quote


def test_place_line() -> None:
    assert post.place_line("📍 New Delhi, March 3, 2023")  # telegram/025, under the Raisina headline
    assert post.place_line("📍 Москва, 3 марта 2023 года")
    assert not post.place_line("📍 Venue: the embassy")  # no date: not the headline's place line


_LINE_PIECES = ["🤝", "🇷🇺", "\ufe0f", " ", "\u00a0", "\t", "\r", "\u2028", "x", "1", "#", "☦️", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=20).map("".join))
def test_count_emoji_led_matches_emoji_led(block: str) -> None:
    # The sniffer counts a block's emoji-led lines in one search instead of one emoji_led() per line.
    assert post.count_emoji_led(block) == sum(map(post.emoji_led, block.split("\n")))


def test_line_shapes() -> None:
    assert post.emoji_led("🤝 In the course of their exchange of opinions")  # seed 002
    assert post.emoji_led("🇷🇺🇷🇸 On September 23")
    assert not post.emoji_led("\ufe0f Both Officials underscored")  # telegram/017: an orphan selector
    assert post.decoration_line("☦️")  # telegram/043: belongs to "Христос Воскресе!" below it
    assert not post.decoration_line("☦️ Христос Воскресе!")
    assert post.bullet_led("• around 138,000 residential buildings;")  # telegram/040
    assert not post.bullet_led("8️⃣0️⃣th anniversary")


CORPUS_LINES = [
    "Forwarded from Russian MFA 🇷🇺", "Media is too big", "VIEW IN TELEGRAM", "#Victory81", "Read in full",
    "📄 Read in full", "👉 READ IN FULL", "🔗 Подробнее: https://bit.ly/2UwfR9", "👍22💯3👏2🌚1", "20",
    "📄 FULL LIST (41 individuals)", "https://www.mid.ru", "  #Europe #EU", "🤝 In the course of their",
]
ALPHABET = list("#ab 1:/📄👍🤝FRVwh.…")


_PADS = st.sampled_from(["", " ", "  ", "\u00a0", "\t "])


@settings(max_examples=200)
@given(st.one_of(st.sampled_from(CORPUS_LINES), st.text(alphabet=st.sampled_from(ALPHABET)),
                 st.builds(lambda a, line, b: a + line + b, _PADS, st.sampled_from(CORPUS_LINES), _PADS)))
def test_maybe_special_is_a_superset(line: str) -> None:
    """Whenever a recogniser matches a line, the cheap pre-test lets the line through."""
    recognised = (post.forward_header(line) or post.media_placeholder(line) or post.view_in_telegram(line)
                  or post.hashtag_line(line) or post.link_line(line) or post.reaction_line(line)
                  or post.bare_count(line) is not None)
    if recognised:
        assert post.maybe_special(line)


def test_indented_link_line_passes_the_pre_test() -> None:
    # An indented "📄 Read in full" is a link line (link_line strips it); the pre-test once let only
    # unindented ones through, so the layout took the indented line for a paragraph.
    assert post.link_line(" 📄 Read in full") == "Read in full"
    assert post.maybe_special(" 📄 Read in full")
    assert post.maybe_special("\u00a0👉 READ IN FULL")
    assert not post.maybe_special(" 📄 Some text")


@settings(max_examples=200)
@given(st.sampled_from([*post.MEDIA_PLACEHOLDERS, post.VIEW_IN_TELEGRAM, "Forwarded from Russian MFA"]),
       st.lists(st.tuples(st.integers(0, 60), st.sampled_from(["\u017f", "\u212a", "\u00a0", "  ", "S"]))),
       st.sampled_from([str, str.upper, str.lower, str.casefold]), st.sampled_from(["", " ", "\t\u3000"]))
def test_maybe_special_holds_for_every_fixed_phrase(phrase: str, edits: list[tuple[int, str]],
                                                    case: Callable[[str], str], pad: str) -> None:
    # The layout's body tests forward_header and fixed_phrase only on the lines maybe_special lets through:
    # in any case and spacing, also with the letters whose case fold is an ASCII one (long s, Kelvin sign).
    line = case(phrase)
    for at, piece in edits:
        line = line[:at] + piece + line[at + 1:]
    line = pad + line + pad
    if post.fixed_phrase(line) or post.forward_header(line):
        assert post.maybe_special(line)


def test_channel_card_with_terminator() -> None:
    # telegram/029: page title, card, "Download Telegram"; the card's title signs posts.
    text = ("Russian Embassy to the UK – Telegram\nRussian Embassy to the UK\n3.45K subscribers\n"
            "2.29K photos\nOfficial Telegram channel of the Russian Embassy to the United Kingdom\n\n"
            "Download Telegram\n"
            "Forwarded from Russian MFA 🇷🇺\n")
    found = channel_header(Lines(text), 0)
    assert found is not None
    card, j = found
    assert (card.title, card.guessed, j) == ("Russian Embassy to the UK", False, 7)


def test_channel_card_ends_at_forward_header() -> None:
    # telegram/022: no "Download Telegram"; the forward header ends the card.
    text = ("Embassy of Russia in the USA / Посольство России в США\n7.12K subscribers\n689 videos\n"
            "Официальный новостной канал Посольства России в США\n"
            "Forwarded from Russian MFA 🇷🇺\n⚡️ President\n")
    found = channel_header(Lines(text), 0)
    assert found is not None
    assert found[1] == 4


def test_reduced_channel_card_is_a_guess() -> None:
    # telegram/025: title and description only.
    text = ("Embassy of Russia in the USA / Посольство России в США\n"
            "Официальный новостной канал Посольства России в США.\n🗓 Today marks the 8️⃣0️⃣th anniversary\n")
    found = channel_header(Lines(text), 0)
    assert found is not None
    assert found[0].guessed
    assert found[1] == 2


def test_no_card_before_a_plain_post() -> None:
    # telegram/032 starts with the post itself.
    text = ("🗓 On 24 May, Russia and many other countries mark the Day of Slavic Writing and Culture — "
            "a solemn tribute to the origins of an alphabet.\n"
            "The date coincides with the feast of Saints Cyril.\n")
    assert channel_header(Lines(text), 0) is None


def test_card_lines() -> None:
    assert count_line("53.5K subscribers")
    assert count_line("1 file")
    assert not count_line("53 reasons")
    assert terminator("Download Telegram")
    assert terminator("加入频道")
    assert page_title("Russian Embassy, Sweden – Telegram")
    assert not page_title("Telegram")


def _copy_of(lines: list[str]) -> tuple[int, int, int, bool] | None:
    """Feed ``lines`` as one body; the first copy found as (start, end, skipped, truncated)."""
    text = "\n".join(lines)
    cursor = Lines(text)
    finder = CopyFinder(list(cursor))
    finder.start(0)
    for i in range(1, len(cursor)):
        if cursor.blank(i):
            continue
        if (copy := finder.feed(i)) is not None:
            return copy.start, copy.end, copy.skipped, copy.truncated
    return None


def test_duplicate_body_without_first_line() -> None:
    # seed 002, post 1 (shortened): body lines 2..n printed again.
    body = ["🇷🇺🇷🇸 On September 23, Lavrov had a meeting", "🤝 In the course of their exchange",
            "❗️ Russia and Serbia hold identical positions", "#RussiaSerbia"]
    assert _copy_of([*body, *body[1:]]) == (4, 7, 1, False)


def test_duplicate_body_cut_short() -> None:
    # telegram/001: the copy runs into the end of the excerpt, its last line cut mid-word.
    body = ["⚡️ Statement by the SCO", "The SCO expresses serious concern", "In this regard, the SCO conveys",
            "The SCO notes that unilateral sanction measures", "The SCO opposes interference"]
    assert _copy_of([*body, body[1], body[2], "The SCO no"]) == (5, 8, 1, True)


def test_blank_line_paragraphs_are_not_a_copy() -> None:
    # telegram/002: blank-separated paragraphs, nothing repeated.
    lines = ["🇷🇺 🇺🇸 Comment by the Embassy", "", "🔹 We paid attention", "", "🔹 Parliamentarians", "",
             "🔹 We proceed from the fact"]
    assert _copy_of(lines) is None


def test_a_single_repeated_line_is_not_a_copy() -> None:
    assert _copy_of(["Title", "Read in full", "Body", "Read in full"]) is None


@settings(max_examples=150)
@given(st.lists(st.text(alphabet="abcdef ", min_size=1, max_size=6).filter(str.strip), min_size=3,
                max_size=12, unique_by=str.rstrip), st.integers(min_value=1, max_value=3))
def test_any_body_copy_is_found(body: list[str], skipped: int) -> None:
    """A body of distinct lines (trailing spaces aside) followed by its lines ``skipped+1..n`` is found as a
    copy."""
    if len(body) - skipped < 2:
        return
    found = _copy_of([*body, *body[skipped:]])
    assert found == (len(body), len(body) * 2 - skipped, skipped, False)


def test_link_label_with_colon_and_no_url() -> None:
    assert post.link_line("🔗 Подробнее:") == "Подробнее"  # telegram/028 without its URL


@pytest.mark.parametrize("line", [
    "Forwarded from a" + "\u00a0" * 20000 + "b",  # NBSP runs are common in these pages
    "Read in full" + "\u00a0" * 20000 + ":" + "\u00a0" * 20000 + "x",
    "📄" + "\u00a0" * 20000 + "https://x.y" + "\u00a0" * 20000 + "z",
])
def test_recognisers_stay_linear_on_space_runs(line: str) -> None:
    """No recogniser backtracks quadratically: each of these would take seconds if one did."""
    import time

    began = time.process_time()
    for recognise in (post.forward_header, post.link_line, post.hashtag_line, post.reaction_line,
                      post.maybe_special, post.place_line):
        recognise(line)
    assert time.process_time() - began < 0.5


# --- the fast paths decide exactly as the plain rules (speed round 3) ---

_OLD_MAYBE_SPECIAL = re.compile(
    r"\s*(?:Forwarded\s+from|Переслано\s+от|(?i:this\s+media|media\s+is|please\s+open|view\s+in)|#|\d"
    r"|(?:[^\w\s\x00-\u218f]|\u200d)+\d)"
    r"|\s*[^\w\s]*\s*(?i:read|watch|listen|full|подробнее|читать|смотреть|полный|https?://|www\.)"
)
_HEAD_WORDS = ["Forwarded from", "Переслано от", "this media", "MEDIA IS", "Please open", "view in", "read",
               "WATCH", "listen", "Full", "подробнее", "ЧИТАТЬ", "смотреть", "полный", "https://", "www."]


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("aAfFtTsſıİKk#1٣ \u00a0\t📄👍•-_.:/ОоПпСсᲃ"))),
       st.sampled_from(["", *_HEAD_WORDS]), st.text(alphabet=st.sampled_from(list("ab 1📄"))))
def test_maybe_special_lookaheads_change_nothing(head: str, word: str, tail: str) -> None:
    """The first-letter lookaheads skip only words that cannot match (long s, U+1C83 included)."""
    line = head + word + tail
    assert post.maybe_special(line) == (_OLD_MAYBE_SPECIAL.match(line) is not None)


def test_hashtags_outside_words_and_urls() -> None:
    # The lookbehind after "#": a tag inside a word, a URL or after "#" is no hashtag.
    text = "#Russia x#no https://t.me/#no &#38; ##no\n#Да #Victory81"
    assert [tag for tag, _, _ in post.hashtags_in(text)] == ["Russia", "Да", "Victory81"]
    assert [(a, b) for _, a, b in post.hashtags_in("#A #B")] == [(0, 2), (3, 5)]


@pytest.mark.parametrize(("lines", "expected"), [
    # A terminator in another case and with NBSP is found by the case-insensitive search, then folded.
    (["Channel", "3 files", "DOWNLOAD\u00a0TELEGRAM", "Forwarded from X"], ("Channel", 3)),
    # "Subſcribe" folds to "subscribe": the search must not miss it.
    (["Channel", "Subſcribe to a channel", "text"], ("Channel", 2)),
    # The post signal before the terminator wins; the counts above it make the card.
    (["Channel", "12 photos", "Forwarded from X", "Download Telegram"], ("Channel", 2)),
    # A post signal without counts above it: no card.
    (["Channel", "Forwarded from X", "Download Telegram"], None),
])
def test_channel_card_end(lines: list[str], expected: tuple[str, int] | None) -> None:
    found = channel_header(lines, 0)
    assert (None if found is None else (found[0].title, found[1])) == expected


@pytest.mark.parametrize("line", ["VIEW IN TELEGRAM", " view\u00a0in  telegram ", "Media is too big",
                                  "MEDIA\u00a0IS TOO BIG", "Please open Telegram to view this post",
                                  "This media is not supported in your browser", "Media is too", "text", ""])
def test_fixed_phrase_is_view_in_telegram_or_a_placeholder(line: str) -> None:
    # One fold answers both questions the layout asks of a line that may open a post.
    phrase = post.fixed_phrase(line)
    assert (phrase == post.VIEW_IN_TELEGRAM) == post.view_in_telegram(line)
    assert (phrase if phrase != post.VIEW_IN_TELEGRAM else None) == post.media_placeholder(line)


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("1234567890.,Kk👍💯\u200d© a№")), max_size=40))
def test_count_and_reaction_shortcuts_change_nothing(line: str) -> None:
    """The first-character and length tests before the regexes only skip lines the regexes refuse."""
    s = line.strip()
    assert (post.bare_count(line) is not None) == (post._COUNT.fullmatch(s) is not None)
    assert (post.reaction_line(line) is not None) == (post._REACTIONS.fullmatch(s) is not None)

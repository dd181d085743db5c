"""Decoding real page bytes: BOMs, UTF-8, cp1251, line breaks, NBSP; binary input names its byte offset."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mfatext
from mfatext.decode import decode, decode_bytes, read_path
from mfatext.errors import DecodeError

from .conftest import CORPUS_DIR, SEEDS_DIR

SEED = (SEEDS_DIR / "001_f22195f936221375.txt").read_text(encoding="utf-8")
# A Russian Telegram excerpt with no emoji, so every character exists in cp1251 (checked in a test below).
RUSSIAN_FILE = CORPUS_DIR / "telegram" / "005.txt"
needs_corpus = pytest.mark.skipif(not RUSSIAN_FILE.exists(), reason="../shared/corpus is absent")

BOM_ENCODINGS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
]


@pytest.mark.parametrize(("bom", "encoding"), BOM_ENCODINGS)
def test_seed_with_bom(bom: bytes, encoding: str) -> None:
    # A page saved by a Windows editor: BOM + the encoding; the BOM is not part of the text.
    got = decode_bytes(bom + SEED.encode(encoding))
    assert got == SEED
    assert got.encoding == encoding


def test_plain_utf8_seed_keeps_nbsp_and_spaces() -> None:
    raw = (SEEDS_DIR / "001_f22195f936221375.txt").read_bytes()
    assert decode(raw) == raw.decode("utf-8")
    assert "\u00a0" in SEED or "  " in SEED  # the seed's odd spacing survives as is


@needs_corpus
def test_russian_page_in_cp1251() -> None:
    text = RUSSIAN_FILE.read_text(encoding="utf-8")
    got = decode_bytes(text.encode("cp1251"))
    assert got == text
    assert got.encoding == "cp1251"
    assert mfatext.parse(text.encode("cp1251")).language == "ru"


@needs_corpus
@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_russian_page_in_utf16_32_with_bom(encoding: str) -> None:
    text = RUSSIAN_FILE.read_text(encoding="utf-8")
    assert decode_bytes(text.encode(encoding)) == text  # Python's utf-16/32 codecs write a BOM


def test_crlf_and_cr_line_breaks_are_kept_and_split() -> None:
    # Line breaks are kept byte for byte; the line cursor treats all three as breaks.
    crlf = SEED.replace("\n", "\r\n")
    cr = SEED.replace("\n", "\r")
    assert decode(crlf.encode()) == crlf
    doc_lf, doc_crlf, doc_cr = mfatext.parse(SEED), mfatext.parse(crlf.encode()), mfatext.parse(cr.encode())
    assert doc_crlf.text == crlf
    assert [s.kind for s in doc_lf.segments] == [s.kind for s in doc_crlf.segments] == [
        s.kind for s in doc_cr.segments
    ]


def test_declared_encoding_is_tried() -> None:
    html = '<meta charset="koi8-r">\nПривет'.encode("koi8_r")
    assert decode_bytes(html).encoding == "koi8-r"


def test_caller_encoding_is_tried_before_cp1251() -> None:
    raw = "Ça va, São Paulo".encode("latin-1")
    assert decode_bytes(raw, encoding="latin-1") == "Ça va, São Paulo"


def test_binary_names_the_byte_offset() -> None:
    with pytest.raises(DecodeError) as exc:
        decode_bytes(b"4 December 2021\n\x00\x01PK")
    assert exc.value.offset == 16
    assert "byte offset 16" in str(exc.value)


def test_undecodable_names_the_first_bad_byte() -> None:
    # Latin-1 accents are not cp1251 letters, so nothing decodes this: the first bad UTF-8 byte is named.
    with pytest.raises(DecodeError) as exc:
        decode_bytes(b"abc \xe9 def \x80\x81\x82")
    assert exc.value.offset == 4


def test_bad_utf16_after_bom() -> None:
    with pytest.raises(DecodeError, match="utf-16-le") as exc:
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone high surrogate
    assert exc.value.offset == 2


def test_str_is_returned_unchanged_and_paths_are_read() -> None:
    assert decode("as is\r\n") == "as is\r\n"
    assert read_path(SEEDS_DIR / "001_f22195f936221375.txt") == SEED
    with pytest.raises(TypeError):
        decode(12)  # type: ignore[arg-type]


@given(st.binary(max_size=300))
def test_arbitrary_bytes_decode_or_raise_decode_error(data: bytes) -> None:
    offset = None
    try:
        decode_bytes(data)
    except DecodeError as exc:
        offset = exc.offset
    assert offset is None or 0 <= offset <= len(data)


@pytest.mark.parametrize(
    "data",
    [
        b"Copyright \xa9 2021 \x93quoted\x94",
        b"20\xb0 \x96 fine \xb1 1 \x99",
        b"\x84low quote\x93 and \x8bangle\x9b",
    ],
)
def test_english_windows_code_page_punctuation_decodes(data: bytes) -> None:
    # Every byte here means the same in cp1251 and cp1252: nothing says the text is not Russian cp1251.
    assert decode_bytes(data) == data.decode("cp1252")

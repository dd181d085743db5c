"""Bytes to text, without silently losing a byte.

Order of trust: a byte-order mark (UTF-32, UTF-8, UTF-16), then strict UTF-8, then a code page the document
declares (``<meta charset=...>``, ``encoding="..."``) or the caller names, then cp1251, the legacy code page
of Russian pages, but only when the bytes look like cp1251 text. Input that is binary (NUL or other
control bytes) or that no candidate decodes raises :class:`~mfatext.errors.DecodeError` naming the byte
offset. Line endings and NBSPs are kept exactly as they are.
"""

from __future__ import annotations

import codecs
import os
import re

from .errors import DecodeError

__all__ = ["Decoded", "decode", "decode_bytes", "read_path"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC-free ranges are allowed).
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_HIGH = re.compile(rb"[\x80-\xff]")
_CP1251_LETTER = re.compile(rb"[\xa8\xb8\xc0-\xff]")
# Bytes that decode to the same character in cp1251 and cp1252 (typographic quotes, dashes, NBSP, ©, °,
# ±, ...): they say nothing about the script. Worked out from the two code pages, not listed by hand.
_SHARED = bytes(
    b for b in range(0x80, 0x100)
    if bytes([b]).decode("cp1251", "replace") == bytes([b]).decode("cp1252", "replace") != "\ufffd"
)
_NEUTRAL = re.compile(b"[" + b"".join(re.escape(bytes([b])) for b in _SHARED) + b"]")
_LEGACY = "cp1251"


class Decoded(str):
    """A decoded text that remembers the ``encoding`` it was decoded from."""

    encoding: str

    def __new__(cls, text: str, encoding: str) -> Decoded:
        obj = super().__new__(cls, text)
        obj.encoding = encoding
        return obj

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        # Pickling (parse_files(jobs=N) sends Documents between processes) must rebuild the encoding too.
        return (str(self), self.encoding)


def _check_binary(data: bytes, offset: int = 0) -> None:
    found = _BINARY.search(data, offset)
    if found is not None:
        raise DecodeError(
            f"binary data: control byte 0x{data[found.start()]:02x} does not occur in text",
            offset=found.start(),
        )


def _declared_encoding(data: bytes) -> str | None:
    found = _DECLARED.search(data, 0, 4096)
    if found is None:
        return None
    name = found.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_like_cp1251(data: bytes) -> bool:
    """Russian text in cp1251 has its high bytes mostly in the letter range (0xC0-0xFF, Ё/ё).

    Bytes that mean the same in cp1251 and cp1252 (typographic quotes, dashes, NBSP, ©, ° ...) say
    nothing about the script, so they are left out of the count; a text whose only high bytes are such
    punctuation (an English page saved in a Windows code page) decodes the same either way.
    """
    high = len(_HIGH.findall(data)) - len(_NEUTRAL.findall(data))
    return high == 0 or len(_CP1251_LETTER.findall(data)) >= 0.7 * high


def decode_bytes(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode ``data`` following the module's order of trust; ``encoding`` is tried before cp1251."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name), name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {name} after its byte-order mark", offset=len(bom) + exc.start,
                                  encoding=name) from exc
    _check_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    for name in dict.fromkeys(n for n in (encoding, _declared_encoding(data)) if n):
        try:
            return Decoded(data.decode(name), name)
        except (UnicodeDecodeError, LookupError):
            continue
    if _looks_like_cp1251(data):
        try:
            return Decoded(data.decode(_LEGACY), _LEGACY)
        except UnicodeDecodeError as exc:
            raise DecodeError("neither UTF-8 nor cp1251", offset=exc.start) from exc
    raise DecodeError(
        "not UTF-8, and the bytes do not look like a legacy Cyrillic code page",
        offset=utf8_error.start,
        encoding="utf-8",
    ) from utf8_error


def read_path(path: str | os.PathLike[str], *, encoding: str | None = None) -> Decoded:
    """Read and decode a file. ``OSError`` (missing file, permissions) propagates unchanged."""
    # open(), not Path(path).read_bytes(): pathlib interns every path component, so a run over many
    # files would grow the interpreter's table of interned strings with each new file name.
    with open(path, "rb") as handle:
        return decode_bytes(handle.read(), encoding=encoding)


def decode(data: str | bytes | bytearray | memoryview | os.PathLike[str], *,
           encoding: str | None = None) -> str:
    """Turn ``data`` into text: bytes are decoded, a path is read and decoded, a ``str`` is returned as is
    but for a leading byte-order mark (U+FEFF), which is dropped as it is for bytes: it is what
    ``open(path, encoding="utf-8")`` leaves at the start of a file saved with a BOM, not page text."""
    if isinstance(data, str):
        return data[1:] if data.startswith("\ufeff") else data
    if isinstance(data, bytes | bytearray | memoryview):
        return decode_bytes(bytes(data), encoding=encoding)
    if isinstance(data, os.PathLike):
        return read_path(data, encoding=encoding)
    raise TypeError(f"expected str, bytes or a path, got {type(data).__name__}")

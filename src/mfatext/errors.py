"""The exceptions mfatext raises.

Every error a user can meet derives from :class:`MfatextError`, so ``except mfatext.errors.MfatextError``
catches all of them. Bad input never raises anything else: a layout that cannot make sense of a stretch
emits an ``unknown`` segment and a diagnostic instead of failing the whole document.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ContractError", "DecodeError", "LayoutError", "MfatextError", "ParseError"]


def _rebuild(cls: type[MfatextError], args: tuple[Any, ...], state: dict[str, Any]) -> MfatextError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class MfatextError(Exception):
    """Base class of every error raised by mfatext."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle (parse_files(jobs=N) sends errors between processes) would call __init__ with the
        # message only, which fails for the keyword-only arguments below: rebuild without __init__.
        return _rebuild, (type(self), self.args, dict(self.__dict__))


class DecodeError(MfatextError):
    """The input bytes are not text in any encoding mfatext accepts.

    ``offset`` is the byte offset of the first byte that could not be decoded (or that marks the input as
    binary, such as a NUL byte).
    """

    def __init__(self, message: str, *, offset: int, encoding: str | None = None) -> None:
        super().__init__(f"{message} (byte offset {offset})")
        self.offset = offset
        self.encoding = encoding


class LayoutError(MfatextError):
    """A layout name was asked for that no installed layout has, or a layout failed to load."""

    def __init__(self, message: str, *, known: tuple[str, ...] = ()) -> None:
        if known:
            message = f"{message}; known layouts: {', '.join(known)}"
        super().__init__(message)
        self.known = known


class ParseError(MfatextError):
    """A layout could not parse the text.

    Carries the character ``span`` where it happened and derives the 1-based ``line`` and ``column``
    from it, as tomli does.
    """

    def __init__(self, message: str, *, text: str, start: int, end: int | None = None) -> None:
        start = max(0, min(start, len(text)))
        self.start = start
        self.end = start if end is None else max(start, min(end, len(text)))
        self.line = text.count("\n", 0, start) + 1
        self.column = start - (text.rfind("\n", 0, start) + 1) + 1
        super().__init__(f"{message} (line {self.line}, column {self.column})")
        self.message = message


class ContractError(MfatextError):
    """A layout broke the plugin contract: its segments do not partition the text, or its result has the
    wrong type. This is a bug in the layout, never a property of the input."""

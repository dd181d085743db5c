"""The entry points of the library: parse text, bytes or files into Documents."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from ._pool import ordered_map
from .decode import decode, read_path
from .errors import MfatextError
from .models import Document
from .registry import parse_text

__all__ = ["ErrorHandler", "parse", "parse_file", "parse_files"]

ErrorHandler = Callable[[str, Exception], None]
"""Called as ``on_error(path, exc)`` for a file that could not be read, decoded or parsed."""


def parse(data: str | bytes | bytearray | memoryview, *, layout: str | None = None,
          source: str | None = None, encoding: str | None = None) -> Document:
    """Parse a page's text (or its bytes, which are decoded first) into a :class:`~mfatext.models.Document`.

    ``layout`` names the layout to use and skips detection; ``source`` is recorded in the document;
    ``encoding`` is tried for bytes that are not UTF-8 before the cp1251 fallback.

    Raises :class:`~mfatext.errors.DecodeError` for bytes that are not text and
    :class:`~mfatext.errors.LayoutError` for an unknown layout name.
    """
    return parse_text(decode(data, encoding=encoding), layout=layout, source=source)


def parse_file(path: str | os.PathLike[str], *, layout: str | None = None,
               encoding: str | None = None) -> Document:
    """Read, decode and parse one file; the document's ``source`` is the path as given.

    ``OSError`` (a missing file, say) propagates unchanged.
    """
    return parse_text(read_path(path, encoding=encoding), layout=layout, source=os.fspath(path))


def _parse_one(path: str, layout: str | None) -> tuple[str, Document | Exception]:
    try:
        return path, parse_file(path, layout=layout)
    except (MfatextError, OSError) as exc:
        return path, exc


def parse_files(paths: Iterable[str | os.PathLike[str]], *, layout: str | None = None, jobs: int = 1,
                on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """Parse many files, yielding Documents in input order as they are ready.

    Memory stays flat: ``paths`` is consumed lazily and at most a few documents per worker are in flight.
    With ``jobs > 1`` the files are parsed in that many processes. A file that fails raises its error,
    unless ``on_error`` is given: then it is called with the path and the error, and the run goes on.
    """
    def deliver(path: str, result: Document | Exception) -> Iterator[Document]:
        if isinstance(result, Document):
            yield result
        elif on_error is None:
            raise result
        else:
            on_error(path, result)

    names = (os.fspath(p) for p in paths)
    for name, result in ordered_map(partial(_parse_one, layout=layout), names, jobs):
        yield from deliver(name, result)

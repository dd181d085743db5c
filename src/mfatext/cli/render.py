"""Documents rendered where they are parsed: each file becomes its piece of output (a string, or records
for Parquet) and a small summary, in the process that parsed it.

With ``--jobs N`` only these pieces travel back to the writing process, not the Documents: pickling a
Document (thousands of small attrs objects) costs about a third of parsing it, a string almost nothing,
so the writer keeps up with the workers. With one job the very same functions run in-process, so the
bytes written cannot depend on ``--jobs``.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any, NamedTuple

from mfatext._pool import ordered_map
from mfatext.api import parse, parse_file
from mfatext.convert import to_dict
from mfatext.errors import MfatextError
from mfatext.export import record, tei_corpus_member, tei_document, write_csv
from mfatext.models import Document

from .output import pretty_json

__all__ = ["Piece", "Spec", "render_files", "render_stdin"]

CHUNK = 8
"""Files per task sent to a worker: fewer round trips, still a small window in flight."""


class Spec(NamedTuple):
    """What to render: the ``parse`` options that shape each document's piece of output."""

    fmt: str  # json, jsonl, csv, tei, parquet, or "" for counts only (stats)
    single: bool
    with_text: bool
    layout: str | None


class Piece(NamedTuple):
    """One file's outcome: its output (str, or a list of records for Parquet) and its counts, or the
    error that stopped it."""

    path: str
    output: Any
    layout: str
    kinds: tuple[str, ...]
    codes: tuple[str, ...]
    error: Exception | None = None


def _csv_rows(doc: Document) -> str:
    buffer = io.StringIO(newline="")
    write_csv((record(doc, i, item) for i, item in enumerate(doc.items)), buffer, header=False)
    return buffer.getvalue()


def _output(doc: Document, spec: Spec) -> Any:
    if spec.fmt == "json":
        text = pretty_json(to_dict(doc, with_text=spec.with_text))
        return text + "\n" if spec.single else text
    if spec.fmt == "jsonl":
        return "".join(json.dumps(record(doc, i, item), ensure_ascii=False) + "\n"
                       for i, item in enumerate(doc.items))
    if spec.fmt == "csv":
        return _csv_rows(doc)
    if spec.fmt == "tei":
        return tei_document(doc) if spec.single else tei_corpus_member(doc)
    if spec.fmt == "parquet":
        return [record(doc, i, item) for i, item in enumerate(doc.items)]
    return None


def render(doc: Document, spec: Spec, path: str) -> Piece:
    """The piece of ``doc``."""
    return Piece(path, _output(doc, spec), doc.layout, tuple(item.kind for item in doc.items),
                 tuple(d.code for d in doc.diagnostics))


def _failed(path: str, exc: Exception) -> Piece:
    return Piece(path, None, "", (), (), exc)


def _render_paths(paths: list[str], spec: Spec) -> list[Piece]:
    pieces = []
    for path in paths:
        try:
            pieces.append(render(parse_file(path, layout=spec.layout), spec, path))
        except (MfatextError, OSError) as exc:
            pieces.append(_failed(path, exc))
    return pieces


def render_stdin(data: bytes | str, spec: Spec, path: str) -> Piece:
    """The piece of standard input's text (parsed in this process)."""
    try:
        return render(parse(data, layout=spec.layout, source=path), spec, path)
    except MfatextError as exc:
        return _failed(path, exc)


def _chunks(paths: Iterable[str]) -> Iterator[list[str]]:
    chunk: list[str] = []
    for path in paths:
        chunk.append(path)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def render_files(paths: Iterable[str], spec: Spec, jobs: int = 1) -> Iterator[Piece]:
    """The pieces of ``paths``, in input order, rendered in ``jobs`` processes. ``paths`` is consumed
    lazily and at most ``4 * jobs`` chunks of :data:`CHUNK` files are in flight, so memory stays flat."""
    for pieces in ordered_map(partial(_render_paths, spec=spec), _chunks(paths), jobs):
        yield from pieces

"""Writing the ``parse`` output: the formats, and files that appear complete or not at all.

The writers consume the rendered pieces lazily, so output streams: a JSON array, JSON Lines, CSV, a TEI
corpus and Parquet row groups are written as documents are parsed, and memory does not grow with the
number of files.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Iterator
from typing import IO, Any, TextIO

from mfatext.export import TEI_CORPUS_END, tei_corpus_start, write_csv

__all__ = ["FORMATS", "STDIN", "atomic_binary", "atomic_text", "is_terminal", "pretty_json", "write_pieces"]

STDIN = "-"
"""The path that names standard input on the command line (``mfatext parse -``)."""
FORMATS = ("json", "jsonl", "csv", "tei", "parquet")
"""The values of ``--format``: JSON (one document or an array), JSON Lines, CSV, TEI XML and Parquet."""


def pretty_json(value: Any, indent: str = "") -> str:
    """JSON indented by two spaces per level, but with lists of scalars (spans, ids) kept on one line,
    so a document reads like the JSON form in the docs."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        body = ",\n".join(f"{inner}{json.dumps(k, ensure_ascii=False)}: {pretty_json(v, inner)}"
                          for k, v in value.items())
        return "{\n" + body + "\n" + indent + "}"
    if isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
        return "[\n" + ",\n".join(inner + pretty_json(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False)


def write_pieces(fmt: str, outputs: Iterator[str], out: TextIO, *, single: bool) -> None:
    """Write the rendered pieces (:mod:`mfatext.cli.render`) of the text format ``fmt`` to ``out``,
    with what goes around them: the JSON array's brackets and commas (unless ``single``), the CSV
    header, the ``<teiCorpus>`` (unless ``single``)."""
    if fmt == "json" and not single:
        # Streamed array: documents are written as they come, never all held in memory.
        out.write("[")
        for n, piece in enumerate(outputs):
            out.write(",\n" if n else "\n")
            out.write(piece)
        out.write("\n]\n")
        return
    if fmt == "csv":
        write_csv([], out)  # the header row
    elif fmt == "tei" and not single:
        out.write(tei_corpus_start())
    out.writelines(outputs)
    if fmt == "tei" and not single:
        out.write(TEI_CORPUS_END)


def _umask() -> int:
    """The process umask (reading it means setting it: set it straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_binary(target: str) -> Iterator[IO[bytes]]:
    """A temporary file beside ``target`` (hidden: ``.mfatext-*.tmp``), renamed onto ``target`` when the
    block ends normally and deleted when it raises, so ``target`` is always absent or complete. (A run
    killed with SIGKILL cannot delete it: only the hidden temporary file is left, never ``target``.)"""
    folder = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=".mfatext-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        # mkstemp makes the file owner-only; the output gets the mode any new file would get.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_text(target: str) -> Iterator[TextIO]:
    """:func:`atomic_binary` as a UTF-8 text file (``\\n`` line ends)."""
    with atomic_binary(target) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        yield text
        text.flush()
        text.detach()


def is_terminal(stream: object) -> bool:
    """Whether ``stream`` is an interactive terminal (False for pipes, files and in-memory streams)."""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):
        return False


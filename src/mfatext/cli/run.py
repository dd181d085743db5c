"""What a run of many files keeps track of: the failures (on stderr and in the ``--errors`` file), the
counts for the closing summary and for ``mfatext stats``, and the progress bar.

The progress bar is tqdm's, shown on standard error only when that is a terminal and ``--quiet`` is not
given, so piped and logged runs get no control characters.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any, TextIO

from mfatext.errors import DecodeError, ParseError

from .render import Piece

__all__ = ["Failures", "Progress", "Tally", "error_record", "ranked"]


def ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """``counts`` most frequent first, ties by name, so two runs over the same files print the same."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, ParseError):
        return exc.message
    return str(exc)


def _position(exc: Exception) -> dict[str, int] | None:
    """Where in the input the error is, when the error knows: characters for a parse error, bytes for
    a decoding error."""
    if isinstance(exc, ParseError):
        return {"start": exc.start, "end": exc.end, "line": exc.line, "column": exc.column}
    if isinstance(exc, DecodeError):
        return {"byte_offset": exc.offset}
    return None


def error_record(path: str, exc: Exception) -> dict[str, Any]:
    """The ``--errors`` line of a failed file: ``path``, ``error`` (the exception's type), ``message``
    and ``position`` (``{"start", "end", "line", "column"}``, ``{"byte_offset"}`` or null)."""
    return {"path": path, "error": type(exc).__name__, "message": _reason(exc), "position": _position(exc)}


class Failures:
    """Called as ``failures(path, exc)`` for each file that failed: reports it on stderr as
    ``mfatext: PATH: ErrorType: reason`` and, with an errors file, writes its JSON line there."""

    def __init__(self, err: TextIO, errors_file: TextIO | None = None) -> None:
        self.err = err
        self.errors_file = errors_file
        self.count = 0
        self.progress: Progress | None = None

    def __call__(self, path: str, exc: Exception) -> None:
        self.count += 1
        message = f"mfatext: {path}: {type(exc).__name__}: {_reason(exc)}"
        if self.progress is not None:
            self.progress.write(message)
            self.progress.update()
        else:
            print(message, file=self.err)
        if self.errors_file is not None:
            self.errors_file.write(json.dumps(error_record(path, exc), ensure_ascii=False) + "\n")


class Tally:
    """Counts of the documents seen: per layout, items per kind, diagnostics per code."""

    def __init__(self) -> None:
        self.documents = 0
        self.items = 0
        self.layouts: Counter[str] = Counter()
        self.layout_items: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self.diagnostics: Counter[str] = Counter()

    def add(self, piece: Piece) -> None:
        """Count one parsed document: its layout, its items by kind, its diagnostics by code."""
        self.documents += 1
        self.items += len(piece.kinds)
        self.layouts[piece.layout] += 1
        self.layout_items[piece.layout] += len(piece.kinds)
        self.kinds.update(piece.kinds)
        self.diagnostics.update(piece.codes)

    def watch(self, pieces: Iterator[Piece], failures: Failures,
              progress: Progress | None = None) -> Iterator[Any]:
        """The output of each piece that parsed, counted (and the progress bar advanced) as it passes;
        the failed ones go to ``failures``."""
        for piece in pieces:
            if piece.error is not None:
                failures(piece.path, piece.error)
                continue
            self.add(piece)
            if progress is not None:
                progress.update()
            yield piece.output

    def summary(self, failed: int) -> str:
        """The closing lines: how many parsed and failed, and the diagnostics by code (most frequent
        first, ties by code)."""
        files = "file" if self.documents == 1 else "files"
        lines = [f"mfatext: parsed {self.documents} {files} ({self.items} items), {failed} failed, "
                 f"{sum(self.diagnostics.values())} diagnostics"]
        for code, count in ranked(self.diagnostics):
            lines.append(f"  {count:>7}  {code}")
        return "\n".join(lines)


class Progress:
    """A tqdm bar on ``err`` counting files (done and failed); a no-op when not ``enabled``."""

    def __init__(self, err: TextIO, *, enabled: bool, total: int | None = None) -> None:
        self.err = err
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm  # imported only when a bar is shown: a plain run does not pay for it

            self.bar = tqdm(total=total, file=err, unit="file", dynamic_ncols=True, leave=False)

    def update(self) -> None:
        """Advance the bar by one file (done or failed)."""
        if self.bar is not None:
            self.bar.update(1)

    def write(self, message: str) -> None:
        """Print a line on ``err``, above the bar when there is one (so the report does not break it)."""
        if self.bar is not None:
            self.bar.write(message, file=self.err)
        else:
            print(message, file=self.err)

    def close(self) -> None:
        """Remove the bar from the terminal (it is not left behind: ``leave=False``)."""
        if self.bar is not None:
            self.bar.close()

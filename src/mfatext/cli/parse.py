"""``mfatext parse`` and ``mfatext stats``: many files in, streamed out, in input order.

Both read the same way: the paths are expanded lazily (:func:`expand_paths`), parsed and rendered by
:func:`~mfatext.cli.render.render_files` (``--jobs N`` processes, a bounded window of files in
flight), counted as they pass (:class:`~mfatext.cli.run.Tally`), and written as they come, so memory
stays flat however many files there are. Only a progress bar on a terminal lists the paths first (to
show a total).
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from mfatext.export import write_parquet
from mfatext.registry import layouts

from .output import STDIN, atomic_binary, atomic_text, is_terminal, write_pieces
from .render import Piece, Spec, render_files, render_stdin
from .run import Failures, Progress, Tally
from .stats import stats_json, stats_text

__all__ = ["cmd_parse", "cmd_stats", "expand_paths"]


def _walk(folder: str, pattern: str) -> Iterator[str]:
    """Files under ``folder`` whose name matches ``pattern``, depth first with each folder's entries in
    sorted order (the order of ``sorted(Path(folder).rglob(pattern))``), skipping hidden names and not
    following links to folders. Lazy: only the current folders' listings are held (the names to visit,
    about 100 bytes each), never the whole tree."""
    try:
        with os.scandir(folder) as found:
            # Names and one flag only: DirEntry objects would hold their path and stat cache too.
            entries = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in found
                             if not e.name.startswith("."))
    except OSError:
        return
    for name, is_dir in entries:
        # Spelled as pathlib spells it ("./a" is "a"), without a Path per file: pathlib interns every
        # name, which grows the interpreter's table of interned strings with each new file.
        path = name if folder == "." else os.path.join(folder, name)
        if is_dir:
            yield from _walk(path, pattern)
        elif fnmatch.fnmatchcase(name, pattern) and os.path.isfile(path):
            yield path


def expand_paths(args: Sequence[str], pattern: str = "*.txt") -> Iterator[str]:
    """Files named by ``args``: files (and ``-``) as given, folders searched recursively for ``pattern``,
    sorted, skipping hidden files and folders. A missing path is yielded as is (it fails when read)."""
    for arg in args:
        path = Path(arg)
        if arg == STDIN or not path.is_dir():
            yield arg
        elif "/" not in pattern:
            yield from _walk(str(path), pattern)
        else:  # a pattern over folders ("2021/*.txt"): pathlib's matching, which lists the tree first
            for found in sorted(path.rglob(pattern)):
                hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
                if found.is_file() and not hidden:
                    yield str(found)


def _pieces(names: Iterable[str], spec: Spec, jobs: int, stdin: Any) -> Iterator[Piece]:
    """Each file rendered (streaming, in order); ``-`` reads standard input once, in place."""
    pending: list[str] = []
    for name in names:
        if name != STDIN:
            pending.append(name)
            continue
        yield from render_files(pending, spec, jobs)
        pending = []
        yield render_stdin(stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read(), spec, STDIN)
    yield from render_files(pending, spec, jobs)


def _unknown_layout(args: argparse.Namespace, err: TextIO) -> bool:
    if args.layout is None or args.layout in layouts():
        return False
    print(f"mfatext: unknown layout {args.layout!r}; known layouts: {', '.join(sorted(layouts()))}", file=err)
    return True


def _single(args: argparse.Namespace) -> bool:
    return len(args.paths) == 1 and (args.paths[0] == STDIN or not Path(args.paths[0]).is_dir())


@contextlib.contextmanager
def _watched(args: argparse.Namespace, err: TextIO, stdin: Any, errors_file: TextIO | None,
             fmt: str) -> Iterator[tuple[Iterator[Any], Tally, Failures]]:
    """The output pieces of ``args.paths`` in format ``fmt``, counted, with failures reported and a
    progress bar on a terminal (closed when the block ends)."""
    show = not args.quiet and is_terminal(err)
    names: Iterable[str] = expand_paths(args.paths, args.glob)
    if show:
        names = list(names)  # only for the bar's total: a few bytes per path, never the documents
    progress = Progress(err, enabled=show, total=len(names) if isinstance(names, list) else None)
    failures = Failures(err, errors_file)
    failures.progress = progress
    tally = Tally()
    try:
        spec = Spec(fmt, _single(args), getattr(args, "with_text", False), args.layout)
        yield tally.watch(_pieces(names, spec, args.jobs, stdin), failures, progress), tally, failures
    finally:
        progress.close()


def _write(args: argparse.Namespace, outputs: Iterator[Any], out: TextIO) -> None:
    if args.format == "parquet":
        with atomic_binary(args.output) as raw:
            write_parquet((rec for recs in outputs for rec in recs), raw)
    elif args.output is not None and args.output != STDIN:
        with atomic_text(args.output) as handle:
            write_pieces(args.format, outputs, handle, single=_single(args))
    else:
        write_pieces(args.format, outputs, out, single=_single(args))


def cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    """Run ``mfatext parse``; returns the exit status."""
    if _unknown_layout(args, err):
        return 2
    if args.format == "parquet" and args.output in (None, STDIN):
        print("mfatext: --format parquet writes a binary file: give it with -o FILE", file=err)
        return 2
    with contextlib.ExitStack() as stack:
        try:
            errors_file = stack.enter_context(atomic_text(args.errors)) if args.errors else None
        except OSError as exc:
            print(f"mfatext: cannot write {args.errors}: {exc.strerror or exc}", file=err)
            return 1
        with _watched(args, err, stdin, errors_file, args.format) as (outputs, tally, failures):
            try:
                _write(args, outputs, out)
            except BrokenPipeError:
                raise
            except OSError as exc:
                print(f"mfatext: cannot write {args.output}: {exc.strerror or exc}", file=err)
                return 1
    if not args.quiet:
        print(tally.summary(failures.count), file=err)
    return 1 if failures.count else 0


def cmd_stats(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    """Run ``mfatext stats``; returns the exit status."""
    if _unknown_layout(args, err):
        return 2
    with _watched(args, err, stdin, None, "") as (outputs, tally, failures):
        for _ in outputs:
            pass
    if args.json:
        out.write(json.dumps(stats_json(tally, failures.count), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(stats_text(tally, failures.count))
    return 1 if failures.count else 0

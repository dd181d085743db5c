"""The ``mfatext`` command: parse pages into JSON, JSON Lines, CSV or TEI, detect layouts, list layouts.

Decisions (documented in docs/cli.md):

* ``PATH`` may be a file, a folder or ``-`` (standard input). A folder is searched recursively for files
  matching ``--glob`` (default ``*.txt``), in sorted order, skipping hidden files and folders (names
  starting with "."). A file named explicitly is always read, whatever its name.
* ``--format json`` prints one pretty JSON document when the arguments are a single file (or ``-``), and a
  JSON array of documents otherwise (several paths, or any folder), so ``jq`` always sees a stable shape
  for a given command line. ``--format jsonl`` prints one flat record per item (:mod:`mfatext.export`),
  ``--format csv`` the same records as CSV, ``--format tei`` TEI XML (:mod:`mfatext.export.tei`).
* The document ``text`` is left out of JSON output unless ``--with-text`` is given.
* ``-o FILE`` writes atomically (a temporary file in the same folder, renamed at the end).
* A file that cannot be read, decoded or parsed is reported on standard error with its path and the
  reason; the others still run, and the exit status is 1. Usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, TextIO

from mfatext import __version__
from mfatext.api import parse, parse_files
from mfatext.convert import to_dict
from mfatext.decode import decode, read_path
from mfatext.errors import MfatextError
from mfatext.export import records, tei_corpus, tei_document, write_csv
from mfatext.models import Document
from mfatext.plugin import LAYOUT_GROUP
from mfatext.registry import FALLBACK, THRESHOLD, detect, layouts, load_errors

__all__ = ["build_parser", "expand_paths", "main", "pretty_json"]

STDIN = "-"

_EPILOG_MAIN = """\
examples:
  mfatext parse page.txt                     one page -> one JSON document
  mfatext parse seeds/ | jq '.[].layout'     a folder -> a JSON array of documents
  mfatext parse --format jsonl corpus/ > items.jsonl
  cat page.txt | mfatext parse -             read standard input
  mfatext detect corpus/embassy/             which layout each file looks like
  mfatext layouts                            the installed layouts

Run 'mfatext COMMAND --help' for the options of a command.
"""

_EPILOG_PARSE = """\
output shape:
  json   one pretty JSON document for a single file or '-', otherwise a JSON array of documents
  jsonl  one flat record per item (source, layout, kind, published, title, event_date, place,
         speaker_ids, text, url, forwarded_from, hashtags, span ...), the shape pandas loads
  csv    the same records as CSV with a header row
  tei    TEI XML (ParlaMint style: turns as <u who=... ana=...>); a <teiCorpus> for several files

A folder is searched recursively for files matching --glob (default *.txt); hidden files and folders
are skipped. A file that fails is reported on stderr and the others still run (exit status 1).

examples:
  mfatext parse page.txt > page.json
  mfatext parse --format tei interviews/ -o interviews.xml
  mfatext parse --layout embassy-page --with-text page.txt -o page.json
  mfatext parse --format csv --glob '*' scraped/ -o items.csv
"""


class _Failures:
    """Counts the files that failed, reporting each on stderr as ``mfatext: PATH: reason``."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.count = 0

    def __call__(self, path: str, exc: Exception) -> None:
        self.count += 1
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"mfatext: {path}: {type(exc).__name__}: {reason}", file=self.err)


def expand_paths(args: Sequence[str], pattern: str = "*.txt") -> Iterator[str]:
    """Files named by ``args``: files (and ``-``) as given, folders searched recursively for ``pattern``,
    sorted, skipping hidden files and folders. A missing path is yielded as is (it fails when read)."""
    for arg in args:
        path = Path(arg)
        if arg == STDIN or not path.is_dir():
            yield arg
            continue
        for found in sorted(path.rglob(pattern)):
            hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
            if found.is_file() and not hidden:
                yield str(found)


def _documents(names: Iterator[str], args: argparse.Namespace, failures: _Failures,
               stdin: Any) -> Iterator[Document]:
    """Parse files (streaming, in order); ``-`` reads standard input once, in place."""
    pending: list[str] = []

    def flush() -> Iterator[Document]:
        yield from parse_files(pending, layout=args.layout, jobs=args.jobs, on_error=failures)
        pending.clear()

    for name in names:
        if name != STDIN:
            pending.append(name)
            continue
        yield from flush()
        try:
            yield parse(stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read(),
                        layout=args.layout, source=STDIN)
        except MfatextError as exc:
            failures(STDIN, exc)
    yield from flush()


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


def _write_json(docs: Iterator[Document], out: TextIO, *, single: bool, with_text: bool) -> None:
    if single:
        for doc in docs:
            out.write(pretty_json(to_dict(doc, with_text=with_text)) + "\n")
        return
    # Streamed array: documents are written as they are parsed, never all held in memory.
    out.write("[")
    for n, doc in enumerate(docs):
        out.write(",\n" if n else "\n")
        out.write(pretty_json(to_dict(doc, with_text=with_text)))
    out.write("\n]\n")


def _write(docs: Iterator[Document], out: TextIO, args: argparse.Namespace, single: bool) -> None:
    if args.format == "json":
        _write_json(docs, out, single=single, with_text=args.with_text)
    elif args.format == "jsonl":
        for rec in records(docs):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        write_csv(records(docs), out)
    elif single:
        out.writelines(tei_document(doc) for doc in docs)
    else:
        out.writelines(tei_corpus(docs))


@contextlib.contextmanager
def _atomic_output(target: str | None, stdout: TextIO) -> Iterator[TextIO]:
    """Standard output, or a temporary file beside ``target`` renamed onto it when all went well."""
    if target is None or target == STDIN:
        yield stdout
        return
    folder = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=".mfatext-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    if args.layout is not None and args.layout not in layouts():
        print(f"mfatext: unknown layout {args.layout!r}; known layouts: {', '.join(sorted(layouts()))}",
              file=err)
        return 2
    single = len(args.paths) == 1 and (args.paths[0] == STDIN or not Path(args.paths[0]).is_dir())
    failures = _Failures(err)
    docs = _documents(expand_paths(args.paths, args.glob), args, failures, stdin)
    try:
        with _atomic_output(args.output, out) as handle:
            _write(docs, handle, args, single)
    except BrokenPipeError:
        raise
    except OSError as exc:
        print(f"mfatext: cannot write {args.output}: {exc.strerror or exc}", file=err)
        return 1
    return 1 if failures.count else 0


def _cmd_detect(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    failures = _Failures(err)
    print("path\tlayout\tscore\trunner-up\tscore", file=out)
    for name in expand_paths(args.paths, args.glob):
        try:
            text = decode(stdin.buffer.read()) if name == STDIN else read_path(name)
        except (OSError, MfatextError) as exc:
            failures(name, exc)
            continue
        ranked = [c for c in detect(text) if c.layout != FALLBACK]
        best = ranked[0] if ranked else None
        chosen = best.layout if best is not None and best.score >= THRESHOLD else FALLBACK
        score = f"{best.score:.2f}" if best is not None else "-"
        runner = ranked[1] if len(ranked) > 1 else None
        runner_cols = f"{runner.layout}\t{runner.score:.2f}" if runner is not None else "-\t-"
        print(f"{name}\t{chosen}\t{score}\t{runner_cols}", file=out)
    return 1 if failures.count else 0


def _summary(obj: object) -> str:
    doc = (type(obj).__doc__ or "").strip().splitlines()
    return doc[0] if doc else ""


def _cmd_layouts(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    table = layouts()
    width = max((len(name) for name in table), default=0)
    mod_width = max((len(type(lay).__module__) for lay in table.values()), default=0)
    for name in sorted(table):
        lay = table[name]
        print(f"{name:<{width}}  {type(lay).__module__:<{mod_width}}  {_summary(lay)}".rstrip(), file=out)
    for name, reason in sorted(load_errors().items()):
        print(f"{name:<{width}}  FAILED TO LOAD: {reason}", file=out)
    return 0


def _version() -> str:
    plugins = sorted({f"{ep.name} ({ep.value.split(':')[0]})" for ep in entry_points(group=LAYOUT_GROUP)})
    return f"mfatext {__version__}\ninstalled layout plugins: {', '.join(plugins) or 'none'}"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``mfatext`` command."""
    fmt = argparse.RawDescriptionHelpFormatter
    top = argparse.ArgumentParser(
        prog="mfatext", formatter_class=fmt, epilog=_EPILOG_MAIN,
        description="Turn the text of Russian Foreign Ministry pages (mid.ru articles, embassy sites, news "
                    "lists, Telegram previews) into typed JSON records with spans into the text.",
    )
    top.add_argument("--version", action="version", version=_version(),
                     help="show the version and the installed layout plugins, and exit")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("parse", help="parse files into JSON, JSON Lines, CSV or TEI XML", formatter_class=fmt,
                       description="Parse pages and print what was found in them.", epilog=_EPILOG_PARSE)
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder (searched recursively) or -")
    p.add_argument("-f", "--format", choices=("json", "jsonl", "csv", "tei"), default="json",
                   help="output format (default: json)")
    p.add_argument("-l", "--layout", metavar="NAME", help="use this layout instead of detecting one "
                   "(see 'mfatext layouts')")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output "
                   "(atomically: the file appears complete or not at all)")
    p.add_argument("--with-text", action="store_true", help="include each document's full text (json only)")
    p.add_argument("--glob", default="*.txt", metavar="PATTERN",
                   help="which files to take from folders (default: *.txt; '*' takes every file)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="parse in N processes (default 1)")
    p.set_defaults(run=_cmd_parse)

    d = sub.add_parser("detect", help="print the layout each file is detected as", formatter_class=fmt,
                       description="Score every layout on each file and print the winner and the "
                                   f"runner-up (tab-separated). Below {THRESHOLD} the file falls back to "
                                   f"'{FALLBACK}'.",
                       epilog="example:\n  mfatext detect seeds/")
    d.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder (searched recursively) or -")
    d.add_argument("--glob", default="*.txt", metavar="PATTERN", help="which files to take from folders")
    d.set_defaults(run=_cmd_detect)

    ls = sub.add_parser("layouts", help="list the installed layouts (and plugins that failed to load)",
                        description="List the installed layouts: name, module, summary.")
    ls.set_defaults(run=_cmd_layouts)
    return top


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None,
         stdin: Any = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some file failed, 2 usage error)."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    args = build_parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        print("mfatext: --jobs must be at least 1", file=err)
        return 2
    try:
        status: int = args.run(args, out, err, stdin if stdin is not None else sys.stdin)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `mfatext parse ... | head`: the reader left, which is not an error
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python's exit flush quiet
        return 0
    return status

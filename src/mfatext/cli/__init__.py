"""The ``mfatext`` command: ``parse`` pages into JSON, JSON Lines, CSV, TEI or Parquet, ``stats`` over a
corpus, ``detect`` layouts, list ``layouts``.

Decisions (documented in docs/cli.md):

* ``PATH`` may be a file, a folder or ``-`` (standard input). A folder is searched recursively for files
  matching ``--glob`` (default ``*.txt``), in sorted order, skipping hidden files and folders (names
  starting with "."). A file named explicitly is always read, whatever its name.
* ``--format json`` prints one pretty JSON document when the arguments are a single file (or ``-``), and a
  JSON array of documents otherwise (several paths, or any folder), so ``jq`` always sees a stable shape
  for a given command line. ``jsonl``, ``csv`` and ``parquet`` give one flat record per item
  (:mod:`mfatext.export`), ``tei`` TEI XML (:mod:`mfatext.export.tei`).
* Output streams in input order, with ``--jobs N`` too (byte-identical to one job).
* ``-o FILE`` and ``--errors FILE`` write atomically (a temporary file in the same folder, renamed at the
  end; SIGTERM and Ctrl-C delete it), so an interrupted run never leaves a half-written file.
* A file that cannot be read, decoded or parsed is reported on standard error with its path and the
  reason (and in ``--errors FILE`` as a JSON line); the others still run, and the exit status is 1.
  Usage errors exit with 2. A summary (files parsed and failed, diagnostics by code) closes the run on
  standard error; a progress bar shows there when it is a terminal. ``--quiet`` silences both.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from importlib.metadata import entry_points
from types import FrameType
from typing import Any, TextIO

from mfatext import __version__
from mfatext.decode import decode, read_path
from mfatext.errors import MfatextError
from mfatext.plugin import LAYOUT_GROUP
from mfatext.registry import FALLBACK, THRESHOLD, detect, layouts, load_errors

from .output import FORMATS, STDIN, pretty_json
from .parse import cmd_parse, cmd_stats, expand_paths
from .run import Failures

__all__ = ["build_parser", "expand_paths", "main", "pretty_json"]

_EPILOG_MAIN = """\
examples:
  mfatext parse page.txt                     one page -> one JSON document
  mfatext parse seeds/ | jq '.[].layout'     a folder -> a JSON array of documents
  mfatext parse --format jsonl corpus/ > items.jsonl
  cat page.txt | mfatext parse -             read standard input
  mfatext stats corpus/                      layouts, item kinds and diagnostics of a corpus
  mfatext detect corpus/embassy/             which layout each file looks like
  mfatext layouts                            the installed layouts

Run 'mfatext COMMAND --help' for the options of a command.
"""

_EPILOG_PARSE = """\
output shape:
  json     one pretty JSON document for a single file or '-', otherwise a JSON array of documents
  jsonl    one flat record per item (source, layout, kind, published, title, event_date, place,
           speaker_ids, text, url, forwarded_from, hashtags, span ...), the shape pandas loads
  csv      the same records as CSV (RFC 4180, UTF-8) with a header row
  tei      TEI XML (ParlaMint style: turns as <u who=... ana=...>); a <teiCorpus> for several files
  parquet  the same records as Parquet, typed (needs -o and: pip install "mfatext[parquet]")

A folder is searched recursively for files matching --glob (default *.txt); hidden files and folders
are skipped. Output keeps the input order, whatever --jobs. A file that fails is reported on stderr
(and in --errors FILE) and the others still run (exit status 1). -o and --errors files appear complete
or not at all. The closing summary and, on a terminal, a progress bar go to stderr (--quiet: neither).

examples:
  mfatext parse page.txt > page.json
  mfatext parse --format tei interviews/ -o interviews.xml
  mfatext parse --layout embassy-page --with-text page.txt -o page.json
  mfatext parse --format csv --glob '*' scraped/ -o items.csv
  mfatext parse -j 2 --format parquet big/ -o items.parquet --errors failed.jsonl
"""


def _cmd_detect(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    failures = Failures(err)
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


def _common(p: argparse.ArgumentParser) -> None:
    """The options ``parse`` and ``stats`` share: which files, which layout, how many processes."""
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder (searched recursively) or -")
    p.add_argument("-l", "--layout", metavar="NAME", help="use this layout instead of detecting one "
                   "(see 'mfatext layouts')")
    p.add_argument("--glob", default="*.txt", metavar="PATTERN",
                   help="which files to take from folders (default: *.txt; '*' takes every file)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="parse in N processes (default 1)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar and no closing summary on stderr (failures are still reported)")


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

    p = sub.add_parser("parse", help="parse files into JSON, JSON Lines, CSV, TEI XML or Parquet",
                       formatter_class=fmt, description="Parse pages and print what was found in them.",
                       epilog=_EPILOG_PARSE)
    _common(p)
    p.add_argument("-f", "--format", choices=FORMATS, default="json", help="output format (default: json)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output "
                   "(atomically: the file appears complete or not at all)")
    p.add_argument("--errors", metavar="FILE", help="write one JSON line per failed file here (path, "
                   "error, message, position)")
    p.add_argument("--with-text", action="store_true", help="include each document's full text (json only)")
    p.set_defaults(run=cmd_parse)

    st = sub.add_parser("stats", help="count documents per layout, items per kind, diagnostics per code",
                        formatter_class=fmt, description="Parse pages and print counts: documents per "
                        "layout, items per kind, diagnostics per code.",
                        epilog="examples:\n  mfatext stats seeds/\n  mfatext stats -j 2 --json corpus/ > "
                               "counts.json")
    _common(st)
    st.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    st.set_defaults(run=cmd_stats)

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


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so open output files are deleted on the way out (a
    BaseException, like KeyboardInterrupt, so no ``except Exception`` swallows it)."""


_MAIN_PID = [0]  # the process that installed the handler (workers forked from it inherit the handler)


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    if os.getpid() != _MAIN_PID[0]:  # a parse worker: die as SIGTERM means, the parent cleans up
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
        return
    raise _Terminated


@contextlib.contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """While the command runs, SIGTERM unwinds the stack (deleting temporary output) instead of killing
    the process where it stands. Only the main thread may set handlers; elsewhere nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _MAIN_PID[0] = os.getpid()
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None,
         stdin: Any = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some file failed, 2 usage error, 130 on
    Ctrl-C, 143 on SIGTERM)."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    args = build_parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        print("mfatext: --jobs must be at least 1", file=err)
        return 2
    try:
        with _sigterm_unwinds():
            status: int = args.run(args, out, err, stdin if stdin is not None else sys.stdin)
    except KeyboardInterrupt:
        return 130
    except _Terminated:
        return 143
    except BrokenPipeError:  # `mfatext parse ... | head`: the reader left, which is not an error
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python's exit flush quiet
        return 0
    return status

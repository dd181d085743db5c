"""Sphinx configuration. Build with ``sphinx-build -W -b html docs docs/_build/html``.

The example outputs shown in the pages are not pasted by hand: before the build, every snippet in
``docs/examples/*.py`` and every command in :data:`CLI_EXAMPLES` is run against the installed library
(from the repository root, so ``seeds/`` resolves) and its output is written to ``docs/_generated/``,
which the pages include. The docs therefore always show what this version really prints.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import pkgutil
import runpy
import sys
from pathlib import Path

import mfatext
import mfatext.parsers
from mfatext.cli import main as cli_main

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
GENERATED = DOCS / "_generated"

project = "mfatext"
author = "mfatext developers"
copyright = "mfatext developers"
release = mfatext.__version__
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.intersphinx", "sphinx.ext.viewcode"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_generated", "examples", "**/.gitkeep"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
html_theme = "furo"
html_title = f"mfatext {release}"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
intersphinx_mapping: dict[str, tuple[str, None]] = {}
# Re-exported names (mfatext.Document is mfatext.models.Document) are documented once, in their module;
# references to type aliases and forward references that autodoc cannot resolve are not errors.
nitpicky = False
suppress_warnings = ["myst.header"]

# name -> (argv, how many lines of output to keep; 0 keeps all)
CLI_EXAMPLES: dict[str, tuple[list[str], int]] = {
    "cli-parse-one": (["parse", "seeds/001_f22195f936221375.txt"], 60),
    "cli-parse-jsonl": (["parse", "--format", "jsonl", "seeds/"], 4),
    "cli-detect": (["detect", "seeds/"], 0),
    "cli-layouts": (["layouts"], 0),
    "cli-help": (["--help"], 0),
    "cli-parse-help": (["parse", "--help"], 0),
}


def _capture(run: object) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out), contextlib.suppress(SystemExit):
        run()  # type: ignore[operator]
    return out.getvalue() or "(no output)\n"


def generate_examples() -> None:
    """Run the snippets and commands; write their output to docs/_generated/NAME.txt."""
    GENERATED.mkdir(exist_ok=True)
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        for snippet in sorted((DOCS / "examples").glob("*.py")):
            text = _capture(lambda s=snippet: runpy.run_path(str(s), run_name="__main__"))
            (GENERATED / f"{snippet.stem}.txt").write_text(text, encoding="utf-8")
        for name, (argv, keep) in CLI_EXAMPLES.items():
            text = _capture(lambda a=argv: cli_main(a, stdout=sys.stdout, stderr=sys.stderr))
            lines = text.splitlines(keepends=True)
            if keep and len(lines) > keep:
                text = "".join(lines[:keep]) + f"... ({len(lines) - keep} more lines)\n"
            (GENERATED / f"{name}.txt").write_text(text, encoding="utf-8")
    finally:
        os.chdir(here)


def generate_parser_reference() -> None:
    """One automodule per module of mfatext.parsers, found at build time (other parsers land over time)."""
    found = pkgutil.iter_modules(mfatext.parsers.__path__)
    names = sorted(m.name for m in found if not m.name.startswith("_"))
    blocks = [f"### `mfatext.parsers.{n}`\n\n```{{eval-rst}}\n.. automodule:: mfatext.parsers.{n}\n```\n"
              for n in names]
    (GENERATED / "parsers.md").write_text("\n".join(blocks), encoding="utf-8")


def _not_empty_glob(record: logging.LogRecord) -> bool:
    return "didn't match any documents" not in str(record.msg)


def setup(app: object) -> None:
    # docs/layouts/ and docs/guides/ are written by other contributors and may be empty for a while; an
    # empty glob there is expected (Sphinx gives this warning no type, so suppress_warnings cannot).
    logging.getLogger("sphinx.sphinx.directives.other").addFilter(_not_empty_glob)


generate_examples()
generate_parser_reference()

"""The mid.ru language selector: the line listing the languages a page is also published in.

Syntax, as the text rendering of the old mid.ru site prints it::

      • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1
      • en-GB1 ru-RU1

an optional bullet (``•``), then one or more locale codes ``ll-RR`` each followed by a digit (the
site's count of versions in that language; it is always ``1`` in the corpus), separated by spaces
(NBSP included). The codes are returned in the order printed, without the trailing digits.
"""

from __future__ import annotations

import re

from mfatext.cursor import SPACE, Lines, Match

__all__ = ["LOCALE", "parse_selector", "selector_line"]

LOCALE = re.compile(r"(?P<code>[a-z]{2}-[A-Z]{2})\d*")
"""One locale code as printed in the selector ("de-DE1"); group ``code`` holds "de-DE"."""

_BULLETS = "•·*"
# The whole line: bullet optional, then locales separated by spaces. Each repetition must consume a
# code (letters and a hyphen) followed by spaces or the end, so the match cannot backtrack badly.
_LINE = re.compile(rf"{SPACE}*(?:[{_BULLETS}]{SPACE}*)?(?:[a-z]{{2}}-[A-Z]{{2}}\d*(?:{SPACE}+|$))+")


def parse_selector(line: str) -> tuple[str, ...] | None:
    """The locale codes of a selector ``line`` ("  • en-GB1 ru-RU1" -> ("en-GB", "ru-RU")), or ``None``
    when the line is anything else."""
    first = line[:1]  # a bullet, a code's first letter or a space: anything else is no selector
    if not ("a" <= first <= "z" or first in _BULLETS or first.isspace()) or len(line) > 200:
        return None
    if _LINE.fullmatch(line) is None:
        return None
    # The line is known to be bullet and codes now: each word is a code and its digits, so plain string
    # operations find the codes without a second regex pass.
    codes = line.lstrip()
    if codes[:1] in _BULLETS:
        codes = codes[1:]
    return tuple([word[:5] for word in codes.split()])


def selector_line(lines: Lines, i: int) -> Match[tuple[str, ...]] | None:
    """Line rule: line ``i`` is a language selector; returns its locale codes and ``i + 1``."""
    if i >= len(lines):
        return None
    codes = parse_selector(lines[i])
    return None if codes is None else (codes, i + 1)

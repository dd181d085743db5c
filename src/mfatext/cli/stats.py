"""``mfatext stats``: what a corpus holds, as three small tables (or one JSON object).

The text form::

    documents  5  (0 failed)
    items      7

    layout          documents  items
    embassy-page            2      2
    ...

    kind       items
    article        5
    ...

    diagnostic                 count
    header.no-clock                3
    ...

Rows are sorted by count (largest first), ties by name, so two runs over the same files print the same.
"""

from __future__ import annotations

from typing import Any

from .run import Tally, ranked

__all__ = ["stats_json", "stats_text"]


def _table(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[str]:
    """Left-aligned first column, right-aligned numbers, two spaces between columns."""
    cells = [tuple(str(c) for c in header), *(tuple(str(c) for c in row) for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    return [
        "  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(row)).rstrip()
        for row in cells
    ]


def stats_text(tally: Tally, failed: int) -> str:
    """The tables of :func:`stats_json`, for reading."""
    lines = [f"documents  {tally.documents}  ({failed} failed)", f"items      {tally.items}", ""]
    layout_rows = [(name, n, tally.layout_items[name]) for name, n in ranked(tally.layouts)]
    lines += _table(("layout", "documents", "items"), layout_rows)
    lines += ["", *_table(("kind", "items"), ranked(tally.kinds))]
    lines += ["", *_table(("diagnostic", "count"), ranked(tally.diagnostics))]
    return "\n".join(lines) + "\n"


def stats_json(tally: Tally, failed: int) -> dict[str, Any]:
    """Counts as a JSON object: ``documents``, ``failed``, ``items``, ``layouts`` (name -> documents and
    items), ``kinds`` (kind -> items) and ``diagnostics`` (code -> count)."""
    return {
        "documents": tally.documents,
        "failed": failed,
        "items": tally.items,
        "layouts": {name: {"documents": n, "items": tally.layout_items[name]}
                    for name, n in ranked(tally.layouts)},
        "kinds": dict(ranked(tally.kinds)),
        "diagnostics": dict(ranked(tally.diagnostics)),
    }

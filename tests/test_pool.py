"""mfatext._pool.ordered_map: the one bounded, order-keeping process map of parse_files and the CLI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mfatext._pool import WINDOW, ordered_map


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_keep_input_order(jobs: int) -> None:
    words = [f"w{n}" * (n % 5) for n in range(40)]  # uneven work, still input order
    assert list(ordered_map(str.upper, words, jobs)) == [w.upper() for w in words]


def test_items_are_consumed_lazily() -> None:
    # A stream of paths must not be read ahead of the window: memory stays flat.
    pulled: list[int] = []

    def items() -> Iterator[str]:
        for n in range(1000):
            pulled.append(n)
            yield str(n)

    results = ordered_map(str.upper, items(), 2)
    assert next(results) == "0"
    assert len(pulled) == WINDOW * 2
    results.close()


def test_empty_input() -> None:
    assert list(ordered_map(str.upper, [], 2)) == []

"""mfatext.cli.run: the counts a run keeps, ranked one way for the summary and ``mfatext stats``."""

from __future__ import annotations

from collections import Counter

from mfatext.cli.run import Tally, ranked
from mfatext.cli.stats import stats_json


def test_ranked_most_frequent_first_ties_by_name() -> None:
    counts = Counter({"header.no-clock": 3, "turn.guess": 5, "date.guess": 3})
    assert ranked(counts) == [("turn.guess", 5), ("date.guess", 3), ("header.no-clock", 3)]


def test_summary_and_stats_rank_alike() -> None:
    # The closing summary and `mfatext stats` list the diagnostics in the same order.
    tally = Tally()
    tally.diagnostics.update({"b": 2, "a": 2, "c": 7})
    summary_codes = [line.split()[1] for line in tally.summary(0).splitlines()[1:]]
    assert summary_codes == list(stats_json(tally, 0)["diagnostics"]) == ["c", "a", "b"]


def test_public_methods_say_what_they_do() -> None:
    from mfatext.cli.run import Progress

    assert all(f.__doc__ for f in (Tally.add, Progress.update, Progress.close))

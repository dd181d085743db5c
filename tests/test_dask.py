"""mfatext.dask: a bag of flat records, computed with Dask's local synchronous scheduler (skipped
without the ``dask`` extra)."""

from __future__ import annotations

from pathlib import Path

import pytest

import mfatext

from .conftest import seed_files

dask = pytest.importorskip("dask")
mdask = pytest.importorskip("mfatext.dask")


def test_bag_of_seed_records_equals_records() -> None:
    # Same records, same order, as mfatext.records over parse_files, whatever the partitioning.
    paths = seed_files()
    bag = mdask.from_paths(paths, partition_size=2)
    assert bag.npartitions == 3
    with dask.config.set(scheduler="synchronous"):
        got = bag.compute()
        layouts = dict(bag.pluck("layout").frequencies().compute())
    assert got == list(mfatext.records(mfatext.parse_files(paths)))
    assert layouts == {"embassy-page": 33, "mid-article": 1, "telegram": 7}
    assert got[1]["speaker_ids"] == ["lavrov-sergey", "makei-vladimir"]


def test_a_failing_file_raises_or_is_skipped(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    paths = [*seed_files()[:2], missing]
    with dask.config.set(scheduler="synchronous"):
        with pytest.raises(FileNotFoundError):
            mdask.from_paths(paths).compute()
        kept = mdask.from_paths(paths, npartitions=2, errors="skip").compute()
        failed = mdask.failures_from_paths(paths).compute()
    assert [r["source"] for r in kept] == [str(seed_files()[0])] + [str(seed_files()[1])] * 11
    assert [(f["path"], f["error"]) for f in failed] == [(str(missing), "FileNotFoundError")]


def test_errors_must_be_raise_or_skip() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        mdask.from_paths(seed_files(), errors="ignore")


def test_failures_are_the_errors_file_records(tmp_path: Path) -> None:
    # One format for a failed file: the dask failures are the lines `mfatext parse --errors` writes.
    from mfatext.cli.run import error_record

    missing = tmp_path / "missing.txt"
    with dask.config.set(scheduler="synchronous"):
        [failed] = mdask.failures_from_paths([missing]).compute()
    assert failed == error_record(str(missing), FileNotFoundError(2, "No such file or directory"))
    assert failed["message"] == "No such file or directory"  # the reason, not str(exc) with the path
    assert failed["position"] is None

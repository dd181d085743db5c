"""The benchmark scripts still run (they are measurements, not tests: only their output's shape is checked).

A benchmark that rotted would be noticed only when someone needs the number; these runs are tiny.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", BENCH / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(BENCH))  # bench_cli imports bench as a sibling script
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


def test_bench_prints_a_row_per_layout_of_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _load("bench")
    assert bench.main(["--mb", "0.001", str(ROOT / "seeds")]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].split()[:3] == ["layout", "files", "MB"]
    by_layout = {row.split()[0]: row.split()[1:] for row in rows[1:]}
    # The five seeds: a mid.ru article, three embassy pages (one of them with a latest-news list) and a
    # Telegram preview.
    assert {name: cells[0] for name, cells in by_layout.items()} == {
        "embassy-page": "3", "mid-article": "1", "telegram": "1"}
    for cells in by_layout.values():
        assert float(cells[3]) > 0  # CPU MB/s
        assert re.fullmatch(r"\d+x", cells[5])
        assert float(cells[7]) > 0  # auto-detected CPU MB/s


def test_bench_dates_compares_the_fast_path_with_dateutil(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bench_dates = _load("bench_dates")
    monkeypatch.setattr(sys, "argv", ["bench_dates.py", "--corpus", str(ROOT / "seeds"), "--rounds", "1",
                                      "--repeat", "1"])
    bench_dates.main()
    out = capsys.readouterr().out
    assert re.search(r"^ratio: +\d+\.\dx faster$", out, re.MULTILINE), out

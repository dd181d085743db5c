"""Throughput and peak memory per layout, against the floor of plain ``str.splitlines()``.

usage: python benchmarks/bench.py [--quick] [--mb N] [PATH ...]

The seeds and ../shared/corpus pages (or the PATHs given) are grouped by the layout detected for them;
each group is parsed over and over until at least ``--mb`` megabytes of text (20 by default, 2 with
``--quick``) went through ``mfatext.parse(text, layout=...)``. In the same run the same texts go through
``str.splitlines()``, the floor no parser can beat; the ratio says how far above it a layout is.
``auto CPU MB/s`` is the same texts through ``mfatext.parse(text)``, which first asks every installed
layout's ``sniff`` which one it is (what ``mfatext parse`` does unless ``--layout`` is given). Peak
memory is measured with tracemalloc on one pass over the group (tracing slows Python down, so it is kept
out of the timed loop). ``MB/s`` is by the wall clock, ``CPU MB/s`` by the process's CPU time
(time.process_time); each is the speed of the fastest of five rounds, a fifth of the text each, because
on a shared machine the slow rounds are the disturbed ones. Compare a layout with the floor measured in
the same run: when the machine itself runs slower, both drop. This is a measurement, not a test: nothing
is asserted.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import mfatext

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [ROOT / "seeds", ROOT.parent / "shared" / "corpus"]
ROUNDS = 5


def sources(paths: Sequence[Path]) -> list[Path]:
    """Every ``*.txt`` under ``paths`` (files are taken as given)."""
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    return found


def pages(paths: Sequence[Path]) -> list[str]:
    """The text of every ``*.txt`` under ``paths``."""
    return [p.read_text(encoding="utf-8") for p in sources(paths)]


def by_layout(texts: list[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        groups[mfatext.parse(text).layout].append(text)
    return dict(sorted(groups.items()))


def rate(texts: list[str], work: Callable[[str], object], target: int,
         rounds: int = ROUNDS) -> tuple[float, float, int]:
    """MB/s of ``work`` over ``texts`` repeated until ``target`` characters, by wall clock and by the
    process's CPU time; returns (wall MB/s, CPU MB/s, chars). The text goes through in ``rounds`` rounds
    and each speed is that of the fastest round: on a shared machine the slower rounds are the ones the
    neighbours disturbed (timeit reports the minimum for the same reason)."""
    best_wall = best_cpu = 0.0
    done = 0
    for _ in range(rounds):
        chunk, began, cpu = 0, time.perf_counter(), time.process_time()
        while chunk < target / rounds:
            for text in texts:
                work(text)
                chunk += len(text)
        elapsed, cpu_elapsed = time.perf_counter() - began, time.process_time() - cpu
        best_wall = max(best_wall, chunk / 1e6 / max(elapsed, 1e-9))
        best_cpu = max(best_cpu, chunk / 1e6 / max(cpu_elapsed, 1e-9))
        done += chunk
    return best_wall, best_cpu, done


def peak_kib(texts: list[str], work: Callable[[str], object]) -> float:
    tracemalloc.start()
    try:
        for text in texts:
            work(text)
        return tracemalloc.get_traced_memory()[1] / 1024
    finally:
        tracemalloc.stop()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("paths", nargs="*", type=Path,
                    help="files or folders (default: seeds and ../shared/corpus)")
    ap.add_argument("--quick", action="store_true", help="2 MB per layout instead of 20")
    ap.add_argument("--mb", type=float, default=None, help="megabytes of text per layout")
    args = ap.parse_args(argv)
    target = int((args.mb or (2 if args.quick else 20)) * 1e6)
    groups = by_layout(pages(args.paths or [p for p in DEFAULT_PATHS if p.exists()]))
    print(f"{'layout':<14} {'files':>5} {'MB parsed':>9} {'MB/s':>8} {'CPU MB/s':>8} {'floor MB/s':>10} "
          f"{'ratio':>7} {'peak KiB':>9} {'auto CPU MB/s':>13}")
    for name, texts in groups.items():
        def parse(text: str, layout: str = name) -> object:
            return mfatext.parse(text, layout=layout)

        speed, cpu_speed, done = rate(texts, parse, target)
        floor, _, _ = rate(texts, str.splitlines, target)
        peak = peak_kib(texts, parse)
        _, auto, _ = rate(texts, mfatext.parse, target)
        print(f"{name:<14} {len(texts):>5} {done / 1e6:>9.1f} {speed:>8.2f} {cpu_speed:>8.2f} {floor:>10.1f} "
              f"{floor / speed:>6.0f}x {peak:>9.0f} {auto:>13.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

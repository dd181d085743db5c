"""Throughput of the ``mfatext`` command with 1 and 2 jobs, and its peak memory for 1,000 and 10,000
documents (which must not grow with the count: the output streams).

usage: python benchmarks/bench_cli.py [--quick] [--mb N] [--format FMT] [--keep DIR] [PATH ...]

The seeds and ../shared/corpus pages (or the PATHs given) are copied into a temporary folder, round
after round in sub-folders, until they add up to at least ``--mb`` megabytes (100 by default, 5 with
``--quick``). Then ``python -m mfatext parse --quiet --format jsonl FOLDER -o OUT`` runs as a child
process with ``--jobs 1`` and ``--jobs 2``. For each run it prints the wall time and MB/s, and the CPU
time of the child and the processes it waited for (user + system, from ``os.wait4``), with MB per CPU
second: on a shared machine the wall time depends on the neighbours, the CPU time much less.

Memory: the same command over the first 1,000 and the first 10,000 files (1,000 and 3,000 with
``--quick``), with its maximum resident set size (``ru_maxrss`` of the child, from ``os.wait4``; with
``--jobs 2`` the largest of the parent and its workers). Flat memory means the two numbers are close.
This is a measurement, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The same pages as bench.py, found the same way (run as a script, this folder is on sys.path).
from bench import DEFAULT_PATHS, sources


def replicate(files: list[Path], folder: Path, *, megabytes: float, at_least: int) -> tuple[int, int]:
    """Copy ``files`` round after round into ``folder/NNNN/`` until ``megabytes`` MB and ``at_least``
    files; returns (files, bytes). Sub-folders of at most a few hundred files keep directories small."""
    count = size = 0
    rounds = 0
    while size < megabytes * 1e6 or count < at_least:
        sub = folder / f"{rounds:04d}"
        sub.mkdir(parents=True)
        for n, src in enumerate(files):
            target = sub / f"{n:03d}-{src.name}"
            shutil.copyfile(src, target)
            size += target.stat().st_size
            count += 1
        rounds += 1
    return count, size


def first_files(folder: Path, count: int, into: Path) -> Path:
    """A folder of symbolic links to the first ``count`` files of ``folder`` (in the CLI's order)."""
    into.mkdir()
    for n, path in enumerate(sorted(folder.rglob("*.txt"))[:count]):
        (into / f"{n:06d}.txt").symlink_to(path)
    return into


def run_cli(args: list[str]) -> tuple[float, float, int]:
    """Run ``python -m mfatext ARGS``; returns (wall seconds, CPU seconds, max RSS in MiB)."""
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mfatext", *args], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"mfatext {' '.join(args)} exited with {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def parse_args() -> argparse.Namespace:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    cli.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    cli.add_argument("--quick", action="store_true", help="5 MB and 1,000/3,000 documents")
    cli.add_argument("--mb", type=float, help="megabytes of text for the throughput runs (default 100)")
    cli.add_argument("--format", default="jsonl", help="output format (default jsonl)")
    cli.add_argument("--keep", type=Path, help="build the corpus here and keep it (default: a temp dir)")
    return cli.parse_args()


def main() -> None:
    args = parse_args()
    megabytes = args.mb or (5.0 if args.quick else 100.0)
    counts = (1_000, 3_000) if args.quick else (1_000, 10_000)
    files = sources(args.paths)
    if not files:
        raise SystemExit("no *.txt files found")
    work = args.keep or Path(tempfile.mkdtemp(prefix="mfatext-bench-"))
    try:
        corpus = work / "corpus"
        n_files, n_bytes = replicate(files, corpus, megabytes=megabytes, at_least=max(counts))
        mb = n_bytes / 1e6
        print(f"corpus: {len(files)} pages copied to {n_files} files, {mb:.1f} MB ({corpus})")
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, format {args.format}")
        print()
        print("jobs  wall s   MB/s   CPU s  MB/CPU-s  max RSS MiB")
        for jobs in (1, 2):
            out = work / f"out-{jobs}.{args.format}"
            wall, cpu, rss = run_cli(["parse", "--quiet", "--format", args.format, "--jobs", str(jobs),
                                      str(corpus), "-o", str(out)])
            print(f"{jobs:>4}  {wall:6.1f}  {mb / wall:5.2f}  {cpu:6.1f}  {mb / cpu:8.2f}  {rss:11d}")
            out.unlink()
        print()
        print("documents  jobs  max RSS MiB  wall s")
        for count in counts:
            subset = first_files(corpus, count, work / f"first-{count}")
            for jobs in (1, 2):
                out = work / f"mem-{count}-{jobs}.{args.format}"
                wall, _, rss = run_cli(["parse", "--quiet", "--format", args.format, "--jobs", str(jobs),
                                        str(subset), "-o", str(out)])
                print(f"{count:>9}  {jobs:>4}  {rss:11d}  {wall:6.1f}")
                out.unlink()
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The command line at scale: --jobs keeps the bytes, interrupted runs leave no partial file, --errors,
the closing summary, the progress bar, and ``mfatext stats``."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mfatext.cli import main

from .conftest import SEEDS_DIR, corpus_files, seed_files

SEED_001 = str(SEEDS_DIR / "001_f22195f936221375.txt")


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal, as a user's shell is."""

    def isatty(self) -> bool:
        return True


def run(*argv: str, err: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), err if err is not None else io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def _inputs() -> list[str]:
    return [str(p) for p in [*seed_files(), *corpus_files()]]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tei", "parquet"])
def test_two_jobs_write_the_same_bytes_as_one(fmt: str, tmp_path: Path) -> None:
    # Order and content do not depend on how many processes parse: the files are byte-identical.
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    outputs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"out-{jobs}.{fmt}"
        status, _, _ = run("parse", "-q", "--format", fmt, "--jobs", jobs, *_inputs(), "-o", str(target))
        assert status == 0
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 10_000


def _many_inputs(folder: Path, copies: int) -> Path:
    """``copies`` rounds of the corpus in ``folder`` (about 0.45 MB a round)."""
    files = corpus_files() or seed_files()
    for n in range(copies):
        sub = folder / f"round-{n:03d}"
        sub.mkdir(parents=True)
        for src in files:
            shutil.copyfile(src, sub / f"{src.parent.name}-{src.name}")
    return folder


def _kill_after_first_output(argv: list[str], out_dir: Path, sig: signal.Signals, *,
                             group: bool = False) -> int:
    """Start the CLI, wait until its temporary output file holds data, send ``sig`` (to its whole
    process group, workers included, with ``group``); its exit status."""
    proc = subprocess.Popen([sys.executable, "-m", "mfatext", *argv], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=group)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            partial = [p for p in out_dir.glob(".mfatext-*.tmp") if p.stat().st_size > 0]
            if partial:
                break
            assert proc.poll() is None, "the run ended before any output appeared"
            time.sleep(0.01)
        else:
            pytest.fail("no output appeared within 60 s")
        assert proc.poll() is None, "the run finished before it could be interrupted"
        if group:
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
        return proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()


@pytest.mark.parametrize(("sig", "jobs"), [(signal.SIGTERM, "2"), (signal.SIGKILL, "1")])
def test_interrupted_run_leaves_no_partial_output(sig: signal.Signals, jobs: str, tmp_path: Path) -> None:
    corpus = _many_inputs(tmp_path / "in", 8)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "items.jsonl"
    errors = out_dir / "errors.jsonl"
    argv = ["parse", "-q", "--format", "jsonl", "--jobs", jobs, str(corpus), "-o", str(target),
            "--errors", str(errors)]
    status = _kill_after_first_output(argv, out_dir, sig)
    assert not target.exists()
    assert not errors.exists()
    if sig == signal.SIGTERM:
        # SIGTERM unwinds: the temporary files are deleted too, and the status says why it stopped.
        assert status == 143
        assert list(out_dir.iterdir()) == []
    else:
        # SIGKILL cannot be caught: only the hidden temporary file may remain, never a partial target.
        assert status == -signal.SIGKILL
        assert all(p.name.startswith(".mfatext-") for p in out_dir.iterdir())


def test_sigterm_to_the_whole_process_group_leaves_nothing(tmp_path: Path) -> None:
    # As a service manager stops a job: parent and workers get SIGTERM together. Workers just die;
    # the parent deletes its temporary files on the way out.
    corpus = _many_inputs(tmp_path / "in", 8)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = ["parse", "-q", "--format", "jsonl", "--jobs", "2", str(corpus), "-o", str(out_dir / "x.jsonl")]
    status = _kill_after_first_output(argv, out_dir, signal.SIGTERM, group=True)
    assert status != 0
    assert list(out_dir.iterdir()) == []


def test_errors_file_has_one_json_line_per_failed_file(tmp_path: Path) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"Sergey Lavrov\x00\x01")
    missing = tmp_path / "missing.txt"
    errors = tmp_path / "errors.jsonl"
    status, out, err = run("parse", "--format", "jsonl", SEED_001, str(binary), str(missing),
                           "--errors", str(errors))
    assert status == 1
    assert len(out.splitlines()) == 11  # the good file still gives its records
    lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(e["path"], e["error"]) for e in lines] == [
        (str(binary), "DecodeError"), (str(missing), "FileNotFoundError")]
    assert lines[0]["position"] == {"byte_offset": 13}  # the NUL after "Sergey Lavrov"
    assert lines[1]["position"] is None
    assert lines[1]["message"] == "No such file or directory"
    assert f"mfatext: {missing}: FileNotFoundError: No such file or directory" in err


def test_summary_counts_parsed_failed_and_diagnostics_by_code(tmp_path: Path) -> None:
    from mfatext import parse_files

    files = _inputs()
    codes: dict[str, int] = {}
    for doc in parse_files(files):
        for d in doc.diagnostics:
            codes[d.code] = codes.get(d.code, 0) + 1
    status, _, err = run("parse", "--format", "jsonl", *files, str(tmp_path / "missing.txt"))
    assert status == 1
    lines = err.splitlines()
    items = sum(1 for _ in __import__("mfatext").records(parse_files(files)))
    assert lines[1] == (f"mfatext: parsed {len(files)} files ({items} items), 1 failed, "
                        f"{sum(codes.values())} diagnostics")
    top_code, top_count = max(codes.items(), key=lambda kv: (kv[1], kv[0]))
    assert lines[2].split() == [str(max(codes.values())), min(c for c, n in codes.items() if n == top_count)]
    assert len(lines) == 2 + len(codes)
    assert top_code in err


def test_quiet_prints_nothing_on_success() -> None:
    status, out, err = run("parse", "-q", str(SEEDS_DIR))
    assert (status, err) == (0, "")
    assert len(json.loads(out)) == 5


def test_progress_bar_only_on_a_terminal() -> None:
    terminal = _Terminal()
    status, _, err = run("parse", "--format", "jsonl", str(SEEDS_DIR), err=terminal)
    assert status == 0
    assert "0/5 [" in err  # tqdm's bar, with the total (the paths were counted first)
    assert "file/s" in err
    assert "\r" in err
    assert err.rsplit("\r", 1)[1].startswith("mfatext: parsed 5 files")  # the bar is cleared first
    _, _, quiet = run("parse", "-q", "--format", "jsonl", str(SEEDS_DIR), err=_Terminal())
    assert quiet == ""
    _, _, piped = run("parse", "--format", "jsonl", str(SEEDS_DIR))  # StringIO is no terminal
    assert "\r" not in piped


def test_stats_counts_layouts_kinds_and_diagnostics() -> None:
    status, out, _ = run("stats", "--json", str(SEEDS_DIR))
    counts = json.loads(out)
    assert status == 0
    assert (counts["documents"], counts["failed"], counts["items"]) == (5, 0, 41)
    assert counts["layouts"] == {"embassy-page": {"documents": 3, "items": 33},
                                 "mid-article": {"documents": 1, "items": 1},
                                 "telegram": {"documents": 1, "items": 7}}
    assert counts["kinds"] == {"news-item": 30, "post": 7, "article": 4}
    status, text, _ = run("stats", "-j", "2", str(SEEDS_DIR))
    assert status == 0
    assert text.splitlines()[:2] == ["documents  5  (0 failed)", "items      41"]
    assert "embassy-page          3     33" in text
    assert "post           7" in text
    assert "post.elision       12" in text


def test_stats_reports_failures_with_status_1(tmp_path: Path) -> None:
    status, out, err = run("stats", "--json", str(tmp_path / "nope.txt"))
    assert status == 1
    assert json.loads(out)["failed"] == 1
    assert "nope.txt: FileNotFoundError" in err


def test_unwritable_errors_file_fails_before_parsing(tmp_path: Path) -> None:
    status, out, err = run("parse", SEED_001, "--errors", str(tmp_path / "no" / "such" / "dir.jsonl"))
    assert (status, out) == (1, "")
    assert "cannot write" in err


def test_sigterm_handler_is_restored_after_a_run() -> None:
    before = signal.getsignal(signal.SIGTERM)
    run("parse", "-q", SEED_001)
    assert signal.getsignal(signal.SIGTERM) is before


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="needs os.wait4")
def test_output_streams_before_all_files_are_read(tmp_path: Path) -> None:
    # Stdout gets the first records while later files are still being parsed: a pipe sees output early.
    corpus = _many_inputs(tmp_path / "in", 6)
    proc = subprocess.Popen([sys.executable, "-m", "mfatext", "parse", "-q", "--format", "jsonl",
                             str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    still_running = proc.poll() is None
    rest = proc.stdout.read()
    proc.wait(timeout=120)
    assert json.loads(first)["source"].startswith(str(corpus))
    assert still_running
    assert rest.count(b"\n") > 100


def test_folders_are_walked_lazily_in_sorted_path_order(tmp_path: Path) -> None:
    # The lazy walk gives the order of sorted(rglob) ("b/x.txt" before "b.txt": parts compare first),
    # skips hidden names at any depth, and spells paths as pathlib does.
    from mfatext.cli import expand_paths

    for name in ["b.txt", "b/x.txt", "b/a/z.txt", "a.txt", "B.txt", ".hidden/c.txt", "b/.d.txt",
                 "c/d/e/f.txt", "c/d.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    expected = [str(tmp_path / n) for n in ["B.txt", "a.txt", "b/a/z.txt", "b/x.txt", "b.txt", "c/d/e/f.txt"]]
    assert list(expand_paths([str(tmp_path)])) == expected
    assert list(expand_paths([str(tmp_path) + "/"])) == expected
    assert list(expand_paths([str(tmp_path)], "*.md")) == [str(tmp_path / "c/d.md")]
    assert list(expand_paths([str(tmp_path)], "d/*.md")) == []  # a pattern over folders: rglob's matching
    assert list(expand_paths([str(tmp_path)], "c/*.md")) == [str(tmp_path / "c/d.md")]


def test_two_jobs_report_failures_like_one(tmp_path: Path) -> None:
    # A file that fails in a worker process comes back as its error (errors pickle with their
    # keyword-only fields), in order, and the pool goes on: same stdout, stderr and --errors as one job.
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"Sergey Lavrov\x00\x01")
    files = [SEED_001, str(binary), str(tmp_path / "missing.txt"), *map(str, seed_files())]
    runs = []
    for jobs in ("1", "2"):
        errors = tmp_path / f"errors-{jobs}.jsonl"
        status, out, err = run("parse", "--format", "jsonl", "-j", jobs, *files, "--errors", str(errors))
        runs.append((status, out, err, errors.read_text(encoding="utf-8")))
    assert runs[0] == runs[1]
    assert runs[0][0] == 1
    assert json.loads(runs[0][3].splitlines()[0])["position"] == {"byte_offset": 13}


def test_errors_survive_pickling() -> None:
    # What parse_files(jobs=N) does with an error raised in a worker.
    import pickle

    from mfatext.errors import DecodeError, LayoutError, ParseError

    for error in (DecodeError("binary", offset=3, encoding="utf-8"), LayoutError("no x", known=("a",)),
                  ParseError("bad", text="ab\ncd", start=4, end=5)):
        copy = pickle.loads(pickle.dumps(error))
        assert (type(copy), copy.args, copy.__dict__) == (type(error), error.args, error.__dict__)

"""The ``mfatext`` command, run in-process through ``cli.main`` (and once as a real subprocess)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mfatext.cli import expand_paths, main, pretty_json

from .conftest import SEEDS_DIR, seed_files

SEED_001 = str(SEEDS_DIR / "001_f22195f936221375.txt")


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err, stdin=_Stdin(stdin))
    return status, out.getvalue(), err.getvalue()


def test_one_file_gives_one_document() -> None:
    # A single file prints one object, so `jq .layout` works without indexing.
    status, out, err = run("parse", SEED_001)
    doc = json.loads(out)
    assert (status, err) == (0, "mfatext: parsed 1 file (11 items), 0 failed, 0 diagnostics\n")
    assert doc["source"] == SEED_001
    assert "text" not in doc
    assert set(doc) == {"source", "layout", "language", "page", "items", "segments", "diagnostics"}


def test_folder_gives_array_of_the_five_seeds_only() -> None:
    # A folder is an array; gold.jsonl beside the seeds is not *.txt and is skipped.
    status, out, _ = run("parse", str(SEEDS_DIR))
    docs = json.loads(out)
    assert status == 0
    assert [d["source"] for d in docs] == [str(p) for p in seed_files()]
    assert len(docs) == 5


def test_with_text_includes_the_exact_text() -> None:
    _, out, _ = run("parse", "--with-text", SEED_001)
    assert json.loads(out)["text"] == Path(SEED_001).read_text(encoding="utf-8")


def test_stdin_is_read_and_named_dash() -> None:
    status, out, _ = run("parse", "-", stdin=b"Question: why?\n")
    assert status == 0
    assert json.loads(out)["source"] == "-"


def test_bad_file_is_reported_and_the_rest_still_run(tmp_path: Path) -> None:
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    status, out, err = run("parse", str(tmp_path / "missing.txt"), str(binary), SEED_001)
    assert status == 1
    assert [d["source"] for d in json.loads(out)] == [SEED_001]
    assert f"{tmp_path / 'missing.txt'}: FileNotFoundError" in err
    assert f"{binary}: DecodeError" in err
    assert "byte offset 0" in err


def test_unknown_layout_is_a_usage_error_listing_known_ones() -> None:
    status, out, err = run("parse", "--layout", "nope", SEED_001)
    assert (status, out) == (2, "")
    assert "known layouts:" in err
    assert "plain" in err


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        run("parse")
    assert exc.value.code == 2


def test_layout_option_skips_detection() -> None:
    _, out, _ = run("parse", "--layout", "plain", SEED_001)
    doc = json.loads(out)
    assert doc["layout"] == "plain"
    assert not any(d["code"] == "layout.undetected" for d in doc["diagnostics"])


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    status, out, _ = run("parse", "-o", str(target), SEED_001)
    assert (status, out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["source"] == SEED_001
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left behind


def test_output_into_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    status, _, err = run("parse", "-o", str(tmp_path / "no" / "out.json"), SEED_001)
    assert status == 1
    assert "cannot write" in err


def test_jsonl_and_csv_give_one_row_per_item(tmp_path: Path) -> None:
    # Plain text has no items, so a plain document gives no record; the CSV still has its header.
    status, out, _ = run("parse", "--layout", "plain", "--format", "jsonl", SEED_001)
    assert (status, out) == (0, "")
    _, out, _ = run("parse", "--layout", "plain", "--format", "csv", SEED_001)
    assert out.splitlines()[0].startswith("source,layout,language,index,kind,published,title")


def test_glob_and_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "b.html").write_text("b", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("h", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("c", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("d", encoding="utf-8")
    names = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]
    assert names == ["a.txt", "sub/d.txt"]
    every = [Path(p).name for p in expand_paths([str(tmp_path)], "*")]
    assert every == ["a.txt", "b.html", "d.txt"]


def test_detect_prints_winner_and_runner_up() -> None:
    status, out, _ = run("detect", str(SEEDS_DIR))
    rows = [line.split("\t") for line in out.splitlines()]
    assert status == 0
    assert rows[0] == ["path", "layout", "score", "runner-up", "score"]
    assert len(rows) == 6
    assert all(len(row) == 5 and 0.0 <= float(row[2]) <= 1.0 for row in rows[1:])


def test_layouts_lists_the_builtins() -> None:
    status, out, _ = run("layouts")
    names = {line.split()[0] for line in out.splitlines()}
    assert status == 0
    assert {"plain", "embassy-page", "news-list", "telegram", "mid-article"} <= names


def test_version_lists_plugins(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("mfatext ")
    assert "plain (mfatext.layouts.plain)" in out


def test_pretty_json_keeps_spans_on_one_line() -> None:
    text = pretty_json({"span": [0, 16], "items": [{"kind": "post"}], "empty": {}})
    assert '"span": [0, 16]' in text
    assert json.loads(text) == {"span": [0, 16], "items": [{"kind": "post"}], "empty": {}}


def test_python_dash_m_runs_the_cli() -> None:
    # The real entry point, as a user types it: valid JSON for every seed.
    proc = subprocess.run([sys.executable, "-m", "mfatext", "parse", str(SEEDS_DIR)], capture_output=True,
                          text=True, check=False, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)) == 5


def test_tei_one_document_and_a_corpus() -> None:
    from lxml import etree

    status, out, _ = run("parse", "--format", "tei", SEED_001)
    assert status == 0
    assert etree.QName(etree.fromstring(out.encode())).localname == "TEI"
    _, out, _ = run("parse", "--format", "tei", str(SEEDS_DIR))
    corpus = etree.fromstring(out.encode())
    assert etree.QName(corpus).localname == "teiCorpus"
    assert [etree.QName(child).localname for child in corpus] == ["teiHeader"] + ["TEI"] * 5


def test_jobs_gives_the_same_output_in_the_same_order() -> None:
    _, serial, _ = run("parse", str(SEEDS_DIR))
    status, parallel, _ = run("parse", "--jobs", "2", str(SEEDS_DIR))
    assert status == 0
    assert parallel == serial
    assert run("parse", "--jobs", "0", SEED_001)[0] == 2


def test_layouts_lists_failed_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    # A plugin whose import failed is shown with its reason, so a user can see why it is missing.
    from types import MappingProxyType

    import mfatext.cli as cli

    monkeypatch.setattr(cli, "load_errors", lambda: MappingProxyType({"t-broken": "ImportError: no lxml"}))
    status, out, _ = run("layouts")
    assert status == 0
    assert "t-broken" in out
    assert "FAILED TO LOAD: ImportError: no lxml" in out


def test_detect_reads_stdin_and_reports_bad_input() -> None:
    status, out, _ = run("detect", "-", stdin=(SEEDS_DIR / "002_00f5b784e6f83555.txt").read_bytes())
    row = out.splitlines()[1].split("\t")
    assert (status, row[0], row[1]) == (0, "-", "telegram")
    status, _, err = run("detect", "-", stdin=b"\x00binary")
    assert status == 1
    assert "-: DecodeError" in err

"""Every output format, from the seeds, read back with its own reader and checked against the page text.

json by json.loads, jsonl line by line, csv with the csv module, tei with lxml against a RELAX NG subset
of TEI (tests/data/tei-subset.rng), parquet with pyarrow (skipped without the ``parquet`` extra).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import mfatext
from mfatext.cli import main
from mfatext.export import RECORD_FIELDS, records, tei_corpus, tei_document, write_csv

from .conftest import SEEDS_DIR, corpus_files, seed_files

SCHEMA = Path(__file__).parent / "data" / "tei-subset.rng"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
SEED_001 = str(SEEDS_DIR / "001_f22195f936221375.txt")  # embassy page: Lavrov/Makei Q&A + 10 news items
SEED_002 = str(SEEDS_DIR / "002_00f5b784e6f83555.txt")  # telegram: forwarded posts with #RussiaSerbia
SEED_004 = str(SEEDS_DIR / "004_d6443154fc4fd715.txt")  # embassy page whose article ends with its URL


def cli(*argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(list(argv), stdout=out, stderr=err) == 0, err.getvalue()
    return out.getvalue()


def seed_records() -> list[dict[str, object]]:
    return list(records(mfatext.parse_files(seed_files())))


def test_json_is_the_lossless_document_form() -> None:
    # One file -> one object that from_dict reads back into the same Document the library parses.
    doc = json.loads(cli("parse", "-q", "--with-text", SEED_001))
    assert mfatext.from_dict(doc) == mfatext.parse_file(SEED_001)
    assert doc["items"][0]["headline"]["place"] == "Moscow"


def test_jsonl_records_hold_real_values() -> None:
    rows = [json.loads(line) for line in cli("parse", "-q", "--format", "jsonl", SEED_001).splitlines()]
    assert len(rows) == 11  # the article and the ten news items of the page's "latest news" column
    first = rows[0]
    assert list(first) == list(RECORD_FIELDS)
    assert first["kind"] == "article"
    assert first["speaker_ids"] == ["lavrov-sergey", "makei-vladimir"]
    assert (first["event_date"], first["place"], first["genre"]) == ("2021-11-10", "Moscow", "remarks")
    assert first["turns"] == 10
    text = Path(SEED_001).read_text(encoding="utf-8")
    start, end = first["span"]
    assert text[start:end].startswith("Foreign Minister Sergey Lavrov's remarks and answers to media")
    assert text[start:end].endswith("allow themselves to be dragged into a dangerous spiral.")


def test_jsonl_posts_carry_forwarded_from_and_hashtags() -> None:
    rows = [json.loads(line) for line in cli("parse", "-q", "--format", "jsonl", SEED_002).splitlines()]
    # The page's first line is "Forwarded from Russian MFA 🇷🇺".
    assert rows[0]["forwarded_from"] == "Russian MFA 🇷🇺"
    assert rows[0]["hashtags"] == ["RussiaSerbia"]
    assert rows[0]["title"] is None
    assert rows[0]["text"].startswith("🇷🇺🇷🇸 On September 23, Foreign Minister Sergey Lavrov had a meeting")


def test_csv_reads_back_with_the_csv_module() -> None:
    # RFC 4180 quoting survives multi-line bodies, quotes and commas: every field reads back as written.
    out = cli("parse", "-q", "--format", "csv", str(SEEDS_DIR))
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    expected = seed_records()
    assert len(rows) == len(expected) == 41
    assert tuple(rows[0]) == RECORD_FIELDS
    for row, rec in zip(rows, expected, strict=True):
        assert row["text"] == (rec["text"] or "")
        assert row["title"] == (rec["title"] or "")
    by_url = [r for r in rows if r["url"]]
    assert [r["url"] for r in by_url] == ["https://mid.ru/en/foreign_policy/news/1817245/"]
    assert rows[1]["speaker_ids"] == "lavrov-sergey makei-vladimir"  # lists: space-separated
    assert rows[1]["span"] == "691 13356"


def test_csv_writer_counts_rows_and_quotes_newlines() -> None:
    out = io.StringIO()
    rec = dict.fromkeys(RECORD_FIELDS, None) | {"text": 'a "quoted",\nline', "hashtags": ["x", "y"]}
    assert write_csv([rec], out) == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert (row["text"], row["hashtags"], row["title"]) == ('a "quoted",\nline', "x y", "")
    # RFC 4180: CRLF ends each record; a line break inside a quoted field stays as it is in the text.
    assert out.getvalue().endswith(',"a ""quoted"",\nline",,,x y,,\r\n')
    assert out.getvalue().count("\r\n") == 2


SCHEMA_RNG = etree.RelaxNG(etree.parse(str(SCHEMA)))


def _schema() -> etree.RelaxNG:
    return SCHEMA_RNG


def test_tei_document_is_valid_and_keeps_turns() -> None:
    root = etree.fromstring(tei_document(mfatext.parse_file(SEED_001)).encode())
    schema = _schema()
    assert schema.validate(root), schema.error_log
    persons = {p.get(XML_ID) for p in root.iter(f"{TEI}person")}
    assert {"lavrov-sergey", "makei-vladimir"} <= persons
    turns = root.findall(f".//{TEI}div[@n='0']/{TEI}u")
    assert len(turns) == 10
    assert turns[1].get("who") == "#lavrov-sergey"
    assert turns[1].get("ana") == "#answer"
    assert turns[0].get("ana") == "#question"
    label = turns[1].getprevious()
    assert (label.tag, label.get("type"), label.text) == (f"{TEI}note", "speaker", "Sergey Lavrov")
    segs = turns[1].findall(f"{TEI}seg")
    assert segs[0].text.startswith("I could go on and on about it.")
    assert len(segs) > 1  # one <seg> per printed paragraph of the answer


def test_tei_corpus_of_seeds_and_corpus_is_valid() -> None:
    docs = mfatext.parse_files([*seed_files(), *corpus_files()])
    root = etree.fromstring("".join(tei_corpus(docs)).encode())
    schema = _schema()
    assert schema.validate(root), schema.error_log
    assert len(root.findall(f"{TEI}TEI")) == 5 + len(corpus_files())
    # In a corpus, xml:id must be unique in the whole file: the documents list their speakers as
    # <person n="...">, and every who="#id" points at a <person xml:id> of the corpus header.
    ids = [e.get(XML_ID) for e in root.iter() if e.get(XML_ID) is not None]
    assert len(ids) == len(set(ids))
    header_people = {p.get(XML_ID) for p in root.find(f"{TEI}teiHeader").iter(f"{TEI}person")}
    assert {"lavrov-sergey", "zakharova-maria", "makei-vladimir"} <= header_people
    whos = {u.get("who")[1:] for u in root.iter(f"{TEI}u") if u.get("who")}
    assert "lavrov-sergey" in whos
    assert whos <= header_people
    for member in root.findall(f"{TEI}TEI"):
        assert not [p for p in member.iter(f"{TEI}person") if p.get(XML_ID)]
    roles = {c.get(XML_ID) for c in root.iter(f"{TEI}category")}
    assert roles == {"question", "answer", "statement"}
    assert {u.get("ana")[1:] for u in root.iter(f"{TEI}u")} <= roles


def test_schema_rejects_what_the_exporter_must_not_write() -> None:
    # The schema can fail: a <u> without its role, or a who that is not "#id", is invalid.
    root = etree.fromstring(tei_document(mfatext.parse_file(SEED_001)).encode())
    u = next(root.iter(f"{TEI}u"))
    u.set("who", "lavrov-sergey")
    assert not _schema().validate(root)
    del u.attrib["who"]
    del u.attrib["ana"]
    assert not _schema().validate(root)


def test_tei_keeps_control_characters_out() -> None:
    # XML 1.0 cannot hold U+0001: the exporter writes U+FFFD instead, and the result parses.
    doc = mfatext.parse("Question: why\x01?\nSergey Lavrov: Because.\n", layout="embassy-page")
    root = etree.fromstring(tei_document(doc).encode())
    assert "why\ufffd?" in etree.tostring(root, encoding="unicode")


def test_parquet_has_the_csv_columns_typed(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "seeds.parquet"
    assert main(["parse", "-q", "--format", "parquet", str(SEEDS_DIR), "-o", str(target)]) == 0
    table = pq.read_table(target)
    assert tuple(table.column_names) == RECORD_FIELDS
    rows = table.to_pylist()
    assert rows == seed_records()  # same values as jsonl, lists and integers kept typed
    assert rows[1]["speaker_ids"] == ["lavrov-sergey", "makei-vladimir"]
    assert str(table.schema.field("turns").type) == "int64"


def test_parquet_streams_row_groups_and_writes_empty_files(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from mfatext.export import write_parquet

    target = tmp_path / "small-groups.parquet"
    assert write_parquet(seed_records(), str(target), batch_size=10) == 41
    assert pq.ParquetFile(target).metadata.num_row_groups == 5  # 10+10+10+10+1: written as they come
    empty = tmp_path / "empty.parquet"
    assert write_parquet([], str(empty)) == 0
    assert pq.read_table(empty).num_rows == 0


def test_parquet_needs_an_output_file() -> None:
    err = io.StringIO()
    assert main(["parse", "--format", "parquet", SEED_001], stdout=io.StringIO(), stderr=err) == 2
    assert "-o FILE" in err.getvalue()


def test_pandas_dataframe_is_one_line() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(mfatext.records(mfatext.parse_files(seed_files())))
    assert frame.shape == (41, len(RECORD_FIELDS))
    assert frame.groupby("layout").size().to_dict() == {"embassy-page": 33, "mid-article": 1, "telegram": 7}


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_survives_csv(texts: list[str]) -> None:
    # Whatever a page holds (quotes, commas, CR, LF, NUL-free Unicode), the csv module reads back the
    # very cell that was written.
    texts = [t.replace("\x00", "") for t in texts]
    out = io.StringIO(newline="")
    write_csv([dict.fromkeys(RECORD_FIELDS, None) | {"text": t} for t in texts], out)
    back = [row["text"] for row in csv.DictReader(io.StringIO(out.getvalue(), newline=""))]
    assert back == texts


_LINES = st.lists(st.sampled_from(["Question:", "Sergey Lavrov:", "#tag", "Forwarded from X", "10 June 2022",
                                   "\x01\x0b", "<&>", ""]) | st.text(max_size=40), max_size=8)


@given(_LINES, st.sampled_from(["embassy-page", "telegram", "mid-article", "news-list"]))
def test_any_text_gives_well_formed_tei(lines: list[str], layout: str) -> None:
    # Every layout's output for arbitrary text serialises to XML that parses (XML-illegal characters
    # become U+FFFD) and stays valid against the schema.
    doc = mfatext.parse("\n".join(lines), layout=layout)
    root = etree.fromstring(tei_document(doc).encode())
    assert SCHEMA_RNG.validate(root), SCHEMA_RNG.error_log

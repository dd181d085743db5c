"""The public API: parse, parse_file, parse_files, detect, layouts, to_dict/from_dict, records, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

import mfatext
from mfatext.errors import DecodeError, LayoutError, MfatextError
from mfatext.export.tei import TEI_NS
from mfatext.models import Article, Document, Headline, NewsItem, Paragraph, Post, Span, Speaker, Turn

from .conftest import seed_files

SEED_001 = seed_files()[1]


def test_public_names() -> None:
    for name in ("parse", "parse_file", "parse_files", "detect", "layouts", "to_dict", "from_dict", "records",
                 "errors", "Document"):
        assert hasattr(mfatext, name), name
    assert issubclass(mfatext.errors.ParseError, MfatextError)


def test_parse_text_bytes_and_file_agree() -> None:
    # The same page as str, bytes and path gives the same document (bar the source).
    raw = SEED_001.read_bytes()
    from_text = mfatext.parse(raw.decode("utf-8"))
    from_bytes = mfatext.parse(raw)
    from_file = mfatext.parse_file(SEED_001)
    assert from_text.text == from_bytes.text == from_file.text
    assert from_text.segments == from_file.segments
    assert from_file.source == str(SEED_001)
    assert from_text.source is None


def test_parse_records_source() -> None:
    assert mfatext.parse("x", source="here.txt").source == "here.txt"


def test_unknown_layout_raises_layout_error() -> None:
    with pytest.raises(LayoutError, match=r"known layouts: .*plain"):
        mfatext.parse("text", layout="no-such-layout")


def test_parse_files_is_ordered_and_streams() -> None:
    paths = seed_files()
    got = mfatext.parse_files(iter(paths))
    assert next(got).source == str(paths[0])  # a generator: the first document comes before the rest
    assert [d.source for d in got] == [str(p) for p in paths[1:]]


def test_parse_files_with_jobs_keeps_order() -> None:
    paths = seed_files() * 2
    assert [d.source for d in mfatext.parse_files(paths, jobs=2)] == [str(p) for p in paths]


def test_parse_files_on_error_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8")  # UTF-16 BOM followed by a lone surrogate
    failed: list[tuple[str, type[Exception]]] = []
    docs = list(mfatext.parse_files([bad, SEED_001], on_error=lambda p, e: failed.append((p, type(e)))))
    assert [d.source for d in docs] == [str(SEED_001)]
    assert failed == [(str(bad), DecodeError)]


def test_parse_files_raises_without_on_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(mfatext.parse_files([tmp_path / "missing.txt"]))


def test_detect_scores_every_layout_best_first() -> None:
    candidates = mfatext.detect(SEED_001.read_text(encoding="utf-8"))
    assert {c.layout for c in candidates} == set(mfatext.layouts())
    scores = [c.score for c in candidates]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_layouts_is_read_only() -> None:
    table = mfatext.layouts()
    with pytest.raises(TypeError):
        table["x"] = table["plain"]  # type: ignore[index]


def _doc() -> Document:
    text = "Lavrov: remarks, Moscow\nSecond line\n"
    lavrov = Speaker(name="Sergey Lavrov", id="lavrov-sergey", position="Foreign Minister")
    other = Speaker(name="Vladimir Makei")
    article = Article(title="Lavrov: remarks, Moscow", published=dt.date(2021, 11, 10),
                      headline=Headline(genre="remarks", speakers=(lavrov, other), place="Moscow",
                                        event_date=dt.date(2021, 11, 10)),
                      paragraphs=(Paragraph(text="Second line", span=Span(start=24, end=35)),),
                      url="https://mid.ru/x", hashtags=("Russia",), span=Span(start=0, end=36))
    news = NewsItem(published=dt.date(2021, 11, 26), title="News", lead="Lead", span=Span(start=0, end=5))
    paras = (Paragraph(text="a", span=Span(start=0, end=1)), Paragraph(text="b", span=Span(start=2, end=3)))
    post = Post(forwarded_from="Russian MFA 🇷🇺", paragraphs=paras, span=Span(start=0, end=3))
    return Document(source="s.txt", layout="embassy-page", language="en", text=text,
                    items=(article, news, post))


def test_records_flatten_every_item() -> None:
    rows = list(mfatext.records([_doc()]))
    assert [r["kind"] for r in rows] == ["article", "news-item", "post"]
    assert rows[0]["speaker_ids"] == ["lavrov-sergey"]  # a speaker without an id is left out
    assert rows[0]["event_date"] == "2021-11-10"
    assert rows[0]["place"] == "Moscow"
    assert rows[0]["text"] == "Second line"
    assert rows[0]["span"] == [0, 36]
    assert rows[1]["text"] == "Lead"
    assert rows[2]["forwarded_from"] == "Russian MFA 🇷🇺"
    assert rows[2]["text"] == "a\nb"
    assert all(list(r) == list(mfatext.export.RECORD_FIELDS) for r in rows)


def test_records_csv(tmp_path: Path) -> None:
    import csv
    import io

    out = io.StringIO()
    assert mfatext.export.write_csv(mfatext.records([_doc()]), out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["hashtags"] == "Russia"
    assert rows[0]["span"] == "0 36"
    assert rows[1]["url"] == ""


def _doc_with_turns() -> Document:
    # Lines of seed 001: a paragraph, then a question and Lavrov's answer (paragraphs inside turns).
    text = ("Ladies and gentlemen,\nQuestion (to both): What does it mean?\n"
            "Sergey Lavrov: I could go on.\n\x0b\n")
    para = Paragraph(text="Ladies and gentlemen,", span=Span(start=0, end=21))
    inside = Paragraph(text="Sergey Lavrov: I could go on.", span=Span(start=61, end=90))
    question = Turn(speaker=Speaker(name="Question"), role="question", label="Question (to both)",
                    text="What does it mean?", span=Span(start=22, end=60))
    answer = Turn(speaker=Speaker(name="Sergey Lavrov", id="lavrov-sergey"), role="answer",
                  label="Sergey Lavrov", text="I could go on.\x0b", span=Span(start=61, end=93))
    article = Article(title="Remarks", published=dt.date(2021, 11, 10), paragraphs=(para, inside),
                      turns=(question, answer), span=Span(start=0, end=93))
    return Document(source="001.txt", layout="embassy-page", language="en", text=text, items=(article,))


def test_tei_turns_are_u_elements_parlamint_style() -> None:
    root = etree.fromstring(mfatext.export.tei_document(_doc_with_turns()).encode())
    ns = {"t": TEI_NS}
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    div = root.find(".//t:body/t:div", ns)
    assert div is not None
    assert (div.get("type"), div.findtext("t:head", namespaces=ns)) == ("article", "Remarks")
    # The paragraph inside the answer's span is not repeated; the turns follow in text order.
    assert [etree.QName(e).localname for e in div] == ["head", "docDate", "p", "note", "u", "note", "u"]
    us = div.findall("t:u", ns)
    assert [(u.get("who"), u.get("ana")) for u in us] == [(None, "#question"), ("#lavrov-sergey", "#answer")]
    assert us[1].findtext("t:seg", namespaces=ns) == "I could go on.\ufffd"  # \x0b is not XML: replaced
    assert root.find(".//t:person", ns).get("{http://www.w3.org/XML/1998/namespace}id") == "lavrov-sergey"


def test_tei_corpus_wraps_documents() -> None:
    xml = "".join(mfatext.export.tei_corpus([_doc_with_turns(), _doc()]))
    root = etree.fromstring(xml.encode())
    assert etree.QName(root).localname == "teiCorpus"
    assert len(root.findall(f"{{{TEI_NS}}}TEI")) == 2

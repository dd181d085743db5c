"""TEI XML in the ParlaMint style: one ``<TEI>`` per document, one ``<div>`` per item, question/answer
turns as ``<u who="#speaker-id" ana="#question|#answer|#statement">``.

The shape, for an article with turns::

    <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
      <teiHeader> title, source, page date; the turn roles as a <taxonomy> (targets of ``ana``);
                  the speakers with an id in <listPerson> (targets of ``who``) </teiHeader>
      <text><body>
        <div type="article" n="0">
          <head>Foreign Minister Sergey Lavrov's remarks ...</head>
          <docDate when="2021-11-10"/>
          <p>Ladies and gentlemen,</p>                        paragraphs outside any turn
          <note type="speaker">Sergey Lavrov</note>            the label as printed
          <u who="#lavrov-sergey" ana="#answer">
            <seg>I could go on ...</seg>                      one <seg> per printed paragraph
            <seg>Everything that is being done ...</seg>
          </u>
        </div>
      </body></text>
    </TEI>

Paragraphs inside a turn's span are not repeated as ``<p>``; a speaker without an id has no ``who``.
A ``<teiCorpus>`` (several documents) carries the taxonomy and the speaker table's people
(``<person xml:id="...">``, the targets of every ``who``) once in its own header; its documents list
their own speakers as ``<person n="...">`` (an ``xml:id`` must be unique in the whole file).
Characters XML 1.0 cannot hold (some control characters) become U+FFFD, so TEI is for reading, not the
lossless form (that is :func:`mfatext.to_dict`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

import mfatext
from mfatext.models import Article, Document, Item, NewsItem, Paragraph, Post, Speaker, Turn
from mfatext.parsers.speakers import people

__all__ = [
    "TEI_CORPUS_END", "TEI_NS", "tei_corpus", "tei_corpus_member", "tei_corpus_start", "tei_document",
    "to_tei",
]

TEI_NS = "http://www.tei-c.org/ns/1.0"
_T = f"{{{TEI_NS}}}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    node = etree.SubElement(parent, _T + tag, {k: _clean(v) for k, v in attrs.items()})
    if text is not None:
        node.text = _clean(text)
    return node


def _title(doc: Document) -> str:
    for item in doc.items:
        if not isinstance(item, Post) and item.title:
            return item.title
    return doc.source or "untitled"


ROLES: dict[str, str] = {
    "question": "a question, from the press or the audience",
    "answer": "an answer to a question",
    "statement": "a statement outside a question and its answer",
}
"""The values of ``<u ana="#...">``, described in the header's ``<taxonomy>``."""


def _taxonomy(header: etree._Element) -> None:
    taxonomy = _sub(_sub(_sub(header, "encodingDesc"), "classDecl"), "taxonomy", **{_XML_ID: "turn-roles"})
    for role, gloss in ROLES.items():
        _sub(_sub(taxonomy, "category", **{_XML_ID: role}), "catDesc", gloss)


def _header(root: etree._Element, doc: Document, id_attr: str) -> None:
    header = _sub(root, "teiHeader")
    desc = _sub(header, "fileDesc")
    _sub(_sub(desc, "titleStmt"), "title", _title(doc))
    made = f"Converted by mfatext {mfatext.__version__} (layout {doc.layout})"
    _sub(_sub(desc, "publicationStmt"), "p", made)
    bibl = _sub(_sub(desc, "sourceDesc"), "bibl")
    if doc.source is not None:
        _sub(bibl, "idno", doc.source, type="source")
    if doc.page is not None and doc.page.date is not None:
        _sub(bibl, "date", when=doc.page.date.isoformat())
    if id_attr == _XML_ID:  # standalone: the taxonomy is here; in a corpus, in the corpus header
        _taxonomy(header)
    people = {s.id: s for item in doc.items for s in _speakers(item) if s.id is not None}
    if people:
        persons = _sub(_sub(_sub(header, "profileDesc"), "particDesc"), "listPerson")
        for pid, person in sorted(people.items()):
            node = _sub(persons, "person", **{id_attr: pid})
            _sub(node, "persName", person.name)


def _speakers(item: Item) -> Iterator[Speaker]:
    if not isinstance(item, Post) and item.headline is not None:
        yield from item.headline.speakers
    for turn in item.turns:
        yield turn.speaker


def _body_parts(item: Item) -> list[Paragraph | Turn]:
    """Paragraphs outside every turn, and the turns, in text order."""
    paragraphs = () if isinstance(item, NewsItem) else item.paragraphs
    inside = [(t.span.start, t.span.end) for t in item.turns]
    free = [p for p in paragraphs if not any(a <= p.span.start < b for a, b in inside)]
    return sorted([*free, *item.turns], key=lambda part: part.span.start)


def _item(body: etree._Element, index: int, item: Item) -> None:
    div = _sub(body, "div", type=item.kind, n=str(index))
    if isinstance(item, Post) and item.forwarded_from:
        _sub(div, "note", item.forwarded_from, type="forwarded-from")
    if not isinstance(item, Post) and item.title:
        _sub(div, "head", item.title)
    if item.published is not None:
        _sub(div, "docDate", when=item.published.isoformat())
    if isinstance(item, NewsItem) and item.lead:
        _sub(div, "p", item.lead)
    for part in _body_parts(item):
        if isinstance(part, Paragraph):
            _sub(div, "p", part.text)
            continue
        _sub(div, "note", part.label, type="speaker")
        attrs = {"ana": f"#{part.role}"}
        if part.speaker.id is not None:
            attrs["who"] = f"#{part.speaker.id}"
        u = _sub(div, "u", **attrs)
        for line in part.text.split("\n"):
            if line.strip():  # one printed line is one paragraph (DESIGN.md), so one <seg>
                _sub(u, "seg", line)
    if isinstance(item, Article | Post) and item.hashtags:
        _sub(div, "note", " ".join(f"#{h}" for h in item.hashtags), type="hashtags")


def to_tei(doc: Document, *, in_corpus: bool = False) -> etree._Element:
    """The ``<TEI>`` element of ``doc``. Speakers are listed as ``<person xml:id="lavrov-sergey">``; in a
    corpus (``in_corpus``) an ``xml:id`` must be unique across documents, so they are
    ``<person n="lavrov-sergey">`` there, and ``who="#lavrov-sergey"`` points at the corpus header's
    ``<person xml:id="lavrov-sergey">``."""
    # TEI is the default namespace; lxml spells that with a None key, which lxml-stubs do not allow.
    default_ns: Any = {None: TEI_NS}
    root = etree.Element(_T + "TEI", nsmap=default_ns)
    if doc.language:
        root.set(_XML_LANG, doc.language)
    _header(root, doc, "n" if in_corpus else _XML_ID)
    body = _sub(_sub(root, "text"), "body")
    for index, item in enumerate(doc.items):
        _item(body, index, item)
    return root


def tei_document(doc: Document) -> str:
    """``doc`` as a standalone, pretty-printed TEI XML document (with the XML declaration)."""
    xml: str = etree.tostring(to_tei(doc), encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml


def _corpus_header() -> str:
    default_ns: Any = {None: TEI_NS}
    holder = etree.Element(_T + "teiCorpus", nsmap=default_ns)
    header = _sub(holder, "teiHeader")
    desc = _sub(header, "fileDesc")
    _sub(_sub(desc, "titleStmt"), "title", "mfatext corpus")
    _sub(_sub(desc, "publicationStmt"), "p", f"Converted by mfatext {mfatext.__version__}")
    _sub(_sub(desc, "sourceDesc"), "p", "The documents below, one <TEI> per source file.")
    _taxonomy(header)
    # The targets of every document's who="#id": the speaker table's people, listed before any document
    # (the corpus streams), each id once in the file.
    listed = people()
    if listed:
        persons = _sub(_sub(_sub(header, "profileDesc"), "particDesc"), "listPerson")
        for p in listed:
            _sub(_sub(persons, "person", **{_XML_ID: p.id}), "persName", p.aliases[0] if p.aliases else p.id)
    xml: str = etree.tostring(header, encoding="unicode", pretty_print=True)
    # Serialised alone, the header would repeat the namespace declaration the corpus root already has.
    return xml.replace(f' xmlns="{TEI_NS}"', "", 1)


def tei_corpus_start() -> str:
    """The opening of a ``<teiCorpus>``: the XML declaration, the root element and the corpus header."""
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="{TEI_NS}">\n' + _corpus_header()


TEI_CORPUS_END = "</teiCorpus>\n"
"""The closing of a ``<teiCorpus>``."""


def tei_corpus_member(doc: Document) -> str:
    """``doc``'s ``<TEI>`` element as it stands inside a ``<teiCorpus>`` (speakers as ``n``)."""
    xml: str = etree.tostring(to_tei(doc, in_corpus=True), encoding="unicode", pretty_print=True)
    return xml


def tei_corpus(docs: Iterable[Document]) -> Iterator[str]:
    """A ``<teiCorpus>`` holding one ``<TEI>`` per document, yielded in pieces so it streams."""
    yield tei_corpus_start()
    for doc in docs:
        yield tei_corpus_member(doc)
    yield TEI_CORPUS_END

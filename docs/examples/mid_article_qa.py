# A complete short mid.ru page (corpus/mid/005.txt of the shared corpus, 14 May 2017).
import mfatext

TEXT = """\
14 May 201713:21

Foreign Minister Sergey Lavrov’s answers to media questions, Beijing, May 14, 2017


  • en-GB1 ru-RU1

Question: What happened in Washington with the photographer?

Sergey Lavrov: The White House has explained that there was no scandal concerning this.

Question: It was the Foreign Ministry Spokesperson Maria Zakharava who said that there wasn’t any scandal.

Sergey Lavrov: No, it was the White House. On their website they posted that everything was agreed \
upon in advance, just as in the case of other ministers.

Advanced settings"""

doc = mfatext.parse(TEXT)
art = doc.items[0]
print("layout:", doc.layout, "| language:", doc.language)
print("translations:", doc.page.translations)
print("title:", art.title)
print("published:", art.published.isoformat())
h = art.headline
print("genre:", h.genre, "| place:", h.place, "| event_date:", h.event_date)
print("speakers:", [s.id for s in h.speakers])
for t in art.turns:
    print(f"turn: {t.role:8} {t.label!r:16} {t.text[:45]!r}")
for s in doc.segments:
    if s.kind != "blank":
        shown = doc.text[s.span.start : s.span.end].strip()[:45]
        print(f"segment: {s.kind:12} {s.span.start:>3}-{s.span.end:<3} {shown!r}")

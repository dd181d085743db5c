# ruff: noqa: E501  (the excerpt keeps the page's long lines as printed)
import mfatext

# corpus/embassy/020.txt (rusemb.org.uk/apress_arh/, a 2017 snapshot), first two items; leads shortened.
text = """22 February 2017
Moscow: 18:25
London: 15:25

Consular queries:\u00a0\u00a0
+44 (0) 203 668 7474\u00a0\u00a0



Pages: ««« :: 123456789101112131415 :: »»»\u00a0\u00a0

07.11.2016 - Reply by Foreign Ministry Spokesperson Maria Zakharova to a media question in connection with reports on US military hackers’ penetration of Russia’s telecommunications networks and electric grid

Question: How would you comment on the reports that US military hackers have penetrated Russia’s telecommunications networks and electric grid? Maria Zakharova: Regarding the recent media reports, we expect a response from the US authorities.

02.11.2016 - Foreign Minister Sergey Lavrov’s speech at the Fourth Russian-Greek Civil Society Forum, Athens, November 2, 2016

In the current difficult international situation, civil societies are objectively playing an increasing role. We welcome public diplomacy initiat
"""
doc = mfatext.parse(text)
page = doc.page
print("layout:", doc.layout, "| page date:", page.date, "| retrieved_at:", page.retrieved_at.isoformat())
pagination = page.pagination
print("pagination:", pagination.pages, "| current:", pagination.current, "| raw:", pagination.raw)
for item in doc.items:
    print(f"\nnews-item {item.published}: {item.title[:70]}...")
    print("  headline:", item.headline.genre, [s.id for s in item.headline.speakers], item.headline.place,
          item.headline.event_date)
    turns = [(t.label, t.role, t.speaker.id) for t in item.turns]
    print("  lead_truncated:", item.lead_truncated, "| turns:", turns)
print()
for seg in doc.segments:
    shown = doc.text[seg.span.start : seg.span.end].replace("\u00a0", " ").strip()
    print(f"{seg.kind:<12} {seg.span.start:>5}-{seg.span.end:<5} {shown[:44]!r}")
for d in doc.diagnostics:
    print("diagnostic:", d.code, d.severity, d.message, d.span)

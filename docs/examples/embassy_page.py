import mfatext

doc = mfatext.parse_file("seeds/004_d6443154fc4fd715.txt")
page = doc.page
print("layout:", doc.layout, "| language:", doc.language)
print("page date:", page.date, "| retrieved_at:", page.retrieved_at.isoformat())
for clock in page.clocks:
    print("clock:", clock.city, clock.time.strftime("%H:%M"))
for contact in page.contacts:
    hidden = " (obfuscated)" if contact.obfuscated else ""
    print(f"contact: {contact.kind} {contact.label!r} {contact.value!r}{hidden}")
for counter in page.counters:
    print("counter:", counter.days, "days since", repr(counter.event), "->", counter.since)
print("section:", page.section)

article = doc.items[0]
print("\narticle:", article.title[:70], "...")
print("published:", article.published, "| url:", article.url)
headline = article.headline
print("headline:", headline.genre, [s.id for s in headline.speakers], headline.place, headline.event_date)
print("paragraphs:", len(article.paragraphs), "| turns:", [(t.label, t.role) for t in article.turns[:4]])

for item in doc.items[1:4]:
    print(f"\nnews-item {item.published}: {item.title[:60]}...")
    print("  event:", item.headline.place, item.headline.event_date, "| lead:", item.lead[:50] + "...")
print(f"... {len(doc.items) - 4} more news items")

print()
for seg in doc.segments[:17]:
    shown = doc.text[seg.span.start : seg.span.end].replace("\u00a0", " ").strip()
    print(f"{seg.kind:<12} {seg.span.start:>5}-{seg.span.end:<5} {shown[:44]!r}")
print("diagnostics:", doc.diagnostics)

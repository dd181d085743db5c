import mfatext

doc = mfatext.parse_file("seeds/001_f22195f936221375.txt")
print(doc.layout, doc.language)
if doc.page is not None:
    print(doc.page.date, doc.page.retrieved_at)
for item in doc.items[:3]:
    print(item.kind, item.published, (getattr(item, "title", None) or "")[:70])
for turn in [t for item in doc.items for t in item.turns][:3]:
    print(f"  {turn.role:<8} {turn.label!r} -> {turn.speaker.id}")
print(len(doc.segments), "segments covering", len(doc.text), "characters")

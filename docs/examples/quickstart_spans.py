import mfatext

doc = mfatext.parse_file("seeds/001_f22195f936221375.txt")
# Every segment is a stretch of the text; together they give the text back exactly.
assert "".join(doc.text[s.span.start:s.span.end] for s in doc.segments) == doc.text
for seg in doc.segments[:8]:
    print(f"{seg.kind:<12} {seg.span.start:>5}-{seg.span.end:<5} {doc.text[seg.span.start:seg.span.end][:50]!r}")

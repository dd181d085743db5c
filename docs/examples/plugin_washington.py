# The example plugin of docs/guides/writing-a-layout-plugin.md on washington.mid.ru text
# (corpus/embassy/035.txt of the shared corpus, August 2018, leads shortened).
import mfatext

if "washington-news" not in mfatext.layouts():  # not installed: load it from the source tree
    import sys

    sys.path.insert(0, "examples/mfatext-example-layout/src")
    from mfatext_example_layout import layout

    mfatext.registry.register(layout)

TEXT = """\
09 august

On August 9 our senior diplomats paid Ms. Butina another visit

The Embassy continues to provide Maria Butina with necessary consular assistance.

08 august

New “draconian” sanctions against Russia

US sanctions assembly line increases its production output.
"""

print(sorted(mfatext.layouts()))
print([(c.layout, c.score) for c in mfatext.detect(TEXT)][:3])
doc = mfatext.parse(TEXT, layout="washington-news")  # by name: skips detection
print(doc.layout, len(doc.items))
for item in doc.items:
    print(item.published, "|", item.title, "|", item.lead)
for seg in doc.segments:
    print(seg.kind, seg.span)
for d in doc.diagnostics:
    print(d.code, d.severity, d.span)

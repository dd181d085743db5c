import mfatext

doc = mfatext.parse("Data processing... Please, wait.\n")
print(doc.layout, doc.items)
for d in doc.diagnostics:
    print(d.code, d.severity, d.message, d.span)

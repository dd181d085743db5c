import mfatext
from mfatext.cli import pretty_json  # json.dumps with short lists (spans) kept on one line

doc = mfatext.parse_file("seeds/003_621d9c707e08931c.txt")
data = mfatext.to_dict(doc, with_text=False)
print(pretty_json(data["page"]))
print([d["code"] for d in data["diagnostics"]])

import json

import mfatext

doc = mfatext.parse_file("seeds/003_621d9c707e08931c.txt")
data = mfatext.to_dict(doc, with_text=False)
print(json.dumps(data["page"], ensure_ascii=False, indent=1)[:1500])
print([d["code"] for d in data["diagnostics"]])

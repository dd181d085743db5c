import mfatext

docs = mfatext.parse_files(["seeds/002_00f5b784e6f83555.txt", "seeds/004_d6443154fc4fd715.txt"])
for row in list(mfatext.records(docs))[:4]:
    print({k: row[k] for k in ("source", "kind", "published", "title", "speaker_ids")})

import mfatext

docs = mfatext.parse_files(["seeds/000_4a6f6b0d76846440.txt", "seeds/004_d6443154fc4fd715.txt"])
for row in list(mfatext.records(docs))[:5]:
    print(row["kind"], row["published"], row["speaker_ids"], (row["title"] or "")[:60])

import mfatext

text = open("seeds/002_00f5b784e6f83555.txt", encoding="utf-8").read()
for candidate in mfatext.detect(text):
    print(f"{candidate.layout:<16} {candidate.score:.2f}")

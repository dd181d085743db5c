from mfatext import parse_file
from mfatext.export import tei_document

xml = tei_document(parse_file("seeds/001_f22195f936221375.txt"))
lines = xml.splitlines()
start = next(n for n, line in enumerate(lines) if "<u " in line) - 2
for line in [*lines[:3], "  ...", *lines[start:start + 9]]:
    print(line if len(line) <= 104 else line[:100] + " ...")

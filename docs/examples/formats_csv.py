import csv
import io
import sys

import mfatext
from mfatext.export import write_csv

buffer = io.StringIO()
write_csv(mfatext.records(mfatext.parse_files(["seeds/002_00f5b784e6f83555.txt"])), buffer)
rows = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))
print(len(rows), "rows;", "columns:", ", ".join(rows[0]))
out = csv.writer(sys.stdout, lineterminator="\n")
for row in rows[:2]:
    out.writerow([row["kind"], row["forwarded_from"], row["hashtags"], row["span"], row["text"][:50]])

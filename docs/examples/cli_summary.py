import io
import sys

from mfatext.cli import main

# What `mfatext parse --format jsonl seeds/ seeds/missing.txt > items.jsonl` prints on standard error.
main(["parse", "--format", "jsonl", "seeds/", "seeds/missing.txt"], stdout=io.StringIO(), stderr=sys.stdout)

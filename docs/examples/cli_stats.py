import sys

from mfatext.cli import main

main(["stats", "seeds/"], stdout=sys.stdout, stderr=sys.stderr)

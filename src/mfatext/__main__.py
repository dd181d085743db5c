"""``python -m mfatext`` runs the command line (same as the ``mfatext`` command)."""

from __future__ import annotations

import sys

from mfatext.cli import main

if __name__ == "__main__":
    sys.exit(main())

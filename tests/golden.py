"""Golden JSON files: ``check_golden(name, value)`` compares ``value`` with ``tests/golden/<name>.json``.

Regenerate with ``MFATEXT_REGEN=1 pytest`` and review the diff by eye before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

GOLDEN = Path(__file__).parent / "golden"
SEEDS = Path(__file__).parent.parent / "seeds"
SHARED = Path(__file__).parent.parent.parent / "shared"


def check_golden(name: str, value: Any) -> None:
    """Assert ``value`` equals the stored golden JSON (or rewrite it when MFATEXT_REGEN=1)."""
    path = GOLDEN / f"{name}.json"
    rendered = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if os.environ.get("MFATEXT_REGEN") == "1" or not path.exists():
        if os.environ.get("CI") and not path.exists():
            raise AssertionError(f"golden file {path} is missing")
        path.write_text(rendered, encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(rendered), f"differs from {path}"

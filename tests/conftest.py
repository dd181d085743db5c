"""Shared fixtures and the hypothesis profiles.

Profiles: ``dev`` (default, 100 examples) and ``ci`` (used when the ``CI`` environment variable is set:
50 examples, no deadline, so the whole suite stays within minutes on 2 shared cores). Choose one with
``HYPOTHESIS_PROFILE=dev pytest``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Our own test kit, loaded the way plugin authors load it (gives the ``layout_check`` fixture).
pytest_plugins = ["mfatext.testing"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CORPUS_DIR = SHARED / "corpus"

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def seed_files() -> list[Path]:
    """The five seed pages shipped with the repository."""
    return sorted(SEEDS_DIR.glob("*.txt"))


def corpus_files() -> list[Path]:
    """The real page excerpts of ../shared/corpus (empty when ../shared is absent)."""
    return sorted(CORPUS_DIR.glob("*/*.txt"))


def all_pages() -> list[Path]:
    """Seeds and corpus files: every real page the tests can read."""
    return seed_files() + corpus_files()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed file name -> its text."""
    return {p.name: p.read_text(encoding="utf-8") for p in seed_files()}

"""The example third-party layout (examples/mfatext-example-layout) is installed and found through the
``mfatext.layouts`` entry point, exactly as an outside package would be.

Install it with the project: ``pip install -e ".[test,docs]" -e examples/mfatext-example-layout``.
Locally the tests skip with that hint when it is missing; under CI (``CI=true``) they fail.
"""

from __future__ import annotations

import os
from importlib.metadata import entry_points

import pytest

from mfatext import parse
from mfatext.plugin import LAYOUT_GROUP
from mfatext.registry import layouts

from .golden import SHARED

INSTALL = 'pip install -e ".[test,docs]" -e examples/mfatext-example-layout'


@pytest.fixture(scope="module")
def example_installed() -> None:
    names = {ep.name for ep in entry_points(group=LAYOUT_GROUP)}
    if "washington-news" in names:
        return
    message = f"the example layout plugin is not installed; run: {INSTALL}"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.mark.usefixtures("example_installed")
def test_registered_through_entry_point() -> None:
    """The registry lists the plugin next to the built-ins, loaded from its entry point."""
    ep = next(ep for ep in entry_points(group=LAYOUT_GROUP) if ep.name == "washington-news")
    assert ep.value == "mfatext_example_layout:layout"
    assert {"washington-news", "mid-article", "plain"} <= set(layouts())


@pytest.mark.usefixtures("example_installed")
def test_parses_its_page() -> None:
    """corpus/embassy 035 (washington.mid.ru news list): five items, titles as printed, no year."""
    path = SHARED / "corpus" / "embassy" / "035.txt"
    if not path.exists():
        pytest.skip("the shared corpus is not available")
    doc = parse(path.read_text(encoding="utf-8"), layout="washington-news")
    assert len(doc.items) == 5
    assert doc.items[4].title == "Facts vs Myths in Skripals case"
    assert {item.published for item in doc.items} == {None}


@pytest.mark.usefixtures("example_installed")
def test_does_not_claim_mid_pages() -> None:
    """The plugin stays out of the built-ins' way: a mid.ru page is still mid-article."""
    assert parse("Asset Publisher\n\n11 October 202113:23\n\nTitle\n").layout == "mid-article"

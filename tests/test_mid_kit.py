"""The plugin contract, checked on every built-in layout: public imports only, and (with
:mod:`mfatext.testing`) the checks every layout must pass over the seeds and the corpus."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mfatext.registry import layouts

from .golden import SHARED

# Found from the file system, not ``import mfatext.layouts``: importing the subpackage replaces the
# ``mfatext.layouts()`` function on the package with the module (reported to the lead).
LAYOUTS_DIR = Path(__file__).parent.parent / "src" / "mfatext" / "layouts"
ALLOWED_PACKAGES = ("mfatext.models", "mfatext.cursor", "mfatext.plugin", "mfatext.errors", "mfatext.parsers",
                    "mfatext.layouts", "attrs", "dateutil")


def imports(path: Path) -> Iterator[tuple[int, str, list[str]]]:
    """``(line, absolute module, imported names)`` for every import in the module at ``path``."""
    package = "mfatext.layouts"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, []
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            yield node.lineno, module, [a.name for a in node.names]


def allowed(module: str) -> bool:
    """A public module of the plugin API, the standard library, attrs or dateutil; never a private one."""
    if any(part.startswith("_") and part != "__future__" for part in module.split(".")):
        return False
    top = module.split(".", 1)[0]
    if top in sys.stdlib_module_names or top == "__future__":
        return True
    return any(module == p or module.startswith(p + ".") for p in ALLOWED_PACKAGES)


def layout_modules() -> list[Path]:
    return sorted(LAYOUTS_DIR.glob("*.py"))


def test_layout_modules_found() -> None:
    """The scan below looks at the real package: the built-in layouts are there."""
    assert {p.stem for p in layout_modules()} >= {"plain", "mid", "embassy", "telegram", "newslist"}


@pytest.mark.parametrize("path", layout_modules(), ids=lambda p: p.name)
def test_layout_imports_only_public_api(path: Path) -> None:
    """A built-in layout is written exactly as a third-party one: public modules and names only."""
    bad = [f"{path.name}:{line}: {module}" for line, module, _ in imports(path) if not allowed(module)]
    bad += [f"{path.name}:{line}: {module}.{name}" for line, module, names in imports(path)
            for name in names if name.startswith("_") and name != "annotations"]
    assert bad == []


def test_import_rule_catches_private_imports() -> None:
    """The rule itself can fail: private modules, private names' modules and other packages are refused."""
    assert not allowed("mfatext.registry")
    assert not allowed("mfatext.parsers._tables")
    assert not allowed("mfatext._util")
    assert not allowed("lxml.etree")
    assert allowed("mfatext.parsers.dates")
    assert allowed("re")
    assert allowed("dateutil.tz")


def samples() -> list[str]:
    """The seed pages and every corpus page."""
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus").glob("*/*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


@pytest.mark.parametrize("name", sorted(layouts()))
def test_registered_layout_passes_the_kit(name: str) -> None:
    """Every registered layout passes mfatext.testing.check_layout over the seeds and the corpus."""
    testing = pytest.importorskip("mfatext.testing", reason="mfatext.testing has not landed on this branch")
    texts = samples()
    if not texts:
        pytest.skip("the shared seeds and corpus are not available")
    testing.check_layout(layouts()[name], texts)


def test_layouts_function_survives_layout_imports() -> None:
    """Loading the built-in layouts (a parse) or importing one must not replace ``mfatext.layouts()``
    with the ``mfatext.layouts`` subpackage (it did: the registry's first load shadowed the function)."""
    import mfatext
    import mfatext.layouts.mid  # the import is the point

    mfatext.parse("hello")
    assert callable(mfatext.layouts)
    assert "mid-article" in mfatext.layouts()

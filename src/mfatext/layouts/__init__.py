"""The built-in layouts, one module each. They are registered through the ``mfatext.layouts`` entry-point
group in the package's own ``pyproject.toml`` and use only the public plugin API."""

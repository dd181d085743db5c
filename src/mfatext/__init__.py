"""mfatext: typed, traceable data from the text of Russian Foreign Ministry pages.

>>> import mfatext
>>> doc = mfatext.parse("4 December 2021\\nMoscow: 01:52\\n")
>>> doc.layout in mfatext.layouts()
True
"""

from __future__ import annotations

from . import errors

# Import the ``layouts`` subpackage first: importing a submodule sets it as an attribute of its parent
# only when it is first loaded, so binding the ``layouts()`` function afterwards keeps it from being
# replaced by the subpackage when the registry loads the built-in layouts.
from . import layouts as _layouts_package  # noqa: F401
from .api import parse, parse_file, parse_files
from .convert import from_dict, to_dict
from .export import records
from .models import (
    Article,
    Clock,
    Contact,
    Counter,
    Diagnostic,
    Document,
    Headline,
    Item,
    NewsItem,
    Page,
    Pagination,
    Paragraph,
    Post,
    Reaction,
    Segment,
    Span,
    Speaker,
    Turn,
)
from .registry import Candidate, detect, layouts

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Candidate",
    "Clock",
    "Contact",
    "Counter",
    "Diagnostic",
    "Document",
    "Headline",
    "Item",
    "NewsItem",
    "Page",
    "Pagination",
    "Paragraph",
    "Post",
    "Reaction",
    "Segment",
    "Span",
    "Speaker",
    "Turn",
    "__version__",
    "detect",
    "errors",
    "from_dict",
    "layouts",
    "parse",
    "parse_file",
    "parse_files",
    "records",
    "to_dict",
]

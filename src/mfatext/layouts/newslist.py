"""The ``news-list``  layout (being written: until then it claims no text and parses like ``plain``)."""

from __future__ import annotations

from mfatext.layouts.plain import PlainLayout

__all__ = ["NewsListLayout", "layout"]


class NewsListLayout(PlainLayout):
    """Interim: replaced by the real layout."""

    name = "news-list"


layout = NewsListLayout()

"""The ``mid-article``  layout (being written: until then it claims no text and parses like ``plain``)."""

from __future__ import annotations

from mfatext.layouts.plain import PlainLayout

__all__ = ["MidArticleLayout", "layout"]


class MidArticleLayout(PlainLayout):
    """Interim: replaced by the real layout."""

    name = "mid-article"


layout = MidArticleLayout()

"""The ``embassy-page``  layout (being written: until then it claims no text and parses like ``plain``)."""

from __future__ import annotations

from mfatext.layouts.plain import PlainLayout

__all__ = ["EmbassyLayout", "layout"]


class EmbassyLayout(PlainLayout):
    """Interim: replaced by the real layout."""

    name = "embassy-page"


layout = EmbassyLayout()

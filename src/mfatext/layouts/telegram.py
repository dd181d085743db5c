"""The ``telegram``  layout (being written: until then it claims no text and parses like ``plain``)."""

from __future__ import annotations

from mfatext.layouts.plain import PlainLayout

__all__ = ["TelegramLayout", "layout"]


class TelegramLayout(PlainLayout):
    """Interim: replaced by the real layout."""

    name = "telegram"


layout = TelegramLayout()

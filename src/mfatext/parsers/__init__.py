"""Small parsers shared by the layouts: dates, headlines, turns, speakers, page header, news items.

Each recognises one piece of syntax, documented in its docstring, and is a pure function over a cursor:
line rules ``(lines, i) -> (value, j) | None`` or inline rules ``(text, pos) -> (value, pos) | None``.
They are part of the public plugin API: third-party layouts may use them.
"""

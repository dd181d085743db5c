"""The contact block of an embassy page header: labels, phones and e-mail addresses.

rusemb.org.uk prints a label alone on its line, then one value per line::

    Consular queries:                    <- label ("Consular Section:" on 2015 pages, "Tel.:", "E-mail:")
    +44 (0) 203 668 7474                 <- phone
    [email protected]                   <- an e-mail address the site hid (value None, obfuscated)

Other embassies and years put the label and the values on one line, several values separated by "," or
";", and a note in brackets after a phone (opening hours)::

    Consular Section: +61 2 6295 9474 (Mon-Fri 10:00-12:30); [email protected]

The syntax is kept as pattern strings (:data:`LABEL_P`, :data:`CONTACTS_P`) so the header's line classifier
(:mod:`mfatext.parsers.header`) matches a whole line with it; :func:`contacts_in` reads the values of a
stretch :data:`CONTACTS_P` matched.
"""

from __future__ import annotations

import re

from mfatext.cursor import SPACE, Lines
from mfatext.models import Contact, _new_contact, _new_span

__all__ = ["CONTACTS_P", "LABEL_P", "contact_label", "contact_line", "contacts_in"]

_S = SPACE
# At least seven characters: "Briefing: 2022" or a year range is no phone number.
_PHONE_P = r"\+?\d[\d ()\-\u00a0]{5,}\d"
_EMAIL_P = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HIDDEN_P = rf"\[email{_S}*protected\]"
# Up to four words of letters ("Consular queries", "E-mail", "Tel."). Word letters and the separators (a
# space, NBSP included; "-" or "." inside or after a word) never overlap, and a colon follows the label: a
# shorter label would be followed by a letter or a separator, never the colon, so the group is atomic (a
# title that merely has a colon is given up at once, not letter by letter).
_LABEL_WORDS = rf"(?>[^\W\d_]+(?:-[^\W\d_]+)?\.?(?:{_S}[^\W\d_]+(?:-[^\W\d_]+)?\.?){{0,3}})"
_NOTE_P = rf"(?:{_S}*\([^()\r\n]{{0,60}}\))?"  # "(10:00-12:30)" after a value
_VALUE_P = rf"(?:{_PHONE_P}|{_EMAIL_P}|{_HIDDEN_P}){_NOTE_P}"

LABEL_P = rf"(?P<label>{_LABEL_WORDS}):"
"""A contact label alone (group ``label``, without the colon): ``Consular queries:``."""
CONTACTS_P = rf"(?:(?P<inline>{_LABEL_WORDS}):{_S}*)?(?P<contacts>{_VALUE_P}(?:{_S}*[,;]{_S}*{_VALUE_P})*)"
"""A contact line: values separated by "," or ";" (group ``contacts``), optionally after its label (group
``inline``): ``Consular queries: +44 (0) 203 668 7474``."""

_LABEL = re.compile(LABEL_P)
_PHONE = re.compile(_PHONE_P)
_EMAIL = re.compile(_EMAIL_P)
_HIDDEN = re.compile(_HIDDEN_P, re.IGNORECASE)
# One value of a stretch CONTACTS_P matched, read left to right: the lookahead makes a phone stop before
# its note or the next value instead of running into them.
_CONTACT_VALUE = re.compile(
    rf"(?:{_S}*[,;]{_S}*)?(?:(?P<phone>{_PHONE_P})|(?P<email>{_EMAIL_P})|(?P<hidden>{_HIDDEN_P}))"
    rf"{_NOTE_P}(?={_S}*[,;]|\Z)",
    re.IGNORECASE,
)


def contact_label(lines: Lines, i: int) -> tuple[str, int] | None:
    """A contact label alone on a line: ``Consular queries:`` (2015: ``Consular Section:``)."""
    if i >= len(lines):
        return None
    m = _LABEL.fullmatch(lines.stripped(i)[0])
    return (m["label"], i + 1) if m is not None else None


def contact_line(lines: Lines, i: int, label: str | None = None) -> tuple[Contact, int] | None:
    """A phone number (``+44 (0) 203 668 7474``, ``+44(0) 203 ...``), an e-mail address, or
    ``[email protected]`` where the site hid the address (value ``None``, ``obfuscated``), alone on a line."""
    if i >= len(lines):
        return None
    s, at = lines.stripped(i)
    span = _new_span(at, at + len(s))
    if len(s) >= 7 and _PHONE.fullmatch(s) is not None:
        return _new_contact("phone", label, s, False, span), i + 1
    if _EMAIL.fullmatch(s) is not None:
        return _new_contact("email", label, s, False, span), i + 1
    if _HIDDEN.fullmatch(s) is not None:
        return _new_contact("email", label, None, True, span), i + 1
    return None


def contacts_in(text: str, start: int, end: int, label: str | None) -> list[Contact]:
    """The contacts of ``text[start:end]``, a stretch :data:`CONTACTS_P` matched (its ``contacts``
    group): one per value, each with its span, all with ``label``."""
    value = text[start:end]
    if value and "," not in value and ";" not in value and ("(" not in value or _PHONE.fullmatch(value)):
        # One value without a note, the usual line: an address has the "@", a hidden one the "[". A "("
        # may open a note, unless the whole value is a phone ("+44 (0) 203 668 7474"): the phone of the
        # reading below then runs to the end (its last digit), leaving no note.
        span = _new_span(start, end)
        if "@" in value:
            return [_new_contact("email", label, value, False, span)]
        if value[0] == "[":
            return [_new_contact("email", label, None, True, span)]
        return [_new_contact("phone", label, value, False, span)]
    found: list[Contact] = []
    pos = start
    while pos < end and (m := _CONTACT_VALUE.match(text, pos, end)) is not None:
        kind = m.lastgroup or "phone"
        span = _new_span(m.start(kind), m.end(kind))
        if kind == "phone":
            found.append(_new_contact("phone", label, m[kind], False, span))
        else:
            hidden = kind == "hidden"
            found.append(_new_contact("email", label, None if hidden else m[kind], hidden, span))
        pos = m.end()
    return found

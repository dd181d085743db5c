"""Who is speaking: printed names to canonical person ids.

The table maps the ways a name is printed ("Sergey Lavrov", "S.Lavrov", "С.В.Лавров", "Лаврова") to a
canonical id (``lavrov-sergey``) and the person's usual position.
"""

from __future__ import annotations

import re

from attrs import frozen

from mfatext.models import Span, Speaker

__all__ = ["Person", "lookup", "speaker"]


@frozen(kw_only=True)
class Person:
    """A known person: canonical ``id``, the ``aliases`` it is printed as, and a usual ``position``."""

    id: str
    aliases: tuple[str, ...]
    position: str | None = None


_PEOPLE = (
    Person(id="lavrov-sergey", position="Foreign Minister",
           aliases=("Sergey Lavrov", "Sergei Lavrov", "S.Lavrov", "S. Lavrov", "Lavrov", "С.В.Лавров",
                    "Сергей Лавров", "Лавров", "Лаврова")),
    Person(id="zakharova-maria", position="Foreign Ministry Spokeswoman",
           aliases=("Maria Zakharova", "M.Zakharova", "Zakharova", "М.В.Захарова", "Мария Захарова",
                    "Захарова")),
    Person(id="putin-vladimir", position="President",
           aliases=("Vladimir Putin", "Putin", "В.В.Путин", "Владимир Путин", "Путин")),
)
_KEY = re.compile(r"[\s.\u00a0]+")
_TABLE: dict[str, Person] = {_KEY.sub("", a).casefold(): p for p in _PEOPLE for a in p.aliases}


def lookup(name: str) -> Person | None:
    """The known person printed as ``name`` (spacing, dots and case do not matter)."""
    return _TABLE.get(_KEY.sub("", name).casefold())


def speaker(name: str, span: Span | None = None, position: str | None = None) -> Speaker:
    """A :class:`~mfatext.models.Speaker` for ``name`` as printed, with its id when known."""
    person = lookup(name)
    return Speaker(name=name, id=person.id if person else None,
                   position=position or (person.position if person else None), span=span)

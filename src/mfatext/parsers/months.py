"""Month names as MFA pages print them, by language: the data behind :mod:`mfatext.parsers.dates`.

English (full and abbreviated), Russian (nominative "май" and the genitive of dates, "мая"), German,
French and Spanish (mid.ru's other languages), each with and without diacritics ("août"/"aout").
"""

from __future__ import annotations

__all__ = ["MONTHS", "MONTH_NAMES"]

MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    "ru": (
        "январь января янв",
        "февраль февраля фев",
        "март марта мар",
        "апрель апреля апр",
        "май мая",
        "июнь июня июн",
        "июль июля июл",
        "август августа авг",
        "сентябрь сентября сен сент",
        "октябрь октября окт",
        "ноябрь ноября ноя нояб",
        "декабрь декабря дек",
    ),
    "de": (
        "januar jänner",
        "februar",
        "märz maerz marz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
    "fr": (
        "janvier",
        "février fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août aout",
        "septembre",
        "octobre",
        "novembre",
        "décembre decembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre setiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}
"""Per language, twelve space-separated groups of the names of each month (lower case)."""

MONTHS: dict[str, int] = {
    name: number
    for groups in MONTH_NAMES.values()
    for number, group in enumerate(groups, start=1)
    for name in group.split()
}
"""Every month name of every language (lower case) to its number."""

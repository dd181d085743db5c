import datetime as dt

from mfatext.parsers.dates import check_date, date_at, parse_date, search_date

for printed in [
    "11.06.2022",
    "4 December 2021",
    "June 10, 2022",
    "10 ноября 2021 года",
    "10 ноября 2021 г.",
    "10. November 2021",
    "10 de noviembre de 2021",
    "11 October 202113:23",
    "12 сентября 2012 11:00",
    "Tuesday, 4 December 2021",
]:
    value = parse_date(printed)
    print(f"{printed!r:28} -> {type(value).__name__:8} {value.isoformat() if value else None}")

# A year-less date: the caller completes it from a reference (the page date).
print(date_at("09 august", 0))
print(date_at("09 august", 0, reference=dt.date(2022, 8, 20)))
print(date_at("28 December", 0, reference=dt.date(2022, 1, 3)))

# An impossible date is not invented: the fast path says why, with a span for a diagnostic.
text = "Published 31.02.2021."
print(date_at(text, 10))
print(check_date(text, 10))

# The first real date of a title; a date in the middle is found too: headlines decide what it means.
print(search_date("Foreign Minister Sergey Lavrov’s remarks, Moscow, 10 November 2021"))

from mfatext.parsers.speakers import Person, lookup, speaker

for printed in [
    "Sergey Lavrov",
    "S.Lavrov",
    "С.В.Лавров",
    "С.В.Лаврова",
    "В.В.Путину",
    "President Putin",
    "Maria Zakharava",
    "J.Kerry",
    "Ambassador Yakovenko",
    "Steve Rosenberg",
]:
    person = lookup(printed)
    print(f"{printed!r:24} -> {person.id if person else None}")

print(speaker("President Putin"))

# What a plugin table holds (see below); register() adds such people at run time.
print(
    Person(id="rosenberg-steve", aliases=("Steve Rosenberg",), position="BBC Russia Editor", journalist=True)
)

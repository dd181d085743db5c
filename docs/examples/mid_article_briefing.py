# The top of a briefing (corpus/mid/013.txt of the shared corpus, 9 April 2020, shortened).
import mfatext

TEXT = """\
Asset Publisher

9 April 202023:22

Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, April 9, 2020


  • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1

Table of contents


  1. Russian nationals who wish to return home during the coronavirus pandemic
  2. US insinuations about Russia spreading disinformation

Answers to media questions:

  1. Publication in Italy’s La Stampa newspaper
  2. US lobbying the interests of their pharmaceutical companies




Russian nationals who wish to return home during the coronavirus pandemic


The working schedule of the Foreign Ministry is currently completely focused on Russian nationals abroad.

1. Assisting those who want to return home,
"""

doc = mfatext.parse(TEXT)
for s in doc.segments:
    if s.kind != "blank":
        print(f"{s.kind:12} {doc.text[s.span.start:s.span.end].strip()[:60]!r}")
print("turns:", doc.items[0].turns)

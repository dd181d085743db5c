from mfatext.parsers.headline import parse_headline, read_headline

TITLES = [
    "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a joint news conference "
    "with Foreign Minister of Belarus Vladimir Makei following a meeting of the collegiums of the Russian "
    "and Belarusian foreign ministries, Moscow, 10 November 2021",
    "Foreign Minister Sergey Lavrov’s remarks at the meeting of the Russian Union of Industrialists and "
    "Entrepreneurs “International agenda of Russian businesses: Challenges, risks and cooperation "
    "strategies with the state,” Moscow, November 23, 2021",
    "Foreign Minister Sergey Lavrov’s article on the occasion of the 20th anniversary of the signing of "
    "the Treaty, published by the newspapers Rossiyskaya Gazeta (Russia) and Renmin Ribao (China), "
    "July 16, 2021",
    "Article by President Vladimir Putin ”Being Open, Despite the Past“ published in the German weekly "
    "newspaper Die Zeit, 22 June 2021",
    "Foreign Ministry Spokeswoman Maria Zakharova on NATO Secretary General’s comments on Russia, "
    "November 17, 2021",
    "Inter-Syrian contacts in Moscow: step in the right direction (by Ambassador Yakovenko)",
    "Presiden Putin's address to citizens of Russia ahead of State Duma elections",
    "STATEMENT by Ambassador Vassily Nebenzia at the 5 April UN Security Council meeting on the letter "
    "by the United Kingdom dated 13 March 2018",
    "Выступление Посла России в Австралии А.В.Павловского на государственном приеме по случаю Дня "
    "России, Канберра, 12 июня 2019 года",
    "Sergey Lavrov meets Wang Yi (Moscow, March 21, 2024)",
]
for title in TITLES:
    h = parse_headline(title)
    print(title[:70] + ("…" if len(title) > 70 else ""))
    people = ", ".join(f"{s.name} [{s.id}] ({s.position})" for s in h.speakers)
    print(f"  genre={h.genre!r} place={h.place!r} event_date={h.event_date}")
    print(f"  speakers: {people or '-'}")

# Guesses come back as diagnostics with a span.
title = (
    "Foreign Minister Sergey Lavrov’s answer to a question from the Moscow. Kremlin. Putin "
    "programme Moscow, November 3, 2019"
)
headline, notes = read_headline(title, offset=1000)
print(headline.place, [(n.code, n.span, n.message) for n in notes])

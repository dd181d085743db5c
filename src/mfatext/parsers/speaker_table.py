"""The built-in speaker table: MFA leadership, spokespeople, the President, ambassadors seen in the corpus and
the foreign ministers they meet most.

Each entry gives the canonical id (``surname-firstname``, ASCII lowercase), the English name as printed most
often, the Russian full name (first name, patronymic, surname) and the usual position. The printed variants
("S.Lavrov", "Lavrov", "С.В.Лавров", the genitive "Лаврова" of titles) are derived from these by
:func:`mfatext.parsers.speakers.person`; ``also`` lists spellings that cannot be derived (transliteration
variants, irregular declensions, typos printed on real pages).

Registered under the entry-point group ``mfatext.speakers`` like any third-party table.
"""

from __future__ import annotations

from .speakers import Person, person

__all__ = ["PEOPLE"]

_FM = "Foreign Minister"
_DFM = "Deputy Foreign Minister"
_AMB = "Ambassador"

PEOPLE: tuple[Person, ...] = (
    # The ministry's leadership.
    person("lavrov-sergey", "Sergey Lavrov", "Сергей Викторович Лавров", _FM, also=("Sergei Lavrov",)),
    person("titov-vladimir", "Vladimir Titov", "Владимир Геннадьевич Титов", "First Deputy Foreign Minister"),
    person("ryabkov-sergey", "Sergey Ryabkov", "Сергей Алексеевич Рябков", _DFM, also=("Sergei Ryabkov",)),
    person("grushko-alexander", "Alexander Grushko", "Александр Викторович Грушко", _DFM),
    person("rudenko-andrey", "Andrey Rudenko", "Андрей Юрьевич Руденко", _DFM, also=("Andrei Rudenko",)),
    person("karasin-grigory", "Grigory Karasin", "Григорий Борисович Карасин", _DFM),
    person("bogdanov-mikhail", "Mikhail Bogdanov", "Михаил Леонидович Богданов", _DFM),
    person("galuzin-mikhail", "Mikhail Galuzin", "Михаил Юрьевич Галузин", _DFM),
    person("pankin-alexander", "Alexander Pankin", "Александр Викторович Панкин", _DFM),
    person("syromolotov-oleg", "Oleg Syromolotov", "Олег Владимирович Сыромолотов", _DFM),
    person("ivanov-evgeny", "Yevgeny Ivanov", "Евгений Петрович Иванов", _DFM, also=("Evgeny Ivanov",)),
    # The spokespeople.
    person(
        "zakharova-maria",
        "Maria Zakharova",
        "Мария Владимировна Захарова",
        "Foreign Ministry Spokeswoman",
        # "Maria Zakharava" is printed on mid.ru (corpus/mid/005.txt).
        also=("Maria Zakharava",),
    ),
    person(
        "kozhin-artyom",
        "Artyom Kozhin",
        "Артём Кожин",
        "Deputy Director of the Information and Press Department",
        also=("Artem Kozhin", "Артем Кожин"),
    ),
    person(
        "lukashevich-alexander",
        "Alexander Lukashevich",
        "Александр Казимирович Лукашевич",
        "Foreign Ministry Spokesman",
    ),
    person(
        "fedotov-alexey",
        "Alexey Fedotov",
        "Алексей Фёдорович Федотов",
        "Deputy Director of the Information and Press Department",
    ),
    # The Kremlin.
    person("putin-vladimir", "Vladimir Putin", "Владимир Владимирович Путин", "President"),
    person("medvedev-dmitry", "Dmitry Medvedev", "Дмитрий Анатольевич Медведев", "President"),
    person("peskov-dmitry", "Dmitry Peskov", "Дмитрий Сергеевич Песков", "Presidential Press Secretary"),
    # Ambassadors seen in the corpus.
    person("kelin-andrei", "Andrei Kelin", "Андрей Вадимович Келин", _AMB, also=("Andrey Kelin",)),
    person("yakovenko-alexander", "Alexander Yakovenko", "Александр Владимирович Яковенко", _AMB),
    person("antonov-anatoly", "Anatoly Antonov", "Анатолий Иванович Антонов", _AMB),
    person("darchiev-alexander", "Alexander Darchiev", "Александр Нурбиевич Дарчиев", _AMB),
    person(
        "rogachev-ilya", "Ilya Rogachev", "Илья Игоревич Рогачёв", _AMB, also=("Илья Рогачев", "И.И.Рогачев")
    ),
    person(
        "nebenzia-vassily",
        "Vassily Nebenzia",
        "Василий Алексеевич Небензя",
        _AMB,
        # Небензя declines like a feminine noun.
        also=("Vasily Nebenzya", "Небензи", "Небензе", "В.А.Небензи"),
    ),
    person(
        "pavlovsky-alexey",
        "Alexey Pavlovsky",
        "Алексей Владимирович Павловский",
        _AMB,
        also=("Alexei Pavlovsky",),
    ),
    person("chizhov-vladimir", "Vladimir Chizhov", "Владимир Алексеевич Чижов", _AMB),
    person("nechaev-sergey", "Sergey Nechaev", "Сергей Юрьевич Нечаев", _AMB),
    person(
        "botsan-kharchenko-alexander",
        "Alexander Botsan-Kharchenko",
        "Александр Васильевич Боцан-Харченко",
        _AMB,
    ),
    # Foreign ministers the minister meets most.
    person("makei-vladimir", "Vladimir Makei", "Владимир Владимирович Макей", _FM, also=("Макея", "Макеем")),
    person(
        "cavusoglu-mevlut",
        "Mevlut Cavusoglu",
        "Мевлют Чавушоглу",
        _FM,
        also=("Mevlüt Çavuşoğlu", "Mevlut Çavuşoğlu"),
    ),
    person("wang-yi", "Wang Yi", "Ван И", _FM, surname_first=True),
    person("dacic-ivica", "Ivica Dacic", "Ивица Дачич", _FM, also=("Ivica Dačić",)),
    person("djuric-marko", "Marko Djuric", "Марко Джурич", _FM, also=("Marko Đurić",)),
    person("lajcak-miroslav", "Miroslav Lajcak", "Мирослав Лайчак", _FM, also=("Miroslav Lajčák",)),
    person("galbur-andrei", "Andrei Galbur", "Андрей Галбур", _FM),
    person("mnatsakanyan-zohrab", "Zohrab Mnatsakanyan", "Зограб Мнацаканян", _FM),
    person("amir-abdollahian-hossein", "Hossein Amir-Abdollahian", "Хосейн Амир Абдоллахиан", _FM),
    person("albusaidi-badr", "Badr Albusaidi", "Бадр аль-Бусаиди", _FM),
    person("motegi-toshimitsu", "Toshimitsu Motegi", "Тосимицу Мотэги", _FM),
    person("kerry-john", "John Kerry", "Джон Керри", "US Secretary of State"),
    person("tillerson-rex", "Rex Tillerson", "Рекс Тиллерсон", "US Secretary of State"),
    person("pompeo-mike", "Mike Pompeo", "Майк Помпео", "US Secretary of State"),
    person("blinken-antony", "Antony Blinken", "Энтони Блинкен", "US Secretary of State"),
    person(
        "truss-elizabeth",
        "Elizabeth Truss",
        "Элизабет Трасс",
        "British Foreign Secretary",
        also=("Liz Truss",),
    ),
    person("johnson-boris", "Boris Johnson", "Борис Джонсон", "British Foreign Secretary"),
    person("guterres-antonio", "Antonio Guterres", "Антониу Гутерриш", "UN Secretary-General"),
    person(
        "vucic-aleksandar", "Aleksandar Vucic", "Александр Вучич", "President", also=("Aleksandar Vučić",)
    ),
    person("xi-jinping", "Xi Jinping", "Си Цзиньпин", "President", surname_first=True),
)

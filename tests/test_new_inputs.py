"""New realistic inputs, written for the review from what these sites print (not from the corpus): a Russian
embassy page, another embassy and year (Canberra 2016), a Telegram post forwarded from ТАСС with Russian Q/A,
mid.ru pages in German, Spanish and Russian, a Russian news list, and hostile lines. Each value below was
checked by hand against the text. What the current code gets wrong is a strict xfail naming the cause.
"""

from __future__ import annotations

import datetime as dt

import pytest

import mfatext
from mfatext.models import Article, Document, NewsItem, Paragraph, Post, Span
from mfatext.parsers.headline import parse_headline
from mfatext.parsers.speakers import lookup
from mfatext.parsers.turns import turns_from_paragraphs

MSK = dt.timezone(dt.timedelta(hours=3))

RU_EMBASSY = """12 марта 2019
Москва: 14:05
Вашингтон: 07:05

Консульский отдел:
+1 (202) 939-8907
[email protected]

ЗАЯВЛЕНИЯ И КОММЕНТАРИИ

11.03.2019

Комментарий Посольства России в США в связи с заявлениями Государственного департамента

Посольство России в США обратило внимание на очередные заявления представителей Государственного департамента.

Вопрос: Как Вы прокомментируете эти заявления?

Ответ: Считаем подобные обвинения беспочвенными. Российская сторона неоднократно предлагала наладить диалог.

ПОСЛЕДНИЕ СОБЫТИЯ

10.03.2019 - Поздравление Посла России А.И.Антонова с Международным женским днем
Уважаемые дамы! Сердечно поздравляю вас с праздником.

все сообщения
"""

CANBERRA = """15 January 2016
Moscow: 10:15
Canberra: 18:15

Consular Section:
+61 2 6295 9474
[email protected]

PRESS RELEASES

14.01.2016

Ambassador Vladimir Morozov’s interview to the Australian Financial Review, Canberra, January 14, 2016

Question: Mr Ambassador, how do you see the prospects of Russian-Australian trade?

Vladimir Morozov: Our trade is not as big as it could be, but there is potential in agriculture and education.

Question: What about sanctions?

Vladimir Morozov: We believe sanctions hurt both sides.

LATEST EVENTS

13.01.2016 - Foreign Minister Sergey Lavrov’s remarks at a news conference, Moscow, January 13, 2016
Question: What are Russia's priorities for 2016? Sergey Lavrov: We will continue to work ...

all messages
"""

TASS = """Посольство России в Великобритании
12.3K subscribers
Forwarded from ТАСС
❗️Лавров заявил, что Россия готова к переговорам без предварительных условий
❓ Вопрос: Когда могут начаться такие переговоры?
💬 С.В.Лавров: Это зависит не от нас. Мы свою позицию давно изложили.
❓ Вопрос: Есть ли контакты с американской стороной?
💬 С.В.Лавров: Контакты есть, но они носят эпизодический характер.
#Лавров #МИДРоссии
👍120🔥15👏3
"""

MID_DE = """11 Oktober 202113:23

Rede des Außenministers der Russischen Föderation, Sergej Lawrow, bei einem Treffen mit Studenten, \
Moskau, 11. Oktober 2021


  • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1

Sehr geehrte Kolleginnen und Kollegen,

Ich freue mich, Sie heute begrüßen zu dürfen.

Frage: Wie bewerten Sie die Beziehungen zu Deutschland?

Sergej Lawrow: Die Beziehungen sind schwierig, aber wir sind offen für den Dialog.

Zusätzliche Materialien
"""

MID_ES = """11 octubre 202113:23

Intervención del Ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov, en la reunión conmemorativa de \
alto nivel, Nueva York, 11 de octubre de 2021


  • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1

Señor Presidente,

Pregunta: ¿Cómo valora usted la situación?

Serguéi Lavrov: La situación es compleja.

Materiales adicionales
"""

MID_RU = """11 октября 202113:23

Выступление Министра иностранных дел Российской Федерации С.В.Лаврова на торжественном заседании, \
Москва, 11 октября 2021 года


  • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1

Уважаемые коллеги,

Вопрос: Как Вы оцениваете ситуацию?

С.В.Лавров: Ситуация непростая.

Дополнительные материалы
"""

RU_LIST = """25 октября 2020
Москва: 03:27
Лондон: 01:27

Консульские вопросы:
+44 (0) 203 668 7474

Страницы: ««« :: 1 2 3 :: »»»

24.10.2020 - Заявление МИД России в связи с решением властей Великобритании
МИД России выражает решительный протест в связи с решением британских властей.

23.10.2020 - Ответ официального представителя Посольства на вопрос СМИ
Вопрос: Как Вы прокомментируете публикацию? Ответ: Мы считаем её провокацией.
"""

# A Telegram post whose body is printed twice, with trailing spaces on every line but the file's last one
# (an editor or a scraper that strips the end of the file).
DUPLICATED = (
    "Forwarded from Russian MFA 🇷🇺 \n"
    "🇷🇺🇷🇸 Sergey Lavrov’s talks with Foreign Minister of Serbia Marko Djuric \n"
    "💬 Sergey Lavrov: We held candid and trust-based talks, as we always do with our Serbian friends. \n"
    "❓ Question: What are your expectations for these talks? \n"
    "💬 Sergey Lavrov: Whenever we go to talks, we expect the other side to listen. \n"
    "#RussiaSerbia \n"
    "💬 Sergey Lavrov: We held candid and trust-based talks, as we always do with our Serbian friends. \n"
    "❓ Question: What are your expectations for these talks? \n"
    "💬 Sergey Lavrov: Whenever we go to talks, we expect the other side to listen. \n"
    "#RussiaSerbia"
)


def only(doc: Document, kind: type) -> list:  # type: ignore[type-arg]
    return [item for item in doc.items if isinstance(item, kind)]


def turns(item: Article | NewsItem | Post) -> list[tuple[str, str, str | None]]:
    return [(t.label, t.role, t.speaker.id) for t in item.turns]


def test_russian_embassy_page() -> None:
    # Same header and body syntax as the English pages, in Russian: everything but the clock-derived values.
    doc = mfatext.parse(RU_EMBASSY)
    assert (doc.layout, doc.language) == ("embassy-page", "ru")
    assert doc.page is not None
    assert doc.page.date == dt.date(2019, 3, 12)
    clocks = [(c.city, c.time) for c in doc.page.clocks]
    assert clocks == [("Москва", dt.time(14, 5)), ("Вашингтон", dt.time(7, 5))]
    assert [(c.kind, c.value, c.obfuscated) for c in doc.page.contacts] == [
        ("phone", "+1 (202) 939-8907", False), ("email", None, True)]
    assert doc.page.section == "ЗАЯВЛЕНИЯ И КОММЕНТАРИИ"
    [article] = only(doc, Article)
    assert article.published == dt.date(2019, 3, 11)
    assert article.title.startswith("Комментарий Посольства России в США")
    assert turns(article) == [("Вопрос", "question", None), ("Ответ", "answer", None)]
    [news] = only(doc, NewsItem)
    assert (news.published, news.headline.speakers[0].id) == (dt.date(2019, 3, 10), "antonov-anatoly")


@pytest.mark.xfail(
    strict=True,
    reason="parsers/header.py _retrieved_at looks for a clock named 'moscow' only "
    "(and CITY_ZONES has English names only): 'Москва: 14:05' gives no retrieved_at",
)
def test_russian_embassy_page_retrieved_at() -> None:
    doc = mfatext.parse(RU_EMBASSY)
    assert doc.page is not None
    assert doc.page.retrieved_at == dt.datetime(2019, 3, 12, 14, 5, tzinfo=MSK)


@pytest.mark.xfail(
    strict=True,
    reason="parsers/chrome.py CHROME is English only: 'ПОСЛЕДНИЕ СОБЫТИЯ' becomes an "
    "article paragraph and 'все сообщения' is glued to the last news lead",
)
def test_russian_embassy_page_chrome() -> None:
    doc = mfatext.parse(RU_EMBASSY)
    [article] = only(doc, Article)
    [news] = only(doc, NewsItem)
    assert "ПОСЛЕДНИЕ СОБЫТИЯ" not in [p.text for p in article.paragraphs]
    assert news.lead == "Уважаемые дамы! Сердечно поздравляю вас с праздником."


def test_other_embassy_other_year() -> None:
    # Canberra clock, an Australian phone, the 2015-style "Consular Section:" label, an unknown ambassador.
    doc = mfatext.parse(CANBERRA)
    assert doc.layout == "embassy-page"
    assert doc.page is not None
    assert doc.page.retrieved_at == dt.datetime(2016, 1, 15, 10, 15, tzinfo=MSK)
    assert [c.city for c in doc.page.clocks] == ["Moscow", "Canberra"]
    assert [c.value for c in doc.page.contacts] == ["+61 2 6295 9474", None]
    assert not [d for d in doc.diagnostics if d.code == "clock.inconsistent"]
    [article] = only(doc, Article)
    assert article.headline is not None
    assert (article.headline.genre, article.headline.place) == ("interview", "Canberra")
    assert article.headline.event_date == dt.date(2016, 1, 14)
    assert [(t.label, t.role) for t in article.turns] == [
        ("Question", "question"), ("Vladimir Morozov", "answer"), ("Question", "question"),
        ("Vladimir Morozov", "answer")]
    [news] = only(doc, NewsItem)
    assert [s.id for s in news.headline.speakers] == ["lavrov-sergey"]


@pytest.mark.xfail(
    strict=True,
    reason="headline speakers come only from the speaker table (parsers/speakers.py "
    "lookup): 'Ambassador Vladimir Morozov’s interview' gets no Speaker at all, not even id=None",
)
def test_unknown_ambassador_is_still_a_speaker() -> None:
    [article] = only(mfatext.parse(CANBERRA), Article)
    assert article.headline is not None
    assert [(s.name, s.id) for s in article.headline.speakers] == [("Vladimir Morozov", None)]


def test_telegram_forwarded_from_tass_with_russian_turns() -> None:
    doc = mfatext.parse(TASS)
    assert (doc.layout, doc.language) == ("telegram", "ru")
    [post] = only(doc, Post)
    assert post.forwarded_from == "ТАСС"
    assert post.hashtags == ("Лавров", "МИДРоссии")
    assert [(r.emoji, r.count) for r in post.reactions] == [("👍", 120), ("🔥", 15), ("👏", 3)]
    assert turns(post) == [("Вопрос", "question", None), ("С.В.Лавров", "answer", "lavrov-sergey")] * 2


def test_mid_article_in_german_run_together_date() -> None:
    doc = mfatext.parse(MID_DE)
    assert (doc.layout, doc.language) == ("mid-article", "de")
    [article] = only(doc, Article)
    assert article.published == dt.datetime(2021, 10, 11, 13, 23, tzinfo=MSK)
    assert article.headline is not None
    assert (article.headline.place, article.headline.event_date) == ("Moskau", dt.date(2021, 10, 11))
    assert doc.page is not None
    assert doc.page.translations == ("de-DE", "en-GB", "es-ES", "ru-RU", "fr-FR")


@pytest.mark.xfail(
    strict=True,
    reason="parsers/turns.py _WORD_LABEL knows Question/Answer/Вопрос/Ответ only and "
    "the speaker table has no German transliteration ('Sergej Lawrow'): a German Q/A has no turns",
)
def test_mid_article_in_german_turns() -> None:
    [article] = only(mfatext.parse(MID_DE), Article)
    assert turns(article) == [("Frage", "question", None), ("Sergej Lawrow", "answer", "lavrov-sergey")]


@pytest.mark.xfail(
    strict=True,
    reason="parsers/genres.py GENRES has English and Russian words only: 'Rede' "
    "(de) and 'Intervención' (es) announce no genre, though mid.ru titles them as 'Remarks'",
)
def test_mid_article_genre_in_other_languages() -> None:
    for text in (MID_DE, MID_ES):
        [article] = only(mfatext.parse(text), Article)
        assert article.headline is not None
        assert article.headline.genre == "remarks"


@pytest.mark.xfail(
    strict=True,
    reason="parsers/turns.py _WORD_LABEL has no 'Pregunta'; the speaker table has no "
    "'Serguéi Lavrov' (transliterations are a hand list of `also=` spellings)",
)
def test_mid_article_in_spanish_turns() -> None:
    doc = mfatext.parse(MID_ES)
    assert (doc.layout, doc.language) == ("mid-article", "es")
    [article] = only(doc, Article)
    assert turns(article) == [("Pregunta", "question", None), ("Serguéi Lavrov", "answer", "lavrov-sergey")]


def test_mid_article_in_russian() -> None:
    doc = mfatext.parse(MID_RU)
    assert (doc.layout, doc.language) == ("mid-article", "ru")
    [article] = only(doc, Article)
    assert article.headline is not None
    assert (article.headline.genre, article.headline.place) == ("remarks", "Москва")
    assert [s.id for s in article.headline.speakers] == ["lavrov-sergey"]
    assert turns(article) == [("Вопрос", "question", None), ("С.В.Лавров", "answer", "lavrov-sergey")]


def test_russian_news_list() -> None:
    doc = mfatext.parse(RU_LIST)
    assert (doc.layout, doc.language) == ("news-list", "ru")
    assert doc.page is not None
    assert doc.page.pagination is not None
    assert doc.page.pagination.pages == (1, 2, 3)
    items = only(doc, NewsItem)
    assert [i.published for i in items] == [dt.date(2020, 10, 24), dt.date(2020, 10, 23)]
    assert turns(items[1]) == [("Вопрос", "question", None), ("Ответ", "answer", None)]


@pytest.mark.xfail(
    strict=True,
    reason="parsers/genres.py matches 'ответы на вопросы' as one phrase: the usual "
    "mid.ru form 'Ответы <кого> на вопросы СМИ' announces no genre",
)
def test_russian_answers_title_genre() -> None:
    title = ("Ответы официального представителя МИД России М.В.Захаровой на вопросы СМИ, Москва, "
             "4 декабря 2021 года")
    assert parse_headline(title).genre == "answers to media questions"


_NO_FOLDING = "parsers/speakers.py has no transliteration folding, only hand-listed `also=` spellings"


@pytest.mark.parametrize("name", [
    "Sergey Lavrov", "S.Lavrov", "С.В.Лавров", "Sergei Lavrov",
    pytest.param("Sergej Lawrow", marks=pytest.mark.xfail(strict=True, reason=_NO_FOLDING + " (de)")),
    pytest.param("Sergueï Lavrov", marks=pytest.mark.xfail(strict=True, reason=_NO_FOLDING + " (fr)")),
    pytest.param("S.V.Lavrov", marks=pytest.mark.xfail(
        strict=True, reason="Latin double initials are not derived (Cyrillic С.В.Лавров is)")),
])
def test_lavrov_spellings(name: str) -> None:
    # mid.ru prints the minister's name in every site language; all of them are the same person.
    person = lookup(name)
    assert person is not None
    assert person.id == "lavrov-sergey"


@pytest.mark.xfail(
    strict=True,
    reason="parsers/duplicates.py compares lines exactly: with trailing spaces on all "
    "lines but the last, the printed-twice body is not recognised and its turns count twice",
)
def test_duplicated_body_with_trailing_spaces() -> None:
    [post] = only(mfatext.parse(DUPLICATED), Post)
    assert [t.label for t in post.turns] == ["Sergey Lavrov", "Question", "Sergey Lavrov"]


@pytest.mark.parametrize("line", [
    pytest.param("1" * 400, id="400-digit-line"),
    pytest.param("👍" + "9" * 400, id="400-digit-reaction"),
])
@pytest.mark.xfail(
    strict=True,
    reason="parsers/post.py _count does int(float(...)): a count of 309+ digits is "
    "float('inf') -> OverflowError, and the whole telegram document fails with ParseError",
)
def test_huge_counts_do_not_crash(line: str) -> None:
    text = f"Forwarded from Russian MFA 🇷🇺\n🇷🇺 A post about the talks in Moscow today.\n{line}\n"
    doc = mfatext.parse(text)
    assert doc.layout == "telegram"


def test_russian_title_with_goda() -> None:
    # "…, Женева, 10 января 2022 года": the usual long form of a Russian title's date.
    headline = parse_headline("Заявление заместителя Министра иностранных дел России С.А.Рябкова, Женева, "
                              "10 января 2022 года")
    assert headline.genre == "statement"
    assert (headline.place, headline.event_date) == ("Женева", dt.date(2022, 1, 10))
    assert [s.id for s in headline.speakers] == ["ryabkov-sergey"]


@pytest.mark.xfail(
    strict=True,
    reason="parsers/headline.py _tail strips the final '.' before reading the date, so the short form "
    "'10 января 2022 г.' leaves '2022 г' and the title gets no event_date and no place",
)
def test_russian_title_with_short_year_mark() -> None:
    headline = parse_headline("Заявление заместителя Министра иностранных дел России С.А.Рябкова, Женева, "
                              "10 января 2022 г.")
    assert (headline.place, headline.event_date) == ("Женева", dt.date(2022, 1, 10))


_HEADER = (
    "4 December 2021\nMoscow: 01:52\nLondon: 22:52\n\n{contact}\n\n"
    "1371 days have passed since the Salisbury incident - no credible information\n\n"
    "PRESS RELEASES AND NEWS\n\n11.06.2022\n\n"
    "Embassy Press Officer’s comment on a media question about the investigation\n\n"
    "Question: What is it?\n\nAnswer: It is what it is, said the Embassy.\n"
)
_CONTACT_SHAPE = ("parsers/header.py accepts only rusemb.org.uk's exact contact lines (label alone, then one "
                  "phone or e-mail alone; _LABEL_P has no '.'): any other shape ends the header, the line "
                  "becomes the article title, and the counters, section and date line are lost")


@pytest.mark.parametrize(("contact", "values"), [
    pytest.param("Consular queries:\n+44 (0) 203 668 7474", ["+44 (0) 203 668 7474"], id="rusemb"),
    pytest.param("Consular queries: +44 (0) 203 668 7474", ["+44 (0) 203 668 7474"], id="label-and-phone",
                 marks=pytest.mark.xfail(strict=True, reason=_CONTACT_SHAPE)),
    pytest.param("Tel.:\n+44 (0) 203 668 7474", ["+44 (0) 203 668 7474"], id="tel-label",
                 marks=pytest.mark.xfail(strict=True, reason=_CONTACT_SHAPE)),
    pytest.param("Consular queries:\n+44 (0) 203 668 7474, +44 (0) 203 668 7475",
                 ["+44 (0) 203 668 7474", "+44 (0) 203 668 7475"], id="two-phones",
                 marks=pytest.mark.xfail(strict=True, reason=_CONTACT_SHAPE)),
    pytest.param("Consular queries:\n+44 (0) 203 668 7474 (10:00-12:30)", ["+44 (0) 203 668 7474"],
                 id="phone-with-hours", marks=pytest.mark.xfail(strict=True, reason=_CONTACT_SHAPE)),
])
def test_header_contact_shapes(contact: str, values: list[str]) -> None:
    # Other embassies (and other years) print their contact block in other shapes; the rest of the page
    # must not depend on it.
    doc = mfatext.parse(_HEADER.format(contact=contact))
    assert doc.page is not None
    assert [c.value for c in doc.page.contacts] == values
    assert [c.days for c in doc.page.counters] == [1371]
    assert doc.page.section == "PRESS RELEASES AND NEWS"
    [article] = only(doc, Article)
    assert article.title.startswith("Embassy Press Officer’s comment")
    assert article.published == dt.date(2022, 6, 11)


def _turns_of(*texts: str) -> list[tuple[str, str]]:
    paragraphs, pos = [], 0
    for text in texts:
        paragraphs.append(Paragraph(text=text, span=Span(start=pos, end=pos + len(text))))
        pos += len(text) + 1
    return [(t.label, t.role) for t in turns_from_paragraphs(paragraphs)]


@pytest.mark.parametrize(("texts", "want"), [
    pytest.param(("Question (RT): What about it?", "Sergey Lavrov: Nothing."),
                 [("Question (RT)", "question"), ("Sergey Lavrov", "answer")], id="question-paren"),
    pytest.param(("QUESTION: What about it?", "ANSWER: Nothing."),
                 [("QUESTION", "question"), ("ANSWER", "answer")], id="capitals",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "parsers/turns.py _WORD_LABEL is case-sensitive: 'QUESTION:'/'ANSWER:' (older pages) "
                     "give no turns"))),
    pytest.param(("Question from the BBC: What about it?", "Sergey Lavrov: Nothing."),
                 [("Question from the BBC", "question"), ("Sergey Lavrov", "answer")], id="question-from",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "parsers/turns.py: 'Question from <outlet>:' is no label, so the minister's answer "
                     "becomes a 'statement'"))),
    pytest.param(("Journalist: What about it?", "Sergey Lavrov: Nothing."),
                 [("Journalist", "question"), ("Sergey Lavrov", "answer")], id="journalist",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "parsers/turns.py knows no role words besides Question/Answer (no Journalist/"
                     "Correspondent/Журналист): the question is lost and the answer is a 'statement'"))),
])
def test_turn_label_shapes(texts: tuple[str, ...], want: list[tuple[str, str]]) -> None:
    assert _turns_of(*texts) == want

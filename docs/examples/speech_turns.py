from mfatext.models import Paragraph, Span
from mfatext.parsers.turns import inline_turns, turns_from_paragraphs


def paragraphs(*lines: str) -> list[Paragraph]:
    out, pos = [], 0
    for line in lines:
        out.append(Paragraph(text=line, span=Span(start=pos, end=pos + len(line))))
        pos += len(line) + 2
    return out


BODIES = {
    "seed 002 (Telegram)": [
        "💬 Sergey Lavrov: We held candid and trust-based talks, as we always do.",
        "❓ Question: What are your expectations for these talks?",
        "💬 Sergey Lavrov: Whenever we go to talks at the suggestion of our partners, our priority …",
    ],
    "embassy/025 (a named journalist)": [
        "Steve Rosenberg: Mr President, Boris Johnson has spoken of you in various ways.",
        "President Putin: When it comes to what various politicians in various countries say...",
    ],
    "seed 001 (labels with parentheses)": [
        "Question (to Vladimir Makei): Austrian Chancellor Alexander Schallenberg said...",
        "Sergey Lavrov (after Vladimir Makei): I would like to support this statement.",
        "As Mr Makei noted, and with good reason, this initiative implied a feeling of superiority.",
    ],
    "telegram/007 (Russian)": [
        "Вопрос: Какова международная реакция на неудавшийся мятеж?",
        "💬 С.В.Лавров: Нет смысла пересказывать всё то, что заполняло СМИ в последние дни.",
    ],
    "not turns": [
        "Moscow: 01:52",
        "Key talking points:",
        "I have been instructed to read out a message to the participants in this meeting from "
        "President of the Russian Federation Vladimir Putin:",
    ],
}
for name, lines in BODIES.items():
    print(f"{name}:")
    for t in turns_from_paragraphs(paragraphs(*lines)):
        print(f"  {t.role:<9} {t.label!r:40} {t.speaker.id or '-':15} {t.text[:30]!r}")

lead = (
    "Q: According to the statement of the Medical Director at the Salisbury District Hospital, "
    "Yulia Skripal is no longer in a critical condition. A: Careful analysis of the letter shows..."
)
print("inline, one lead paragraph (embassy/002):")
for t in inline_turns(lead, offset=500):
    print(f"  {t.role:<9} label={t.label!r:5} span={t.span.start}-{t.span.end} text={t.text[:45]!r}")

"""Sentence spans with offsets into the document text: paragraph breaks, then end punctuation not after an abbreviation."""
from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt",
    "inc", "corp", "co", "ltd", "plc", "llc", "bros", "no", "nos", "vs", "v", "etc", "al", "approx", "est", "dept",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "e.g", "i.e", "a.m", "p.m", "rs", "fig", "op", "ed", "vol", "pp",
    # company forms that end in a stop mid-sentence: "IMG Singapore Pte. Ltd", "Sime Darby Bhd."
    "pte", "pty", "bhd", "cos",
}
# end punctuation before a space and a capital; or a full stop glued to the next sentence by a lost space
# ("... in a bitcoin trust.Bitcoin's cross above ...", "... Ventures in 2014.Even the American Medical Association"): a
# lower-case word or a year, the stop, a capitalised word
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9€$£¥₹])|(?:(?<=[a-z)])|(?<=\b\d{4}))\.(?!(?:Com|Net|Org|Co|Io)\b)(?=[\"“]?[A-Z][a-z])")
# a paragraph is a line, and the lines after it that start in lower case: a hard-wrapped Markdown body ("A month ago we
# announced that Vespa is finally\nits own company.") continues its sentence on the next line
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?=[a-z])[^\n]+)*")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if len(word) <= 2 and m.start() > 0 and text[m.start() - 1].isdigit():
        return False  # "but still lost £441m. Yet the company ...": a sum's unit letter, not an initial
    if len(word) == 1 and m.start() > 0 and text[m.start() - 1] in "-–":
        return False  # "the share capital of IMG-R. Post completion ...": the end of a hyphenated name, not an initial
    return word in ABBREVIATIONS or len(word) == 1  # a single initial: "Jack M. Ma"


def _inside_brackets(text: str, cut: int, dot: int) -> bool:
    """A stop after an unclosed "(" whose ")" follows within a few words ends no sentence."""
    opened = text.rfind("(", cut, dot)
    if opened < 0 or dot - opened > 30 or ")" in text[opened:dot]:
        return False
    close = text.find(")", dot, dot + 30)
    return close > 0 and "(" not in text[dot:close]


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        p_start, p_text = para.start(), para.group()
        cut = 0
        for m in _BOUNDARY.finditer(p_text):
            if p_text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(p_text, m.start()):
                continue
            if p_text[m.start()] == "." and _inside_brackets(p_text, cut, m.start()):
                continue  # "$500K(aprrox. ₹3.33 Cr) from India Quotient fund": a stop inside a short bracket
            _add(out, text, p_start + cut, p_start + m.end())
            cut = m.end()
        _add(out, text, p_start + cut, p_start + len(p_text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))

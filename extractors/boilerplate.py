"""Text-level cleaning shared by every format: Markdown markup, bare URLs and boilerplate lines.

Each rule is a pattern in a table below; a new kind of boilerplate is one more row.
"""
from __future__ import annotations

import re

# -- Markdown and URLs -------------------------------------------------------------------------
_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)"), ""),                 # images
    (re.compile(r"\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)"), r"\1"),              # links keep their text
    (re.compile(r"\[([^\]\n]{0,500})\]\[[^\]\n]{0,200}\]"), r"\1"),              # reference links
    (re.compile(r"^\[[^\]\n]{1,200}\]:\s*\S+.*$", re.M), ""),                    # reference definitions
    (re.compile(r"<?\b(?:https?://|www\.)[^\s<>\"')\]]+>?"), ""),                # bare URLs: their digits are not facts
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M), ""),                          # ATX headings
    (re.compile(r"^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*$", re.M), ""),       # setext underlines, rules
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),                               # block quotes
    (re.compile(r"(\*\*|__)(?=\S)([^\n]{1,500}?\S)\1"), r"\2"),                  # bold
    (re.compile(r"(?<![*\w])\*(?=\S)([^*\n]{1,300}?\S)\*(?![*\w])"), r"\1"),          # italics
    (re.compile(r"`([^`\n]{1,200})`"), r"\1"),                                   # inline code
    (re.compile(r"[ \t]+$", re.M), ""),                                          # trailing spaces (md line breaks)
)

# -- whole lines that are never article text ---------------------------------------------------
_JUNK_LINE = re.compile(
    r"^(?:\[ad_?\d*\]|\[/?ad[^\]]{0,20}\]|advertisements?|sponsored( content)?|newsletter|close|×|x|"
    r"share( this( article| story)?)?( on \w+)?|tweet|email|print|comments?|\d{1,2}:\d{2}|"
    r"source|read more|continue reading|skip to (main )?content|listen to (this )?article|"
    r"(sign up|subscribe)\b.{0,120}|follow us\b.{0,120}|click here\b.{0,160}|"
    r"(ai )?disclaimer\s*:.*|\(this (story|article) has not been edited.*|"
    r"\(reporting by .*|\(editing by .*|(photo|image|picture|photograph)s?( credit)?\s*:.{0,120}|"
    r"all rights reserved.{0,120}|©.{0,160}|copyright\b.{0,160}|related\s*:.{0,300}|\d+ min(?:ute)?s? read|"
    r"by [A-Z][\w.’'\- ]{1,60}|-+|[-*•]\s*)$",
    re.I)
# a heading after which a list of other stories follows
_RELATED_HEADING = re.compile(
    r"^(?:related( articles| stories| posts| news| coverage| content| reading)?|read (more|also|next)|"
    r"more (from|on|stories|news)\b.{0,60}|you may (also )?like|recommended( for you| stories)?|"
    r"trending( now)?|most (popular|read|viewed)|latest (news|stories)|also read|see also|"
    r"other news|top stories|more posts( by .{1,60})?|recent posts( from .{1,80})?|popular posts|"
    r"related posts|latest posts|more articles|from the archive)\s*:?$", re.I)
_LIST_ITEM = re.compile(r"^(?:[-*•+]|\d{1,2}[.)])(?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')]*$")
# a caption credit glued to the end of a paragraph ("… clampdown. Photo: Handout")
_TRAILING_CREDIT = re.compile(r"(?<=[.!?”\"])\s+(?:Photo|Image|Picture|Photograph|File photo)s?\s*:\s*[^.!?\n]{1,80}$",
                              re.I)
_INLINE_ADS = re.compile(r"\[ad_?\d+\]", re.I)


def strip_markdown(text: str) -> str:
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


def _is_paragraph(line: str) -> bool:
    """Real prose: long, or several sentences. Headline lists are neither."""
    return len(line) > 250 or len(re.findall(r"[a-z][.!?][\"”’)]?\s+[A-Z“\"]", line)) >= 2


_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}|[&=+]")


def _is_junk_token_line(line: str) -> bool:
    """Tracking strings and URL-encoded blobs: long lines with almost no spaces, full of %2f, & and =."""
    return len(line) > 80 and line.count(" ") < len(line) / 40 and len(_ENCODED.findall(line)) > len(line) / 100


def _drop_menus(lines: list[str]) -> list[str]:
    """Runs of short unpunctuated lines with list markers (menus, archives, tag clouds) are navigation."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        markers = 0
        while j < len(lines):
            ln = lines[j].strip()
            if ln and (len(ln) >= 90 or (_SENTENCE_END.search(ln) and not _LIST_ITEM.match(ln))):
                break
            markers += bool(_LIST_ITEM.match(ln))
            j += 1
        if j - i >= 6 and markers >= 3:
            i = j
            continue
        out.extend(lines[i:j] if j > i else [lines[i]])
        i = max(j, i + 1)
    return out


def remove_boilerplate(text: str) -> str:
    """Drop boilerplate lines; after a 'Related Articles'-style heading, drop the headline list that follows."""
    out: list[str] = []
    lines = _drop_menus(_INLINE_ADS.sub("", text).split("\n"))
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if _RELATED_HEADING.match(line):
            i += 1
            while i < len(lines) and not _is_paragraph(lines[i].strip()):
                i += 1
            continue
        if _JUNK_LINE.match(line) or _is_junk_token_line(line):
            i += 1
            continue
        out.append(_TRAILING_CREDIT.sub("", line))
        i += 1
    cleaned = "\n".join(_drop_teasers(out))
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned)
    return _dedupe_adjacent(cleaned).strip()


def _drop_teasers(lines: list[str]) -> list[str]:
    """An excerpt cut off with "..." that another paragraph tells in full is a teaser, not text."""
    out = []
    for i, line in enumerate(lines):
        stem = line.rstrip().removesuffix("…").removesuffix("...").rstrip()
        if len(stem) >= 40 and stem != line.rstrip() and any(
                j != i and other.startswith(stem) and len(other) > len(stem) for j, other in enumerate(lines)):
            continue
        out.append(line)
    return out


def strip_title_echo(text: str, title: str | None) -> str:
    """Scraped pages glue the headline (often twice) to the start of the first paragraph: take it off."""
    if not title or len(title) < 15:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        rest = line
        while rest.startswith(title + " ") and len(rest) > len(title) + 20:
            rest = rest[len(title) + 1:].lstrip()
        lines[i] = rest
    return "\n".join(lines)


def _dedupe_adjacent(text: str) -> str:
    """A line repeated right after itself (a headline printed twice, a caption and its copy) is kept once."""
    out: list[str] = []
    last = None
    for line in text.split("\n"):
        if line and line == last:
            if out and out[-1] == "":
                out.pop()
            continue
        out.append(line)
        if line:
            last = line
    return "\n".join(out)


def clean(text: str) -> str:
    return remove_boilerplate(strip_markdown(text))

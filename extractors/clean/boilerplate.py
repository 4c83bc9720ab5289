"""Text-level cleaning shared by every format: Markdown markup, bare URLs and boilerplate lines.

Each rule is a pattern in a table below; a new kind of boilerplate is one more row.
"""
from __future__ import annotations

import re

from extractors import prefilter
from extractors.clean.headline import FIGURE

# -- Markdown and URLs -------------------------------------------------------------------------
_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)"), ""),                 # images
    # a "Read more" link on its own line closes an excerpt (it points at that story); read as text it would
    # look like a "Read more" heading and take the next story's headline with it
    (re.compile(r"^[ \t]*\[(?:read more|continue reading|read (?:the )?full (?:story|article))\W{0,3}\]"
                r"\([^)\n]{0,2000}\)[ \t]*$", re.I | re.M), ""),
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
    (_LINE_END_BLANKS := re.compile(r"[ \t]+$", re.M), ""),                      # trailing spaces (md line breaks)
)

# -- whole lines that are never article text ---------------------------------------------------
_JUNK_LINE = re.compile(
    r"^(?:\[ad_?\d*\]|\[/?ad[^\]]{0,20}\]|advertisements?|sponsored( content)?|newsletter|close|×|x|"
    r"share( this( article| story)?)?( on \w+)?|tweet|email|print|comments?|\d{1,2}:\d{2}|"
    r"source|read more|continue reading|(first |last )?(published|updated|posted)( on| at)?\s*:?|skip to (main )?content|listen to (this )?article|"
    r"(sign up|subscribe)\b.{0,120}|follow us\b.{0,120}|click here\b.{0,160}|"
    r"(ai )?disclaimer\s*:.*|\(this (story|article) has not been edited.*|"
    r"\((additional |writing and )?reporting by .*|\((editing|writing|compiled) by .*|"
    r"(photo|image|picture|photograph)s?( credit)?\s*:.{0,120}|\((photo|image|picture)s? (by|courtesy of|credit)\b[^()]{0,80}\)|"
    r"all rights reserved.{0,120}|©.{0,160}|copyright\b.{0,160}|related\s*:.{0,300}|\d+ min(?:ute)?s? read|"
    r"by [A-Z][\w.’'\- ]{1,60}|-+|_+|[-*•]\s*|"
    # page furniture that scrapers keep as a line of its own
    r"(go )?back to top\b.{0,60}|skip to\b.{0,60}|share via|view full image\b.{0,120}|"
    # a page's sign-off lines: the tag list, appeals for feedback and shares, how to reach the writer
    r"(tags|topics|filed under)\s*:.{1,160}|tell us what you think\b.{0,40}|don[’']t miss|"
    r"(like|enjoy(ed)?) this (story|article)\?.{0,80}|write to [^.!?]{1,60} at \S+@\S+|"
    r"(reach|contact) the (reporter|reporters|writer|writers|author)\b.{0,120}|additional reporting by\b[^.!?]{1,160}\.?|"
    r"\W{0,3}\s*read (the )?full (article|story)\b.{0,120}|(note:\s*)?full (article|story) (content )?(is )?not available.{0,200}|"
    r"the views and opinions expressed (herein|here|in this article) .{0,200}|follow our (full )?coverage\b.{0,160}|"
    # a blogger's signature block: contact lines, handles, "About the Author", a bar of profile links
    r"contact \w+ with (news|tips|story ideas)\b.{0,120}|e-?mail\s*:\s*\S+\s*(\[at\]|@|\(at\)).{0,80}|"
    r"(twitter|friendfeed|facebook|instagram|linkedin|mastodon|threads)\s*:\s*@.{0,120}|"
    r"(sites|blogs)\s*:(?:(?!\.\s)[^!?]){0,100}|about the author:?|cheers!?|visit \w+('s)? (page|profile|website) at\b.{0,80}|"
    r"tweet \w+ @\w+.{0,200}|[^|\n]{1,40}(\s\|\s[^|\n]{1,40}){3,}|"
    r"[A-Z][\w.’'-]+( [A-Z][\w.’'-]+){0,3} on (linkedin|twitter|x|facebook|instagram)|"
    # a site generator's template tag left in an exported post ("{% include back-to-top.html %}")
    r"\{%[^%\n]{1,200}%\})$",
    re.I)
# a line of tag-cloud keywords joined with '+' ("gaia+interactive gaiainteractive social+gaming")
_TAG_CLOUD = re.compile(r"^(?:\S+\s+){2,}\S+$")
# a blurb about the writer closing the piece ("Rose is a crypto content writer with ...")
_AUTHOR_BIO = re.compile(r"^(?:[A-Z][\w’'.-]+ ){0,5}[A-Z][\w’'.-]+ (?:is|was) (?:a|an|the)\b[^.!?]{0,80}?"
                         r"\b(?:writer|editor|reporter|journalist|correspondent|contributor|columnist|author|blogger)s?\b")
# sentences and snippets that syndication and scraping leave inside a paragraph
_INLINE_JUNK: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r",? opens new tab\b"), ""),                                       # link annotations
    # a gallery caption printed twice around its counter: "Item 1 of 2 <caption> [1/2] <caption> Purchase ..."
    (re.compile(r"\bItem (\d{1,2}) of (\d{1,2}) (.{5,600}?) \[\1/\2\]\s*\3\s*(?:Purchase Licensing Rights\s*)?"), ""),
    (re.compile(r"\s*\bPurchase Licensing Rights\b"), ""),
    (re.compile(r"(?:(?<=[.!?”\"])|^)\s*Sign up here\.(?=\s|$)"), ""),
    (re.compile(r"\s*\bOur Standards: The Thomson Reuters Trust Principles\.?"), ""),
    # a credit line glued to the end of the last paragraph
    (re.compile(r"(?<=[.!?”\")])\s+\(?(?:Additional )?(?:Reporting|Writing) by\b[^.!?\n]{1,300}\)?\s*$"), ""),
    # stock-pick promotion appended to syndicated market stories (Zacks on Nasdaq, Yahoo, ...)
    (re.compile(r"\s*(?:\S+’s |\S+'s )?Zacks Rank (?:&|&amp;|and) Key Picks\b.*$"), ""),
    (re.compile(r"\s*\bWant the latest recommendations from Zacks Investment Research\?.*$"), ""),
    # an FAQ box pasted into the body ("COVID-19 Vaccine Frequently Asked Questions View more ... View more Show")
    (re.compile(r"^.{0,80}\bFrequently Asked Questions View more\b.*$"), ""),
)
# a promotional heading after which a syndicated story carries nothing but advertising
_PROMO_TAIL = re.compile(r"^Zacks\b[^.!?]{0,80}$")
# a subscription appeal printed in place of (or after) the article: "Dear Reader, ... Digital Editor"
_APPEAL_START = re.compile(r"^dear (reader|readers|subscriber)s?,?$", re.I)
_APPEAL_END = re.compile(r"^(digital editor|the editor|editor)$", re.I)
# a heading after which a list of other stories (or the page's tags) follows
_RELATED_HEADING = re.compile(
    r"^(?:related( articles| stories| posts| news| coverage| content| reading)?|read (more|also|next)|"
    r"more (from|on|stories|news)\b.{0,60}|you (?:may|might) (also )?like|recommended( for you| stories)?|"
    r"trending( now)?|most (popular|read|viewed)|latest (news|stories)|also read|see also|tags|topics|filed under|"
    r"other news|top stories|more posts( by .{1,60})?|recent posts( from .{1,80})?|popular posts|"
    r"related posts|latest posts|more articles|from the archive)\s*(?::|\.\.\.|…)?$", re.I)
_LIST_ITEM = re.compile(r"^(?:[-*•+]|\d{1,2}[.)])(?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')]*$")
# a digest's item ends by naming its source in brackets: "Marico buys 45% stake in Beardo. [Inc42]"
_SOURCE_TAG = re.compile(r"\s*[\[(][^\[\]()]{1,40}[\])]\s*$")
_LOWER_WORD = re.compile(r"(?<!\S)[a-z][a-z’'-]{2,}\b")
# a caption credit glued to the end of a paragraph ("… clampdown. Photo: Handout")
_TRAILING_CREDIT = re.compile(r"(?<=[.!?”\"])\s+(?:Photo|Image|Picture|Photograph|File photo)s?\s*:\s*[^.!?\n]{1,80}$",
                              re.I)
_INLINE_ADS = re.compile(r"\[ad_?\d+\]", re.I)
# a scraper glues a widget's counter ("3 min read", a comment count) to the first word of the paragraph:
# "3Austrian startup Kickscale ..."; a single digit before a capitalised word is never how a name is written
# ("3M", "7-Eleven" have no lower-case run after the digit)
_GLUED_COUNTER = re.compile(r"^\d(?=[A-Z][a-z]{3,})", re.M)


# per rule of _MD_RULES / _INLINE_JUNK, strings one of which every match contains (None: no cheap test); a rule
# whose strings are all absent from the text cannot match, so its regex is not run
_MD_NEEDS: tuple[tuple[str, ...] | None, ...] = (
    ("![",), ("](",), ("](",), ("][",), ("]:",), ("http", "www."), ("#",), ("---", "===", "***", "___"), (">",),
    ("**", "__"), ("*",), ("`",), None)
_NEEDS: tuple[tuple[str, ...] | None, ...] = (
    ("opens new tab",), ("Item ",), ("Purchase Licensing Rights",), ("Sign up here.",),
    ("Our Standards: The Thomson Reuters Trust Principles",), ("ing by",), ("Zacks Rank ",),
    ("Want the latest recommendations from Zacks Investment Research?",), ("Frequently Asked Questions View more",))


def _may_match(needs: tuple[str, ...] | None, text: str) -> bool:
    return needs is None or any(n in text for n in needs)


def strip_markdown(text: str) -> str:
    for (pattern, repl), needs in zip(_MD_RULES, _MD_NEEDS, strict=True):
        if pattern is _LINE_END_BLANKS:
            text = _strip_line_ends(text)
        elif _may_match(needs, text):
            text = pattern.sub(repl, text)
    return text


def _strip_line_ends(text: str) -> str:
    """`_LINE_END_BLANKS.sub("", text)`, the same text: blanks before each "\n" and at the end go. str.rstrip per line,
    because the regex tries (and fails) at every blank of the text."""
    if " \n" not in text and "\t\n" not in text and not text.endswith((" ", "\t")):
        return text
    return "\n".join(line.rstrip(" \t") for line in text.split("\n"))


_CLOSERS = "\"”’')"
_STOPS = (".", "!", "?", "…")


def _ends_sentence(line: str) -> bool:
    """`_SENTENCE_END.search(line) is not None` without a scan of the whole line: a stop, then only closing quotes
    or brackets to the end (or to a final "\n", where `$` also matches)."""
    return line.removesuffix("\n").rstrip(_CLOSERS)[-1:] in _STOPS


def _is_paragraph(line: str) -> bool:
    """Real prose: long, or several sentences. Headline lists are neither."""
    return len(line) > 250 or len(re.findall(r"[a-z][.!?][\"”’)]?\s+[A-Z“\"]", line)) >= 2


_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}|[&=+]")


def _is_junk_token_line(line: str) -> bool:
    """Tracking strings and URL-encoded blobs: long lines with almost no spaces, full of %2f, & and =."""
    return len(line) > 80 and line.count(" ") < len(line) / 40 and len(_ENCODED.findall(line)) > len(line) / 100


def _is_news_item(line: str) -> bool:
    """A list item that states news in a sentence ("Marico buys 45% stake in Beardo. [Inc42]", "Reliance plans to
    sell 1% stake in Paytm for $50-60 Mn"), as a digest lists the week's deals: content, not a menu. Menu entries,
    archives and tag clouds are a few capitalised words with neither a full stop nor an amount or percentage (a year
    or a "Top 10" is not one)."""
    m = _LIST_ITEM.match(line)
    if not m:
        return False
    body = _SOURCE_TAG.sub("", line[m.end():]).strip()
    words = body.split()
    return (len(words) >= 5 and len(_LOWER_WORD.findall(body)) >= 2
            and (_ends_sentence(body) or FIGURE.search(body) is not None))


def _drop_menus(lines: list[str]) -> list[str]:
    """Runs of short unpunctuated lines with list markers (menus, archives, tag clouds) are navigation."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        markers = 0
        while j < len(lines):
            ln = lines[j].strip()
            if ln and (len(ln) >= 90 or (_ends_sentence(ln) and not _LIST_ITEM.match(ln)) or _is_news_item(ln)):
                break
            markers += bool(_LIST_ITEM.match(ln))
            j += 1
        if j - i >= 6 and markers >= 3:
            i = j
            continue
        out.extend(lines[i:j] if j > i else [lines[i]])
        i = max(j, i + 1)
    return out


def _strip_inline(line: str, live: tuple[bool, ...] | None = None) -> str:
    """`live`: per rule, whether its strings occur anywhere in the text the line comes from; a rule that is not live
    is skipped untested while no earlier rule has changed the line (a substitution could bring its strings in)."""
    changed = False
    for k, ((pattern, repl), needs) in enumerate(zip(_INLINE_JUNK, _NEEDS, strict=True)):
        if live is not None and not live[k] and not changed:
            continue
        if _may_match(needs, line):
            new = pattern.sub(repl, line)
            changed = changed or new != line
            line = new
    return line.strip()


def _is_tag_cloud(line: str) -> bool:
    if line.count("+") < 3:
        return False  # three words with a "+" need three "+": counted first, as the run regex backtracks
    words = line.split()
    return (len(words) >= 4 and _TAG_CLOUD.match(line) is not None
            and not _ends_sentence(line)
            and sum("+" in w.strip("+") for w in words) >= 3)


def _drop_appeal(lines: list[str]) -> list[str]:
    """A "Dear Reader, ... Digital Editor" subscription appeal goes, unless it is all the page has."""
    for i, line in enumerate(lines):
        if _APPEAL_START.match(line.strip()):
            end = next((j for j in range(i + 1, min(len(lines), i + 40)) if _APPEAL_END.match(lines[j].strip())),
                       None)
            if end is not None:
                rest = lines[:i] + lines[end + 1:]
                if any(ln.strip() for ln in rest):
                    return _drop_appeal(rest)
    return lines


def _drop_closing_bio(lines: list[str]) -> list[str]:
    """The writer's blurb that ends a page ("Rose is a crypto content writer ...") is not article text."""
    kept = [i for i, ln in enumerate(lines) if ln.strip()]
    for i in reversed(kept[-3:]):
        if len(kept) > 1 and _AUTHOR_BIO.match(lines[i].strip()):
            lines = lines[:i] + lines[i + 1:]
    return lines


def remove_boilerplate(text: str, menus: bool = True) -> str:
    """Drop boilerplate lines; after a 'Related Articles'-style heading, drop the headline list that follows.

    `menus=False` keeps runs of short list items: a main-content extractor has already told navigation from
    the lists an article holds (qualified teams, ingredients), and only the latter reach this point.
    """
    out: list[str] = []
    text = _GLUED_COUNTER.sub("", _INLINE_ADS.sub("", text))
    live = tuple(_may_match(needs, text) for needs in _NEEDS)  # every line is a part of this text
    lines = text.split("\n")
    if menus:
        lines = _drop_menus(lines)
    i = 0
    while i < len(lines):
        line = _strip_inline(lines[i].strip(), live)
        if prefilter.line_matches(_RELATED_HEADING, line):
            i += 1
            while i < len(lines) and not _is_paragraph(lines[i].strip()):
                i += 1
            continue
        if _PROMO_TAIL.match(line) and any(ln.strip() for ln in out):
            break
        if prefilter.line_matches(_JUNK_LINE, line) or _is_junk_token_line(line) or _is_tag_cloud(line):
            i += 1
            continue
        out.append(_TRAILING_CREDIT.sub("", line) if ":" in line else line)  # every credit has its ":"
        i += 1
    out = _drop_closing_bio(_drop_appeal(out))
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

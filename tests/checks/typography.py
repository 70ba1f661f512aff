"""Typography: the built pages follow the rules of each language's own punctuation. What a
template, a formatted value or a hand-written sentence gets wrong shows here: a doubled full
stop (a Russian date's "г." followed by the sentence's "."), an ordinary space where French
wants a no-break space, half-width punctuation among Japanese or Chinese characters.

Rules follow the language, not the locale, so a new locale of a known language (fr-CA, zh-HK)
is checked without a line added here."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import NavigableString

from ..project import PAGES, article

CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]"
RULES: dict[str, list[tuple[re.Pattern, str]]] = {
    "*": [
        (re.compile(r"(?<![.。])[.。]{2}(?![.。])"), "doubled full stop"),  # an ellipsis is three
        (re.compile(r"[ \u00a0\u202f][,.](?=\s|$)"), "space before a comma or full stop"),
    ],
    # French: a no-break space before : ; ! ? » and after « (U+00A0 or the narrow U+202F).
    "fr": [
        (re.compile(r"(?<=\S) [:;!?»]"), "ordinary space where French wants a no-break space"),
        (re.compile(r"« "), "ordinary space after « where French wants a no-break space"),
        (re.compile(r"(?<=[^\s\u00a0\u202f(\[])[;!?»](?=\s|$)"), "no space before ; ! ? or »"),
    ],
    # Japanese and Chinese: full-width punctuation next to their own characters.
    "ja": [(re.compile(rf"{CJK}[,.:;!?()]|[,:;!?()]{CJK}"), "half-width punctuation among CJK characters")],
}
RULES["zh"] = RULES["ja"]


def typography(site: Path, locales) -> list[str]:
    problems = []
    for locale in locales:
        for page in PAGES:
            for text in _sentences(site, locale, page):
                problems += [f"{locale}/{page}: {issue} in {_around(text, at)!r}"
                             for issue, at in issues(locale, text)]
    return problems


def issues(locale: str, text: str) -> list[tuple[str, int]]:
    """(what is wrong, where) in one text of a locale."""
    rules = RULES["*"] + RULES.get(locale.split("-")[0], [])
    return [(name, found.start()) for pattern, name in rules for found in pattern.finditer(text)]


BLOCKS = "h1, h2, h3, h4, p, li, dd, dt, th, td, caption, .admonition-title"


def _sentences(site: Path, locale: str, page: str) -> list[str]:
    """The text readers read: each block of prose (inline code stands as one word, X, since
    punctuation around it follows the sentence's rules), and the lifecycle tooltips."""
    body = article(site, locale, page)
    for element in body.select("pre, .highlight, .tabbed-labels, .headerlink"):
        element.decompose()
    for code in body.select("code"):
        code.replace_with(NavigableString("X"))
    # Only ASCII whitespace is folded: a no-break space is part of the typography checked.
    texts = [re.sub(r"[ \t\r\n]+", " ", block.get_text("")).strip() for block in body.select(BLOCKS)
             if not block.select(BLOCKS)]
    return [text for text in texts if text] + [mark["title"] for mark in body.select("span[title]")]


def _around(text: str, at: int, width: int = 25) -> str:
    return text[max(0, at - width):at + width]

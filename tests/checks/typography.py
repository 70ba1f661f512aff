"""Typography: the built pages follow the rules of each language's own punctuation and
spacing, as data/i18n/style/typography.yml writes them down. What a template, a formatted
value or a hand-written sentence gets wrong shows here: a doubled full stop (a Russian
date's "г." followed by the sentence's "."), an ordinary space where French wants a no-break
space, a line break in Japanese source that shows as a space, a list joined without the
space between Chinese and Latin words.

Rules follow the language, not the locale, so a new locale of a known language (fr-CA, zh-HK)
is checked without a line added anywhere."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString

from ..project import built_pages
from .hygiene import TEXT_BLOCKS
from .style import typography_rules


def typography(site: Path, locales) -> list[str]:
    problems = []
    for locale in locales:
        for page in built_pages(site, locale):
            for text in _sentences(site / locale / page / "index.html"):
                problems += [f"{locale}/{page.rstrip('/') or 'index'}: {issue} in {_around(text, at)!r}"
                             for issue, at in issues(locale, text)]
    return problems


def issues(locale: str, text: str) -> list[tuple[str, int]]:
    """(what is wrong, where) in one text of a locale."""
    return [(rule.problem, found.start()) for rule in typography_rules(locale.split("-")[0])
            for found in rule.pattern.finditer(text)]


def _sentences(path: Path) -> list[str]:
    """The text readers read: each block of prose (inline code stands as one word, X, since
    punctuation around it follows the sentence's rules), and the lifecycle tooltips."""
    body = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one("article")
    for element in body.select("pre, .highlight, .tabbed-labels, .headerlink"):
        element.decompose()
    for code in body.select("code"):
        code.replace_with(NavigableString("X"))
    for line_break in body.select("br"):
        line_break.replace_with(NavigableString("\n"))
    # Only ASCII whitespace is folded: a no-break space is part of the typography checked.
    texts = [re.sub(r"[ \t\r\n]+", " ", block.get_text("")).strip() for block in body.select(TEXT_BLOCKS)
             if not block.select(TEXT_BLOCKS)]
    return [text for text in texts if text] + [mark["title"] for mark in body.select("span[title]")]


def _around(text: str, at: int, width: int = 25) -> str:
    return text[max(0, at - width):at + width]

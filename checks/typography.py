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

from site_build import built_pages
from .hygiene import TEXT_BLOCKS, attribute_texts
from .style import typography_rules

LINE_BREAK = "\u2028"


def typography(site: Path, locales) -> list[str]:
    problems = []
    for locale in locales:
        for page in built_pages(site, locale):
            for where, text in _texts(site / locale / page / "index.html"):
                problems += [f"{locale}/{page.rstrip('/') or 'index'}: {issue} in {_around(text, at)!r}"
                             for issue, at in issues(locale, text, where)]
    return problems


def issues(locale: str, text: str, where: str = "text") -> list[tuple[str, int]]:
    """(what is wrong, where) in one text of a locale; a table cell's text is also text."""
    return [(rule.problem, found.start()) for rule in typography_rules(locale.split("-")[0])
            if rule.where in ("text", where) for found in rule.pattern.finditer(text)]


def _texts(path: Path) -> list[tuple[str, str]]:
    """The text readers read, and where it is: each block of prose (inline code stands as one
    word, X, since punctuation around it follows the sentence's rules), each table cell on its
    own, and what the page says outside its prose: the <title>, the meta description, the table
    of contents and every tooltip and label a screen reader speaks (title, aria-label, alt,
    placeholder)."""
    document = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    spoken = [document.title.get_text()] if document.title else []
    spoken += [tag["content"] for tag in document.select('meta[name="description"]')]
    spoken += attribute_texts(document)
    spoken += [entry.get_text() for entry in document.select(".md-nav--secondary .md-nav__link")]
    body = document.select_one("article")
    for element in body.select("pre, .highlight, .tabbed-labels, .headerlink"):
        element.decompose()
    for code in body.select("code"):
        code.replace_with(NavigableString("X"))
    for line_break in body.select("br"):  # a line break ends a line, it is not a space
        line_break.replace_with(NavigableString(LINE_BREAK))
    blocks = [block for block in body.select(TEXT_BLOCKS) if not block.select(TEXT_BLOCKS)]
    texts = [("table cell" if block.name in ("td", "th") else "text", _folded(line))
             for block in blocks for line in block.get_text("").split(LINE_BREAK)]
    return [(where, text) for where, text in texts if text] + [("text", _folded(text)) for text in spoken]


def _folded(text: str) -> str:
    # Only ASCII whitespace is folded: a no-break space is part of the typography checked.
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def _around(text: str, at: int, width: int = 25) -> str:
    return text[max(0, at - width):at + width]

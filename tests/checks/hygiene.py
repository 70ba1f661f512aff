"""Language hygiene: each locale's pages are written in that locale. A paragraph in another
script or another language fails, and so does a Simplified or non-Taiwan character on a
zh-TW page. Code, the model table (data values) and tab labels are exempt."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..project import PAGES, article

TEXT_BLOCKS = "h1, h2, h3, h4, p, li, dd, dt, th, td, caption, .admonition-title"
EXEMPT = "code, pre, .highlight, .tabbed-labels, table[data-table='model-ids'], .headerlink"
FOREIGN_SCRIPTS = {
    "ja": ("CYRILLIC", "HANGUL"),
    "zh-TW": ("CYRILLIC", "HANGUL", "HIRAGANA", "KATAKANA"),
    "ru": ("CJK", "HIRAGANA", "KATAKANA", "HANGUL"),
    "fr": ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "CYRILLIC"),
}
# Small words that only appear in running text of that language, never in product names.
FUNCTION_WORDS = {
    "English": {"the", "and", "with", "your", "you", "this", "that", "for", "from", "are", "is", "to", "of"},
    "French": {"le", "la", "les", "des", "du", "une", "est", "avec", "pour", "vous", "dans", "sur", "et"},
}
OWN_LATIN_LANGUAGE = {"fr": "French"}
# Words OpenCC converts that Taiwan writes as they are: 台 (臺 is the formal form) and
# 游標, the Ministry of Education's term for a cursor (OpenCC turns it into 遊標 mid-sentence).
TAIWAN_USAGE = ("台", "游標")


def hygiene(site: Path, locales) -> list[str]:
    problems = []
    for locale in locales:
        for page in PAGES:
            for text in _texts(site, locale, page):
                problems += [f"{locale}/{page}: {issue} in {_short(text)!r}" for issue in _issues(locale, text)]
    return problems


def _texts(site: Path, locale: str, page: str) -> list[str]:
    body = article(site, locale, page)
    for element in body.select(EXEMPT):
        element.decompose()
    texts = []
    for element in body.select(TEXT_BLOCKS):
        own = "".join(element.find_all(string=True, recursive=False)).strip()
        if element.name in ("li", "dd", "td", "th"):
            own = element.get_text(" ", strip=True)
        if own:
            texts.append(" ".join(own.split()))
    return texts


def _issues(locale: str, text: str) -> list[str]:
    issues = []
    scripts = {_script(c) for c in text} & set(FOREIGN_SCRIPTS[locale])
    if scripts:
        issues.append(f"{', '.join(sorted(scripts)).lower()} characters on a {locale} page")
    words = set(re.findall(r"[a-zà-ÿ]+", text.lower()))
    for language, function_words in FUNCTION_WORDS.items():
        hits = words & function_words
        if len(hits) >= 3 and OWN_LATIN_LANGUAGE.get(locale) != language:
            issues.append(f"untranslated {language} ({', '.join(sorted(hits))})")
    if locale == "zh-TW":
        issues += [f"{c!r} is not Taiwan Traditional (write {t!r})" for c, t in _not_taiwanese(text)]
    return issues


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return next((s for s in ("CJK", "HIRAGANA", "KATAKANA", "CYRILLIC", "HANGUL") if name.startswith(s)), "")


def _not_taiwanese(text: str) -> list[tuple[str, str]]:
    """Characters OpenCC's phrase-aware Simplified→Taiwan conversion would change."""
    converted = _converter().convert(text)
    if len(converted) != len(text):  # a phrase changed length: show the whole text instead
        return [(text, converted)]
    allowed = {i for word in TAIWAN_USAGE for m in re.finditer(re.escape(word), text)
               for i in range(m.start(), m.end())}
    return list(dict.fromkeys((a, b) for i, (a, b) in enumerate(zip(text, converted))
                              if a != b and i not in allowed))


@lru_cache(maxsize=1)
def _converter():
    import opencc  # imported late: only zh-TW pages need it

    return opencc.OpenCC("s2tw")


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"

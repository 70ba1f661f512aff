"""Language hygiene: each locale's pages are written in that locale. A paragraph in another
script or another language fails, and so does a Simplified or non-Taiwan character on a
zh-TW page. Code, the model table (data values) and tab labels are exempt."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.core import get_global
from bs4 import BeautifulSoup

from site_build import PAGES, article, i18n_languages, site_config

TEXT_BLOCKS = "h1, h2, h3, h4, p, li, dd, dt, th, td, caption, .admonition-title"
EXEMPT = "code, pre, .highlight, .tabbed-labels, table[data-table='model-ids'], .headerlink"
# The scripts the check tells apart (by Unicode character name), and which of them each
# writing system (ISO 15924, as CLDR's likely subtags give a locale's) uses.
SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "CYRILLIC", "HANGUL")
OWN_SCRIPTS = {"Jpan": {"CJK", "HIRAGANA", "KATAKANA"}, "Hant": {"CJK"}, "Hans": {"CJK"},
               "Kore": {"HANGUL", "CJK"}, "Cyrl": {"CYRILLIC"}, "Latn": set()}
# Small words that only appear in running text of that language, never in product names.
FUNCTION_WORDS = {
    "English": {"the", "and", "with", "your", "you", "this", "that", "for", "from", "are", "is", "to", "of"},
    "French": {"le", "la", "les", "des", "du", "une", "est", "avec", "pour", "vous", "dans", "sur", "et"},
}
# Words OpenCC converts that Taiwan writes as they are: 台 (臺 is the formal form), 游標, the
# Ministry of Education's term for a cursor (OpenCC turns it into 遊標 mid-sentence), and
# 公布, the Ministry's standard form (OpenCC writes 公佈).
TAIWAN_USAGE = ("台", "游標", "公布")


def hygiene(site: Path, locales) -> list[str]:
    problems = []
    for locale in locales:
        try:
            foreign_scripts(locale)
        except LanguageError as error:  # one line for the language, not one per paragraph
            problems.append(str(error))
            continue
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


class LanguageError(Exception):
    """A language the check cannot place: the message says what to add where."""


@lru_cache(maxsize=None)
def foreign_scripts(locale: str) -> frozenset[str]:
    """The scripts that do not belong on a locale's pages: all but its writing system's."""
    subtags = get_global("likely_subtags")
    likely = subtags.get(locale.replace("-", "_")) or subtags.get(locale.split("-")[0])
    script = likely.split("_")[1] if likely else None
    if script not in OWN_SCRIPTS:
        raise LanguageError(f"language hygiene: {locale}: no script known for it ({script or 'none in CLDR'}); "
                            f"add its ISO 15924 script to OWN_SCRIPTS in checks/hygiene.py")
    return frozenset(SCRIPTS) - OWN_SCRIPTS[script]


def own_language(locale: str) -> str:
    """The locale's language as FUNCTION_WORDS names languages ('French')."""
    return Locale.parse(locale.split("-")[0]).english_name


def _issues(locale: str, text: str) -> list[str]:
    issues = []
    scripts = {_script(c) for c in text} & foreign_scripts(locale)
    if scripts:
        issues.append(f"{', '.join(sorted(scripts)).lower()} characters on a {locale} page")
    words = set(re.findall(r"[a-zà-ÿ]+", text.lower()))
    for language, function_words in FUNCTION_WORDS.items():
        hits = words & function_words
        if len(hits) >= 3 and own_language(locale) != language:
            issues.append(f"untranslated {language} ({', '.join(sorted(hits))})")
    if locale == "zh-TW":
        issues += [f"{c!r} is not Taiwan Traditional (write {t!r})" for c, t in _not_taiwanese(text)]
    return issues


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return next((s for s in SCRIPTS if name.startswith(s)), "")


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


# Attributes whose text a reader sees (a tooltip, a placeholder) or hears (a screen reader).
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")


def attribute_texts(html) -> list[str]:
    """Those attributes' texts, in one walk of the page (a CSS selector per attribute took four)."""
    return [tag[name] for tag in html.find_all(True) for name in READ_ATTRIBUTES if name in tag.attrs]


# English words the reader could meet outside the prose: the theme's own (Material's English
# translations) and this site's (mkdocs.yml's description, palette names and chooser title).


def english_ui(site: Path, locales, config: dict | None = None) -> list[str]:
    """Theme labels, tooltips, titles, meta description and the search's words of every built
    page of each language, against the English ones; words the language itself writes the
    same way in its theme translations ("Navigation" in French) are not English."""
    english = _english_ui_phrases(config or site_config())
    problems = []
    for locale in locales:
        own = {v.lower() for v in _material_words(locale).values()}
        for path in sorted((site / locale).rglob("*.html")):
            page = path.relative_to(site).as_posix()
            for text in _ui_texts(path):
                problems += [f"{page}: English {phrase!r} in {_short(text)!r}" for phrase in english
                             if phrase.lower() not in own and _says(text, phrase)]
    return problems


def _english_ui_phrases(config: dict) -> set[str]:
    words = {v for k, v in _material_words("en").items() if not k.startswith(("search.config", "language",
                                                                                "direction"))}
    words |= {config["site_description"]} | {o["toggle"]["name"] for o in config["theme"]["palette"]}
    root = next(lang for lang in i18n_languages(config) if lang.get("default"))
    words.add(root["site_name"])
    # "# matching documents": the parts around the count.
    return {part.strip() for word in words for part in word.split("#") if len(part.strip()) > 2}


def _says(text: str, phrase: str) -> bool:
    if " " not in phrase:  # one word: the whole label, as "Search" or "Clear"
        return text.strip().lower() == phrase.lower()
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE) is not None


def _ui_texts(path: Path) -> list[str]:
    html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    config = html.select_one("script#__config")
    translations = list(json.loads(config.string).get("translations", {}).values()) if config else []
    description = [m["content"] for m in html.select('meta[name="description"]')]
    attributes = attribute_texts(html)
    for hidden in html.select("script, style, article, pre, code"):
        hidden.decompose()
    outside_prose = [" ".join(s.split()) for s in html.find_all(string=True) if s.strip()]
    return translations + description + attributes + outside_prose


def _material_words(language: str) -> dict[str, str]:
    """Material's translations for a theme language: {"action.skip": "Skip to content", …}."""
    import material

    path = Path(material.__file__).parent / "templates/partials/languages" / f"{language}.html"
    return dict(re.findall(r'^\s*"([\w.]+)": "((?:[^"\\]|\\.)*)"', path.read_text(encoding="utf-8"), re.M))


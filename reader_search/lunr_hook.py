"""The site's search before Pagefind, kept to measure Pagefind against (reader_search/searchers.py
builds a copy of the project with it): Material's lunr search, set up as below.

mkdocs hook: each guide language is searched on its own, with its own language rules.

mkdocs-static-i18n merges every language into one index at the site root, read with one
set of lunr languages: a Japanese reader typing 設定 is shown Traditional Chinese pages.
Here each guide language also gets its own index, <locale>/search/search_index.json,
holding only its pages and read with its own lunr language; its pages point Material's
search there (the `base` of their __config, which Material uses only to find the index and
to resolve result links). The root language chooser keeps the merged index; so does a
language built alone at the root (make serve LOCALE=ja), whose pages are all it holds.

What the rest of the search set-up does, and why (tests/test_browser_search.py holds the
queries that compare it with Pagefind):
- lunr language: the locale's primary subtag. `ja` brings TinySegmenter, which cuts kanji
  and kana into words in the browser; `zh` cannot segment in a browser, so Chinese words
  come from jieba: with jieba installed (requirements.txt), Material's search plugin cuts
  Han text into words at build time, joined by zero-width spaces.
- `separator` (mkdocs.yml): spaces, that zero-width space, and Latin, general and CJK
  punctuation, the French apostrophe of d’exécution included.
- `pipeline` (mkdocs.yml): no stemmer. Material sends every query word as a prefix query
  (модели*), which lunr never stems, so a stemmed index (модел) would turn hits into misses."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from site_data import guide_locales, locale_prefix, site_path
from mkdocs.contrib import search as mkdocs_search
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)(")')
LUNR_LANGUAGES = Path(mkdocs_search.__file__).parent / "lunr-language"


def on_config(config) -> None:
    # jieba announces loading its dictionary on stderr at every build; authors need not see it.
    logging.getLogger("jieba").setLevel(logging.WARNING)
    for locale in guide_locales(config):
        lunr_language(locale)  # an unsupported language stops the build here, by name


def on_post_build(config) -> None:
    locale, prefix = config.theme["language"], locale_prefix(config)
    if not prefix:
        return
    plugin = config.plugins["material/search"]
    settings = {key: plugin.config[key] for key in ("separator", "pipeline", "fields")}
    index = {
        "config": {"lang": [lunr_language(locale)], **settings},
        "docs": [{**entry, "location": entry["location"].removeprefix(prefix)}
                 for entry in plugin.search_index.entries],
    }
    path = Path(config.site_dir) / prefix / "search/search_index.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def on_post_page(output: str, page, config) -> str:
    prefix = locale_prefix(config)
    if not prefix:
        return output
    # Material's `base` for this page, but at the language's root instead of the site's.
    base = get_relative_url(prefix, page.url or ".").rstrip("/") or "."
    return CONFIG_BASE.sub(lambda m: m[1] + base + m[3], output, count=1)


def on_post_template(output: str, template_name: str, config) -> str:
    """The not-found page is served at any address: its base is absolute, the language's root."""
    prefix = locale_prefix(config)
    if template_name != "404.html" or not prefix:
        return output
    return CONFIG_BASE.sub(lambda m: m[1] + site_path(config) + prefix.rstrip("/") + m[3], output, count=1)


def lunr_language(locale: str) -> str:
    """'zh-TW' -> 'zh': the lunr-languages support Material loads in the browser."""
    language = locale.split("-")[0].lower()
    if language != "en" and not (LUNR_LANGUAGES / f"lunr.{language}.js").exists():
        raise PluginError(f"search: lunr has no support for '{language}' (locale {locale}); "
                          f"see {LUNR_LANGUAGES}")
    return language

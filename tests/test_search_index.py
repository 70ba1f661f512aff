"""Promise: every page of the guide can be searched in its own language, and only there.
Pagefind files each guide page under its language, the root's chooser in a bundle of its own;
a language added the README's way gets its own index; the search box is in every page's
header, the language's not-found page included, in that language's words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from site_build import LOCALES, ROOT, built_pages, html, load_yaml

BUNDLE = "pagefind"


def entry(site: Path, bundle: str = BUNDLE) -> dict:
    return json.loads((site / bundle / "pagefind-entry.json").read_text(encoding="utf-8"))


def search_settings(page) -> dict:
    return json.loads(page.find("script", id="search-settings").string)


def test_each_language_has_its_own_index_of_all_its_pages(site):
    languages = entry(site)["languages"]
    assert sorted(languages) == sorted(locale.lower() for locale in LOCALES)
    for locale in LOCALES:
        assert languages[locale.lower()]["page_count"] == len(built_pages(site, locale)), locale


def test_the_chooser_is_searched_on_its_own_with_every_language(site):
    assert list(entry(site, "pagefind-chooser")["languages"]) == ["en"]
    merged = search_settings(html(site / "index.html"))["merge"]
    assert [index["language"] for index in merged] == [locale.lower() for locale in LOCALES]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_has_the_search_box_in_its_language(site, locale):
    words = load_yaml(ROOT / f"data/i18n/{locale}.yml")["search"]
    not_found = site / locale / "404.html"
    pages = {path: html(path) for path in [site / locale / p / "index.html" for p in built_pages(site, locale)]
             + [not_found]}
    for path, page in pages.items():
        button = page.select_one("header .site-search button")
        assert button is not None and button["aria-label"] == words["placeholder"], path
        assert search_settings(page)["words"] == words, path
    indexed = [path for path, page in pages.items() if page.select_one("[data-pagefind-body]")]
    assert indexed == [path for path in pages if path != not_found], \
        "every guide page is indexed, the not-found page is not"


def test_a_fifth_language_gets_its_own_index(fifth_language):
    # Ukrainian, added as the README says (tests/mutations.py); Pagefind has no stemmer for it
    # and indexes it anyway.
    assert fifth_language["checked"][0] == 0, fifth_language["checked"][1]
    site = fifth_language["site"]
    assert entry(site)["languages"]["uk"]["page_count"] == len(built_pages(site, "uk"))


def test_search_words_sit_beside_the_sections_that_use_the_term(monkeypatch):
    """A glossary term's search words end each section that uses the term,
    in an attribute Pagefind indexes and readers never see: a word the browser cuts in pieces
    with zero-width spaces between them, most often where the heading names the term."""
    monkeypatch.syspath_prepend(str(ROOT / "hooks"))
    from search_words import MOST, terms_with_words, with_search_words

    terms = terms_with_words({"terms": [{"use": "串流", "search_words": ["串 流"]},
                                        {"use": "déprécié, dépréciation", "search_words": ["obsolète<b>"]},
                                        {"use": "模型"}]})
    article = ('<h1 id="a">串流</h1><p>串流 回應</p><h2 id="b">其他</h2><p>Dépréciation, 串流.</p>'
               '<h2 id="c">模型</h2><p>無</p>')
    marked = with_search_words(article, terms)
    spans = re.findall(r'<span data-pagefind-index-attrs="data-search-words" data-search-words="([^"]*)"></span>(?:<h|$)',
                       marked)
    assert spans == [" ".join(["串\u200b流"] * MOST) + " ", "串\u200b流 obsolète&lt;b&gt; "]
    assert re.sub(r"<span data-pagefind[^>]*></span>", "", marked) == article

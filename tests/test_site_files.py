"""Promise: the files hosts and search engines read are right. The sitemap lists every page
of every language with the same alternates as the page's head; every language has its own
not-found page; the site's 404.html, which hosts serve for any missing address, speaks
every language and hands over to the reader's."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from urllib.parse import urlsplit

import pytest

from site_build import LOCALES, ROOT, SITE_URL, built_pages, html, load_yaml

NAMESPACES = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SITE_PATH = urlsplit(SITE_URL).path


def head_alternates(site, url: str) -> dict[str, str]:
    page = html(site / url.removeprefix(SITE_URL) / "index.html")
    return {link["hreflang"]: link["href"] for link in page.select('head link[rel="alternate"][hreflang]')}


def sitemap(site) -> dict[str, dict[str, str]]:
    """<loc> -> {hreflang: href} as the sitemap states them."""
    root = ElementTree.parse(site / "sitemap.xml").getroot()
    return {url.findtext("s:loc", namespaces=NAMESPACES):
            {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NAMESPACES)}
            for url in root.findall("s:url", NAMESPACES)}


def test_sitemap_lists_every_page_of_every_language_and_the_chooser(site):
    pages = {f"{SITE_URL}{locale}/{path}" for locale in LOCALES for path in built_pages(site, locale)}
    assert set(sitemap(site)) == pages | {SITE_URL}


def test_sitemap_alternates_are_the_pages_own(site):
    for url, alternates in sitemap(site).items():
        if url == SITE_URL:  # the chooser: every home page, and itself as x-default
            assert alternates == {**{l: f"{SITE_URL}{l}/" for l in LOCALES}, "x-default": SITE_URL}
        else:
            assert alternates == head_alternates(site, url), url


@pytest.mark.parametrize("locale", LOCALES)
def test_every_language_has_its_own_not_found_page(site, locale):
    words = load_yaml(ROOT / f"data/i18n/{locale}.yml")["not_found"]
    page = html(site / locale / "404.html")
    assert page.html["lang"] == locale
    assert page.title.get_text().startswith(words["title"])
    assert page.select_one("article h1").get_text(strip=True) == words["title"]
    assert page.select_one(f'article a[href="{SITE_PATH}{locale}/"]').get_text(strip=True) == words["home"]
    # Served at any address: the switcher leads to each language's home, search to the
    # site's index (where this language's is), both by absolute paths.
    switcher = {a["hreflang"]: a["href"] for a in page.select("a.md-select__link")}
    assert switcher == {other: f"{SITE_PATH}{other}/" for other in LOCALES}
    settings = json.loads(page.select_one("script#search-settings").string)
    assert (settings["site"], settings["bundle"]) == (SITE_PATH.rstrip("/"), f"{SITE_PATH}pagefind/")
    assert f"{SITE_PATH}assets/search.js" in {s.get("src") for s in page.select("script")}


def test_the_site_404_speaks_every_language_and_hands_over(site):
    page = html(site / "404.html")
    sections = {s["lang"]: s for s in page.select("section.not-found")}
    assert list(sections) == list(LOCALES)
    for locale, section in sections.items():
        words = load_yaml(ROOT / f"data/i18n/{locale}.yml")["not_found"]
        assert section.h1.get_text(strip=True) == words["title"]
        assert section.select_one("a")["href"] == f"{SITE_PATH}{locale}/"
    handover = page.select_one("script[data-locales]")
    assert json.loads(handover["data-locales"]) == list(LOCALES)
    assert handover["data-base"] == SITE_PATH
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"


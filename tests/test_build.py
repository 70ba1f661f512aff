"""Promise: the site builds strictly, in every language, with a language chooser at the root
and hreflang alternates that tie each page to its translations. (Reproducibly too: a second,
independent build gives the same bytes; tests/test_properdocs_build.py compares them.)"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from site_build import LOCALES, PAGES, ROOT, SITE_URL, build, built_pages, copy_project, load_yaml, page_url, soup


def test_strict_build_has_no_warnings(site_build):
    assert site_build.returncode == 0, site_build.log
    assert site_build.warnings() == []


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_exists_in_every_locale(site, locale):
    built = built_pages(site, locale)
    assert {page_url(page) for page in PAGES} <= set(built)
    assert built == built_pages(site, LOCALES[0]), f"{locale} and {LOCALES[0]} built different pages"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_has_its_language_and_alternates_to_the_same_page(site, locale):
    """Model cards included: every built page of the language, not only the navigation's."""
    for path in built_pages(site, locale):
        head = BeautifulSoup((site / locale / path / "index.html").read_text(encoding="utf-8"),
                             "html.parser")
        assert head.html["lang"] == locale, f"{locale}/{path}: <html lang={head.html['lang']}>"
        links = {link["hreflang"]: link["href"] for link in head.select('head link[rel="alternate"][hreflang]')}
        assert links == {**{other: f"{SITE_URL}{other}/{path}" for other in LOCALES},
                         "x-default": SITE_URL}, f"{locale}/{path}"


def test_root_is_a_language_chooser_linking_every_home_page(site):
    chooser = soup(site, "", "index").select("ul.language-chooser a")
    assert {(a["hreflang"], a["href"]) for a in chooser} == {(l, f"{l}/") for l in LOCALES}
    for a in chooser:
        assert a["lang"] == a["hreflang"] and a.get_text(strip=True)


@pytest.mark.parametrize("locale", LOCALES)
def test_language_switcher_offers_the_four_languages_only(site, locale):
    switcher = soup(site, locale, "models").select("a.md-select__link")
    assert [a["hreflang"] for a in switcher] == list(LOCALES)


def test_permalinks_use_stable_english_anchors(site):
    """Every heading's id is given in the source, so links land on the same section in every
    language; an id made from the heading text would differ per language."""
    for locale in LOCALES:
        for page in PAGES:
            ids = [h.get("id", "") for h in soup(site, locale, page).select("article :is(h1,h2,h3,h4)")]
            bad = [i for i in ids if not i or i.startswith("_") or not i.isascii()]
            assert bad == [], f"{locale}/{page}: headings without a stable anchor: {bad}"


@pytest.mark.parametrize("locale", LOCALES)
def test_section_permalinks_are_titled_in_the_page_language(site, locale):
    title = load_yaml(ROOT / f"data/i18n/{locale}.yml")["permalink_title"]
    for page in PAGES:
        links = soup(site, locale, page).select("a.headerlink")
        assert links and {a["title"] for a in links} == {title}, f"{locale}/{page}"


@pytest.mark.parametrize("target, complaint", [
    ("endpoints.md#no-such-section", "does not contain an anchor"),
    ("no-such-page.md", "not found among documentation files"),
])
def test_a_broken_link_fails_the_strict_build(tmp_path, target, complaint):
    project = copy_project(tmp_path / "project")
    page = project / "docs/fr/models.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n[lien]({target})\n", encoding="utf-8")
    result = build(project, tmp_path / "site", BUILD_ONLY_LOCALE="fr")  # French alone: faster
    assert result.returncode != 0
    assert any("fr/models.md" in w and complaint in w for w in result.warnings()), result.warnings()

"""Promise: the site holds together in a browser, the way a host serves it. No page of any
language logs an error or fails a request; a missing address shows the not-found page of
the reader's language (from the address, else from the browser's languages), at the
address they typed, with status 404; the root sends a browser to the language it prefers."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from site_build import LOCALES, ROOT, load_yaml

from .browser import screenshot_path
from .page_walk import Watch, walked


@pytest.fixture
def watch(browser):
    tabs = []
    yield lambda **options: tabs.append(Watch(browser, **options)) or tabs[-1]
    for tab in tabs:
        tab.close()


@pytest.mark.parametrize("locale", ["", *LOCALES])
def test_no_page_logs_an_error(browser, served_site, site, tmp_path_factory, worker_id, locale):
    # Every page of the language, model cards included (the root: the chooser alone, seen
    # by a browser that prefers no guide language, so it stays), each let settle so that what
    # its scripts fetch after loading counts too (tests/page_walk.py).
    found = walked(tmp_path_factory, worker_id, browser, served_site, site, locale)
    assert found["pages"] and found["problems"] == {}


def not_found_words(locale: str) -> dict:
    return load_yaml(ROOT / f"data/i18n/{locale}.yml")["not_found"]


def shows_language(tab, locale: str) -> None:
    tab.page.wait_for_function("l => document.documentElement.lang === l", arg=locale)
    assert tab.page.locator("article h1").inner_text().strip() == not_found_words(locale)["title"]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_missing_address_shows_the_not_found_page_of_its_language(watch, served_site, locale):
    tab = watch(locale="de-DE")
    address = f"{served_site}{locale}/no-such-page/"
    response = tab.visit(address)
    assert response.status == 404
    shows_language(tab, locale)
    assert tab.page.url == address
    home = tab.page.locator(f'article a[hreflang="{locale}"]')
    assert home.inner_text().strip() == not_found_words(locale)["home"]
    # The only failure is the missing address itself; the language's page loads cleanly.
    assert f"HTTP 404: {address}" in tab.problems
    assert [p for p in tab.problems if address not in p] == []
    tab.page.screenshot(path=str(screenshot_path(f"{locale}-404")))
    home.click()
    tab.page.wait_for_url(f"{served_site}{locale}/")


@pytest.mark.parametrize("preferred, locale", [("fr-CA", "fr"), ("zh-TW", "zh-TW"), ("ja", "ja"), ("ru-RU", "ru")])
def test_outside_any_language_the_browser_language_decides(watch, served_site, preferred, locale):
    tab = watch(locale=preferred)
    assert tab.visit(f"{served_site}no-such-page").status == 404
    shows_language(tab, locale)


def test_without_javascript_the_not_found_page_speaks_every_language(watch, served_site):
    tab = watch(java_script_enabled=False)
    assert tab.visit(f"{served_site}ja/no-such-page/").status == 404
    titles = {s.get_attribute("lang"): s.locator("h1").inner_text().strip()
              for s in tab.page.locator("section.not-found").all()}
    assert titles == {locale: not_found_words(locale)["title"] for locale in LOCALES}
    tab.page.screenshot(path=str(screenshot_path("root-404-without-javascript")), full_page=True)


@pytest.mark.parametrize("preferred, locale", [("fr-CA", "fr"), ("zh-TW", "zh-TW"), ("ja-JP", "ja"), ("ru", "ru")])
def test_the_root_sends_a_browser_to_the_language_it_prefers(watch, served_site, preferred, locale):
    tab = watch(locale=preferred)
    tab.visit(served_site)
    tab.page.wait_for_url(f"{served_site}{locale}/")
    assert tab.page.evaluate("document.documentElement.lang") == locale


def test_the_root_stays_a_chooser_for_other_languages(watch, served_site):
    tab = watch(locale="de-DE")
    tab.visit(served_site)
    links = tab.page.locator("ul.language-chooser a")
    assert urlsplit(tab.page.url).path == urlsplit(served_site).path
    assert sorted(links.evaluate_all("as => as.map(a => a.hreflang)")) == sorted(LOCALES)

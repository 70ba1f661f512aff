"""Promise: the search costs a page nothing until a reader opens it. Every page carries a small
loader (docs/assets/search.js) and a real button; Pagefind's component UI — its script, its
styles, its index — is fetched the first time a reader presses the shortcut or the button,
and then the dialog opens in the page's language with the focus in its box, the button where
it was. What a reader types right after the shortcut, before Pagefind is there, is kept."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from site_build import LOCALES, ROOT, load_yaml
from reader_search.queries import CHOOSER_QUERIES
from reader_search.searchers import PagefindSearcher

COMPONENT = "pagefind-component-ui.js"
BUTTON = ".site-search__button"
# A guide page, the root's chooser (every language's index) and a language's not-found page.
PAGES = {"guide page": "fr/endpoints/", "chooser": "", "not-found page": "ja/no-such-page/"}
RECT = "s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }"


def pagefind_requests(requests: list[str]) -> list[str]:
    return [url for url in requests if "/pagefind" in urlsplit(url).path]


@pytest.mark.parametrize("where", PAGES)
def test_pagefind_loads_when_a_reader_first_opens_the_search(browser, served_site, where):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(served_site + PAGES[where], wait_until="networkidle")
        assert pagefind_requests(requests) == [], "Pagefind was fetched before anyone searched"
        button = page.locator(BUTTON)
        before = page.evaluate(RECT, BUTTON)
        page.keyboard.press("/")
        box = page.locator(PagefindSearcher.BOX)
        box.wait_for(state="visible")
        assert box.evaluate("el => el === document.activeElement"), "the search box has no focus"
        assert [url for url in requests if url.endswith(COMPONENT)] != []
        assert button.get_attribute("aria-expanded") == "true"
        locale = page.evaluate("document.documentElement.lang")
        if locale in LOCALES:  # the chooser keeps Pagefind's English
            words = load_yaml(ROOT / f"data/i18n/{locale}.yml")["search"]
            assert box.get_attribute("placeholder") == words["placeholder"]
        page.keyboard.press("Escape")
        box.wait_for(state="hidden")
        assert button.evaluate("el => el === document.activeElement"), "the focus did not go back to the button"
        assert button.get_attribute("aria-expanded") == "false"
        assert page.evaluate(RECT, BUTTON) == before, "the button moved once Pagefind loaded"
        button.click()  # the second time, from what is already there
        box.wait_for(state="visible")
        assert len([url for url in requests if url.endswith(COMPONENT)]) == 1
    finally:
        context.close()


@pytest.mark.parametrize("locale", ["ja", "fr"])
def test_what_a_reader_types_while_the_search_loads_is_kept(browser, served_site, locale):
    """On a slow connection the shortcut comes long before Pagefind: the query typed at once
    (in Japanese through an input method, which commits whole words) reaches the dialog."""
    query = CHOOSER_QUERIES[locale]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{served_site}{locale}/", wait_until="networkidle")
        network = context.new_cdp_session(page)
        network.send("Network.enable")
        network.send("Network.emulateNetworkConditions", {"offline": False, "latency": 400,
                                                         "downloadThroughput": -1, "uploadThroughput": -1})
        page.keyboard.press("/")
        if locale == "ja":
            page.keyboard.insert_text(query)  # what an input method sends once a word is chosen
        else:
            page.keyboard.type(query)
        assert page.locator("pagefind-modal").count() == 0, "typed too slowly to test anything"
        box = page.locator(PagefindSearcher.BOX)
        box.wait_for(state="visible")
        assert box.input_value() == query
        assert box.evaluate("el => el === document.activeElement && el.selectionStart === el.value.length")
        network.send("Network.emulateNetworkConditions", {"offline": False, "latency": 0,
                                                         "downloadThroughput": -1, "uploadThroughput": -1})
        page.locator("pagefind-results a.pf-result-link").first.wait_for()  # it was searched for
    finally:
        context.close()

"""Promise: under every guide page's title, a reader finds a button, in their language, that
puts the page's Markdown twin on the clipboard (the file itself, byte for byte) and says so to
a screen reader; it works with the keyboard alone, shows its focus, and without JavaScript
only the link to the twin shows, and leads to it. (axe-core checks the button on every page
in both colour schemes: tests/test_browser_accessibility.py.)"""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from site_build import LOCALES, ROOT, load_yaml

from .browser import screenshot_path
# `page`: the keyboard tests' tab, 1280 px wide, with the clipboard allowed.
from .test_browser_keyboard import assert_focus_is_visible, page, tab_to  # noqa: F401

PAGES = {"ja": "messages-api/", "zh-TW": "model-cards/claude-opus-4-6/", "ru": "setup/", "fr": "claude-platform-on-aws/"}


def words(locale: str) -> dict:
    return load_yaml(ROOT / f"data/i18n/{locale}.yml")["twin"]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_button_copies_the_pages_twin_with_the_keyboard(page, served_site, site, locale):
    address = f"{locale}/{PAGES[locale]}"
    page.goto(served_site + address)
    button = tab_to(page, "button.page-twin__copy")
    assert button.evaluate("b => b.textContent") == words(locale)["copy_page"]
    assert_focus_is_visible(page, button)
    page.evaluate("navigator.clipboard.writeText('')")
    page.keyboard.press("Enter")
    status = page.locator(".page-twin__status")
    status.wait_for(state="visible")
    assert (status.get_attribute("role"), status.inner_text()) == ("status", words(locale)["copied"])
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == (site / address / "index.html.md").read_text(encoding="utf-8-sig"), \
        f"{address}: the clipboard does not hold the page's twin"
    assert button.evaluate("b => b === document.activeElement"), "the focus left the button"
    if locale in ("ja", "fr"):
        page.locator(".page-twin").screenshot(path=screenshot_path(f"copy-page-{locale}"))


@pytest.mark.parametrize("locale", LOCALES)
def test_a_refused_clipboard_is_said_not_silent(page, served_site, locale):
    page.add_init_script("navigator.clipboard.write = () => Promise.reject(new Error('refused'));")
    page.goto(f"{served_site}{locale}/{PAGES[locale]}")
    page.locator("button.page-twin__copy").click()
    status = page.locator(".page-twin__status")
    status.wait_for(state="visible")
    assert status.inner_text() == words(locale)["failed"]


def test_without_javascript_the_link_to_the_twin_remains(browser, served_site, site):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{served_site}ja/setup/")
        assert not page.locator("button.page-twin__copy").is_visible(), "a button that cannot work is shown"
        link = page.locator("a.page-twin__view")
        assert link.inner_text() == words("ja")["view"]
        href = urljoin(page.url, link.get_attribute("href"))
    finally:
        context.close()
    expected = (site / "ja/setup/index.html.md").read_text(encoding="utf-8-sig")
    # The test server, like some static hosts, sends text/markdown without a charset: the byte
    # order mark still makes the browser read the twin as UTF-8, not as mojibake.
    reader = browser.new_page()
    try:
        reader.goto(href)
        assert reader.evaluate("document.characterSet") == "UTF-8"
        assert reader.evaluate("document.body.innerText").strip() == expected.strip()
    finally:
        reader.close()

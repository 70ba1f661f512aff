"""Promise: what readers do in a browser works in every language — switching language keeps
the page and section, code tabs follow the reader across groups and pages, the copy button
copies the code shown, deprecation tooltips speak the page's language, a notice on an
out-of-date translation leads to the newer version — and screenshots of every language at
desktop and mobile widths land in test-artifacts/ to be looked at."""

from __future__ import annotations

import pytest

from urllib.parse import urlsplit

from site_build.server import SiteServer
from .browser import screenshot_path
from site_build import LOCALES, SITE_URL, validated_facts
from .support import localized_date

FACTS = validated_facts()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    yield tab
    context.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_language_switcher_lands_on_the_same_section(page, served_site, locale):
    for other in LOCALES:
        if other == locale:
            continue
        page.goto(f"{served_site}{locale}/endpoints/#when-to-use-each")
        page.locator(f'a.md-select__link[hreflang="{other}"]').evaluate("link => link.click()")
        page.wait_for_url(f"{served_site}{other}/endpoints/#when-to-use-each")
        assert page.evaluate("document.documentElement.lang") == other
        assert page.locator("#when-to-use-each").count() == 1


def chosen_tabs(page) -> list[str]:
    return page.eval_on_selector_all(".tabbed-set", """sets => sets.map(set => {
        const input = set.querySelector(':scope > input:checked');
        return set.querySelector(`:scope > .tabbed-labels > label[for="${input.id}"]`).innerText.trim();
    })""")


@pytest.mark.parametrize("locale", LOCALES)
def test_chosen_tab_switches_every_group_and_stays_on_the_next_page(page, served_site, locale):
    page.goto(f"{served_site}{locale}/features/")
    assert set(chosen_tabs(page)) == {"Python"}
    page.locator(".tabbed-labels label", has_text="TypeScript").first.click()
    assert set(chosen_tabs(page)) == {"TypeScript"}
    page.goto(f"{served_site}{locale}/endpoints/")
    assert chosen_tabs(page) and set(chosen_tabs(page)) == {"TypeScript"}


@pytest.mark.parametrize("locale", LOCALES)
def test_copy_button_copies_exactly_the_code_shown(page, served_site, locale):
    page.goto(f"{served_site}{locale}/requests/")
    page.locator(".tabbed-labels label", has_text="Boto3").first.click()
    block = page.locator(".tabbed-block").nth(2)
    shown = block.locator("code").inner_text()
    block.hover()
    block.locator("button.md-code__button").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip("\n") == shown.rstrip("\n")
    assert "invoke_model(" in copied and "bedrock-runtime" in copied


@pytest.mark.parametrize("locale", LOCALES)
def test_lifecycle_tooltip_shows_the_localized_dates(page, served_site, locale):
    page.goto(f"{served_site}{locale}/models/")
    for model in (m for m in FACTS.listed_models if m.deprecation_date):
        mark = page.locator(f'tr[data-model="{model.key}"] span.deprecated')
        mark.scroll_into_view_if_needed()
        mark.hover()
        dates = [localized_date(day, locale) for day in (model.deprecation_date, model.retirement_date) if day]
        shown = ("dates => [...document.querySelectorAll('.md-tooltip2')]"
                 ".some(t => dates.every(d => t.innerText.includes(d)))")
        page.wait_for_function(shown, arg=dates)
        page.mouse.move(0, 0)
        page.wait_for_function(f"dates => !({shown})(dates)", arg=dates)
        mark.focus()  # the keyboard reaches the sign (tabindex), and the dates show as on hover
        page.wait_for_function(shown, arg=dates)
        mark.blur()


@pytest.mark.parametrize("locale", LOCALES)
def test_screenshots_of_every_language(browser, served_site, locale):
    for width, height in ((1280, 900), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height})
        tab = context.new_page()
        # Prose, the model tables, code tabs, a model card with its sources, Claude Platform on AWS.
        for name in ("index", "models", "endpoints", "messages-api", "model-cards/claude-opus-4-6",
                     "claude-platform-on-aws"):
            tab.goto(f"{served_site}{locale}/" + ("" if name == "index" else f"{name}/"))
            path = screenshot_path(f"{locale}-{name.replace('/', '-')}-{width}")
            tab.screenshot(path=str(path), full_page=True)
            assert path.stat().st_size > 10_000, f"{path.name} looks empty"
        context.close()


@pytest.fixture(scope="module")
def served_notices(notices_site):
    server = SiteServer(notices_site, urlsplit(SITE_URL).path)
    yield server.url
    server.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_an_out_of_date_notice_leads_to_the_newer_version(page, served_notices, locale):
    """Each language's notice, photographed for review; its link opens the same section in
    the language that changed."""
    newer = "fr" if locale == "ja" else "ja"
    anchor = "when-to-use-each" if locale == "ja" else "pricing"
    page.goto(f"{served_notices}{locale}/endpoints/#{anchor}")
    notice = page.locator(f"#{anchor} + .translation-notice")
    notice.scroll_into_view_if_needed()
    path = screenshot_path(f"{locale}-translation-notice")
    page.screenshot(path=str(path), clip={**notice.bounding_box(), "x": 0, "width": 1280,
                                          "y": notice.bounding_box()["y"] - 80,
                                          "height": notice.bounding_box()["height"] + 120})
    notice.locator("a").click()
    page.wait_for_url(f"{served_notices}{newer}/endpoints/#{anchor}")
    assert page.evaluate("document.documentElement.lang") == newer

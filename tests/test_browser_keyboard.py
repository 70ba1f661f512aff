"""Promise: a reader with a keyboard alone reaches and uses the page's controls in every
language — the language switcher, the code tabs, a code block's copy button, and the model
table, which scrolls sideways on a phone — and sees where the focus is on each of them."""

from __future__ import annotations

import pytest

from site_build import LOCALES

TABS = 80  # more than any page has controls before the ones sought

# What shows an element's focus: for a code tab's radio button (drawn as nothing), the tab row.
FOCUS_LOOK = """el => {
    const shown = el.matches(".tabbed-set > input") ? el.parentElement.querySelector(".tabbed-labels") : el;
    const style = getComputedStyle(shown);
    return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(" ");
}"""

# On screen for the reader: opaque, and what is at its centre (not clipped by a closed list).
SHOWN = """el => {
    for (let node = el; node; node = node.parentElement)
        if (getComputedStyle(node).opacity !== "1") return false;
    const box = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
}"""


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    yield context.new_page()
    context.close()


def tab_to(page, selector: str):
    """Press Tab until the focused element matches `selector`; that element."""
    for _ in range(TABS):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return page.evaluate_handle("document.activeElement")
    pytest.fail(f"{TABS} presses of Tab never reached {selector} on {page.url}")


def assert_focus_is_visible(page, element) -> None:
    """The focused element looks different from the same element without focus (Shift+Tab
    leaves it, Tab comes back to it)."""
    focused = element.evaluate(FOCUS_LOOK)
    page.keyboard.press("Shift+Tab")
    unfocused = element.evaluate(FOCUS_LOOK)
    page.keyboard.press("Tab")
    assert element.evaluate("el => el === document.activeElement"), "Tab did not come back"
    html = element.evaluate("el => el.outerHTML")[:120]
    assert focused != unfocused, f"no outline or shadow shows the focus on {html}"


def other_locale(locale: str) -> str:
    return LOCALES[(LOCALES.index(locale) + 1) % len(LOCALES)]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_language_switcher_opens_and_switches(page, served_site, locale):
    other = other_locale(locale)
    page.goto(f"{served_site}{locale}/endpoints/")
    assert_focus_is_visible(page, tab_to(page, ".md-select > button"))
    link = tab_to(page, f'a.md-select__link[hreflang="{other}"]')
    page.wait_for_function(SHOWN, arg=link)  # the list opens while focus is in it
    assert_focus_is_visible(page, link)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{served_site}{other}/endpoints/")
    assert page.evaluate("document.documentElement.lang") == other


def shown_panel(tabs) -> str:
    return tabs.evaluate("set => [...set.querySelectorAll(':scope > .tabbed-content > .tabbed-block')]"
                         ".find(block => block.offsetParent !== null).innerText")


@pytest.mark.parametrize("locale", LOCALES)
def test_code_tabs_switch_with_arrow_keys(page, served_site, locale):
    page.goto(f"{served_site}{locale}/features/")
    radio = tab_to(page, ".tabbed-set > input")
    assert_focus_is_visible(page, radio)
    tabs = radio.evaluate_handle("input => input.parentElement")
    before, checked = shown_panel(tabs), radio.evaluate("input => input.id")
    page.keyboard.press("ArrowRight")
    now = page.evaluate_handle("document.activeElement")
    assert now.evaluate("(input, tabs) => input.checked && input.parentElement === tabs", tabs)
    assert now.evaluate("input => input.id") != checked
    assert shown_panel(tabs) != before, "the tab changed but the code shown did not"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_copy_button_copies_the_code_with_enter(page, served_site, locale):
    page.goto(f"{served_site}{locale}/setup/")
    button = tab_to(page, "button.md-code__button[data-md-type=copy]")
    page.wait_for_function(SHOWN, arg=button)
    assert_focus_is_visible(page, button)
    code = button.evaluate("b => document.querySelector(b.dataset.clipboardTarget).innerText")
    page.keyboard.press("Enter")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip("\n") == code.rstrip("\n") and code.strip()


@pytest.mark.parametrize("locale", LOCALES)
def test_the_model_table_scrolls_with_the_keyboard_on_a_phone(phone, served_site, locale):
    page = phone
    page.goto(f"{served_site}{locale}/models/")
    table = page.locator('table[data-table="model-ids"]')
    caption = table.locator("caption").inner_text().strip()
    scroller = table.evaluate_handle("t => t.closest('.md-typeset__scrollwrap[tabindex]')")
    assert scroller.evaluate("el => el && el.scrollWidth > el.clientWidth"), \
        "at 390 px the table should scroll sideways in a focusable wrapper"
    reached = tab_to(page, ".md-typeset__scrollwrap[tabindex]")
    assert reached.evaluate("(el, other) => el === other", scroller)
    assert (reached.get_attribute("role"), reached.get_attribute("aria-label")) == ("region", caption)
    page.wait_for_function(SHOWN, arg=reached)
    assert_focus_is_visible(page, reached)
    page.keyboard.press("ArrowRight")
    page.wait_for_function("el => el.scrollLeft > 0", arg=reached)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_search_button_opens_the_search(page, served_site, locale):
    """The header's search button, reached with Tab (the shortcut is in test_browser_search)."""
    page.goto(f"{served_site}{locale}/")
    button = tab_to(page, ".site-search button")
    assert_focus_is_visible(page, button)
    page.keyboard.press("Enter")
    box = page.locator("pagefind-modal input.pf-input")
    box.wait_for(state="visible")
    assert box.evaluate("el => el === document.activeElement"), "the search box has no focus"
    page.keyboard.press("Escape")
    box.wait_for(state="hidden")

"""Promise: the guide's data tables read well on a phone (390 px) and a desktop (1280 px) in
every language: a header row is no taller than its tallest header needs, a header breaks
between words only (never between two letters of a word, in Japanese and Chinese too), and
code in a table — model IDs above all, which readers copy — never breaks across lines. On a
desktop every table of every page fits its column, caption included; on a phone a table that
cannot fit scrolls, and fades at the edge behind which columns are hidden."""

from __future__ import annotations

import pytest

from site_build import LOCALES, page_url, soup

from .page_walk import walked

WIDTHS = (390, 1280)
# A header row may be this much taller than its tallest header's text and padding.
SLACK = 1.5

# Per table: the header row's height and what its tallest header needs (text and padding),
# where a header's line ends inside a word (words as Intl.Segmenter cuts the page's language),
# and the code in its cells that is drawn on more than one line.
MEASURE = """table => {
    const row = table.tHead.rows[0];
    const words = new Intl.Segmenter(document.documentElement.lang, {granularity: "word"});
    const needs = th => {
        const text = document.createRange(), style = getComputedStyle(th);
        text.selectNodeContents(th);
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        return text.getBoundingClientRect().height + padding;
    };
    const breaksInWords = th => {
        const chars = [], walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node; (node = walker.nextNode());)
            for (let i = 0; i < node.length; i++) {
                const one = document.createRange();
                one.setStart(node, i);
                one.setEnd(node, i + 1);
                chars.push([node.data[i], one.getClientRects()[0]]);
            }
        const text = chars.map(([c]) => c).join("");
        const starts = new Set([...words.segment(text)].map(s => s.index));
        let last = null;
        return chars.flatMap(([, box], i) => {
            if (!box || !box.width) return [];  // a space the line ends with
            const newLine = last && box.top >= last.top + last.height / 2;
            last = box;
            return newLine && !starts.has(i) ? [text.slice(0, i) + "|" + text.slice(i)] : [];
        });
    };
    return {name: table.dataset.table, row: row.getBoundingClientRect().height,
            needed: Math.max(...[...row.cells].map(needs)),
            broken: [...row.cells].flatMap(breaksInWords),
            split: [...table.tBodies[0].querySelectorAll("td code")]
                .filter(code => code.getClientRects().length > 1).map(code => code.textContent)};
}"""


def pages_with_tables(site, locale: str) -> list[str]:
    """The model tables' pages, and the model card whose longest code is longest."""
    cards = soup(site, locale, "model-cards/index").select("article table a[href]")
    longest = max(cards, key=lambda link: max((len(code.text) for code in
                                               soup(site, locale, card_page(link)).select("article td code")),
                                              default=0))
    return ["models", "messages-api", "claude-platform-on-aws", "model-cards/index", card_page(longest)]


def card_page(link) -> str:
    return "model-cards/" + link["href"].strip("/").split("/")[-1]


@pytest.mark.parametrize("locale", LOCALES)
def test_tables_keep_headers_and_ids_whole(browser, served_site, site, locale):
    problems = []
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900})
        tab = context.new_page()
        for page in pages_with_tables(site, locale):
            tab.goto(f"{served_site}{locale}/{page_url(page)}")
            for table in tab.locator("article table[data-table]").all():
                found = table.evaluate(MEASURE)
                where = f"{width} px, {page}, {found['name']}"
                if found["row"] > SLACK * found["needed"]:
                    problems.append(f"{where}: header row {found['row']:.0f} px high, "
                                    f"its tallest header needs {found['needed']:.0f} px")
                problems += [f"{where}: header breaks inside a word: {text!r}" for text in found["broken"]]
                problems += [f"{where}: code broken across lines: {text!r}" for text in found["split"]]
        context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_table_of_every_page_fits_its_column_on_a_desktop(browser, served_site, site, tmp_path_factory,
                                                                 worker_id, locale):
    # Every page of the language at 1280 px, as the accessibility walk loads it (tests/page_walk.py).
    tables = walked(tmp_path_factory, worker_id, browser, served_site, site, locale)["tables"]
    assert sum(map(len, tables.values())) > len(tables) / 2, "hardly any table was measured"
    too_wide = [f"{locale}, {page}, table {found['name']!r}: {found['width']:.0f} px in a {found['column']:.0f} px "
                f"column{' (it scrolls sideways)' if found['scrolls'] else ''}"
                for page, measured in tables.items() for found in measured
                if found["width"] > found["column"] + 0.5 or found["scrolls"]]
    assert not too_wide, "\n".join(too_wide)


# A table's scroll cue: its wrapper's classes and the mask that fades an edge.
CUE = """wrap => ({scrolls: wrap.scrollWidth > wrap.clientWidth + 1, classes: [...wrap.classList].filter(c => c.startsWith("scrolls-")).sort(),
              mask: getComputedStyle(wrap).maskImage || getComputedStyle(wrap).webkitMaskImage})"""


@pytest.mark.parametrize("locale", LOCALES)
def test_a_table_that_scrolls_on_a_phone_shows_it(browser, served_site, site, locale):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab, problems, scrolling = context.new_page(), [], 0
    try:
        for page in pages_with_tables(site, locale):
            tab.goto(f"{served_site}{locale}/{page_url(page)}")
            for index, wrap in enumerate(tab.locator("article .md-typeset__scrollwrap").all()):
                where, cue = f"{locale}, {page}, table {index + 1}", wrap.evaluate(CUE)
                if not cue["scrolls"]:
                    if cue["classes"]:
                        problems.append(f"{where}: fits, yet shows {cue['classes']}")
                    continue
                scrolling += 1
                if cue["classes"] != ["scrolls-right"] or cue["mask"] in ("", "none"):
                    problems.append(f"{where}: scrolls, but at its start shows {cue['classes']}, mask {cue['mask']!r}")
                wrap.evaluate("wrap => { wrap.scrollLeft = wrap.scrollWidth; }")
                tab.wait_for_function("wrap => wrap.classList.contains('scrolls-left')", arg=wrap.element_handle())
                if wrap.evaluate(CUE)["classes"] != ["scrolls-left"]:
                    problems.append(f"{where}: scrolled to its end, shows {wrap.evaluate(CUE)['classes']}")
    finally:
        context.close()
    assert scrolling, f"{locale}: no table scrolls at 390 px (the model tables should)"
    assert not problems, "\n".join(problems)

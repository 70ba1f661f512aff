"""Promise: the guide's data tables read well on a phone (390 px) and a desktop (1280 px) in
every language: a header row is no taller than its tallest header needs, a header breaks
between words only (never between two letters of a word, in Japanese and Chinese too), and
code in a table — model IDs above all, which readers copy — never breaks across lines."""

from __future__ import annotations

import pytest

from site_build import LOCALES, page_url, soup

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

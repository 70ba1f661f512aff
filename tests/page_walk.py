"""Every page of a group (a language, or "" for the root's chooser and the site's 404.html) visited
once in one browser tab, for the tests that read every page: what the page logged and failed to
load once it settled (tests/test_browser_site.py), and axe-core's findings in both colour schemes
(tests/test_browser_accessibility.py). One walk per group per run, shared across xdist workers:
loading a page and letting it settle is most of what either test costs."""

from __future__ import annotations

import time
from pathlib import Path

from site_build import LOCALES, ROOT, built_pages

from .support import once_per_run

AXE = ROOT / "node_modules/axe-core/axe.min.js"  # pinned in package-lock.json; `make test` installs it
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
NOT_OURS: list[str] = []  # nothing on our pages is left out of the check
# Material's palettes (mkdocs.yml): the light one is shown first, its toggle switches to dark.
SCHEMES = {"default": "light", "slate": "dark"}
GROUPS = ["", *LOCALES]  # "": the root's chooser and the site's own 404.html

RUN_AXE = """([exclude, runOnly]) => axe.run({exclude}, {runOnly, resultTypes: ["violations"]})
    .then(result => result.violations.map(v => ({id: v.id, help: v.help,
        nodes: v.nodes.map(n => ({impact: n.impact, target: n.target.join(" ")}))})))"""
SCHEME = "() => document.body.dataset.mdColorScheme || null"
COLOUR_RULES = "tags => axe.getRules(tags).filter(r => r.tags.includes('cat.color')).map(r => r.ruleId)"
# The reader's toggle: the palette the page does not show. Material shows the new colours at
# once (no transitions while data-md-color-switching is set) and stores the choice.
TOGGLE = """() => document.querySelector(
    `input.md-option:not([data-md-color-scheme="${document.body.dataset.mdColorScheme}"])`).click()"""
SWITCHED = "() => !document.body.hasAttribute('data-md-color-switching')"


class Watch:
    """One browser tab that remembers every console error, script error and failed request."""

    QUIET = 0.15  # seconds without a request in flight: the page has settled (served locally)

    def __init__(self, browser, **options):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, **options)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.in_flight, self.last_activity = set(), time.monotonic()
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(
            f"console: {m.text} ({m.location.get('url')})"))
        self.page.on("pageerror", lambda e: self.problems.append(f"script: {e}"))
        self.page.on("requestfailed", lambda r: self._failed(r))
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(
            f"HTTP {r.status}: {r.url}"))
        self.page.on("request", lambda r: self._activity(self.in_flight.add, r))
        self.page.on("requestfinished", lambda r: self._activity(self.in_flight.discard, r))
        self.page.on("requestfailed", lambda r: self._activity(self.in_flight.discard, r))

    def _failed(self, request) -> None:
        # The browser fetches the tab's icon on its own schedule, after the page's load event;
        # going on to the next page cancels it. (An icon that is missing answers 404: caught.)
        if request.resource_type == "other" and request.failure == "net::ERR_ABORTED" \
                and request.url.endswith("/favicon.png"):
            return
        self.problems.append(f"failed: {request.url} {request.failure}")

    def _activity(self, change, request) -> None:
        change(request)
        self.last_activity = time.monotonic()

    def visit(self, url: str, settle: bool = True):
        """Load a page and wait until nothing has been requested for QUIET seconds, so that
        what its scripts fetch after loading (sitemaps, search index) is seen too. Playwright's
        own 'networkidle' waits half a second per page; this suite visits every page.
        settle=False: the caller does something else first, then calls settle()."""
        self.problems.clear()
        response = self.page.goto(url, wait_until="load")
        if settle:
            self.settle()
        return response

    def settle(self) -> None:
        while self.in_flight or time.monotonic() - self.last_activity < self.QUIET:
            self.page.wait_for_timeout(25)

    def close(self) -> None:
        self.context.close()


def group_paths(site: Path, group: str) -> list[str]:
    """Site-relative paths of the group's pages, its not-found page included."""
    pages = [f"{group}/{path}" for path in built_pages(site, group)] if group else [""]
    return [*pages, f"{group}/404.html" if group else "404.html"]


def in_both_schemes(tab) -> dict[str, list[dict]]:
    """axe's violations on the open page in the scheme it shows, then in the other one after
    the reader's palette toggle, by Material's scheme name. The toggle changes colours only,
    so the second run is of the rules that read colours. A page without the palette (the
    site's 404.html) has one look for every reader; a toggle that fails leaves one scheme."""
    violations = tab.evaluate(RUN_AXE, [NOT_OURS, {"type": "tag", "values": TAGS}])
    first = tab.evaluate(SCHEME)
    if first is None:
        return {scheme: violations for scheme in SCHEMES}
    colour = tab.evaluate(COLOUR_RULES, TAGS)
    tab.evaluate(TOGGLE)
    tab.wait_for_function(SWITCHED)
    recoloured = tab.evaluate(RUN_AXE, [NOT_OURS, {"type": "rule", "values": colour}])
    return {first: violations, tab.evaluate(SCHEME): [v for v in violations if v["id"] not in colour] + recoloured}


# Each table of the open page: its name (data-table, else its caption), its width and its
# content column's, and whether its wrapper scrolls sideways.
TABLE_WIDTHS = """() => {
    const article = document.querySelector("article.md-content__inner");
    if (!article) return [];
    const style = getComputedStyle(article);
    const column = article.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return [...article.querySelectorAll("table")].map((table, i) => {
        const wrap = table.closest(".md-typeset__scrollwrap");
        return {name: table.dataset.table || (table.caption && table.caption.innerText.trim()) || `table ${i + 1}`,
                width: table.getBoundingClientRect().width, column,
                scrolls: Boolean(wrap) && wrap.scrollWidth > wrap.clientWidth + 1};
    });
}"""


def walk(browser, served_site: str, site: Path, group: str) -> dict:
    """{"pages": paths, "problems": {url: [...]}, "axe": {page: {scheme: violations}},
    "tables": {page: [table widths]}} for the group, at 1280 px.
    A browser language the guide does not have, so that the root stays the chooser; the
    not-found page is checked by axe, and logs nothing only when reached by a wrong address
    (tests/test_browser_site.py does that), so it is left out of "problems"."""
    assert AXE.is_file(), f"{AXE} is missing: `npm ci` installs it (`make test` runs it)"
    tab = Watch(browser, color_scheme="light", locale="de-DE")
    tab.context.add_init_script(AXE.read_text(encoding="utf-8"))
    paths, problems, axe, tables = group_paths(site, group), {}, {}, {}
    try:
        for path in paths:
            url = served_site + path
            tab.visit(url, settle=False)
            tables[path or "/"] = tab.page.evaluate(TABLE_WIDTHS)
            axe[path or "/"] = in_both_schemes(tab.page)  # while what the page fetches late arrives
            tab.settle()
            if tab.problems and not path.endswith("404.html"):
                problems[url] = list(tab.problems)
    finally:
        tab.close()
    return {"pages": paths, "problems": problems, "axe": axe, "tables": tables}


def walked(tmp_path_factory, worker_id, browser, served_site: str, site: Path, group: str) -> dict:
    return once_per_run(tmp_path_factory, worker_id, f"walk-{group or 'root'}",
                        lambda _: walk(browser, served_site, site, group))

"""The two search set-ups a reader could be given, driven in the browser as a reader types:
the site's own (Pagefind's dialog, tests/test_browser_search.py) and the one it replaced
(Material's lunr search, built from a copy of the project by `lunr_build`)."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

from site_build import Build, build, copy_project

LUNR_HOOK = Path(__file__).parent / "lunr_hook.py"
# Material's search plugin as the site had it before Pagefind (2026-12-01): word boundaries
# in every language (jieba's zero-width space included), no stemmer (Material sends prefix
# queries, which lunr never stems).
LUNR_PLUGIN = r"""  - search:
      separator: '[\s\u200b\-_,;:!?()\[\]{}<>"''`/|=+*\u00ab\u00bb\u2010-\u2027\u3000-\u3004\u3008-\u3011\u3014-\u301f\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+|\.(?!\d)|&[lg]t;|&amp;'
      pipeline: [stopWordFilter]
"""


class Searcher:
    """One language's home page, its search typed into; `pages` gives the result pages, best
    first, as paths inside the language ('models', 'index', 'model-cards/claude-opus-4-7')."""

    def __init__(self, browser, site_url: str, locale: str, on_response=None, init_script=None):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
        if on_response:  # from the first request (bench/search_bytes.py counts bytes)
            self.context.on("response", on_response)
        if init_script:  # axe-core, for tests/test_browser_accessibility.py
            self.context.add_init_script(init_script)
        self.page = self.context.new_page()
        self.site_url, self.locale = site_url, locale
        self.page.goto(f"{site_url}{locale}/" if locale else site_url)
        self.open()

    def pages(self, query: str) -> list[str]:
        urls = self.results(query)
        prefix = f"{urlsplit(self.site_url).path}{self.locale}/"
        strangers = [url for url in urls if not urlsplit(url).path.startswith(prefix)]
        assert strangers == [], f"{self.locale}: {query!r} found pages of another language: {strangers}"
        return [urlsplit(url).path.removeprefix(prefix).strip("/") or "index" for url in urls]

    def close(self) -> None:
        self.context.close()


class PagefindSearcher(Searcher):
    """The site's search: the shortcut opens Pagefind's dialog. Its results, best first, are
    the ones Pagefind hands the dialog for this query; the dialog must then show the first."""

    BOX = "pagefind-modal input.pf-input"

    def open(self) -> None:
        self.page.keyboard.press("/")
        self.page.locator(self.BOX).wait_for(state="visible")
        # The box waits 300 ms after each keystroke for the next one; a test types a query at once.
        self.page.evaluate("""() => {
            document.querySelector('pagefind-modal pagefind-input').setAttribute('debounce', '0');
            const search = PagefindComponents.getInstanceManager().getInstance('default');
            search.on('results', found => { window.searched = {term: search.searchTerm, found}; });
        }""")

    def results(self, query: str) -> list[str]:
        self.page.locator(self.BOX).fill(query)
        self.page.wait_for_function("q => window.searched?.term === q", arg=query)
        urls = self.page.evaluate("""() => Promise.all(window.searched.found.results.slice(0, 10)
            .map(result => result.data().then(page => new URL(page.url, location.href).href)))""")
        if urls:
            self.page.wait_for_function(
                """first => new URL(document.querySelector('pagefind-results a.pf-result-link')?.href
                    || location.href).pathname === new URL(first).pathname""", arg=urls[0])
        return urls


class LunrSearcher(Searcher):
    """Material's search box, as the site had it before."""

    def open(self) -> None:
        self.box = self.page.locator("input.md-search__input")
        self.box.click()
        # What the result line says while the box is empty, in this language.
        self.placeholder = self.page.evaluate(
            "JSON.parse(document.getElementById('__config').textContent)"
            ".translations['search.result.placeholder']")

    def _settle(self, condition: str) -> None:
        self.page.wait_for_function(
            f"p => document.querySelector('.md-search-result__meta').innerText {condition} p",
            arg=self.placeholder)

    def results(self, query: str) -> list[str]:
        self.box.fill("")
        self.box.press("End")  # Material reads the box on keyup
        self._settle("===")
        self.box.fill(query)
        self.box.press("End")
        self._settle("!==")
        return self.page.eval_on_selector_all(
            ".md-search-result__list > li", "items => items.map(i => i.querySelector('a').href)")


def first_results(searcher_class, browser, site_url: str, locale: str, queries) -> dict[str, list[str]]:
    searcher = searcher_class(browser, site_url, locale)
    try:
        return {query: searcher.pages(query) for query, *_ in queries}
    finally:
        searcher.close()


def lunr_build(folder: Path) -> Build:
    """The site with Material's lunr search: its plugin, and the hook that gave each language
    its own index and lunr language."""
    project = with_lunr_search(copy_project(folder / "project"))
    return build(project, folder / "site")


def with_lunr_search(project: Path) -> Path:
    """A copy of the project switched from Pagefind to Material's lunr search."""
    shutil.copy(LUNR_HOOK, project / "hooks/lunr_search.py")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("  - hooks/pagefind_search.py\n", "  - hooks/lunr_search.py\n")
    text = text.replace("plugins:\n", "plugins:\n" + LUNR_PLUGIN, 1)
    text = text.replace("    - toc.follow\n", "    - toc.follow\n    - search.highlight\n", 1)
    # Each language's build gets its lunr language (and jieba for Chinese).
    text = text.replace("      reconfigure_material: true\n", "      reconfigure_material: true\n      reconfigure_search: true\n", 1)
    config.write_text(text, encoding="utf-8")
    return project

"""What a reader's first search downloads, for both search set-ups, with the guide as it is
and made 50 times longer (bench/scale.py): `python -m bench.search_bytes`.

In each language, the home page is opened, the search opened and the language's first query
of reader_search/queries.py typed; every response the search needed is counted, from
the page's load to the results: its code (Material's worker and lunr languages, Pagefind's
script, worker and WebAssembly) and its index (Material's whole search_index.json, the
Pagefind fragments the query needed). Bytes as served, uncompressed (hosts compress both).
Writes test-artifacts/search/bytes.txt and prints it."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

from reader_search.queries import QUERIES
from reader_search.searchers import LunrSearcher, PagefindSearcher, with_lunr_search
from site_build import ARTIFACTS, LOCALES, SITE_URL, build, copy_project
from site_build.server import CHROMIUM_FLAGS, SiteServer, chromium_executable

from .scale import scaled_project

SET_UPS = {"Pagefind": PagefindSearcher, "Material (lunr)": LunrSearcher}


def is_index(path: str) -> bool:
    return "search_index.json" in path or any(part in path for part in ("/fragment/", "/index/", ".pf_meta",
                                                                       "pagefind-entry.json"))


def is_search(path: str) -> bool:
    return "/pagefind" in path or "/search/" in path or "/workers/search" in path or "/lunr" in path


def first_query_bytes(browser, site_url: str, searcher_class, locale: str) -> tuple[int, int]:
    """(code, index) bytes the search fetched, from the home page's load to the results."""
    counted: list[tuple[str, int]] = []
    searcher = searcher_class(browser, site_url, locale,
                              on_response=lambda r: counted.append((urlsplit(r.url).path, len(r.body()))))
    searcher.results(QUERIES[locale][0][0])
    searcher.close()
    search = [(path, size) for path, size in counted if is_search(path)]
    index = sum(size for path, size in search if is_index(path))
    return sum(size for _, size in search) - index, index


def built_site(project: Path, folder: Path) -> Path:
    result = build(project, folder)
    if result.returncode != 0:
        raise SystemExit(result.log)
    return result.site


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, default=50)
    args = parser.parse_args()
    lines = [f"{'set-up':<16} {'scale':>5} {'locale':<6} {'code':>9} {'index':>9}  (bytes, first query)"]
    with tempfile.TemporaryDirectory() as work, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_FLAGS)
        work = Path(work)
        for times in (1, args.times):
            for name, searcher_class in SET_UPS.items():
                folder = work / f"{times}-{name.split()[0]}"
                project = scaled_project(folder / "project", times) if times > 1 else copy_project(folder / "project")
                if searcher_class is LunrSearcher:
                    with_lunr_search(project)
                server = SiteServer(built_site(project, folder / "site"), urlsplit(SITE_URL).path)
                for locale in LOCALES:
                    code, index = first_query_bytes(browser, server.url, searcher_class, locale)
                    lines.append(f"{name:<16} {'×' + str(times):>5} {locale:<6} {code:>9,} {index:>9,}")
                server.close()
        browser.close()
    report = "\n".join(lines) + "\n"
    (ARTIFACTS / "search").mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "search" / "bytes.txt").write_text(report, encoding="utf-8")
    print(report, end="")


if __name__ == "__main__":
    main()

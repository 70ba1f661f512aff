"""Reading a built site: where a page is, its parsed HTML, its article; and YAML files."""

from __future__ import annotations

from pathlib import Path

import yaml
from bs4 import BeautifulSoup


def page_url(page: str) -> str:
    """'index' -> '', 'setup' -> 'setup/', 'model-cards/index' -> 'model-cards/'."""
    return "" if page == "index" else page.removesuffix("index") if page.endswith("/index") else f"{page}/"


def built_pages(site: Path, locale: str) -> list[str]:
    """The URL path of every page built for a locale: '', 'models/', 'model-cards/x/'."""
    folder = site / locale
    return sorted("" if p.parent == folder else f"{p.parent.relative_to(folder).as_posix()}/"
                  for p in folder.rglob("index.html"))


def page_path(site: Path, locale: str, page: str) -> Path:
    return (site / locale if locale else site) / page_url(page) / "index.html"


def html(path: Path) -> BeautifulSoup:
    """A built HTML file, parsed."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def soup(site: Path, locale: str, page: str) -> BeautifulSoup:
    return html(page_path(site, locale, page))


def article(site: Path, locale: str, page: str):
    return soup(site, locale, page).select_one("article.md-content__inner")


# libyaml's loader where PyYAML was built with it: the same safe subset, ten times faster
# (the tests read the language files hundreds of times).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)


def write_yaml(path: Path, data) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

"""Links in the built site: every internal href and src, every #fragment, the language
switcher, hreflang alternates and sitemap entries must resolve to a built file (and id).
External links are collected for `make linkcheck-external`, never fetched here."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

REFERENCES = [("a", "href"), ("link", "href"), ("img", "src"), ("script", "src")]
SKIPPED_SCHEMES = ("mailto", "javascript", "data", "tel")


def check_links(site: Path, site_url: str) -> tuple[list[str], dict[str, set[str]]]:
    """(problems, external URL -> pages linking to it)."""
    problems, external = [], defaultdict(set)
    for path in sorted(site.rglob("*.html")):
        page = _url_of(site, path)
        soup = _soup(path)
        for tag, attribute in REFERENCES:
            for element in soup.find_all(tag, attrs={attribute: True}):
                problem = _check(site, site_url, page, element[attribute], external)
                if problem:
                    problems.append(f"{path.relative_to(site)}: <{tag} {attribute}="
                                    f"{element[attribute]!r}> {problem}")
    problems += _sitemap_problems(site, site_url)
    return problems, dict(external)


def _check(site: Path, site_url: str, page: str, reference: str, external) -> str | None:
    parts = urlsplit(reference)
    if parts.scheme in SKIPPED_SCHEMES:
        return None
    absolute = urljoin(site_url + page, reference)
    if not absolute.startswith(site_url):
        external[reference].add(page or "/")
        return None
    target_path, fragment = unquote(urlsplit(absolute).path), urlsplit(absolute).fragment
    relative = target_path[len(urlsplit(site_url).path):]
    target = site / relative
    if relative == "" or relative.endswith("/"):
        target = target / "index.html"
    if not target.is_file():
        return f"points to {relative or '/'}, which the build does not have"
    if fragment and target.suffix == ".html" and fragment not in _ids(target):
        return f"points to #{fragment}, which {relative or '/'} does not have"
    return None


def _sitemap_problems(site: Path, site_url: str) -> list[str]:
    text = (site / "sitemap.xml").read_text(encoding="utf-8")
    urls = re.findall(r"<loc>([^<]+)</loc>", text) + re.findall(r'<xhtml:link [^>]*href="([^"]+)"', text)
    if not urls:
        return ["sitemap.xml lists no pages"]
    return [f"sitemap.xml: {url} {problem}" for url in urls
            if (problem := _check(site, site_url, "", url, defaultdict(set)))
            or not url.startswith(site_url) and (problem := "is not on the site")]


def _url_of(site: Path, path: Path) -> str:
    relative = path.relative_to(site).as_posix()
    return relative.removesuffix("index.html")


@lru_cache(maxsize=None)
def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@lru_cache(maxsize=None)
def _ids(path: Path) -> frozenset[str]:
    soup = _soup(path)
    return frozenset([e["id"] for e in soup.find_all(id=True)] + [e["name"] for e in soup.find_all("a", attrs={"name": True})])

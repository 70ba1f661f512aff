"""Cross-language parity: each locale's page has the same structure as the first locale's
(anchors, macro calls, internal links, admonitions in the source; anchors, tabs, code and link
targets in the built HTML). That every page exists in every locale is checks/pages.py's."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from site_build import PAGES, article, page_url
from snippet_runner.blocks import drift, page_blocks

SOURCE_ITEMS = {
    "section anchor": re.compile(r"\{ *#([\w-]+) *\}"),
    "macro call": re.compile(r"\{\{\s*(.*?)\s*\}\}"),
    "internal link": re.compile(r"\]\((?!https?:|mailto:)([^)\s]+)\)"),
    "admonition": re.compile(r"^\s*(?:!!!|\?\?\?\+?) *(\w+)", re.M),
}


# A vendor link's words are the language's own: the page it names is what must match.
LINK_WORDS = re.compile(r'^(doc_link\("[^"]*"),.*\)$')


HEADING_LINE = re.compile(r"^#+ .*$", re.M)


def source_items(path: Path) -> dict[str, list[str]]:
    text = path.read_text(encoding="utf-8")
    items = {kind: [LINK_WORDS.sub(r"\1, …)", " ".join(m.split())) for m in pattern.findall(text)]
             for kind, pattern in SOURCE_ITEMS.items()}
    # Each language orders a sentence's facts its own way: macro calls are compared section
    # by section, in any order inside one.
    items["macro call"] = [call for section in HEADING_LINE.split(text) for call in sorted(
        LINK_WORDS.sub(r"\1, …)", " ".join(found.split())) for found in SOURCE_ITEMS["macro call"].findall(section))]
    return items


def source_parity(docs: Path, locales) -> list[str]:
    """Each page's structure against the first locale's (a missing page is checks/pages.py's)."""
    problems = []
    reference = locales[0]
    for path in sorted((docs / reference).rglob("*.md")):
        page = path.relative_to(docs / reference).as_posix()
        expected = source_items(path)
        for locale in locales[1:]:
            if (docs / locale / page).exists():
                problems += _compare(locale, page, source_items(docs / locale / page), reference, expected)
    return problems


def built_items(site: Path, locale: str, page: str) -> dict[str, list[str]]:
    body = article(site, locale, page)
    # Recorded drift is one language's own: its notices and its translation-status list.
    for element in body.select(".translation-notice, table[data-table='translation-status']"):
        element.decompose()
    base = f"https://site/{locale}/" + page_url(page)
    return {
        "heading anchor": [h["id"] for h in body.select("h1, h2, h3, h4, h5, h6") if h.get("id")],
        "tab set": [" / ".join(l.get_text(strip=True) for l in s.select(":scope > .tabbed-labels > label"))
                    for s in body.select(".tabbed-set")],
        "admonition": [" ".join(c for c in a["class"] if c != "admonition") for a in body.select(".admonition")],
        "internal link": [_without_locale(urljoin(base, a["href"]), locale) for a in body.select("a[href]")
                          if not urlsplit(a["href"]).scheme and not a.get("class") == ["headerlink"]],
    }


def built_parity(site: Path, locales) -> list[str]:
    problems = []
    reference = locales[0]
    for page in PAGES:
        expected = built_items(site, reference, page)
        reference_blocks = page_blocks(site, reference, page)
        for locale in locales[1:]:
            problems += _compare(locale, page, built_items(site, locale, page), reference, expected, "built ")
            problems += drift(reference_blocks, page_blocks(site, locale, page), (reference, locale))
    return problems


def _compare(locale, page, found, reference, expected, stage="") -> list[str]:
    problems = []
    for kind, items in expected.items():
        theirs = found[kind]
        if theirs == items:
            continue
        index = next((i for i, (a, b) in enumerate(zip(items, theirs)) if a != b), min(len(items), len(theirs)))
        mine = items[index] if index < len(items) else "(nothing)"
        other = theirs[index] if index < len(theirs) else "(nothing)"
        problems.append(f"{locale}/{page}: {stage}{kind} #{index + 1} is {other!r} where {reference} has "
                        f"{mine!r} ({len(theirs)} vs {len(items)} in all)")
    return problems


def _without_locale(url: str, locale: str) -> str:
    parts = urlsplit(url)
    path = parts.path.removeprefix(f"/{locale}/")
    return path + (f"#{parts.fragment}" if parts.fragment else "")

"""Code blocks as readers see them: taken from the built HTML of every locale, with where
they stand (locale, page, section, tab) and what kind of code they are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

from site_build import PAGES, article

COMMENT_LINE = re.compile(r"^\s*(#|//)")
KINDS = ("install", "aws-cli", "python", "typescript")


class UnclassifiedBlock(Exception):
    pass


@dataclass(frozen=True)
class Block:
    locale: str
    page: str
    index: int
    anchor: str
    tab: str | None
    language: str | None
    code: str

    @property
    def where(self) -> str:
        tab = f" ({self.tab})" if self.tab else ""
        return f"{self.locale}/{self.page}#{self.anchor} block {self.index}{tab}"

    @property
    def stripped(self) -> str:
        """The code without comment lines: what must be identical in every language."""
        return "\n".join(line for line in self.code.splitlines() if not COMMENT_LINE.match(line))

    @property
    def kind(self) -> str:
        first = self.stripped.strip().splitlines()[0] if self.stripped.strip() else ""
        if self.language == "bash" and re.match(r"(pip|npm) install ", first):
            return "install"
        if self.language == "bash" and first.startswith("aws "):
            return "aws-cli"
        if self.language in ("python", "typescript"):
            return self.language
        raise UnclassifiedBlock(f"{self.where}: cannot tell what kind of code this is "
                                f"(language {self.language!r}, first line {first!r})")


def page_blocks(site: Path, locale: str, page: str) -> list[Block]:
    blocks = []
    for index, element in enumerate(article(site, locale, page).select("div.highlight")):
        heading = element.find_previous(re.compile(r"^h[1-6]$"))
        blocks.append(Block(locale, page, index, heading.get("id", "") if heading else "",
                            _tab_label(element), _language(element), element.code.get_text()))
    return blocks


def site_blocks(site: Path, locales) -> list[Block]:
    return [block for locale in locales for page in PAGES for block in page_blocks(site, locale, page)]


def drift(reference: list[Block], other: list[Block], locales: tuple[str, str]) -> list[str]:
    """Where another language's code differs from the reference language's, comments aside.
    `locales` names the two: either list may be empty (a page with no code in one language)."""
    found = []
    layout = {(b.page, b.index, b.tab) for b in reference} ^ {(b.page, b.index, b.tab) for b in other}
    for page, index, tab in sorted(layout, key=str):
        found.append(f"{page} block {index} ({tab}) is in only one of {', '.join(locales)}")
    for mine, theirs in zip(reference, other):
        if (mine.page, mine.index, mine.tab) == (theirs.page, theirs.index, theirs.tab) and \
                mine.stripped != theirs.stripped:
            first = next(i for i, (a, b) in enumerate(zip_longest(
                mine.stripped.splitlines(), theirs.stripped.splitlines())) if a != b)
            found.append(f"{theirs.where} differs from {mine.locale}: first differing line {first + 1}: "
                         f"{(theirs.stripped.splitlines() + [''])[first]!r} vs "
                         f"{(mine.stripped.splitlines() + [''])[first]!r}")
    return found


def _tab_label(element) -> str | None:
    tab = element.find_parent(class_="tabbed-block")
    if tab is None:
        return None
    tabs = tab.find_parent(class_="tabbed-set")
    position = tabs.select(":scope > .tabbed-content > .tabbed-block").index(tab)
    return tabs.select(":scope > .tabbed-labels > label")[position].get_text(strip=True)


def _language(element) -> str | None:
    return next((c.removeprefix("language-") for c in element.get("class", [])
                 if c.startswith("language-")), None)

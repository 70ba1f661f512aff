"""Promise: text reads as its language is written. In Japanese and Chinese a line break in
the Markdown source between two characters would show as a stray space in the page."""

from __future__ import annotations

import re

import pytest

from .project import PAGES, article

CJK = r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
STRAY_SPACE = re.compile(rf"{CJK}\s+{CJK}")


@pytest.mark.parametrize("locale", ["ja", "zh-TW"])
def test_no_space_between_cjk_characters(site, locale):
    for page in PAGES:
        for element in article(site, locale, page).select("p, li, dd, td, th, caption"):
            for node in element.find_all(string=True, recursive=False):
                found = STRAY_SPACE.search(node)
                assert found is None, f"{locale}/{page}: stray space in {found.group(0)!r}: {node!r}"

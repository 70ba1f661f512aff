"""Promise: each language's pages are written in that language — no paragraph in another
script or language, and no Simplified or non-Taiwan characters on zh-TW pages."""

from __future__ import annotations

from .checks.hygiene import hygiene
from .mutations import WRONG_LANGUAGE
from .project import LOCALES


def test_every_page_is_in_its_own_language(site):
    assert hygiene(site, LOCALES) == []


def test_foreign_paragraphs_and_simplified_characters_are_caught(edited_pages_build):
    assert edited_pages_build.returncode == 0, edited_pages_build.log
    problems = hygiene(edited_pages_build.site, LOCALES)
    assert any(p.startswith("ja/logging: untranslated French") for p in problems), problems
    assert any(p.startswith("zh-TW/logging: '启' is not Taiwan Traditional (write '啟')") for p in problems)
    assert any(p.startswith("ru/logging: cjk, hiragana, katakana characters on a ru page") for p in problems)
    assert any(p.startswith("fr/logging: untranslated English (and, are, the, you, your)") for p in problems)
    assert {p.split(":")[0] for p in problems} == {page.removesuffix(".md") for page in WRONG_LANGUAGE}

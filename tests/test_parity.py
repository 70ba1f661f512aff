"""Promise: the four languages cannot drift apart. Every page exists in every language with
the same sections, macro calls, links, admonitions, tabs and code; a difference names the
locale, page and item, and the locale it was compared with."""

from __future__ import annotations

from checks.pages import page_problems
from checks.parity import built_parity, source_parity
from .mutations import project_of
from site_build import LOCALES, ROOT, build, copy_project


def test_sources_have_the_same_structure_in_every_language():
    assert source_parity(ROOT / "docs", LOCALES) == []


def test_built_pages_have_the_same_structure_in_every_language(site):
    assert built_parity(site, LOCALES) == []


def test_a_section_missing_in_one_language(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs/ru/endpoints.md"
    text = page.read_text(encoding="utf-8")
    start = text.index("## ", text.index("{ #pricing }") - 60)
    page.write_text(text[:start] + text[text.index("## ", start + 3):], encoding="utf-8")
    problems = source_parity(project / "docs", LOCALES)
    assert any(p.startswith("ru/endpoints.md: section anchor #3 is 'when-to-use-each' where ja has 'pricing'")
               for p in problems), problems


def test_an_extra_link_in_one_language(edited_pages_build):
    project = project_of(edited_pages_build)
    assert any(p.startswith("zh-TW/requests.md: internal link #1 is 'models.md#model-ids' where ja has "
                            "'(nothing)'") for p in source_parity(project / "docs", LOCALES))
    assert edited_pages_build.returncode == 0, edited_pages_build.log
    assert any(p.startswith("zh-TW/requests: built internal link") and "models/#model-ids" in p
               for p in built_parity(edited_pages_build.site, LOCALES))


def test_a_page_in_three_languages_only(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs/fr/logging.md").unlink()
    assert page_problems(project / "docs", LOCALES) == [
        "fr: page logging.md is missing (it exists in ja, zh-TW, ru); no fallback to another "
        "language is allowed"]
    refused = build(project, tmp_path / "site", BUILD_ONLY_LOCALE="fr")
    assert refused.returncode != 0, "the strict build must refuse it too"
    assert refused.warnings() == ["ERROR   -  docs/fr/logging.md: missing; nav in mkdocs.yml lists logging.md, and "
                                  "every language has every page (no fallback to another language)"]


def test_a_code_block_differing_in_one_language(edited_pages_build):
    problems = built_parity(edited_pages_build.site, LOCALES)
    assert any("models block 2 (None) is in only one of ja, zh-TW" in p for p in problems), problems

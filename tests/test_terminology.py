"""Promise: each language says one thing one way, the way the vendors' own localized
documentation says it (data/i18n/style/<locale>.yml). A term to avoid fails, named with the
file, the line, the term and the one to write instead."""

from __future__ import annotations

import pytest

from checks.style import StyleError, glossary
from checks.terminology import terminology
from .mutations import replace
from site_build import LOCALES, ROOT, copy_project, load_yaml
from .support import for_language

# What the localization review found, one defect per language: each must be caught.
REVIEW_FINDINGS = {
    "ja": ("endpoints.md", "データの所在地"),  # data residency
    "zh-TW": ("endpoints.md", "資料存放位置"),  # data residency
    "ru": ("models.md", "поддержка прекращена"),  # retired
    "fr": ("models.md", "obsolète"),  # deprecated
}


def test_every_language_uses_its_glossary(site):
    assert terminology(ROOT, LOCALES, site) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_a_glossary_covers_the_recurring_concepts_once_each(locale):
    guide = glossary(locale)
    concepts = [term.concept for term in guide.terms]
    assert len(concepts) == len(set(concepts)), "a concept listed twice"
    assert len(concepts) >= 20
    for term in guide.terms:  # no term refuses the preferred word of another
        assert not [other.use for other in guide.terms for p in term.avoid if p.search(other.use)], term.concept


@pytest.mark.parametrize("locale", LOCALES)
def test_a_term_to_avoid_is_named_with_file_line_and_the_preferred_term(tmp_path, locale):
    page, wrong = for_language(REVIEW_FINDINGS, locale, "review finding", "REVIEW_FINDINGS in tests/test_terminology.py")
    (term,) = [t for t in glossary(locale).terms if any(p.search(wrong) for p in t.avoid)]
    root = copy_project(tmp_path / "p", parts=("docs", "data"))
    path = root / "docs" / locale / page
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:2] + [f"{wrong}."] + lines[2:]) + "\n", encoding="utf-8")
    assert terminology(root, [locale]) == [
        f"docs/{locale}/{page}:3: {wrong!r}: write {term.use!r} ({term.concept})"]


def test_words_printed_by_the_theme_are_checked_on_the_built_page(site, tmp_path):
    """Material's zh-TW skip link says 跳轉到, Mainland usage: caught where it is printed."""
    skip_link = load_yaml(ROOT / "data/i18n/zh-TW.yml")["theme"]["skip_link"]
    html = (site / "zh-TW/index.html").read_text(encoding="utf-8")
    page = tmp_path / "zh-TW/index.html"
    page.parent.mkdir()
    page.write_text(html.replace(f'class="md-skip">{skip_link}', 'class="md-skip">跳轉到'), encoding="utf-8")
    (problem,) = terminology(ROOT, ["zh-TW"], tmp_path)
    assert problem.startswith("zh-TW/index (built: printed by a macro, the theme or babel): '跳轉"), problem


def test_a_bad_glossary_is_named_with_its_file_and_field(tmp_path):
    root = copy_project(tmp_path / "p", parts=("data",))
    replace(root / "data/i18n/style/fr.yml", "terms:", "terms:\n  - concept: broken\n    avoid: ['(']\n")
    with pytest.raises(StyleError, match=r"data/i18n/style/fr.yml: terms.0.use: Field required; terms.0.avoid"):
        glossary("fr", root)

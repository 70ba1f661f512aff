"""Promise: text reads as its language is written. In Japanese and Chinese a line break in
the Markdown source between two characters would show as a stray space in the page; and the
built pages follow each language's punctuation (checks/typography.py): no doubled full stop
after a value that ends in its own, French no-break spaces, full-width punctuation in CJK."""

from __future__ import annotations

import re

import pytest

from .checks.style import StyleError, typography_groups, typography_rules
from .checks.typography import issues, typography
from .mutations import MISPUNCTUATED
from .project import LOCALES, PAGES, ROOT, article

CJK = r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
STRAY_SPACE = re.compile(rf"{CJK}\s+{CJK}")


@pytest.mark.parametrize("locale", ["ja", "zh-TW"])
def test_no_space_between_cjk_characters(site, locale):
    for page in PAGES:
        for element in article(site, locale, page).select("p, li, dd, td, th, caption"):
            for node in element.find_all(string=True, recursive=False):
                found = STRAY_SPACE.search(node)
                assert found is None, f"{locale}/{page}: stray space in {found.group(0)!r}: {node!r}"


def test_every_language_follows_its_punctuation(site):
    assert typography(site, LOCALES) == []


RULES = [(language, rule) for key, group in typography_groups().items() for rule in group
         for language in (["ja", "zh", "ru", "fr"] if key == "every language" else key.split())]


@pytest.mark.parametrize("language, rule", RULES, ids=[f"{l}: {r.problem}" for l, r in RULES])
def test_each_rule_catches_its_example_and_spares_the_right_one(language, rule):
    """Every rule of data/i18n/style/typography.yml on its own examples: the wrong one is
    caught by it, the right one passes every rule of the language."""
    assert rule.problem in [name for name, _ in issues(language, rule.wrong)]
    assert issues(language, rule.right) == []


def test_a_bad_rule_is_named_with_its_file_and_field(tmp_path):
    style = tmp_path / "data/i18n/style"
    style.mkdir(parents=True)
    (style / "typography.yml").write_text("fr:\n  - problem: x\n    pattern: '('\n    wrong: a\n    right: b\n")
    with pytest.raises(StyleError, match=r"data/i18n/style/typography.yml: fr.0.pattern"):
        typography_rules("fr", tmp_path)


def test_a_mispunctuated_page_is_named_with_its_rule(edited_pages_build):
    problems = typography(edited_pages_build.site, LOCALES)
    for page, (_, rule) in MISPUNCTUATED.items():
        name = page.removesuffix(".md")
        assert any(p.startswith(f"{name}: {rule}") for p in problems), (name, problems)
    assert {p.split(":")[0] for p in problems} == {p.removesuffix(".md") for p in MISPUNCTUATED}

"""Promise: text reads as its language is written. In Japanese and Chinese a line break in
the Markdown source between two characters would show as a stray space in the page; and the
built pages follow each language's punctuation (checks/typography.py): no doubled full stop
after a value that ends in its own, French no-break spaces, full-width punctuation in CJK."""

from __future__ import annotations

import re

import pytest

from checks.style import StyleError, typography_groups, typography_rules
from checks.typography import issues, typography
from .mutations import MISPUNCTUATED
from site_build import LOCALES, PAGES, ROOT, article

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
    assert rule.problem in [name for name, _ in issues(language, rule.wrong, rule.where)]
    assert issues(language, rule.right, rule.where) == []


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


def test_the_theme_words_are_checked_where_readers_hear_them(site, tmp_path):
    """The <title> and the labels screen readers say follow the language's punctuation too: a
    previous/next label with an ordinary space before its colon, or a title joined with a
    hyphen, is named."""
    page = tmp_path / "fr/endpoints/index.html"
    page.parent.mkdir(parents=True)
    built = (site / "fr/endpoints/index.html").read_text(encoding="utf-8")
    broken = built.replace('aria-label="Suivant\u00a0: ', 'aria-label="Suivant : ', 1).replace(" — Claude", " - Claude", 1)
    assert broken.count("Suivant : ") == 1 and " - Claude" in broken, "the page's label or title changed form"
    page.write_text(broken, encoding="utf-8")
    problems = typography(tmp_path, ["fr"])
    assert any("no-break space" in p and "Suivant : " in p for p in problems), problems
    assert any("dash belongs" in p and " - Claude" in p for p in problems), problems


def test_a_one_word_cell_has_no_full_stop_but_sentences_keep_theirs():
    assert [name for name, _ in issues("fr", "Actif.", "table cell")] == [
        "a full stop after a table cell's single word or label (a cell that holds sentences ends like one)"]
    assert issues("fr", "Actif.", "text") == []  # a sentence may be one word
    assert issues("ru", "Устарела с 28 октября 2025 г.", "table cell") == []
    assert issues("ja", "2027年4月8日に廃止される予定です。", "table cell") == []


def test_the_table_of_contents_keeps_a_headings_no_break_spaces(monkeypatch):
    """Python-Markdown's toc folds a no-break space into an ordinary one; the hook gives each
    entry its heading's own text back, so a French « ? » never wraps onto a line of its own."""
    import markdown
    from mkdocs.structure.toc import get_toc

    monkeypatch.syspath_prepend(str(ROOT / "hooks"))
    from localize_html import on_page_content

    converter = markdown.Markdown(extensions=["toc"])
    html = converter.convert("# Essai\n\n## Quel point de terminaison\u00a0?\n\nTexte.\n")
    page = type("Page", (), {"toc": get_toc(converter.toc_tokens)})()
    assert "Quel point de terminaison ?" in [c.title for c in page.toc.items[0].children], "the toc extension keeps it now: the hook may go"
    on_page_content(html, page, None, None)
    assert [c.title for c in page.toc.items[0].children] == ["Quel point de terminaison\u00a0?"]

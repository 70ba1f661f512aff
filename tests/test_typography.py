"""Promise: text reads as its language is written. In Japanese and Chinese a line break in
the Markdown source between two characters would show as a stray space in the page; and the
built pages follow each language's punctuation (checks/typography.py): no doubled full stop
after a value that ends in its own, French no-break spaces, full-width punctuation in CJK."""

from __future__ import annotations

import re

import pytest

from .checks.typography import issues, typography
from .mutations import MISPUNCTUATED
from .project import LOCALES, PAGES, article

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


@pytest.mark.parametrize("locale, text, rule", [
    ("ru", "Устарела с 28 октября 2025 г..", "doubled full stop"),
    ("ja", "2026年10月8日に非推奨になりました。。", "doubled full stop"),
    ("fr", "Retrait prévu le 8 avril 2027 .", "space before a comma or full stop"),
    ("fr", "les modèles suivants : Claude", "ordinary space where French wants a no-break space"),
    ("fr", "ouvrez « Command line »", "ordinary space after « where French wants a no-break space"),
    ("fr", "vraiment?", "no space before ; ! ? or »"),
    ("ja", "例: モデル", "half-width punctuation among CJK characters"),
    ("zh-TW", "範例(a)", "half-width punctuation among CJK characters"),
])
def test_each_rule_catches_its_defect(locale, text, rule):
    assert rule in [name for name, _ in issues(locale, text)]


@pytest.mark.parametrize("locale, text", [
    ("ru", "Вывод из эксплуатации запланирован на 8 апреля 2027\u202fг. Дальше текст..."),
    ("fr", "les modèles suivants\u00a0: Claude\u202f; vraiment\u202f?"),
    ("ja", "例：モデル（Claude Opus 4.6）。Python: 3.11"),
    ("zh-TW", "預定於2027年4月8日停止提供。"),
])
def test_correct_text_passes(locale, text):
    assert issues(locale, text) == []


def test_a_mispunctuated_page_is_named_with_its_rule(edited_pages_build):
    problems = typography(edited_pages_build.site, LOCALES)
    for page, (_, rule) in MISPUNCTUATED.items():
        name = page.removesuffix(".md")
        assert any(p.startswith(f"{name}: {rule}") for p in problems), (name, problems)
    assert {p.split(":")[0] for p in problems} == {p.removesuffix(".md") for p in MISPUNCTUATED}

"""Promise: each language's pages are written in that language — no paragraph in another
script or language, no Simplified or non-Taiwan characters on zh-TW pages, and no English
left in what the theme prints around the prose."""

from __future__ import annotations

from markupsafe import escape

from checks.hygiene import english_ui, hygiene
from .mutations import WRONG_LANGUAGE
from site_build import LOCALES, ROOT, i18n_languages, load_yaml, site_config, soup


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


def test_the_theme_speaks_each_language_on_every_page(site):
    """Labels, tooltips, titles, the meta description and the search's words of every built
    page, the not-found pages included: none left in English."""
    assert english_ui(site, LOCALES) == []


def test_english_theme_words_are_caught(site, tmp_path):
    config = site_config()
    english = config["theme"]["palette"][0]["toggle"]["name"]
    words = load_yaml(ROOT / "data/i18n/fr.yml")["theme"]["switch_to"][config["theme"]["palette"][1]["scheme"]]
    page = tmp_path / "fr/setup/index.html"
    page.parent.mkdir(parents=True)
    built = (site / "fr/setup/index.html").read_text(encoding="utf-8")
    description = next(l["site_description"] for l in i18n_languages(config) if l["locale"] == "fr")
    page.write_text(built.replace(f'title="{words}"', f'title="{english}"').replace(
        escape(description), escape(config["site_description"])), encoding="utf-8")
    problems = english_ui(tmp_path, ["fr"])
    assert len(problems) == 2, problems
    assert problems[0].startswith(f"fr/setup/index.html: English {config['site_description']!r} in ")
    assert problems[1] == f"fr/setup/index.html: English {english!r} in {english!r}"


def test_a_home_page_is_titled_once(site):
    for language in i18n_languages(site_config()):
        if language["locale"] in LOCALES:
            title = soup(site, language["locale"], "index").title.get_text()
            assert title == language["site_name"], (language["locale"], title)

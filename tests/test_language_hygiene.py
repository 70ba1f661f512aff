"""Promise: each language's pages are written in that language — no paragraph in another
script or language, and no Simplified or non-Taiwan characters on zh-TW pages."""

from __future__ import annotations

from .checks.hygiene import hygiene
from .project import LOCALES, build, copy_project


def test_every_page_is_in_its_own_language(site):
    assert hygiene(site, LOCALES) == []


def test_foreign_paragraphs_and_simplified_characters_are_caught(tmp_path):
    project = copy_project(tmp_path / "project")
    additions = {
        "ja/logging.md": "\nLes journaux sont conservés dans votre compte et vous pouvez les lire.\n",
        "zh-TW/logging.md": "\n启用这项记录功能后，您可以在帐户中查看记录。\n",
        "ru/logging.md": "\nログはアカウントに保存されます。\n",
        "fr/logging.md": "\nThe logs are kept in your account and you can read them.\n",
    }
    for page, text in additions.items():
        path = project / "docs" / page
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    built = build(project, tmp_path / "site")
    assert built.returncode == 0, built.log
    problems = hygiene(built.site, LOCALES)
    assert any(p.startswith("ja/logging: untranslated French") for p in problems), problems
    assert any(p.startswith("zh-TW/logging: '启' is not Taiwan Traditional (write '啟')") for p in problems)
    assert any(p.startswith("ru/logging: cjk, hiragana, katakana characters on a ru page") for p in problems)
    assert any(p.startswith("fr/logging: untranslated English (and, are, the, you, your)") for p in problems)
    assert {p.split(":")[0] for p in problems} == {f"{page.removesuffix('.md')}" for page in additions}

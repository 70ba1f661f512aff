"""P4: the guide made N times longer, in a temporary copy: every guide page of every language
copied into copy-2/ … copy-N/ next to it (relative links keep working there), kept out of
the navigation like the model cards."""

from __future__ import annotations

from pathlib import Path

from site_build import LOCALES, PAGES, copy_project


def scaled_project(folder: Path, times: int) -> Path:
    project = copy_project(folder)
    for locale in LOCALES:
        pages = project / "docs" / locale
        guide = [pages / f"{page}.md" for page in PAGES if not page.startswith("model-cards")]
        for copy in range(2, times + 1):
            (pages / f"copy-{copy}").mkdir()
            for page in guide:  # the cards stay where they are: one folder up from a copy
                text = page.read_text(encoding="utf-8").replace("](model-cards/", "](../model-cards/")
                (pages / f"copy-{copy}" / page.name).write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "not_in_nav: |\n", "not_in_nav: |\n  /*/copy-*/*.md\n", 1), encoding="utf-8")
    return project


def page_count(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))

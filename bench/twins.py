"""Our project without its Markdown twins and llms.txt files (hooks/twin_pages.py left out of
mkdocs.yml): what P1 compares our build with to price them (issue: at most 10 % more)."""

from __future__ import annotations

from pathlib import Path

from site_build import copy_project

TWINS_HOOK = "  - hooks/twin_pages.py\n"


def project_without_twins(folder: Path) -> Path:
    project = copy_project(folder)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if TWINS_HOOK not in text:
        raise SystemExit(f"bench: mkdocs.yml no longer lists {TWINS_HOOK.strip()}; update bench/twins.py")
    config.write_text(text.replace(TWINS_HOOK, ""), encoding="utf-8")
    return project

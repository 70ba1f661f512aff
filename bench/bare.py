"""The bare stack: the same pages and theme, built by plain mkdocs + Material, with no
mkdocs-static-i18n, no macros, no hooks and no theme overrides; the facts pasted into the
pages as plain text, and Material's own search, as a user starting a site would pick it
(ours is Pagefind; bench/profile.py reports its indexing as its own share). It is built the way mkdocs-static-i18n builds ours, one build per
language in one process (bench/bare_build.py), so the two differ only by what is ours."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from site_build import build, copy_project

from .timing import environment

# Written into a copy of the project: saves each page's Markdown once the macros have run.
CAPTURE_HOOK = '''
from pathlib import Path
from mkdocs.plugins import event_priority

import yaml

@event_priority(-100)
def on_page_markdown(markdown, page, config, files):
    path = Path({out!r}) / page.file.src_uri
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = f"---\\n{{yaml.safe_dump(page.meta, allow_unicode=True)}}---\\n\\n" if page.meta else ""
    path.write_text(meta + markdown, encoding="utf-8")
'''
OURS_ONLY = ("hooks", "plugins", "watch")


def make_bare(folder: Path) -> list[Path]:
    """Write the bare project into `folder`; return its mkdocs configs, in build order."""
    pages = folder / "docs"
    project = copy_project(folder / "capture")
    (project / "hooks/bench_capture.py").write_text(CAPTURE_HOOK.format(out=str(pages)), encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "\nhooks:\n", "\nhooks:\n  - hooks/bench_capture.py\n", 1), encoding="utf-8")
    built = build(project, folder / "capture-site", **environment())
    if built.returncode != 0:
        raise SystemExit(f"capturing the pages failed:\n{built.log}")
    ours = yaml_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    languages = next(p["i18n"] for p in ours["plugins"] if isinstance(p, dict) and "i18n" in p)["languages"]
    configs = []
    for language in languages:  # the chooser (default) first, as mkdocs-static-i18n does
        locale, at_root = language["locale"], language.get("default", False)
        if not (pages / locale).is_dir():
            continue  # a one-language build (make bench --quick) captured that language only
        shutil.copytree(project / "docs/assets", pages / locale / "assets", dirs_exist_ok=True)
        path = folder / f"{locale}.yml"
        path.write_text(yaml.safe_dump(bare_config(ours, language, folder, at_root), allow_unicode=True),
                        encoding="utf-8")
        configs.append(path)
    return configs


def bare_config(ours: dict, language: dict, folder: Path, at_root: bool) -> dict:
    locale = language["locale"]
    config = {key: value for key, value in ours.items() if key not in OURS_ONLY}
    theme = {key: value for key, value in ours["theme"].items() if key != "custom_dir"}
    config.update(
        site_name=language.get("site_name", ours["site_name"]),
        docs_dir=str(folder / "docs" / locale),
        site_dir=str(folder / "site" / ("" if at_root else locale)),
        theme={**theme, "language": locale},
        plugins=["search"],  # Material's search, its defaults
        nav=language.get("nav", ours["nav"]),
        not_in_nav="/model-cards/*.md\n",
        site_url=f"http://127.0.0.1:8000/{'' if at_root else locale + '/'}",  # as `make serve`
        extra={**ours["extra"], "alternate": [{**a, "link": f"/{a['lang']}/"} for a in ours["extra"]["alternate"]]},
    )
    return config

"""Shared test helpers: copy the project, build it the way `make build` does, and read
the built pages. Tests import from here instead of repeating a build or a parser."""

from __future__ import annotations

import fcntl
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.utils.yaml import yaml_load

from translations.record import guide_locales

ROOT = Path(__file__).resolve().parent.parent
# Where test builds say they are published: absolute URLs (hreflang, sitemap) start here.
# The publishing workflow sets SITE_URL to the Pages address, so that its tested build is the
# one it deploys (see tests/published_site.py).
SITE_URL = (os.environ.get("SITE_URL") or "https://docs.example.test/bedrock/").rstrip("/") + "/"
# The build date: the last commit's, as `make` exports it; 2026-01-01 where nothing sets one.
BUILD_DATE = os.environ.get("SOURCE_DATE_EPOCH") or "1767225600"
# What a build reads; a copy of these is a complete project.
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "macros", "snippets", "hooks", "overrides", "translations",
                 "authored_files")


def site_config() -> dict:
    return yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def i18n_languages(config: dict) -> list[dict]:
    """mkdocs-static-i18n's languages in mkdocs.yml, the root chooser first."""
    plugin = next(p for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    return plugin["i18n"]["languages"]


# The guide's languages (the default one is the root chooser) and pages, as mkdocs.yml says.
LOCALES = tuple(guide_locales(ROOT))
PAGES = tuple(entry.removesuffix(".md") for entry in site_config()["nav"])


def for_language(table: dict, locale: str, what: str, where: str):
    """A per-language table's entry; a language it lacks fails with what to add where."""
    if locale not in table:
        pytest.fail(f"{locale}: no {what} in {where}; add them for {locale} as the other languages have them",
                    pytrace=False)
    return table[locale]


def copy_project(destination: Path, parts: tuple[str, ...] = PROJECT_PARTS) -> Path:
    destination.mkdir(parents=True, exist_ok=True)
    for part in parts:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / part)
    return destination


@dataclass
class Build:
    returncode: int
    log: str
    site: Path

    def warnings(self) -> list[str]:
        return [line for line in self.log.splitlines() if line.startswith(("WARNING", "ERROR"))]


def build_environment(**extra: str) -> dict[str, str]:
    """What a build sees: a clean environment, BUILD_DATE, published at SITE_URL,
    under the loopback-only guard of the snippet checks (a build never reaches the network)."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": BUILD_DATE,
        "SITE_URL": SITE_URL,
        "PYTHONPATH": str(ROOT / "tests/snippets/guard"),
        "LOOPBACK_GUARD_LABEL": "mkdocs build",
        **extra,
    }


def build(project: Path, site: Path, **env: str) -> Build:
    """`mkdocs build --strict` in a clean environment; never raises on failure."""
    environment = build_environment(**env)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project, env=environment, capture_output=True, text=True, timeout=300)
    return Build(result.returncode, result.stdout + result.stderr, site)


def once_per_run(tmp_path_factory, worker_id: str, name: str, make):
    """What `make(folder)` returns (a build, checks run on it), made once per test run however
    many xdist workers there are: the first worker to ask makes it, the others wait for it and
    read its record."""
    shared = tmp_path_factory.getbasetemp()
    shared = shared if worker_id == "master" else shared.parent
    record = shared / f"{name}.pickle"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if record.exists():
            return pickle.loads(record.read_bytes())
        made = make(shared / name)
        record.write_bytes(pickle.dumps(made))
        return made


@contextmanager
def built_site():
    """For the command-line checks: the real project built into a temporary folder.
    A failed build ends the command with the build's log (exit status 1)."""
    with tempfile.TemporaryDirectory() as folder:
        built = build(ROOT, Path(folder) / "site")
        if built.returncode != 0:
            raise SystemExit(f"The strict build failed:\n{built.log}")
        yield built.site


def page_url(page: str) -> str:
    """'index' -> '', 'setup' -> 'setup/', 'model-cards/index' -> 'model-cards/'."""
    return "" if page == "index" else page.removesuffix("index") if page.endswith("/index") else f"{page}/"


def built_pages(site: Path, locale: str) -> list[str]:
    """The URL path of every page built for a locale: '', 'models/', 'model-cards/x/'."""
    folder = site / locale
    return sorted("" if p.parent == folder else f"{p.parent.relative_to(folder).as_posix()}/"
                  for p in folder.rglob("index.html"))


def page_path(site: Path, locale: str, page: str) -> Path:
    return (site / locale if locale else site) / page_url(page) / "index.html"


def html(path: Path) -> BeautifulSoup:
    """A built HTML file, parsed."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def soup(site: Path, locale: str, page: str) -> BeautifulSoup:
    return html(page_path(site, locale, page))


def article(site: Path, locale: str, page: str):
    return soup(site, locale, page).select_one("article.md-content__inner")


def localized_date(day, locale: str) -> str:
    """A date as a reader of the locale expects it: babel's long form, and in French the first
    of the month as an ordinal ("1er décembre"), which CLDR's pattern leaves out."""
    from babel.dates import format_date

    text = format_date(day, "long", locale=locale.replace("-", "_"))
    return text.replace("1 ", "1er ", 1) if locale == "fr" and day.day == 1 else text


def validated_facts():
    """data/bedrock.yml as the build validates it (statuses on the day the facts were checked)."""
    from macros.loading import load_site_data

    return load_site_data(ROOT, list(LOCALES)).facts


def load_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def write_yaml(path: Path, data) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

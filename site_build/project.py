"""The project a build reads, and the build itself: `mkdocs build --strict` (or ProperDocs's) in
a clean environment, published at SITE_URL, dated by the last commit, under the loopback guard."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

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
                 "markdown_twins", "authored_files")
# The tools authors run (`make check`, `make snippets`, `make serve`): with these, a copy runs them on itself.
TOOL_PARTS = ("site_build", "checks", "snippet_runner", "loopback_guard", "author_server")
# What the tools write for people to read: reports, screenshots, benchmark figures.
ARTIFACTS = ROOT / "test-artifacts"
# Loaded into every build, snippet run and test process: only 127.0.0.1 may be reached.
GUARD = ROOT / "loopback_guard"


def site_config() -> dict:
    return yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def i18n_languages(config: dict) -> list[dict]:
    """mkdocs-static-i18n's languages in mkdocs.yml, the root chooser first."""
    plugin = next(p for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    return plugin["i18n"]["languages"]


# The guide's languages (the default one is the root chooser) and pages, as mkdocs.yml says.
LOCALES = tuple(guide_locales(ROOT))
PAGES = tuple(entry.removesuffix(".md") for entry in site_config()["nav"])


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
        """The log's WARNING and ERROR lines, each followed by the lines that continue it (bad
        data is one line per problem under one ERROR)."""
        found, continued = [], False
        for line in self.log.splitlines():
            if line.startswith(("WARNING", "ERROR")):
                found.append(line)
                continued = True
            elif not line.strip() or line.startswith(("INFO", "DEBUG", "Aborted")):
                continued = False
            elif continued:
                found.append(line)
        return found


def build_environment(**extra: str) -> dict[str, str]:
    """What a build sees: a clean environment, BUILD_DATE, published at SITE_URL,
    under the loopback-only guard (a build never reaches the network)."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": BUILD_DATE,
        "SITE_URL": SITE_URL,
        "PYTHONPATH": str(GUARD),
        "LOOPBACK_GUARD_LABEL": "mkdocs build",
        **extra,
    }


def build(project: Path, site: Path, generator: str = "mkdocs", **env: str) -> Build:
    """`mkdocs build --strict` in a clean environment; never raises on failure. `generator`
    "properdocs" builds with ProperDocs, mkdocs's drop-in fork, from the same mkdocs.yml."""
    environment = build_environment(**{"LOOPBACK_GUARD_LABEL": f"{generator} build", **env})
    # mkdocs.yml named: ProperDocs looks for properdocs.yml first and says it will stop falling back.
    result = subprocess.run(
        [sys.executable, "-m", generator, "build", "--strict", "--config-file", "mkdocs.yml",
         "--site-dir", str(site)],
        cwd=project, env=environment, capture_output=True, text=True, timeout=300)
    return Build(result.returncode, result.stdout + result.stderr, site)


@contextmanager
def built_site(locale: str | None = None):
    """For the command-line tools: the real project built into a temporary folder; `locale`:
    that language alone (faster), in the site's <locale>/ folder as in the whole site.
    A failed build ends the command with what the build said was wrong (exit status 1)."""
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        only = {"BUILD_ONLY_LOCALE": locale} if locale else {}
        built = build(ROOT, site / locale if locale else site, **only)
        if built.returncode != 0:
            said = built.warnings() or built.log.splitlines()[-5:]
            raise SystemExit("The strict build failed:\n" + "\n".join(said))
        yield site


def validated_facts():
    """data/bedrock.yml as the build validates it (statuses on the day the facts were checked)."""
    from macros.loading import load_site_data

    return load_site_data(ROOT, list(LOCALES)).facts

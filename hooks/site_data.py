"""What the hooks read: the data files (validated at build start by macros/, before any hook
uses them), read once per version of the file, and where each language lives. Imported by
the hook modules, not a hook itself."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

PROJECT = Path(__file__).resolve().parent.parent
# How Material opens a page's article in its HTML: where hooks put what belongs to the article.
ARTICLE = '<article class="md-content__inner md-typeset">'


def project_on_path() -> None:
    """Hooks load before the macros plugin puts the project on the path, and mkdocs restores
    the path after loading each hook: a hook that imports the project's packages calls this."""
    if str(PROJECT) not in sys.path:
        sys.path.insert(0, str(PROJECT))


project_on_path()

from authored_files import AuthoredFileError, load_yaml  # noqa: E402


@contextmanager
def stops_the_build():
    """A file an author wrote that cannot be read as it stands (not UTF-8, not YAML, empty, …)
    stops the build with its one-line message; any other exception in a hook prints a traceback."""
    try:
        yield
    except AuthoredFileError as error:
        raise PluginError(str(error)) from None


def guide_locales(config) -> list[str]:
    """Every i18n language but the root's language chooser."""
    return [lang.locale for lang in config.plugins["i18n"].config.languages if lang.link != "/"]


def facts(config) -> dict:
    """data/bedrock.yml."""
    return _data(config, Path("data/bedrock.yml"))


def validated_facts(config):
    """data/bedrock.yml as macros/ validated it at build start (read once per version)."""
    from macros.loading import load_site_data  # the project's package, importable once macros load it

    return load_site_data(Path(config.config_file_path).parent, guide_locales(config)).facts


def strings(config, locale: str) -> dict | None:
    """The words of one language; None for the root chooser, which has no strings file."""
    return _data(config, Path("data/i18n") / f"{locale}.yml")


def _data(config, relative: Path) -> dict | None:
    """A data file of the project, None if there is none."""
    path = Path(config.config_file_path).parent / relative
    if not path.exists():
        return None
    # mkdocs-static-i18n runs one build per language in one process: read a file once, and
    # again only after an edit (`mkdocs serve`).
    with stops_the_build():
        return _read(str(path), str(relative), path.stat().st_mtime_ns)


@lru_cache(maxsize=16)
def _read(path: str, shown: str, modified: int) -> dict:
    return load_yaml(Path(path), shown)


def locale_prefix(config) -> str:
    """'ja/' in a guide language's build (every build but the default one); '' in a build
    at the site root: the chooser, or one language built alone (make serve LOCALE=ja)."""
    at_root = config.plugins["i18n"].is_default_language_build
    return "" if at_root else f"{config.theme['language']}/"


def site_path(config) -> str:
    """The site's path on its host, '/' or '/guide/': absolute links on pages served at any
    address (the not-found page) start with it."""
    return urlsplit(config.site_url or "/").path.rstrip("/") + "/"


def style_guide(config, locale: str) -> dict | None:
    """A language's style guide (data/i18n/style/<locale>.yml, validated by `make check`)."""
    return _data(config, Path("data/i18n/style") / f"{locale}.yml")

"""What the hooks read about the guide's languages: the words of data/i18n/<locale>.yml
(validated at build start by macros/, before any hook uses them) and where each language
lives. Imported by the hook modules, not a hook itself."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml


def guide_locales(config) -> list[str]:
    """Every i18n language but the root's language chooser."""
    return [lang.locale for lang in config.plugins["i18n"].config.languages if lang.link != "/"]


def strings(config, locale: str) -> dict | None:
    """The words of one language; None for the root chooser, which has no strings file."""
    path = Path(config.config_file_path).parent / "data/i18n" / f"{locale}.yml"
    return _read(str(path), path.stat().st_mtime_ns) if path.exists() else None


@lru_cache(maxsize=16)
def _read(path: str, modified: int) -> dict:
    # Keyed on the modification time too: `mkdocs serve` rebuilds after an edit.
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def locale_prefix(config) -> str:
    """'ja/' in a guide language's build (every build but the default one); '' in a build
    at the site root: the chooser, or one language built alone (make serve LOCALE=ja)."""
    at_root = config.plugins["i18n"].is_default_language_build
    return "" if at_root else f"{config.theme['language']}/"


def site_path(config) -> str:
    """The site's path on its host, '/' or '/guide/': absolute links on pages served at any
    address (the not-found page) start with it."""
    return urlsplit(config.site_url or "/").path.rstrip("/") + "/"

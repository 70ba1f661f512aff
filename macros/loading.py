"""Read and validate the data files once, at build start. Any problem stops the build
with lines of the form `<file>: <dotted.path>: <bad value and why>`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from authored_files import AuthoredFileError, load_yaml

from translations.record import RECORD, Record
from translations.record import load as load_record

from .consistency import Problem, facts_problems
from .schema import Facts
from .words import Strings

FACTS_FILE = Path("data/bedrock.yml")
STRINGS_DIR = Path("data/i18n")


class DataError(Exception):
    """Bad data: the message lists every problem with its file and field."""


@dataclass(frozen=True)
class SiteData:
    facts: Facts
    strings: dict[str, Strings]  # locale -> words
    translations: Record  # where each section's translations stand (data/translations.yml)


def load_site_data(root: Path, locales: list[str]) -> SiteData:
    # mkdocs-static-i18n runs one build per language in one process, each calling this:
    # read and validate once, and again only after a data file changed (`mkdocs serve`).
    files = [root / FACTS_FILE, root / RECORD, *(root / STRINGS_DIR / f"{locale}.yml" for locale in locales)]
    versions = tuple(path.stat().st_mtime_ns if path.exists() else None for path in files)
    return _load_site_data(root, tuple(locales), versions)


def load_facts(root: Path) -> Facts:
    """data/bedrock.yml alone, validated (for tools that need no language: the fake Bedrock)."""
    facts = load_file(root, FACTS_FILE, Facts)
    _raise_if(FACTS_FILE, facts_problems(facts))
    return facts


@lru_cache(maxsize=4)
def _load_site_data(root: Path, locales: tuple[str, ...], versions: tuple) -> SiteData:
    facts = load_facts(root)
    strings = {locale: load_file(root, STRINGS_DIR / f"{locale}.yml", Strings, f" (locale {locale})")
               for locale in locales}
    missing = _missing_comment_keys(strings)
    if missing:
        raise DataError("\n".join(missing))
    try:
        translations = load_record(root)
    except ValueError as error:
        raise DataError(str(error)) from None
    return SiteData(facts, strings, translations)


def load_file(root: Path, relative: Path, schema: type[BaseModel], note: str = "") -> Any:
    """One YAML file, validated by `schema`; any problem is a DataError naming file and field."""
    path, where = root / relative, f"{relative}{note}"
    try:
        raw = load_yaml(path, where)
    except FileNotFoundError:
        raise DataError(f"{where}: file is missing") from None
    except AuthoredFileError as error:  # encoding, YAML syntax, an empty file, not a mapping
        raise DataError(str(error)) from None
    try:
        return schema.model_validate(raw)
    except ValidationError as error:
        raise DataError("\n".join(_describe(where, raw, e) for e in error.errors())) from None


def _describe(where: str, raw: dict, error: dict) -> str:
    path = dotted(error["loc"])
    if not path:  # a check of the whole file names its own field
        return f"{where}: {error['msg']}"
    if error["type"] == "missing":
        return f"{where}: {path}: missing"
    if error["type"] == "extra_forbidden":
        return f"{where}: {path}: unknown field (typo?)"
    value = _value_at(raw, error["loc"])
    if value is None and error["type"].endswith("_type"):  # `key:` with nothing after it (a file cut short?)
        return f"{where}: {path}: no value"
    return f"{where}: {path}: {_show(value)}: {error['msg']}"


def dotted(loc: tuple) -> str:
    """('models', 3, 'release_date') -> 'models[3].release_date'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _value_at(raw: Any, loc: tuple) -> Any:
    for part in loc:
        try:
            raw = raw[part]
        except (KeyError, IndexError, TypeError):
            return None
    return raw


def _show(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else repr(value) if isinstance(value, str) else str(value)


def _missing_comment_keys(strings: dict[str, Strings]) -> list[str]:
    every_key = sorted({key for words in strings.values() for key in words.comments})
    return [f"{STRINGS_DIR / locale}.yml: comments.{key}: missing in locale {locale} "
            f"(other locales have it)"
            for locale, words in strings.items() for key in every_key if key not in words.comments]


def _raise_if(relative: Path, problems: list[Problem]) -> None:
    if problems:
        raise DataError("\n".join(f"{relative}: {p.path}: {p.message}" for p in problems))

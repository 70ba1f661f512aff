"""The style guides in data/i18n/style/: typography rules by language (typography.yml) and a
glossary per locale (<locale>.yml). Read and validated here for the typography and
terminology checks; a bad file is an error naming the file and the field."""

from __future__ import annotations

from typing import Literal

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError, field_validator

from authored_files import AuthoredFileError, load_yaml

from site_build import ROOT

STYLE = Path("data/i18n/style")


class StyleError(ValueError):
    pass


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Strict):
    problem: str
    pattern: re.Pattern
    wrong: str
    right: str
    # Where the rule looks: all text readers read, or only the text of one table cell.
    where: Literal["text", "table cell"] = "text"

    @field_validator("pattern", mode="before")
    @classmethod
    def _compile(cls, value):
        return _regex(value)


class Term(_Strict):
    concept: str                 # in English, what the term names
    use: str                     # the preferred term
    avoid: list[re.Pattern] = []  # regular expressions, case-insensitive
    reference: str | None = None  # a key of `references`: where the vendor writes `use`
    note: str | None = None
    # What else readers type for the concept, indexed beside every section that uses the term
    # (hooks/search_words.py): words the guide avoids, and in Chinese and Japanese the term or a
    # word cut the way the browser cuts a query, pieces separated by spaces ("串 流").
    search_words: list[str] = []
    # Where a word to avoid names something else and is right: pages (docs/<locale>/<page>.md)
    # and keys of the language's strings (comments.platform_region).
    not_on: list[str] = []

    @field_validator("avoid", mode="before")
    @classmethod
    def _compile(cls, values):
        return [_regex(value, re.IGNORECASE) for value in values]

    @field_validator("avoid")
    @classmethod
    def _not_the_preferred_term(cls, patterns, info):
        wrong = [p.pattern for p in patterns if "use" in info.data and p.search(info.data["use"])]
        if wrong:
            raise ValueError(f"{wrong} would also refuse the preferred term {info.data['use']!r}")
        return patterns


class Guide(_Strict):
    language: str
    references: dict[str, str] = {}
    conventions: list[str] = []
    terms: list[Term]

    @field_validator("references")
    @classmethod
    def _https(cls, references):
        for name, url in references.items():
            if not url.startswith("https://"):
                raise ValueError(f"{name}: {url!r} is not an https address")
        return references


def _regex(value: str, flags: int = 0) -> re.Pattern:
    try:
        return re.compile(value, flags)
    except (re.error, TypeError) as error:
        raise ValueError(f"not a regular expression: {error}") from None


def typography_rules(language: str, root: Path = ROOT) -> list[Rule]:
    """The rules for every language, then those for this one (a key may name several: "ja zh")."""
    return [rule for key, group in typography_groups(root).items() if key == "every language" or language in key.split()
            for rule in group]


def glossary(locale: str, root: Path = ROOT) -> Guide:
    """The locale's style guide, or its language's (fr-CA reads fr.yml) when it has none."""
    folder = root / STYLE
    for name in (locale, locale.split("-")[0]):
        if (folder / f"{name}.yml").exists():
            return _guide(folder / f"{name}.yml")
    raise StyleError(f"{STYLE}/{locale}.yml: no style guide for {locale}; copy another language's and translate it")


@lru_cache(maxsize=None)
def typography_groups(root: Path = ROOT) -> dict[str, list[Rule]]:
    """typography.yml as written: its keys ("every language", "fr", "ja zh") and their rules."""
    path = root / STYLE / "typography.yml"
    data = _read(path)
    try:
        return TypeAdapter(dict[str, list[Rule]]).validate_python(data)
    except ValidationError as error:
        raise StyleError(f"{path.relative_to(root)}: {_describe(error)}") from None


@lru_cache(maxsize=None)
def _guide(path: Path) -> Guide:
    try:
        guide = Guide(**_read(path))
    except ValidationError as error:
        raise StyleError(f"{path.relative_to(path.parents[3])}: {_describe(error)}") from None
    unknown = [t.concept for t in guide.terms if t.reference and t.reference not in guide.references]
    if unknown:
        raise StyleError(f"{path.relative_to(path.parents[3])}: terms {unknown} name a reference not in references")
    return guide


def _read(path: Path) -> dict:
    shown = path.relative_to(path.parents[3])  # data/i18n/style/<file>
    try:
        return load_yaml(path, shown)
    except AuthoredFileError as error:  # names the file itself
        raise StyleError(str(error)) from None
    except OSError as error:
        raise StyleError(f"{shown}: {' '.join(str(error).split())}") from None


def _describe(error: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())

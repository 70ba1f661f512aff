"""Unrecorded drift between the languages' prose, for `make check` and the tests: a section
changed in some languages and not the others, or in all of them, without the record
(data/translations.yml) saying so. A page that cannot be cut into sections is a problem too."""

from __future__ import annotations

from pathlib import Path

from translations import drift, record
from translations.sections import SectionError


def translation_drift(root: Path, locales: list[str]) -> list[str]:
    try:
        return drift.problems(record.load(root), record.current(root, locales), locales)
    except (SectionError, ValueError) as error:
        return [str(error)]

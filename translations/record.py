"""data/translations.yml: where each section of each page stands in each language.

Per page and section anchor it holds each language's fingerprint (sections.py) and, for
the languages that have not caught up with a change made in another language, since when
and in which language the change was made; with it, that language's text before the change
(what a translator diffs against). It is written only by `make translations-record` and read by
the check, the report and the build; none of them needs git."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from authored_files import load_yaml, read_text

from .sections import GENERATED, Section, page_sections

RECORD = Path("data/translations.yml")
HEADER = ("# Where the translations stand, per page and section. Written by `make translations-record`,\n"
          "# compared with docs/ by `make check`; do not edit by hand (see README, \"Translations\").\n"
          "# It ends with YAML's end-of-document line `...`: a file without it was cut short.\n")
END = "\n...\n"


@dataclass
class Behind:
    """A language that has not caught up with a change made in another language."""

    since: dt.date
    changed_in: list[str]


@dataclass
class SectionState:
    fingerprints: dict[str, str]
    behind: dict[str, Behind] = field(default_factory=dict)
    # language -> its text before the change the others have not caught up with (if known)
    before: dict[str, str] = field(default_factory=dict)


Record = dict[str, dict[str, SectionState]]  # page -> anchor -> state


def guide_locales(root: Path) -> list[str]:
    """The guide's languages, as mkdocs.yml lists them (the default one is the root chooser)."""
    from mkdocs.utils.yaml import yaml_load

    config = yaml_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    return [lang["locale"] for lang in i18n["languages"] if not lang.get("default")]


def guide_pages(root: Path, locale: str) -> list[str]:
    """Every hand-written page of a language ('endpoints', 'model-cards/index' is generated)."""
    folder = root / "docs" / locale
    return sorted(p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.md")
                  if not read_text(p, p.relative_to(root)).startswith(GENERATED))


def current(root: Path, locales: list[str]) -> dict[str, dict[str, dict[str, Section]]]:
    """page -> anchor -> locale -> Section, from the files as they are now."""
    state: dict[str, dict[str, dict[str, Section]]] = {}
    for page in guide_pages(root, locales[0]):
        for locale in locales:
            if not (root / "docs" / locale / f"{page}.md").exists():
                continue  # a missing page is the parity check's to report
            for section in page_sections(root / "docs", locale, page):
                state.setdefault(page, {}).setdefault(section.anchor, {})[locale] = section
    return state


def load(root: Path) -> Record:
    """The record, or {} before the first one; a file that is not one names itself (an empty
    file, one cut short, a mapping that is not the record's)."""
    path = root / RECORD
    if not path.exists():
        return {}
    raw = load_yaml(path, RECORD)  # AuthoredFileError (a ValueError) names file and line
    if not read_text(path, RECORD).endswith(END):
        raise ValueError(f"{RECORD}: cut short: it does not end with the line `...` that `make translations-record` "
                         "writes last; restore it from git, or run `make translations-record` again")
    try:
        return {page: {anchor: SectionState(dict(entry["fingerprints"]),
                                            {locale: Behind(**behind) for locale, behind in
                                             (entry.get("behind") or {}).items()},
                                            dict(entry.get("before") or {}))
                       for anchor, entry in anchors.items()}
                for page, anchors in (raw.get("pages") or {}).items()}
    except (AttributeError, KeyError, TypeError) as error:
        raise ValueError(f"{RECORD}: not a record written by `make translations-record` "
                         f"({type(error).__name__}: {error}); run it again") from None


def dump(root: Path, record: Record) -> None:
    pages = {page: {anchor: _entry(state) for anchor, state in anchors.items()}
             for page, anchors in sorted(record.items())}
    text = yaml.dump({"pages": pages}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     explicit_end=True)
    (root / RECORD).write_text(HEADER + text, encoding="utf-8")


def _entry(state: SectionState) -> dict:
    entry: dict = {"fingerprints": state.fingerprints}
    if state.behind:
        entry["behind"] = {locale: vars(behind) for locale, behind in state.behind.items()}
        entry["before"] = state.before
    return entry


class _Dumper(yaml.SafeDumper):
    """Plain YAML for people: no &anchors for repeated dates."""

    def ignore_aliases(self, data) -> bool:
        return True

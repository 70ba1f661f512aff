"""Every page exists in every language and reads as a page: UTF-8 without a byte order mark,
not empty, opening with its title, every heading with its anchor (translations/sections.py,
the rule the build reads pages by). `make check` stops after this step when it fails: the
steps after it, and the build, would only trip over the same page."""

from __future__ import annotations

from pathlib import Path

from authored_files import AuthoredFileError
from translations.sections import read_page


def missing_pages(docs: Path, locales) -> list[str]:
    pages = {locale: {p.relative_to(docs / locale).as_posix() for p in (docs / locale).rglob("*.md")}
             for locale in locales}
    every = set().union(*pages.values())
    return [f"{locale}: page {page} is missing (it exists in {', '.join(l for l in locales if page in pages[l])}); "
            "no fallback to another language is allowed"
            for locale in locales for page in sorted(every - pages[locale])]


def page_problems(docs: Path, locales) -> list[str]:
    problems = missing_pages(docs, locales)
    for locale in locales:
        for path in sorted((docs / locale).rglob("*.md")):
            try:
                read_page(path, path.relative_to(docs.parent).as_posix())
            except AuthoredFileError as error:
                problems.append(str(error))
    return problems

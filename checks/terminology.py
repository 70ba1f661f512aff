"""Terminology: each language uses the terms of its glossary (data/i18n/style/<locale>.yml),
the ones the vendors' own localized documentation uses, one term per concept. A term to avoid
fails, named with the file and line where an author wrote it, or with the built page when a
macro, the theme or babel printed it."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from .hygiene import attribute_texts
from .style import Guide, glossary

FENCE = re.compile(r"^\s*(```|~~~)")

# A mapping key at the start of a YAML line ("  endpoints: …").
YAML_KEY = re.compile(r"^\s*[\w-]+:(?=\s|$)")


def terminology(root: Path, locales, site: Path | None = None) -> list[str]:
    problems = []
    for locale in locales:
        guide, written = glossary(locale, root), set()
        for path in _sources(root, locale):
            for number, line, where in _prose_lines(path, root / "docs" / locale):
                for found, term in hits(guide, line, where):
                    written.add(found.lower())
                    problems.append(f"{path.relative_to(root)}:{number}: {_advice(found, term)}")
        for page, text in _built_texts(site, locale) if site else ():
            problems += [f"{locale}/{page} (built: printed by a macro, the theme or babel): {_advice(found, term)}"
                         for found, term in hits(guide, text, page) if found.lower() not in written]
    return problems


def hits(guide: Guide, text: str, page: str | None = None) -> list[tuple[str, object]]:
    """(the text found, its glossary term) for every term to avoid in a text (of a page)."""
    return [(found.group(0), term) for term in guide.terms if page not in term.not_on for pattern in term.avoid
            for found in pattern.finditer(text)]


def _advice(found: str, term) -> str:
    return f"{found!r}: write {term.use!r} ({term.concept})"


def _sources(root: Path, locale: str) -> list[Path]:
    return sorted((root / "docs" / locale).rglob("*.md")) + [root / "data/i18n" / f"{locale}.yml"]


def _prose_lines(path: Path, pages: Path):
    """(line number, line, where) outside fenced code, `where` being the page, or in a YAML file
    the dotted key the line belongs to (comments.platform_region); of a YAML file, the values
    only: its comments and keys are English, for the team."""
    fenced, yaml, keys = False, path.suffix == ".yml", []
    page = None if yaml else path.relative_to(pages).with_suffix("").as_posix()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if FENCE.match(line):
            fenced = not fenced
        elif yaml and not line.lstrip().startswith("#"):
            if YAML_KEY.match(line):
                indent = len(line) - len(line.lstrip())
                keys = [(i, k) for i, k in keys if i < indent] + [(indent, line.split(":")[0].strip())]
            yield number, YAML_KEY.sub("", line), ".".join(k for _, k in keys)
        elif not fenced and not yaml:
            yield number, line, page


def _built_texts(site: Path, locale: str):
    """(page, text) for everything a reader sees or hears on each built page of a locale."""
    for path in sorted((site / locale).rglob("*.html")):
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for hidden in html.select("script, style, pre, code"):
            hidden.decompose()
        page = path.relative_to(site / locale).as_posix().removesuffix("index.html").rstrip("/") or "index"
        yield page, " ".join([html.get_text(" "), *attribute_texts(html)])

"""A page's Markdown cut into sections at its headings, each keyed by the `{ #anchor }` that
all four languages share (the page intro is the section of the H1), and a fingerprint of
each section that ignores formatting noise but not content: re-wrapped lines, trailing
spaces and blank lines do not change it; a word, a macro call or a link does."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from authored_files import AuthoredFileError, read_text

HEADING = re.compile(r"^(?P<level>#{1,6}) +(?P<title>.*?) *\{ *#(?P<anchor>[\w-]+) *\} *$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
# Whitespace between two CJK characters is a line break of the source, not a space.
CJK_GAP = re.compile(rf"(?<=[{CJK}])\s+(?=[{CJK}])")


# How a page the build writes opens (the model cards): not a page authors write, not cut here.
GENERATED = "---\ngenerated:"


class SectionError(AuthoredFileError):
    """A page that cannot be cut into sections; the message names the file and line."""


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    text: str  # normalized: one line, formatting noise removed

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:12]


def normalize(markdown: str) -> str:
    text = " ".join(line.strip() for line in markdown.splitlines() if line.strip())
    return CJK_GAP.sub("", re.sub(r"\s+", " ", text)).strip()


def sections(markdown: str, where: str = "") -> list[Section]:
    """The sections of a page in order. A page opens with its title, a heading with an anchor
    (every section must be findable in every language); an empty page, a page without a
    heading, text before the first heading and a heading without an anchor are errors."""
    found: list[tuple[str, str, list[str]]] = []
    fenced, stray = False, 0
    for number, line in enumerate(markdown.splitlines(), 1):
        if FENCE.match(line):
            fenced = not fenced
        heading = None if fenced else HEADING.match(line)
        if heading:
            found.append((heading["anchor"], heading["title"], [line]))
        elif not fenced and re.match(r"^#{1,6} ", line):
            raise SectionError(f"{where}:{number}: heading without a {{ #anchor }}: {line.strip()!r}")
        elif found:
            found[-1][2].append(line)
        elif line.strip():
            stray = stray or number
    if not markdown.strip():
        raise SectionError(f"{where}: the page is empty; write it as the other languages have it (or remove it "
                           "from every language and from nav in mkdocs.yml)")
    if not found:
        raise SectionError(f"{where}: no heading; a page opens with its title, `# Title {{ #anchor }}`")
    if stray:
        raise SectionError(f"{where}:{stray}: text before the page's first heading")
    anchors = [anchor for anchor, _, _ in found]
    for anchor in {a for a in anchors if anchors.count(a) > 1}:
        raise SectionError(f"{where}: the anchor #{anchor} is used by two headings")
    return [Section(anchor, title, normalize("\n".join(lines))) for anchor, title, lines in found]


def read_page(path: Path, shown: str) -> str:
    """A page's text, read strictly (authored_files); a page written by hand must also cut
    into sections: not empty, opening with its title, every heading with its anchor."""
    text = read_text(path, shown)
    if not text.startswith(GENERATED):
        sections(text, shown)
    return text


def page_sections(docs: Path, locale: str, page: str) -> list[Section]:
    path = docs / locale / f"{page}.md"
    where = f"docs/{locale}/{page}.md"
    return sections(read_text(path, where), where)

"""The llms.txt files (llmstxt.org, v2 of August 2026): a language's index of its pages'
Markdown twins, its llms-full.txt with every twin, and the site root's index of the languages.

An llms.txt is an H1 with the site's name, a blockquote summary, a paragraph, then H2 sections
of `- [title](url): notes` lines. v2 lets a file in a subpath cover the pages under it (the
most specific applies): each language's file covers that language, the root's the chooser."""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE_BREAKS = re.compile(r"\s*\n\s*")


@dataclass(frozen=True)
class Entry:
    title: str
    url: str
    notes: str = ""


def index(name: str, summary: str, sections: list[tuple[str, list[Entry]]], details: str = "") -> str:
    parts = [f"# {_one_line(name)}", f"> {_one_line(summary)}"] + ([details] if details else [])
    for heading, entries in sections:
        if entries:
            parts += [f"## {_one_line(heading)}", "\n".join(_entry(entry) for entry in entries)]
    return "\n\n".join(parts) + "\n"


def full(name: str, summary: str, twins: list[tuple[str, str]]) -> str:
    """Every twin in reading order, each after its page's address, so that a reader of the
    one file can still cite the page."""
    parts = [f"# {_one_line(name)}", f"> {_one_line(summary)}"]
    for url, markdown in twins:
        parts += ["---", f"<{url}>", _demoted(markdown.strip())]
    return "\n\n".join(parts) + "\n"


def _entry(entry: Entry) -> str:
    notes = f": {_one_line(entry.notes)}" if entry.notes else ""
    return f"- [{_one_line(entry.title)}]({entry.url}){notes}"


def _one_line(text: str) -> str:
    return LINE_BREAKS.sub(" ", text.strip())


def _demoted(markdown: str) -> str:
    """A twin's headings one level down, so that the file keeps one H1 (outside code)."""
    lines, fenced = [], None
    for line in markdown.split("\n"):
        fence = re.match(r"^(`{3,}|~{3,})", line)
        if fence and (fenced is None or line.startswith(fenced)):
            fenced = None if fenced else fence[1]
        elif fenced is None and re.match(r"^#{1,5} ", line):
            line = "#" + line
        lines.append(line)
    return "\n".join(lines)

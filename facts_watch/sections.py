"""A page as a list of sections of plain text, the same from Markdown or HTML: what the watch
compares. Markup, link targets, line wrapping and spacing are dropped, so that only a change a
reader could see in the words counts."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>")
INLINE_MARKS = re.compile(r"\*\*|__|[*`]")
SPACES = re.compile(r"\s+")
QUOTE = re.compile(r"^\s*(?:>\s?)+")
ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~&])")


@dataclass(frozen=True)
class Section:
    heading: str  # "" for the text before the first heading
    level: int
    lines: tuple[str, ...]


def plain(text: str) -> str:
    """One line of text without markup: link text without its target, entities decoded; a
    backslash-escaped character stays as it is."""
    kept: list[str] = []
    text = ESCAPED.sub(lambda m: kept.append(m[1]) or f"\x00{len(kept) - 1}\x00", text)
    text = LINK.sub(r"\1", IMAGE.sub("", text))
    text = html.unescape(INLINE_MARKS.sub("", TAG.sub("", text)))
    text = SPACES.sub(" ", text).strip()
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m[1])], text)


def from_markdown(text: str) -> list[Section]:
    """Sections of a Markdown page; front matter's title opens it as its first heading."""
    lines = text.replace("\r\n", "\n").split("\n")
    blocks: list[tuple[int, str] | str] = []  # (level, heading) or a text line
    if lines and lines[0].strip() == "---" and "---" in (line.strip() for line in lines[1:]):
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
        front = dict(line.split(":", 1) for line in lines[1:end] if ":" in line)
        if title := front.get("title", "").strip():
            blocks.append((1, title))
        if description := front.get("description", "").strip():
            blocks.append(description)
        lines = lines[end + 1:]
    in_code, paragraph = False, []
    for raw in lines + [""]:
        if FENCE.match(raw):
            in_code = not in_code
            continue
        if in_code:
            blocks.append(raw.strip())
            continue
        raw = QUOTE.sub("", raw)  # a blockquote reads as its text, as in HTML
        line = raw.strip()
        heading = HEADING.match(line)
        starts_block = not line or heading or line.startswith("|") or LIST_ITEM.match(raw) or TAG.fullmatch(line)
        if starts_block and paragraph:
            blocks.append(" ".join(paragraph))
            paragraph = []
        if heading:
            blocks.append((len(heading[1]), plain(heading[2])))
        elif line.startswith("|"):
            if not TABLE_RULE.match(line):
                blocks.append(" | ".join(plain(cell) for cell in line.strip("|").split("|")))
        elif LIST_ITEM.match(raw):
            paragraph = ["- " + LIST_ITEM.sub("", raw, count=1)]
        elif line:
            paragraph.append(line)
    return _sections(blocks)


class _Text(HTMLParser):
    """The text of an HTML page's main content, as blocks: headings, rows, paragraphs."""

    SKIPPED = {"script", "style", "nav", "header", "footer", "noscript", "svg", "template", "head"}
    BREAKS = {"p", "div", "li", "tr", "br", "pre", "dt", "dd", "blockquote", "section", "article",
              "table", "ul", "ol", "main", "body"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str] | str] = []
        self.skipping, self.heading, self.buffer, self.cells = 0, 0, [], []
        self.in_list_item = self.in_pre = False

    def _take(self) -> str:
        """The text gathered since the last break, as one line."""
        text, self.buffer = SPACES.sub(" ", "".join(self.buffer)).strip(), []
        return text

    def _flush(self) -> None:
        if text := self._take():
            self.blocks.append((self.heading, text) if self.heading else ("- " if self.in_list_item else "") + text)

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1
        if self.skipping or self.in_pre:  # markup inside code (a highlighter's spans) is no break
            return
        if re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self.heading = int(tag[1])
        elif tag in ("td", "th"):
            self._flush_cell()
        elif tag in self.BREAKS:
            self._flush()
            self.in_list_item, self.in_pre = tag == "li", tag == "pre"

    def _flush_cell(self) -> None:
        if self.buffer:
            self.cells.append(self._take())

    def handle_endtag(self, tag):
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif self.skipping:
            return
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self.heading = 0
        elif tag in ("td", "th"):
            self._flush_cell()
        elif tag == "tr":
            if self.cells:
                self.blocks.append(" | ".join(self.cells))
            self.cells = []
        elif tag == "pre":  # code keeps its lines, as a Markdown fence does
            self.blocks += [line.strip() for line in "".join(self.buffer).split("\n") if line.strip()]
            self.buffer, self.in_pre = [], False
        elif tag in self.BREAKS:
            self._flush()
            self.in_list_item = False

    def handle_data(self, data):
        if not self.skipping:
            self.buffer.append(data)


def from_html(text: str) -> list[Section]:
    """Sections of an HTML page: its <main> where it has one, else its body."""
    main = re.search(r"<main\b.*?</main>", text, re.S | re.I)
    parser = _Text()
    parser.feed(main.group() if main else text)
    parser.close()
    parser._flush()
    return _sections(parser.blocks)


def _sections(blocks: list) -> list[Section]:
    sections: list[Section] = []
    heading, level, lines = "", 0, []
    for block in blocks:
        if isinstance(block, tuple):
            if heading or lines:
                sections.append(Section(heading, level, tuple(lines)))
            level, heading = block
            lines = []
        elif text := _plain_line(block):
            lines.append(text)
    if heading or lines:
        sections.append(Section(heading, level, tuple(lines)))
    return sections


def _plain_line(block: str) -> str:
    """A block as plain text; a list item keeps its "- "."""
    return "- " + plain(block[2:]) if block.startswith("- ") else plain(block)


def read(text: str, markdown: bool) -> list[Section]:
    return from_markdown(text) if markdown else from_html(text)


def to_markdown(sections: list[Section]) -> str:
    """The sections written back as Markdown: what the record holds, and reads back unchanged."""
    out = []
    for section in sections:
        if section.heading:
            out += ["#" * section.level + " " + section.heading, ""]
        out += [line for text in section.lines for line in (_escaped(text), "")]
    return "\n".join(out).rstrip() + "\n"


def _escaped(line: str) -> str:
    """A line as Markdown that reads back as the same text: marks escaped, and a line that would
    read as a heading, row, fence or list item escaped at its first character."""
    line = re.sub(r"([\\*`\[<&])", r"\\\1", line).replace("__", "\\_\\_")
    if HEADING.match(line) or line.startswith(("|", "---", "~~~", "+ ", ">")):
        return "\\" + line
    if numbered := re.match(r"^(\d+)([.)])(\s)", line):
        return f"{numbered[1]}\\{numbered[2]}{line[len(numbered[1]) + 1:]}"
    return line

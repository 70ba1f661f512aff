"""A page's article, as the build rendered it, written as Markdown: the page's twin.

From the HTML, not from the page's source: the macros' output is in place, so the twin holds
exactly the facts its HTML page shows. Every element the guide's pages use has a rule here;
an element without one stops the build naming it (TwinError), rather than vanish from the
twin unseen."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html

from translations.sections import CJK

# A source line break between two CJK characters is not a space (as translations/ reads pages).
CJK_BREAK = re.compile(rf"(?<=[{CJK}])\n(?=[{CJK}])")
SPACES = re.compile(r"[ \t\r\n]+")  # not U+00A0: French keeps its no-break spaces
# Markdown's punctuation in text; an underscore inside a word ("fr_fr") is no emphasis.
ESCAPED = re.compile(r"([\\`*\[\]<])|(?<!\w)_|_(?!\w)")
INLINE = {"a", "abbr", "b", "br", "code", "em", "i", "kbd", "small", "span", "strong", "sub", "sup"}
BARE_URL_BREAKERS = re.compile(r"[\s()<>]")  # a link's URL with these goes in <…>
UNWRAPPED = {"md-typeset__scrollwrap", "md-typeset__table"}  # the theme's scrolling wrappers
DROPPED = {"headerlink"}  # section permalinks: the twin's links are absolute
NOT_TEXT = {"script", "style"}


class TwinError(ValueError):
    """An element the twin has no rule for; the message names it."""


def twin(article: str, page_url: str) -> str:
    """The Markdown of a page's article HTML; links absolute, from the page's own URL."""
    root = lxml.html.fragment_fromstring(article, create_parent="div")
    return "\n\n".join(Writer(page_url).blocks(root)) + "\n"


def _classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def _skipped(element) -> bool:
    """Comments, scripts and permalinks: not the page's text."""
    return not isinstance(element.tag, str) or element.tag in NOT_TEXT or bool(_classes(element) & DROPPED)


def _fence(code: str, marker: str = "`", shortest: int = 3) -> str:
    """A fence longer than any run of the marker inside the code."""
    longest = max((len(run) for run in re.findall(f"{re.escape(marker)}+", code)), default=0)
    return marker * max(shortest, longest + 1)


def _indented(text: str, prefix: str) -> str:
    """Text under a list marker or a quote: its first line after the prefix, the rest aligned."""
    pad = " " * len(prefix) if not prefix.startswith(">") else prefix
    lines = text.split("\n")
    return "\n".join([prefix + lines[0]] + [(pad + line).rstrip() if line else pad.rstrip() for line in lines[1:]])


class Writer:
    def __init__(self, page_url: str):
        self.page_url = page_url

    # Blocks

    def blocks(self, container) -> list[str]:
        """The container's children as Markdown blocks; loose text and inline elements between
        blocks make a paragraph."""
        found, run = [], [_escaped(container.text or "")]
        for child in container:
            if _skipped(child):
                run.append(_escaped(child.tail or ""))
            elif child.tag in INLINE:
                run += [self.inline(child), _escaped(child.tail or "")]
            else:
                found += self._paragraph(run)
                found += self.block(child)
                run = [_escaped(child.tail or "")]
        return found + self._paragraph(run)

    def _paragraph(self, run: list[str]) -> list[str]:
        text = _spaced("".join(run))
        return [text] if text else []

    def block(self, element) -> list[str]:
        tag, classes = element.tag, _classes(element)
        if tag == "p":
            return self._paragraph([self.inline_children(element)])
        if re.fullmatch(r"h[1-6]", tag):
            return [f"{'#' * int(tag[1])} {_spaced(self.inline_children(element))}"]
        if tag in ("ul", "ol"):
            return [self.list(element)]
        if tag == "pre":
            return [self.code_block(element, "")]
        if tag == "table":
            return self.table(element)
        if tag == "dl":
            return self.definitions(element)
        if tag == "blockquote":
            return [_indented("\n\n".join(self.blocks(element)), "> ")]
        if tag == "hr":
            return ["---"]
        if tag == "div" and "highlight" in classes:
            language = next((c.removeprefix("language-") for c in sorted(classes) if c.startswith("language-")), "")
            return [self.code_block(element.find(".//pre"), language)]
        if tag == "div" and "tabbed-set" in classes:
            return self.tabs(element)
        if tag == "div" and "admonition" in classes:
            return [self.admonition(element)]
        if tag == "div" and (classes <= UNWRAPPED or not classes):
            return self.blocks(element)
        raise TwinError(f"no Markdown for <{tag}{' class=' + repr(' '.join(sorted(classes))) if classes else ''}>")

    def list(self, element) -> str:
        items = []
        for number, item in enumerate(element.findall("li"), int(element.get("start") or 1)):
            marker = f"{number}. " if element.tag == "ol" else "- "
            parts = self.blocks(item)
            tight = all(child.tag != "p" for child in item)
            items.append(_indented(("\n" if tight else "\n\n").join(parts) or "", marker))
        loose = any(child.tag == "p" for item in element.findall("li") for child in item)
        return ("\n\n" if loose else "\n").join(items)

    def code_block(self, pre, language: str) -> str:
        code = pre.find("code")
        text = (code if code is not None else pre).text_content().rstrip("\n")
        fence = _fence(text)
        return f"{fence}{language}\n{text}\n{fence}"

    def tabs(self, element) -> list[str]:
        """Each tab's label in bold, then its content: the code of every tab, not only the first."""
        labels = [_spaced(label.text_content()) for label in element.findall("./div[@class='tabbed-labels']/label")]
        panels = element.findall("./div[@class='tabbed-content']/div[@class='tabbed-block']")
        if not labels or len(labels) != len(panels):
            raise TwinError(f"a tabbed block with {len(labels)} labels and {len(panels)} panels")
        found = []
        for label, panel in zip(labels, panels):
            found += [f"**{_escaped(label)}**", *self.blocks(panel)]
        return found

    def admonition(self, element) -> str:
        title = element.find("./p[@class='admonition-title']")
        body = [e for e in element if e is not title]
        shell = lxml.html.Element("div")
        shell.extend(body)
        parts = ([f"**{_spaced(self.inline_children(title))}**"] if title is not None else []) + self.blocks(shell)
        return _indented("\n\n".join(parts), "> ")

    def definitions(self, element) -> list[str]:
        """Terms and their definitions as Python-Markdown's def_list writes them."""
        found = []
        for child in element:
            if child.tag == "dt":
                found.append(_spaced(self.inline_children(child)))
            elif child.tag == "dd" and found:
                found[-1] += "\n" + _indented("\n\n".join(self.blocks(child)), ":   ")
            else:
                raise TwinError(f"<{child.tag}> in a definition list")
        return found

    def table(self, element) -> list[str]:
        caption = element.find("caption")
        rows = [[self.cell(cell) for cell in row if cell.tag in ("th", "td")] for row in element.iter("tr")]
        if not rows:
            raise TwinError("a table without rows")
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        lines = [f"| {' | '.join(rows[0])} |", f"|{'---|' * width}"] + [f"| {' | '.join(row)} |" for row in rows[1:]]
        title = [f"*{_spaced(self.inline_children(caption))}*"] if caption is not None else []
        return title + ["\n".join(lines)]

    def cell(self, element) -> str:
        """A table cell on one line: its blocks and line breaks become <br>."""
        parts = [part.replace("\\\n", "<br>").replace("\n", "<br>") for part in self.blocks(element)]
        return "<br>".join(parts).replace("|", "\\|")

    # Inline

    def inline_children(self, element) -> str:
        parts = [_escaped(element.text or "")]
        for child in element:
            if not _skipped(child):
                parts.append(self.inline(child))
            parts.append(_escaped(child.tail or ""))
        return "".join(parts)

    def inline(self, element) -> str:
        tag = element.tag
        if _skipped(element):
            return ""
        if tag == "br":
            return "\\\n"
        if tag in ("code", "kbd"):
            text = SPACES.sub(" ", element.text_content())
            fence = _fence(text, shortest=1)
            padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
            return f"{fence}{padded}{fence}"
        inner = self.inline_children(element)
        if element.get("role") == "img" and element.get("aria-label"):
            # A sign whose meaning is in its label (the deprecation mark and its dates): both,
            # on a line of their own (a <br> in a table cell).
            return f"\\\n{inner} {_escaped(element.get('aria-label'))}"
        if tag == "a":
            href = element.get("href")
            if not href:
                return inner
            url = urljoin(self.page_url, href)
            return f"[{inner}]({f'<{url}>' if BARE_URL_BREAKERS.search(url) else url})"
        if tag in ("strong", "b"):
            return f"**{inner}**" if inner.strip() else inner
        if tag in ("em", "i"):
            return f"*{inner}*" if inner.strip() else inner
        if tag in INLINE:
            return inner
        raise TwinError(f"no Markdown for <{tag}> inside a paragraph")


def _escaped(text: str) -> str:
    return ESCAPED.sub(lambda found: "\\" + found[0], text)


def _spaced(text: str) -> str:
    """HTML's white space as a reader sees it: runs of spaces one space, a line break of the
    source nothing between CJK characters; hard breaks (backslash, newline) kept."""
    parts = text.split("\\\n")
    return "\\\n".join(SPACES.sub(" ", CJK_BREAK.sub("", part)).strip() for part in parts).strip()

"""One page against its record: unchanged, changed (which sections, as a diff), gone, moved,
unreadable, or not recorded yet; and the Bedrock model IDs a page mentions that the data lacks."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .fetch import Fetched
from .sections import Section, read

# A Bedrock model ID, with any geo prefix (us., global., us-gov., …, dropped in what is
# reported): anthropic.claude-opus-4-6-v1, us.anthropic.claude-sonnet-4-20250514-v1:0.
BEDROCK_ID = re.compile(r"(?<![\w.-])(?:[a-z]{2,8}(?:-[a-z]+)?\.)?(anthropic\.claude-[a-z0-9-]*[a-z0-9](?::\d+)?)")
SAME_PAGE = 0.3  # below this likeness, a page without its recorded headings is another page
STATES = ("changed", "moved", "gone", "unreadable", "not recorded", "unchanged")


@dataclass
class PageReport:
    name: str
    url: str
    state: str  # one of STATES
    detail: str = ""  # why unreadable, or where it moved
    diff: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)  # as read now
    read_from: str = ""

    @property
    def needs_a_look(self) -> bool:
        return self.state != "unchanged"


def compare(name: str, fetched: Fetched, recorded: list[Section] | None) -> PageReport:
    if fetched.state != "read":
        return PageReport(name, fetched.url, fetched.state, fetched.problem or fetched.moved_to)
    sections = read(fetched.text, fetched.markdown)
    report = PageReport(name, fetched.url, "unchanged", sections=sections, read_from=fetched.read_from)
    if not any(section.lines for section in sections):
        report.state, report.detail = "unreadable", "no text found in the page (has its layout changed?)"
    elif recorded is None:
        report.state, report.detail = "not recorded", "no copy recorded yet"
    elif (headings_gone := _headings_gone(recorded, sections)) and _likeness(recorded, sections) < SAME_PAGE:
        report.state = "unreadable"
        report.detail = "neither the recorded headings nor most of its words are on the page (has its layout changed?)"
    else:
        if headings_gone:  # the same words without their headings: compare as one text
            report.detail = "its section headings are gone; compared as one text"
            recorded, sections = _as_one(recorded), _as_one(sections)
        report.diff = section_diff(recorded, sections)
        if fetched.moved_to:
            report.state, report.detail = "moved", f"now at {fetched.moved_to}"
        elif report.diff:
            report.state = "changed"
    return report


def _headings_gone(recorded: list[Section], now: list[Section]) -> bool:
    headings = {s.heading for s in recorded if s.heading}
    return len(headings) >= 2 and not headings & {s.heading for s in now}


def _words(sections: list[Section]) -> list[str]:
    return [word for s in sections for text in (s.heading, *s.lines) for word in text.split()]


def _likeness(recorded: list[Section], now: list[Section]) -> float:
    """How much of the recorded page's wording the page still has (0 to 1)."""
    return difflib.SequenceMatcher(None, _words(recorded), _words(now), autojunk=False).ratio()


def _as_one(sections: list[Section]) -> list[Section]:
    return [Section("", 0, tuple(text for s in sections for text in ((s.heading,) if s.heading else ()) + s.lines))]


def section_diff(recorded: list[Section], now: list[Section]) -> list[str]:
    """A readable diff, section by section: changed lines with one line of context, and
    sections added or gone. Empty when only markup or spacing changed."""
    before, after = _keyed(recorded), _keyed(now)
    out: list[str] = []
    for key in list(before) + [k for k in after if k not in before]:
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        title = key or "(opening)"
        if old is None:
            out += [f"§ {title} (new section)"] + [f"+ {line}" for line in new]
        elif new is None:
            out += [f"§ {title} (section gone)"] + [f"- {line}" for line in old]
        else:
            out.append(f"§ {title}")
            hunks = list(difflib.unified_diff(old, new, lineterm="", n=1))[3:]  # no header, no first @@
            out += ["  …" if line.startswith("@@") else f"{line[0]} {line[1:]}" for line in hunks]
    return out


def _keyed(sections: list[Section]) -> dict[str, list[str]]:
    """Sections by heading; a heading used twice gets its position: 'Example (2)'."""
    keyed: dict[str, list[str]] = {}
    for section in sections:
        key, n = section.heading, 1
        while key in keyed:
            n += 1
            key = f"{section.heading} ({n})"
        keyed[key] = list(section.lines)
    return keyed


def bedrock_ids(sections: list[Section]) -> set[str]:
    """The base model IDs a page mentions (geo prefixes dropped)."""
    return {m[1] for section in sections for line in section.lines for m in BEDROCK_ID.finditer(line)}

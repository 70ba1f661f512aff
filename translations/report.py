"""`make translations`: per language, page and section, whether it is current, out of date
(since when, changed in which language) or changed without a record; and for each
out-of-date section, what changed in the newer language, so a translator knows what to
translate."""

from __future__ import annotations

import difflib
import re

from .drift import Change, Current, changes
from .record import Record

SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*(?=\S)")


def report(record: Record, now: Current, locales: list[str]) -> str:
    found = list(changes(record, now, locales))
    unrecorded = {(c.page, c.anchor): c for c in found if isinstance(c, Change)}
    new = {(c[0], c[1]) for c in found if not isinstance(c, Change) and c[2] == "new"}
    lines = []
    for locale in locales:
        lines.append(f"== {locale}")
        current = 0
        for page, anchors in now.items():
            for anchor in anchors:
                status, diff = _status(locale, page, anchor, record, now, unrecorded, new)
                current += status == "current"
                lines.append(f"   {page}#{anchor}: {status}")
                lines += [f"      {line}" for line in diff]
        lines.append(f"   ({current} sections current)")
    return "\n".join(lines)


def _status(locale, page, anchor, record, now, unrecorded, new) -> tuple[str, list[str]]:
    if (page, anchor) in new:
        return "new section, not yet recorded", []
    state = record[page][anchor]
    change = unrecorded.get((page, anchor))
    notes = []
    if change and locale in change.changed:
        notes.append("changed, not yet recorded")
    elif change:
        notes.append(f"changed in {', '.join(change.changed)}, not yet recorded")
    behind = state.behind.get(locale)
    if behind is None:
        return ("; ".join(notes) or "current"), []
    newer = behind.changed_in[0]
    status = "; ".join([f"out of date since {behind.since} (changed in {', '.join(behind.changed_in)})", *notes])
    if newer not in state.before:
        return status, [f"(the {newer} text before the change is not known: it was recorded without git history)"]
    return status, section_diff(state.before[newer], now[page][anchor][newer].text, newer)


def section_diff(before: str, after: str, locale: str) -> list[str]:
    """What changed in a section's text, sentence by sentence."""
    return list(difflib.unified_diff(SENTENCE_END.split(before), SENTENCE_END.split(after),
                                     f"{locale} when recorded", f"{locale} now", lineterm="", n=1))

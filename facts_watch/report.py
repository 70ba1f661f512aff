"""The watch's report, for a terminal or as the Markdown of the issue the weekly workflow
files: what changed and which facts to re-check, then what could not be read, then the rest."""

from __future__ import annotations

import datetime as dt

from .compare import STATES
from .watch import Watch

ADVICE = {
    "changed": "re-check the facts below on the page, fix data/bedrock.yml, then record the page",
    "moved": "point `sources:` at the new address, re-check its facts, then record it",
    "gone": "find where its facts are stated now and cite that page instead",
    "unreadable": "read the page by hand; the watch could not, so it is not known to be unchanged",
    "not recorded": "check the facts citing it, then record it",
}


def render(watch: Watch, today: dt.date, recorded_on: str, markdown: bool = False) -> str:
    counts = {state: sum(p.state == state for p in watch.pages) for state in STATES}
    what = "" if watch.pages else ": Bedrock's catalog"
    lines = [f"{'# ' if markdown else ''}Facts watch{what}, {today.isoformat()}", ""]
    if watch.pages:
        lines += [f"{len(watch.pages)} pages watched, each compared with its record ({recorded_on}): "
                  + ", ".join(f"{n} {state}" for state, n in counts.items() if n) + ".", ""]
    for state in STATES[:-1]:
        pages = [p for p in watch.pages if p.state == state]
        if not pages:
            continue
        lines += [f"{'## ' if markdown else ''}{state.capitalize()} ({len(pages)}): {ADVICE[state]}", ""]
        for page in pages:
            lines += _page(page, watch.cited_by.get(page.name, []), markdown)
    if watch.new_ids:
        lines += [f"{'## ' if markdown else ''}Bedrock model IDs the pages mention and the data lacks "
                  f"({len(watch.new_ids)})", "",
                  "Add each to `models:` with its sources, or to `watch.ids_left_out` with the reason.", ""]
        lines += [f"- {_code(i, markdown)}: {', '.join(pages)}" for i, pages in sorted(watch.new_ids.items())] + [""]
    if watch.catalog_checked:
        lines += [f"{'## ' if markdown else ''}Bedrock's catalog ({', '.join(watch.catalog_checked)}): "
                  + (f"{len(watch.catalog)} differences" if watch.catalog else "agrees with the data"), ""]
        lines += [f"- {difference}" for difference in watch.catalog] + ([""] if watch.catalog else [])
    unchanged = [p.name for p in watch.pages if p.state == "unchanged"]
    if unchanged:
        lines += [f"{'## ' if markdown else ''}Unchanged ({len(unchanged)})", "", ", ".join(unchanged), ""]
    lines.append("All clear." if not watch.needs_a_look else
                 "How to act on this report: README, \"The facts watch\".")
    return "\n".join(lines).rstrip() + "\n"


def _page(page, cited: list[str], markdown: bool) -> list[str]:
    head = f"- {_code(page.name, markdown)} {page.url}" + (f": {page.detail}" if page.detail else "")
    lines = [head]
    if cited and page.state != "unchanged":
        lines += [f"  - cited for {who}" for who in cited]
    if page.diff:
        body = [f"  {line}" for line in page.diff]
        lines += (["", "  ```diff", *body, "  ```", ""] if markdown else body)
    return lines + ([""] if not markdown or not page.diff else [])


def _code(text: str, markdown: bool) -> str:
    return f"`{text}`" if markdown else text

"""`make snippets`: build the site, run every code block of every language against the fake
Bedrock, print locale × page × block → result, exit 1 if any block fails."""

from __future__ import annotations

import sys
import time

from site_build import LOCALES, built_site
from .blocks import site_blocks
from .run import check_all


def main() -> int:
    with built_site() as site:
        started = time.monotonic()
        outcomes = check_all(site_blocks(site, LOCALES))
        elapsed = time.monotonic() - started
    rows = sorted(((b.locale, b.page, b.index, b.tab or "", b.kind, o) for o in outcomes for b in o.blocks),
                  key=lambda r: (LOCALES.index(r[0]), r[1], r[2]))
    print(f"{'locale':6} {'page':10} {'#':>2} {'tab':11} {'kind':10} result")
    for locale, page, index, tab, kind, outcome in rows:
        result = ("ok   " if outcome.ok else "FAIL ") + outcome.detail
        print(f"{locale:6} {page:10} {index:>2} {tab:11} {kind:10} {result}")
    failed = sum(not o.ok for o in outcomes)
    print(f"\n{len(rows)} blocks, {len(outcomes)} distinct runs, {failed} failed, {elapsed:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

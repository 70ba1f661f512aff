"""`make snippets`: build the site, run every code block of every language against the fake
Bedrock, print locale × page × block → result, exit 1 if any block fails."""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import nullcontext
from pathlib import Path

from site_build import LOCALES, PAGES, built_site

from .blocks import site_blocks
from .run import check_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make snippets", description="Run every code block of every language.")
    parser.add_argument("--site-dir", type=Path, help="run the blocks of this built site instead of building one")
    parser.add_argument("--pages", nargs="+", choices=PAGES, metavar="PAGE", help="only these pages (e.g. setup)")
    parser.add_argument("--locale", choices=LOCALES, help="only this language (only it is built)")
    options = parser.parse_args(argv)
    locales = [options.locale] if options.locale else LOCALES
    with nullcontext(options.site_dir) if options.site_dir else built_site(options.locale) as site:
        blocks = [b for b in site_blocks(site, locales) if not options.pages or b.page in options.pages]
        started = time.monotonic()
        outcomes = check_all(blocks)
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

"""`make check`: data validation, every page readable, a strict build, cross-language parity,
the hard-coded facts lint, the translations record, language hygiene, terminology, typography
and links, with a summary an author reads in seconds. Exits 1 when anything needs fixing."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from macros.loading import DataError, load_site_data

from site_build import LOCALES, PAGES, ROOT, SITE_URL, build
from .facts_lint import lint
from .hygiene import english_ui, hygiene
from .links import check_links
from .pages import page_problems
from .terminology import terminology
from .typography import typography
from .translation_drift import translation_drift
from .parity import built_parity, source_parity
from .style import StyleError

REPORT = ROOT / "test-artifacts" / "external-links.txt"


def run_checks(site_dir: Path | None = None) -> list[tuple[str, list[str], str]]:
    """(check, problems, what was checked) in the order an author should fix them. Data or a
    page that cannot be read ends the run there: every later step would trip over it again.
    The site is built into `site_dir` and kept there when one is given."""
    try:
        load_site_data(ROOT, list(LOCALES))
        results = [("data", [], f"data/bedrock.yml and {len(LOCALES)} locale files are valid")]
    except DataError as error:
        return [("data", str(error).splitlines(), "")]
    results.append(("pages", page_problems(ROOT / "docs", LOCALES),
                    f"every page in all {len(LOCALES)} languages, each opening with its title"))
    if results[-1][1]:
        return results
    results.append(("parity (source)", source_parity(ROOT / "docs", LOCALES),
                    f"{len(PAGES)} pages × {len(LOCALES)} languages"))
    results.append(("facts lint", lint(ROOT, LOCALES), "no hard-coded facts in docs/"))
    results.append(("translations", translation_drift(ROOT, list(LOCALES)),
                    "every section's languages match data/translations.yml"))
    with nullcontext(site_dir) if site_dir else tempfile.TemporaryDirectory() as folder:
        started = time.monotonic()
        built = build(ROOT, Path(folder) if site_dir else Path(folder) / "site")
        seconds = time.monotonic() - started
        if built.returncode != 0:
            results.append(("build", built.warnings() or built.log.splitlines()[-5:], ""))
            return results
        results.append(("build", [], f"strict, no warnings, {seconds:.1f} s"))
        results.append(("parity (built)", built_parity(built.site, LOCALES), "anchors, tabs, code, links"))
        results.append(("language hygiene", hygiene(built.site, LOCALES) + english_ui(built.site, LOCALES),
                        "every page in its own language, the theme's words too"))
        results.append(("terminology", _style(lambda: terminology(ROOT, LOCALES, built.site)),
                         "each language's glossary (data/i18n/style/)"))
        results.append(("typography", _style(lambda: typography(built.site, LOCALES)),
                        "each language's punctuation (data/i18n/style/typography.yml)"))
        problems, external = check_links(built.site, SITE_URL)
        REPORT.parent.mkdir(exist_ok=True)
        REPORT.write_text("".join(f"{url}\t{' '.join(sorted(pages))}\n" for url, pages in sorted(external.items())),
                          encoding="utf-8")
        results.append(("links", problems, f"internal links resolve; {len(external)} external links "
                                           f"listed in {REPORT.relative_to(ROOT)}"))
    return results


def _style(check) -> list[str]:
    """A check that reads the style guides: a guide it cannot read is its one problem."""
    try:
        return check()
    except StyleError as error:
        return [str(error)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description="Everything an author fixes before pushing.")
    parser.add_argument("--site-dir", type=Path, help="build the site here and keep it (default: a temporary folder)")
    results = run_checks(parser.parse_args(argv).site_dir)
    width = max(len(name) for name, _, _ in results)
    for name, problems, summary in results:
        mark = "✓" if not problems else "✗"
        print(f"{mark} {name:<{width}}  {summary if not problems else f'{len(problems)} problem(s)'}")
        for problem in problems[:20]:
            print(f"    {problem}")
        if len(problems) > 20:
            print(f"    … and {len(problems) - 20} more")
    if results[-1][0] != "links":
        print(f"  (stopped after {results[-1][0]}: the checks after it need this fixed first)")
    return 1 if any(problems for _, problems, _ in results) else 0


if __name__ == "__main__":
    sys.exit(main())

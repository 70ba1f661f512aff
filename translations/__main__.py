"""The translations record, from the command line:

  python -m translations check               unrecorded drift between the languages (exit 1)
  python -m translations record [--new ru/endpoints#pricing ...] [--editorial ja/*#* ...]
                                             write data/translations.yml for the pages as they are
  python -m translations report              where every section stands, with the diffs to translate

`--new locale/page#anchor` says that a change in a language that was out of date is a new
change (the others fall out of date), not its catch-up; page and anchor may be '*'.
`--editorial locale/page#anchor` says a change needs no translation (a typo, a glossary term,
punctuation): nobody falls out of date; locale, page and anchor may be '*'."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from . import drift, record
from .history import earlier_text
from .report import report
from .sections import SectionError

ROOT = Path(__file__).resolve().parent.parent
SPEC = re.compile(r"^(?P<locale>[\w*-]+)/(?P<page>[\w/*-]+)#(?P<anchor>[\w*-]+)$")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m translations", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("check", "record", "report"))
    parser.add_argument("--new", action="append", default=[], metavar="LOCALE/PAGE#ANCHOR")
    parser.add_argument("--editorial", action="append", default=[], metavar="LOCALE/PAGE#ANCHOR")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    locales = record.guide_locales(args.root)
    try:
        now, recorded = record.current(args.root, locales), record.load(args.root)
        new = {_spec("--new", spec, locales) for spec in args.new}
        editorial = {_spec("--editorial", spec, locales + ["*"]) for spec in args.editorial}
    except (SectionError, ValueError) as error:
        print(error, file=sys.stderr)
        return 2
    if args.command == "check":
        problems = drift.problems(recorded, now, locales)
        print("\n".join(problems) or "The translations record matches the pages.")
        return 1 if problems else 0
    if args.command == "report":
        print(report(recorded, now, locales))
        return 0
    record.dump(args.root, drift.updated(recorded, now, locales, dt.date.today(), earlier_text(args.root), new,
                                editorial))
    print(report(record.load(args.root), now, locales))
    return 0


def _spec(option: str, spec: str, locales: list[str]) -> tuple[str, str, str]:
    found = SPEC.match(spec)
    if not found or found["locale"] not in locales:
        raise ValueError(f"{option} {spec}: expected LOCALE/PAGE#ANCHOR with LOCALE one of {', '.join(locales)}")
    return found["locale"], found["page"], found["anchor"]


if __name__ == "__main__":
    sys.exit(main())

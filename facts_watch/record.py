"""The record: each watched page as it read when the facts were last checked, in
data/watched-pages/ (one Markdown file per page, by its name in `sources:`, and record.yml
with where and when each was read, and each file's fingerprint: a file cut short or edited by
hand is refused). It is data, reviewed in pull requests like the rest: a re-record shows, as a
diff, how an official page changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from authored_files import AuthoredFileError, read_text
from macros.loading import FACTS_FILE, DataError, load_file

from .sections import Section, from_markdown, to_markdown

FOLDER = Path("data/watched-pages")
INDEX = FOLDER / "record.yml"
HEADER = """\
# What the facts watch (`make facts-watch`) compares the official pages with: each page as it
# read when the facts citing it were last checked. Written by `make facts-watch-record`; the
# text of each page is in <name>.md beside this file, as the watch reads it (sections of plain
# text: no markup, no link targets), and its fingerprint here (a file cut short is refused).
"""


class RecordedPage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(pattern=r"^https://\S+$")
    read_from: str = Field(pattern=r"^https://\S+$")  # the Markdown version, or the page itself
    recorded: dt.date
    note: str | None = None  # e.g. that only the page's opening could be read


class IndexEntry(RecordedPage):
    # Of <name>.md as save() wrote it: a file cut short, or edited by hand, no longer matches.
    fingerprint: str = Field(pattern=r"^[0-9a-f]{12}$")


class Index(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pages: dict[str, IndexEntry] = {}


@dataclass(frozen=True)
class Recorded:
    page: RecordedPage
    sections: list[Section]


def load(root: Path) -> dict[str, Recorded]:
    """Every recorded page; a missing, empty, cut or unreadable file is a DataError naming it."""
    if not (root / INDEX).exists():
        return {}
    index = load_file(root, INDEX, Index)
    unlisted = sorted(p.stem for p in (root / FOLDER).glob("*.md") if p.stem not in index.pages)
    if unlisted:  # save() leaves no page it does not list: record.yml lost its end
        more = f" and {len(unlisted) - 3} more" if len(unlisted) > 3 else ""
        raise DataError(f"{INDEX}: does not list {', '.join(unlisted[:3])}{more}, whose text is in {FOLDER}/: "
                        "cut short? Restore it from git")
    pages = {}
    for name, page in index.pages.items():
        path = FOLDER / f"{name}.md"
        try:
            text = read_text(root / path, path)
        except FileNotFoundError:
            raise DataError(f"{path}: missing (record.yml lists {name}); run `make facts-watch-record "
                            f"PAGES={name}`") from None
        except AuthoredFileError as error:
            raise DataError(str(error)) from None
        sections = from_markdown(text)
        if not any(section.lines for section in sections):
            raise DataError(f"{path}: no text (empty or cut short); run `make facts-watch-record PAGES={name}`")
        if fingerprint(text) != page.fingerprint:
            raise DataError(f"{path}: not the text record.yml recorded (fingerprint {fingerprint(text)}, recorded "
                            f"{page.fingerprint}): cut short or edited by hand; restore it from git, or run "
                            f"`make facts-watch-record PAGES={name}`")
        pages[name] = Recorded(page, sections)
    return pages


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class _Plain(yaml.SafeDumper):
    """Every value written out: pages recorded the same day share one date object, which the
    default dumper would write once as an &anchor and then as aliases."""

    def ignore_aliases(self, data) -> bool:
        return True


def save(root: Path, pages: dict[str, Recorded]) -> None:
    """Write the record: the given pages, every other page's file removed."""
    folder = root / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.md"):
        if stale.stem not in pages:
            stale.unlink()
    texts = {name: to_markdown(recorded.sections) for name, recorded in pages.items()}
    for name, text in texts.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    index = {name: {**recorded.page.model_dump(exclude_none=True, exclude={"fingerprint"}),
                    "fingerprint": fingerprint(texts[name])} for name, recorded in sorted(pages.items())}
    text = yaml.dump({"pages": index}, Dumper=_Plain, sort_keys=False, allow_unicode=True, width=110)
    (root / INDEX).write_text(HEADER + text, encoding="utf-8")


def move_facts_checked(root: Path, day: dt.date) -> None:
    """Set `facts_checked` in data/bedrock.yml, keeping every comment and line as it is."""
    path = root / FACTS_FILE
    text = path.read_text(encoding="utf-8")
    moved, count = re.subn(r"(?m)^facts_checked:.*$", f"facts_checked: {day.isoformat()}", text)
    if count != 1:
        raise DataError(f"{FACTS_FILE}: facts_checked: expected one line `facts_checked: <date>`, found {count}")
    path.write_text(moved, encoding="utf-8")

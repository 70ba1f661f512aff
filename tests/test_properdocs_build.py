"""Promise: the site builds with ProperDocs too, and gives the same pages.

ProperDocs is a drop-in fork of mkdocs 1.x: the way out if mkdocs itself can no longer be used,
keeping mkdocs.yml, the hooks, the plugins and Material as they are (README, "The stack's
future"). The real project is built once with ProperDocs, strictly and in the same clean
environment as every build, and every file is compared with the session's mkdocs build: the
same bytes, or a difference that one of RULES names. That comparison is also the proof that
builds are reproducible (same input, same bytes): a second build, in another process with its own
hash seed, may differ from the first only where a rule says why.

All four languages are built. A French-only build (BUILD_ONLY_LOCALE=fr) would be faster, but
it puts French at the site root: its canonical and hreflang addresses and every relative path
differ from the fr/ folder of the full build, so the two cannot be compared file by file."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest

from site_build import ROOT, build

from .support import once_per_run


@dataclass(frozen=True)
class Rule:
    """A known difference: `properdocs` in ProperDocs's file stands where mkdocs writes `mkdocs`."""
    why: str
    suffix: str
    properdocs: bytes
    mkdocs: bytes


def _generator_tag(generator: str) -> bytes:
    return (f'<meta name="generator" content="mkdocs-{generator}, '
            f'mkdocs-material-{version("mkdocs-material")}">').encode()


RULES = (
    # ProperDocs hands the theme "ProperDocs <version>" as mkdocs_version; Material prints it.
    Rule("Material's generator meta tag names the generator and its version",
         ".html", _generator_tag(f"ProperDocs {version('properdocs')}"), _generator_tag(version("mkdocs"))),
)


def _as_mkdocs_writes_it(path: Path, content: bytes, used: set[str]) -> bytes:
    """ProperDocs's file with each rule's difference put back, once per file, as mkdocs writes it."""
    for rule in RULES:
        if path.suffix == rule.suffix and rule.properdocs in content:
            content = content.replace(rule.properdocs, rule.mkdocs, 1)
            used.add(rule.why)
    return content


def _first_difference(path: Path, by_mkdocs: bytes, by_properdocs: bytes) -> str:
    if not (_is_text(by_mkdocs) and _is_text(by_properdocs)):  # pagefind's fragments, sitemap.xml.gz, images
        pairs = enumerate(zip(by_mkdocs, by_properdocs))
        offset = next((i for i, (a, b) in pairs if a != b), min(len(by_mkdocs), len(by_properdocs)))
        return f"{path}: binary, first different byte at offset {offset}"
    mkdocs_lines, properdocs_lines = by_mkdocs.splitlines(), by_properdocs.splitlines()
    for number, (left, right) in enumerate(zip(mkdocs_lines, properdocs_lines), start=1):
        if left != right:
            return (f"{path}:{number}:\n  mkdocs:     {_shown(left)}\n  ProperDocs: {_shown(right)}")
    shorter = "ProperDocs" if len(properdocs_lines) < len(mkdocs_lines) else "mkdocs"
    return f"{path}:{min(len(mkdocs_lines), len(properdocs_lines)) + 1}: {shorter}'s file ends here"


def _shown(line: bytes) -> str:
    return repr(line.decode("utf-8").strip()[:200])


def _is_text(content: bytes) -> bool:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _files(site: Path) -> dict[Path, Path]:
    return {path.relative_to(site): path for path in site.rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def properdocs_build(tmp_path_factory, worker_id):
    return once_per_run(tmp_path_factory, worker_id, "properdocs-site",
                        lambda folder: build(ROOT, folder / "site", generator="properdocs"))


def test_properdocs_builds_the_site_strictly_saying_nothing_to_act_on(properdocs_build):
    assert properdocs_build.returncode == 0, properdocs_build.log
    assert properdocs_build.warnings() == []
    # The notes hooks/read_sources.py drops under mkdocs, and ProperDocs's request to rename
    # mkdocs.yml (the build names the file instead).
    notes = ("extra.alternate", "Template skipped", "properdocs.yml")
    assert [line for line in properdocs_build.log.splitlines() if any(note in line for note in notes)] == []


def test_properdocs_gives_the_same_files_as_mkdocs(site, properdocs_build):
    assert properdocs_build.returncode == 0, properdocs_build.log
    mkdocs_files, properdocs_files = _files(site), _files(properdocs_build.site)
    assert sorted(map(str, mkdocs_files.keys() - properdocs_files.keys())) == [], "only mkdocs wrote these"
    assert sorted(map(str, properdocs_files.keys() - mkdocs_files.keys())) == [], "only ProperDocs wrote these"
    used: set[str] = set()
    unexplained = []
    for path in sorted(mkdocs_files):
        by_mkdocs, by_properdocs = mkdocs_files[path].read_bytes(), properdocs_files[path].read_bytes()
        if by_mkdocs == by_properdocs:
            continue
        if by_mkdocs != (by_properdocs := _as_mkdocs_writes_it(path, by_properdocs, used)):
            unexplained.append(_first_difference(path, by_mkdocs, by_properdocs))
    if unexplained:
        pytest.fail(f"{len(unexplained)} files differ where no rule explains it:\n" + "\n".join(unexplained[:10]),
                    pytrace=False)
    # A rule no file needs any more is a difference that went away: drop it.
    assert {rule.why for rule in RULES} - used == set(), "rules no file needs"

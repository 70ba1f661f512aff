"""The publishing run: the site that gets deployed is the build every test read, not a second
build. With TESTED_SITE_DIR set (the workflow sets `site`), the session's one build of the
real project goes there instead of a temporary folder, for SITE_URL and the last commit's
date; its files' digests are written next to the test artifacts, and the run fails if any
file differs from them when the tests are done."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from site_build import BUILD_DATE, ROOT

TESTED_SITE_DIR = os.environ.get("TESTED_SITE_DIR")
DIGESTS = ROOT / "test-artifacts/tested-site.sha256"


def refusals() -> list[str]:
    """Why TESTED_SITE_DIR cannot be published from this run, checked before anything builds."""
    if not TESTED_SITE_DIR:
        return []
    target, problems = (ROOT / TESTED_SITE_DIR).resolve(), []
    if not os.environ.get("SITE_URL"):
        problems.append("SITE_URL is not set: give the address the site is published at")
    if BUILD_DATE == "0":
        problems.append("SOURCE_DATE_EPOCH is 0: git could not read the last commit, so the sitemap would "
                        "date every page 1970 (in a container, mark the checkout a git safe.directory)")
    if ROOT not in target.parents or (target.is_dir() and any(target.iterdir())
                                      and not (target / "sitemap.xml").exists()):
        problems.append("the build empties that folder first: name a new folder inside the project, "
                        "or one an earlier build wrote (like `site`)")
    return [f"TESTED_SITE_DIR={TESTED_SITE_DIR}: {problem}" for problem in problems]


def folder(scratch: Path) -> Path:
    """Where the session builds the site: TESTED_SITE_DIR if set, else `scratch`."""
    return (ROOT / TESTED_SITE_DIR).resolve() if TESTED_SITE_DIR else scratch


def record(site: Path) -> None:
    """Writes the digests of the build the tests are about to read (sha256sum's format)."""
    if not TESTED_SITE_DIR:
        return
    DIGESTS.parent.mkdir(parents=True, exist_ok=True)
    DIGESTS.write_text("".join(f"{digest}  {path}\n" for path, digest in _digests(site).items()),
                       encoding="utf-8")


def forget() -> None:
    DIGESTS.unlink(missing_ok=True)


def changes() -> list[str]:
    """What differs between TESTED_SITE_DIR now and the build the tests read: nothing, or
    the reasons not to deploy it."""
    if not TESTED_SITE_DIR:
        return []
    if not DIGESTS.exists():
        return [f"TESTED_SITE_DIR={TESTED_SITE_DIR}: this run did not build the site, so nothing in it was tested"]
    lines = DIGESTS.read_text(encoding="utf-8").splitlines()
    recorded = {path: digest for digest, path in (line.split("  ", 1) for line in lines)}
    now = _digests(ROOT / TESTED_SITE_DIR)
    return ([f"{path}: changed after the build" for path in sorted(now.keys() & recorded.keys())
             if now[path] != recorded[path]]
            + [f"{path}: written after the build" for path in sorted(now.keys() - recorded.keys())]
            + [f"{path}: removed after the build" for path in sorted(recorded.keys() - now.keys())])


def _digests(site: Path) -> dict[str, str]:
    return {path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(site.rglob("*")) if path.is_file()}

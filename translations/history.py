"""A section's earlier text, found in the repository's history by its recorded fingerprint:
what the report diffs against. Only `make translations-record` asks, in an author's checkout;
without git (a tarball) the answer is "not known" and nothing else changes."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .sections import SectionError, sections

DEPTH = 200  # commits of one file's history to look through


def earlier_text(root: Path):
    """A function (locale, page, anchor, fingerprint) -> the section's text with that
    fingerprint, from the last committed versions of the page, or None."""
    def find(locale: str, page: str, anchor: str, fingerprint: str) -> str | None:
        path = f"docs/{locale}/{page}.md"
        for commit in _git(root, "log", f"-{DEPTH}", "--format=%H", "--", path).split():
            try:
                found = sections(_git(root, "show", f"{commit}:{path}"), path)
            except SectionError:
                continue
            match = next((s for s in found if s.anchor == anchor and s.fingerprint == fingerprint), None)
            if match:
                return match.text
        return None
    return find


def _git(root: Path, *args: str) -> str:
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout if result.returncode == 0 else ""

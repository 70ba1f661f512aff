"""Where a build's time goes, profiled with pyinstrument and attributed to its owner: our
code (macros/, hooks/ and what they call), the two plugins the bare stack leaves out
(mkdocs-macros, mkdocs-static-i18n; each up to the mkdocs builds it starts), or the stack
every build shares (mkdocs, Material, Markdown, jieba, …). Pagefind's indexing (its hook and
the binary it waits for) is ours too, but reported as its own share: the bare stack's search is
Material's, which indexes in a fraction of the time."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

from site_build import ROOT

from .timing import PYTHON, environment

# The first owner whose marker is in a frame's file takes it: Pagefind's hook before our other hooks.
OWNERS = {"pagefind": str(ROOT / "hooks/pagefind_search.py"),
          "macros": str(ROOT / "macros") + "/", "hooks": str(ROOT / "hooks") + "/",
          "mkdocs-macros": "/mkdocs_macros/", "mkdocs-static-i18n": "/mkdocs_static_i18n/"}
OURS = ("macros", "hooks")


def build_profile(folder: Path) -> dict[str, float]:
    """Seconds of one profiled strict build of the project, per owner (plus 'total')."""
    report = folder / "build-profile.json"
    command = [PYTHON, "-m", "pyinstrument", "--renderer", "json", "--outfile", str(report),
               "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(folder / "site")]
    result = subprocess.run(command, cwd=ROOT, env=environment(), capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"the profiled build failed:\n{result.stdout}{result.stderr}")
    root = json.loads(report.read_text(encoding="utf-8"))["root_frame"]
    seconds: Counter = Counter()
    _attribute(root, "stack", seconds)
    return {**seconds, "total": root["time"]}


def _attribute(frame: dict, owner: str, seconds: Counter) -> None:
    path = frame.get("file_path") or ""
    if frame.get("function") == "build" and path.endswith("mkdocs/commands/build.py"):
        owner = "stack"  # a build started by a plugin is the stack's work again
    owner = next((name for name, marker in OWNERS.items() if marker in path), owner)
    children = frame.get("children", [])
    seconds[owner] += frame["time"] - sum(child["time"] for child in children)
    for child in children:
        _attribute(child, owner, seconds)


def shares(seconds: dict[str, float]) -> dict[str, float]:
    """Each owner's share of the build, and ours together."""
    total = seconds["total"]
    result = {name: seconds.get(name, 0.0) / total for name in ["stack", *OWNERS]}
    result["ours"] = sum(result[name] for name in OURS)
    return result

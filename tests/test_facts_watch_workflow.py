"""Promise: the weekly facts-watch workflow keeps exactly one issue in step with the watch:
it opens one when something needs a look, updates it while differences remain, closes it on
the first all-clear run, and fails (filing nothing) when the watch could not run. The report
step's own shell runs here against a stand-in `gh` that logs what it is asked."""

from __future__ import annotations

import os
import subprocess

import pytest
import yaml

from site_build import ROOT

WORKFLOW = yaml.safe_load((ROOT / ".github/workflows/facts-watch.yml").read_text(encoding="utf-8"))
STEPS = {step.get("name"): step for job in WORKFLOW["jobs"].values() for step in job["steps"]}
GH = """#!/bin/sh
echo "gh $*" >> "$GH_LOG"
if [ "$1 $2" = "issue list" ]; then printf '%s' "$OPEN_ISSUE"; fi
"""


def file_the_report(tmp_path, statuses: dict[str, str], open_issue: str = "") -> tuple[int, list[str]]:
    for part, status in statuses.items():
        (tmp_path / f"status-{part}").write_text(status + "\n")
        (tmp_path / f"report-{part}.md").write_text(f"# Facts watch ({part})\n")
    (tmp_path / "bin").mkdir(exist_ok=True)
    (tmp_path / "bin/gh").write_text(GH)
    (tmp_path / "bin/gh").chmod(0o755)
    env = {"PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}", "GH_LOG": str(tmp_path / "gh.log"),
           "OPEN_ISSUE": open_issue, "RUN_URL": "https://github.test/run/1", "GH_TOKEN": "none", "GH_REPO": "o/r"}
    result = subprocess.run(["bash", "-c", STEPS["File the report"]["run"]], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=30)
    log = (tmp_path / "gh.log").read_text().splitlines() if (tmp_path / "gh.log").exists() else []
    return result.returncode, [line for line in log if line.startswith("gh issue ") and "issue list" not in line]


def test_something_to_look_at_opens_one_issue(tmp_path):
    code, calls = file_the_report(tmp_path, {"pages": "1"})
    assert code == 0 and len(calls) == 1 and calls[0].startswith("gh issue create ")
    assert "--body-file report.md" in calls[0]
    assert (tmp_path / "report.md").read_text().startswith("# Facts watch (pages)")


def test_differences_that_remain_update_the_open_issue(tmp_path):
    code, calls = file_the_report(tmp_path, {"pages": "0", "catalog": "1"}, open_issue="7")
    assert code == 0 and [c.split()[:4] for c in calls] == [["gh", "issue", "edit", "7"], ["gh", "issue", "comment", "7"]]


@pytest.mark.parametrize("open_issue, expected", [("7", [["gh", "issue", "close", "7"]]), ("", [])])
def test_all_clear_closes_the_open_issue(tmp_path, open_issue, expected):
    code, calls = file_the_report(tmp_path, {"pages": "0"}, open_issue)
    assert code == 0 and [c.split()[:4] for c in calls] == expected


def test_a_watch_that_could_not_run_fails_and_files_nothing(tmp_path):
    code, calls = file_the_report(tmp_path, {"pages": "2"}, open_issue="7")
    assert code != 0 and calls == []


def test_the_watch_steps_keep_the_watch_s_own_exit_status():
    """`make` would turn the watch's 1 ("needs a look") into 2 ("could not run")."""
    for name in ("Watch the pages", "Watch the catalog"):
        script = STEPS[name]["run"]
        assert ".venv/bin/python -m facts_watch" in script and "make facts-watch" not in script

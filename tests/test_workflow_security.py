"""Promise: publishing runs with least privilege. zizmor, pinned in requirements.txt, audits
everything under .github (the workflow, the Dependabot configuration) offline, as its most
suspicious persona, and finds nothing; a file it cannot read as a workflow fails too. A
finding it would make is silenced only in place, on its own line, with the reason. Each job
holds only the permissions it uses, every action is pinned to a commit with its version
beside it, and every pin the project has gets update proposals."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from site_build import ROOT

GITHUB = ROOT / ".github"
WORKFLOW = GITHUB / "workflows/publish.yml"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
SILENCE = re.compile(r"#\s*zizmor:\s*ignore\[([a-z0-9-]+)\](.*)")


def audit(folder: Path, *options: str) -> tuple[list[dict], set[str]]:
    """zizmor's findings on `folder`, and the files it audited (relative to its parent)."""
    zizmor = Path(sys.executable).with_name("zizmor")
    if not zizmor.exists():
        pytest.fail(f"{zizmor} is missing: `make test` installs it from requirements.txt", pytrace=False)
    command = [str(zizmor), "--offline", "--no-config", "--persona=auditor", "--format=json",
               "--no-exit-codes", "--strict-collection", *options, folder.name]
    # No token in its environment: offline, it could not use one anyway.
    result = subprocess.run(command, cwd=folder.parent, capture_output=True, text=True, timeout=60,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(folder.parent)})
    if result.returncode != 0:
        pytest.fail(f"zizmor could not audit {folder}:\n{result.stderr}", pytrace=False)
    audited = set(re.findall(r"completed (\S+)", result.stderr))
    return json.loads(result.stdout), audited


def test_the_audit_finds_nothing_and_covers_every_file():
    findings, audited = audit(GITHUB)
    described = [f"{f['ident']} at {f['locations'][0]['concrete']['feature'].strip()}" for f in findings]
    assert described == []
    assert audited == {path.relative_to(ROOT).as_posix() for path in GITHUB.rglob("*.yml")}


def test_each_silenced_finding_says_why_on_its_own_line():
    findings, _ = audit(GITHUB, "--no-ignores")
    silenced = []
    for finding in findings:
        comments = [c for loc in finding["locations"] for c in loc["concrete"]["comments"]]
        reasons = [m.group(2).strip() for c in comments if (m := SILENCE.search(c)) and m.group(1) == finding["ident"]]
        assert reasons, f"{finding['ident']} is not silenced on its line: {finding['locations'][0]['concrete']}"
        assert all(len(reason.split()) >= 3 for reason in reasons), f"{finding['ident']}: say why it is silenced"
        silenced.append(finding["ident"])
    in_files = [m.group(1) for path in GITHUB.rglob("*.yml")
                for m in SILENCE.finditer(path.read_text(encoding="utf-8"))]
    assert sorted(in_files) == sorted(silenced), "a silencing comment with nothing left to silence"


def test_the_audit_catches_what_the_workflow_used_to_do(tmp_path):
    """The old workflow's mistakes, put back into a copy: each is found again."""
    copy = tmp_path / ".github"
    shutil.copytree(GITHUB, copy)
    workflow = copy / "workflows/publish.yml"
    text = workflow.read_text(encoding="utf-8")
    for old, new in [(re.search(r"actions/checkout@\S+", text).group(), "actions/checkout@v7"),
                     ("persist-credentials: false", "fetch-tags: false"),
                     ("permissions: {}", "permissions:\n  pages: write  # for every job"),
                     ("run: .ci/run", 'run: SITE_URL="${{ steps.pages.outputs.base_url }}/" .ci/run')]:
        assert old in text
        text = text.replace(old, new, 1)
    workflow.write_text(text, encoding="utf-8")
    findings, _ = audit(copy)
    assert {f["ident"] for f in findings} == {"unpinned-uses", "artipacked", "excessive-permissions",
                                              "template-injection"}


# What each job of each workflow may do: nothing else, and nothing by default.
PERMISSIONS = {
    "publish.yml": {"build": {"contents": "read", "pages": "read"},
                    "deploy": {"pages": "write", "id-token": "write"}},
    # The facts watch: reading pages needs the repository only; the optional catalog job assumes
    # a read-only AWS role through OIDC; only the job that files the report touches issues.
    "facts-watch.yml": {"pages": {"contents": "read"}, "catalog": {"contents": "read", "id-token": "write"},
                        "report": {"issues": "write"}},
}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_each_job_holds_only_what_it_uses(path):
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert workflow["permissions"] == {}
    assert {job: spec["permissions"] for job, spec in workflow["jobs"].items()} == PERMISSIONS[path.name]


def test_the_facts_watch_job_that_writes_issues_runs_no_code_from_the_repository():
    report = yaml.safe_load((GITHUB / "workflows/facts-watch.yml").read_text(encoding="utf-8"))["jobs"]["report"]
    assert not any("checkout" in step.get("uses", "") for step in report["steps"])


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version_beside_it(path):
    uses = re.findall(r"uses:\s*(\S+)(.*)", path.read_text(encoding="utf-8"))
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r"\s+#\s*v\d+\.\d+\.\d+", comment), f"{action}: write its version beside it"


def test_every_pin_gets_update_proposals():
    """Dependabot watches each file that pins something: the workflow's actions, the Python
    packages and the npm packages, each proposal held back a week (cooldown)."""
    config = yaml.safe_load((GITHUB / "dependabot.yml").read_text(encoding="utf-8"))
    watched = {(u["package-ecosystem"], u["directory"]) for u in config["updates"]}
    pins = {("github-actions", "/"): ".github/workflows", ("pip", "/"): "requirements.txt",
            ("npm", "/"): "package-lock.json"}
    assert all((ROOT / path).exists() for path in pins.values())
    assert watched == set(pins)
    assert all(u["cooldown"]["default-days"] >= 7 for u in config["updates"])

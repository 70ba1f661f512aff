"""Promise: publishing is one command and one workflow. `make build` writes a site that loads
nothing from other hosts; the GitHub Actions workflow runs the whole test suite, browser
tests included, and deploys the very build those tests read."""

from __future__ import annotations

import re
import shutil
from urllib.parse import urlsplit

import yaml

from . import published_site
from site_build import ROOT, SITE_URL, html

WORKFLOW = ROOT / ".github/workflows/publish.yml"


def test_the_site_loads_nothing_from_other_hosts(site):
    """`make build` is self-contained: scripts, styles, fonts, icons and images all come
    from the site itself (links to other sites are fine; loading from them is not)."""
    loads = [("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src")]
    outside = []
    for path in sorted(site.rglob("*.html")):
        page = html(path)
        for tag, attribute in loads:
            for element in page.find_all(tag, attrs={attribute: True}):
                url = element[attribute]
                if urlsplit(url).netloc and not url.startswith(SITE_URL):
                    outside.append(f"{path.relative_to(site)}: <{tag} {attribute}={url!r}>")
    for path in sorted(site.rglob("*.css")):
        text = path.read_text(encoding="utf-8")
        outside += [f"{path.relative_to(site)}: {m}" for m in re.findall(r"@import[^;]*|url\(\s*['\"]?(?:https?:)?//[^)]*\)", text)]
    assert outside == []


def test_the_workflow_deploys_the_very_build_its_tests_passed_on():
    """One build: `.ci/run` (make test, REQUIRE_BROWSER=1) builds the site for the Pages address
    into TESTED_SITE_DIR, every test reads that build, and that folder is what is uploaded and
    deployed; nothing else builds. Pull requests are tested and never deployed."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    steps = build["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    test = next(i for i, step in enumerate(steps) if step.get("run") == ".ci/run")
    upload = uses.index("actions/upload-pages-artifact")
    assert uses.index("actions/configure-pages") < test < upload
    env = steps[test]["env"]
    assert env["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"  # passed as data, not as shell
    assert steps[upload]["with"]["path"] == env["TESTED_SITE_DIR"]
    assert not any(re.search(r"\b(make|mkdocs)\b", step.get("run", "")) for step in steps)  # no second build
    assert "make test" in (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert deploy["needs"] == "build"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    not_on_pull_requests = "github.event_name != 'pull_request'"
    assert steps[upload]["if"] == deploy["if"] == not_on_pull_requests


def test_a_publishing_run_refuses_what_it_cannot_deploy_honestly(monkeypatch):
    """Before anything builds: no published address, no commit date (git could not read the
    checkout), or a folder the build would empty that is not a site."""
    monkeypatch.setattr(published_site, "TESTED_SITE_DIR", "docs")
    monkeypatch.setattr(published_site, "BUILD_DATE", "0")
    monkeypatch.delenv("SITE_URL", raising=False)
    no_url, no_date, not_a_site = published_site.refusals()
    assert no_url.startswith("TESTED_SITE_DIR=docs: SITE_URL is not set")
    assert "SOURCE_DATE_EPOCH is 0" in no_date and "safe.directory" in no_date
    assert "the build empties that folder first" in not_a_site
    monkeypatch.setattr(published_site, "TESTED_SITE_DIR", "../site")
    assert [r for r in published_site.refusals() if "empties" in r]  # outside the project
    monkeypatch.setattr(published_site, "TESTED_SITE_DIR", "site-to-publish")
    monkeypatch.setattr(published_site, "BUILD_DATE", "1767225600")
    monkeypatch.setenv("SITE_URL", "https://example.org/guide/")
    assert published_site.refusals() == []


def test_a_file_changed_after_the_build_stops_the_deploy(site, tmp_path, monkeypatch):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    monkeypatch.setattr(published_site, "TESTED_SITE_DIR", str(copy))
    monkeypatch.setattr(published_site, "DIGESTS", tmp_path / "tested-site.sha256")
    assert published_site.changes() == [f"TESTED_SITE_DIR={copy}: this run did not build the site, "
                                         "so nothing in it was tested"]
    published_site.record(copy)
    assert published_site.changes() == []
    (copy / "fr/index.html").write_text("<p>changed</p>", encoding="utf-8")
    (copy / "ja/404.html").unlink()
    (copy / "notes.txt").write_text("", encoding="utf-8")
    assert published_site.changes() == ["fr/index.html: changed after the build",
                                        "notes.txt: written after the build",
                                        "ja/404.html: removed after the build"]

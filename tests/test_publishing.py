"""Promise: publishing is one command and one workflow. `make build` writes a site that loads
nothing from other hosts; the GitHub Actions workflow runs the whole test suite, browser
tests included, and deploys the very build those tests read."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import yaml
from bs4 import BeautifulSoup

from .project import ROOT, SITE_URL

WORKFLOW = ROOT / ".github/workflows/publish.yml"


def test_the_site_loads_nothing_from_other_hosts(site):
    """`make build` is self-contained: scripts, styles, fonts, icons and images all come
    from the site itself (links to other sites are fine; loading from them is not)."""
    loads = [("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src")]
    outside = []
    for path in sorted(site.rglob("*.html")):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
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

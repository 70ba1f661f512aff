"""Promise: publishing is one command and one workflow. `make build` writes a site that loads
nothing from other hosts; the GitHub Actions workflow runs the whole test suite, browser
tests included, before it builds for the Pages address and deploys site/."""

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


def test_the_workflow_tests_then_builds_for_pages_then_deploys():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    runs = [step.get("run", "") for step in build["steps"]]
    uses = [step.get("uses", "").split("@")[0] for step in build["steps"]]
    test_step = runs.index(".ci/run")  # make test with REQUIRE_BROWSER=1, as CI runs it
    build_step = next(i for i, run in enumerate(runs) if run.startswith("make build SITE_URL="))
    assert test_step < build_step < uses.index("actions/upload-pages-artifact")
    assert build["steps"][uses.index("actions/upload-pages-artifact")]["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    assert "make test" in (ROOT / ".ci/run").read_text(encoding="utf-8")

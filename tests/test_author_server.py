"""Promise: `make serve` survives an author's mistakes. On a copy of the project, started as the
Makefile starts it: a broken macro call, data file, language file, style guide, translations
record or mkdocs.yml, a deleted code sample and a broken link (a warning `--strict` fails) each
make the page in the browser show the build's own message, by itself, while the server process stays the same one; every other page and a page's
Markdown twin answer with the failure too (nothing stale); each fix brings the page back
without a restart."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from html import unescape
from pathlib import Path

import pytest

from bench.serve import free_port
from site_build import PROJECT_PARTS, ROOT, TOOL_PARTS, build_environment, copy_project

from .browser import screenshot_path

LOCALE = "fr"  # one language, served at the root: what `make serve LOCALE=fr` does
PAGE, OTHER_PAGE = "logging/", "setup/"
TITLE = "Journalisation de l’activité"
WAIT_MS = 60_000  # a rebuild takes about a second; the machine may be busy


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8-sig")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


@contextmanager
def author_server(project: Path):
    """`python -m author_server` in a copy of the project, as `make serve LOCALE=fr` starts it
    (the site at the server's root); its address and process, once it answers."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log_path = project.parent / "server.log"
    with log_path.open("w", encoding="utf-8") as log:
        server = subprocess.Popen([sys.executable, "-m", "author_server", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=project, env=build_environment(BUILD_ONLY_LOCALE=LOCALE, SITE_URL=url),
                                  stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until(lambda: fetch(url + PAGE)[0], "the server answers", server, log_path)
            yield url, server
        finally:
            server.terminate()
            server.wait(timeout=30)


def wait_until(condition, what: str, server, log_path: Path):
    deadline = time.monotonic() + WAIT_MS / 1000
    while not condition():
        assert server.poll() is None, f"the server stopped:\n{log_path.read_text(encoding='utf-8')}"
        assert time.monotonic() < deadline, f"{what}: not within {WAIT_MS / 1000:.0f} s"
        time.sleep(0.2)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("author-server") / "project", PROJECT_PARTS + TOOL_PARTS)
    with author_server(project) as (url, server):
        yield project, url, server


def title(page) -> str:
    return page.locator("article h1").inner_text().replace("¶", "").strip()


def edit(path: Path, change) -> str:
    """Apply `change` to the file's text; the text before, to put back."""
    before = path.read_text(encoding="utf-8")
    path.write_text(change(before), encoding="utf-8")
    return before


MISTAKES = {
    "macro": ("docs/fr/logging.md", lambda text: text + '\n{{ model_name("no-such-model") }}\n',
              "locale fr, page fr/logging.md: model_name('no-such-model'): no model with key 'no-such-model'"),
    "data": ("data/bedrock.yml", lambda text: text.replace("facts_checked:", "facts_checked::", 1),
             "data/bedrock.yml"),
    "sample": ("snippets/make_request", None, "make_request"),  # the folder deleted
    "strict warning": ("docs/fr/logging.md", lambda text: text + "\n[Lien](nulle-part.md)\n", "nulle-part.md"),
    "language's words": ("data/i18n/fr.yml", lambda text: text.replace("\npermalink_title:", "\npermalink_titel:"),
                         "data/i18n/fr.yml"),
    "style guide": ("data/i18n/style/fr.yml", lambda text: "", "data/i18n/style/fr.yml: the file is empty"),
    "translations record": ("data/translations.yml", lambda text: text.rsplit("\n...", 1)[0] + "\n",
                            "data/translations.yml"),
    "mkdocs.yml": ("mkdocs.yml", lambda text: text.replace("          site_name: Claude sur Amazon Bedrock\n",
                                                          "          site_name: Claude sur Amazon Bedrock\n" * 2),
                   "key 'site_name' appears twice"),
}


def test_every_mistake_shows_in_the_page_and_its_fix_brings_the_page_back(browser, served):
    project, url, server = served
    pid = server.pid
    page = browser.new_page()
    try:
        page.goto(url + PAGE)
        assert title(page) == TITLE
        for name, (relative, change, message) in MISTAKES.items():
            path = project / relative
            kept = project.parent / "kept"
            if change is None:
                shutil.move(path, kept)
            else:
                before = edit(path, change)
            try:
                # No reload by the test: the page's own live reload brings the failure.
                page.wait_for_selector("#build-failure", timeout=WAIT_MS)
                shown = page.locator("#build-failure").inner_text()
                assert message in shown, f"{name}: the page says {shown!r}"
                if name in ("macro", "data"):
                    page.screenshot(path=screenshot_path(f"serve-error-{name}"))
                for stale in (OTHER_PAGE, OTHER_PAGE + "index.html.md", "llms.txt"):
                    status, text = fetch(url + stale)
                    assert status == 500 and message in unescape(text), f"{name}: {stale} was served as if current"
                assert server.poll() is None and server.pid == pid, f"{name}: the server stopped"
            finally:
                if change is None:
                    shutil.move(kept, path)
                else:
                    path.write_text(before, encoding="utf-8")
            page.wait_for_selector("article h1", timeout=WAIT_MS)
            assert title(page) == TITLE, f"{name}: the page did not come back"
            assert fetch(url + OTHER_PAGE)[0] == 200
    finally:
        page.close()
    assert server.poll() is None and server.pid == pid
    assert "Traceback" not in (project.parent / "server.log").read_text(encoding="utf-8")


def test_a_server_started_on_a_broken_page_shows_the_failure_until_the_fix(tmp_path):
    project = copy_project(tmp_path / "project", PROJECT_PARTS + TOOL_PARTS)
    relative, change, message = MISTAKES["macro"]
    before = edit(project / relative, change)
    with author_server(project) as (url, server):
        status, text = fetch(url + PAGE)
        assert status == 500 and message in unescape(text), "the first build's failure is not served"
        (project / relative).write_text(before, encoding="utf-8")
        wait_until(lambda: fetch(url + PAGE)[0] == 200, "the page back after the fix", server,
                   project.parent / "server.log")


def test_the_makefile_starts_this_server():
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nserve:", 1)[1].split("\n\n", 1)[0]
    assert "-m author_server" in recipe and "mkdocs serve" not in recipe

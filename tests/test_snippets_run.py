"""Promise: every code block a reader can copy, in every language, works — run with the real
SDKs (anthropic[bedrock], boto3, awscli, @anthropic-ai/bedrock-sdk) against the fake
Bedrock — and a broken one fails naming its locale, page and block."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.snippets import VARIANTS

from .mutations import BREAKAGES, PAGE_OF_SAMPLE, PASTED_MODEL_ID
from site_build import GUARD, LOCALES, Build
from .support import once_per_run
from snippet_runner.blocks import KINDS, Block, drift, site_blocks
from snippet_runner.run import check_all


@pytest.fixture(scope="module")
def blocks(site) -> list[Block]:
    return site_blocks(site, LOCALES)


def test_every_block_is_classified(blocks):
    assert {block.kind for block in blocks} == set(KINDS)


def test_every_block_of_every_language_runs_against_the_fake(blocks):
    outcomes = check_all(blocks)
    assert sum(len(o.blocks) for o in outcomes) == len(blocks)
    failures = [f"{o.detail}\n  also shown at: {', '.join(b.where for b in o.blocks[1:])}"
                for o in outcomes if not o.ok]
    assert failures == [], "\n".join(failures)


def checked(built: Build, pages: set[str]):
    """The failed runs of a mutated copy's `pages`, and the cross-language drift of their code."""
    assert built.returncode == 0, built.log
    blocks = [b for b in site_blocks(built.site, LOCALES) if b.page in pages]
    by_locale = {locale: [b for b in blocks if b.locale == locale] for locale in LOCALES}
    drifted = [line for locale in LOCALES[1:] for line in drift(by_locale[LOCALES[0]], by_locale[locale],
                                                                      (LOCALES[0], locale))]
    return [o for o in check_all(blocks) if not o.ok], drifted


def test_a_wrong_model_id_in_one_language_fails_there_only(edited_pages_build):
    failures, drifted = checked(edited_pages_build, {"requests"})
    assert len(failures) == 1 and [b.where for b in failures[0].blocks] == [
        "fr/requests#make-requests block 0"]
    assert drifted and all("fr" in line and "requests" in line for line in drifted), drifted
    assert f"refused: no inference profile {PASTED_MODEL_ID} can be called from us-west-2" in failures[0].detail


@pytest.fixture(scope="session")
def broken_runs(tmp_path_factory, worker_id, notices_build):
    """(failed runs, drift) of the broken samples' pages, in the copy that holds them all."""
    pages = {PAGE_OF_SAMPLE[s.split("/")[0]] for s, *_ in BREAKAGES}
    return once_per_run(tmp_path_factory, worker_id, "broken-samples", lambda _: checked(notices_build, pages))


@pytest.mark.parametrize("sample, old, new, reason", BREAKAGES)
def test_a_broken_sample_fails_naming_locale_page_and_block(broken_runs, sample, old, new, reason):
    failures, drifted = broken_runs
    assert drifted == [], "the same broken code is shown in every language"
    page = PAGE_OF_SAMPLE[sample.split("/")[0]]
    mine = [f for f in failures if reason in f.detail and f.blocks[0].page == page
            and f.blocks[0].tab in (VARIANTS[Path(sample).stem], None)]  # None: a sample of one variant
    assert len(mine) == 1, [f.detail for f in failures]
    failure = mine[0]
    assert failure.detail.startswith(f"{failure.blocks[0].where}: ")
    assert {b.locale for b in failure.blocks} == set(LOCALES), "every language shows the broken code"
    assert all(b.page == page for b in failure.blocks)


def test_each_breakage_fails_once_and_nothing_else_fails(broken_runs):
    failures, _ = broken_runs
    assert len(failures) == len(BREAKAGES), [f.detail for f in failures]


def test_a_python_block_runs_as_a_new_process_would(tmp_path):
    """Forked from the preloaded process (snippet_runner/preloaded.py), a block sees its own
    environment, folder, argv and sys.path[0] only, and exits as `python snippet.py` would."""
    from snippet_runner.preloaded import PreloadedPython

    base = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONPATH": str(GUARD), "LEFT_OVER": "x"}
    (tmp_path / "snippet.py").write_text(
        "import os, sys\nprint(sorted(os.environ), os.getcwd(), sys.argv, sys.path[0])\n"
        "if os.environ['CASE'] == 'raise':\n    raise ValueError('told to')\nsys.exit(3)\n", encoding="utf-8")
    block_env = {"PATH": "/usr/bin:/bin", "CASE": "exit", "LOOPBACK_GUARD_LABEL": "a test block"}
    with PreloadedPython(base) as python:
        status, out, err = python.run(tmp_path, block_env, timeout=60)
        assert (status, err) == (3, "")
        assert out == f"{sorted(block_env)} {tmp_path} ['snippet.py'] {tmp_path}\n"
        status, _, err = python.run(tmp_path, {**block_env, "CASE": "raise"}, timeout=60)
        assert status == 1 and err.startswith("Traceback") and err.endswith("ValueError: told to\n")
        (tmp_path / "snippet.py").write_text("import socket\nsocket.create_connection(('192.0.2.1', 443))\n",
                                             encoding="utf-8")
        status, _, err = python.run(tmp_path, block_env, timeout=60)
        assert status == 1 and "a test block tried to reach 192.0.2.1:443" in err  # the guard, inherited
        (tmp_path / "snippet.py").write_text("import time\ntime.sleep(60)\n", encoding="utf-8")
        with pytest.raises(TimeoutError):
            python.run(tmp_path, block_env, timeout=1)


@pytest.mark.parametrize("options, locales", [([], LOCALES), (["--locale", "ru"], ["ru"])],
                         ids=["every language", "--locale ru"])
def test_make_snippets_prints_one_row_per_block(site, capsys, options, locales):
    """`make snippets` on the built site, its setup page only (the whole run is the test above);
    with --locale, that language's blocks alone."""
    from snippet_runner.__main__ import main

    assert main(["--site-dir", str(site), "--pages", "setup", *options]) == 0
    printed = capsys.readouterr().out.splitlines()
    shown = [b for b in site_blocks(site, locales) if b.page == "setup"]
    rows = [line.split() for line in printed[1:-2]]
    assert sorted((r[0], r[1], int(r[2])) for r in rows) == sorted((b.locale, b.page, b.index) for b in shown)
    assert all("ok" in row for row in rows)
    assert printed[-1].startswith(f"{len(shown)} blocks, ") and ", 0 failed, " in printed[-1]

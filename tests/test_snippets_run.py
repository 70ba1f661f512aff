"""Promise: every code block a reader can copy, in every language, works — run with the real
SDKs (anthropic[bedrock], boto3, awscli, @anthropic-ai/bedrock-sdk) against the fake
Bedrock — and a broken one fails naming its locale, page and block."""

from __future__ import annotations

from pathlib import Path

import pytest

from .project import LOCALES, build, copy_project
from .snippets.blocks import KINDS, Block, drift, site_blocks
from .snippets.run import check_all


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


def checked(project: Path, tmp_path: Path, pages: set[str]):
    """Build a mutated copy; return the failed runs and the cross-language drift of `pages`."""
    built = build(project, tmp_path / "site")
    assert built.returncode == 0, built.log
    blocks = [b for b in site_blocks(built.site, LOCALES) if b.page in pages]
    by_locale = {locale: [b for b in blocks if b.locale == locale] for locale in LOCALES}
    drifted = [line for locale in LOCALES[1:] for line in drift(by_locale[LOCALES[0]], by_locale[locale])]
    return [o for o in check_all(blocks) if not o.ok], drifted


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path}: the mutation no longer applies"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_wrong_model_id_in_one_language_fails_there_only(tmp_path):
    project = copy_project(tmp_path / "project")
    # An author pastes the sample by hand into the French page, with a model ID that does not exist.
    code = (project / "snippets/make_request/python.py").read_text(encoding="utf-8")
    pasted = code.replace("{{model_id}}", "global.anthropic.claude-opus-4-7-v1:0")
    pasted = pasted.replace("{{region}}", "us-west-2").replace("# i18n:", "# commentaire")
    edit(project / "docs/fr/requests.md", '{{ code_sample("make_request") }}',
         f"```python\n{pasted}```\n\n{{{{ code_sample(\"make_request\") }}}}")
    failures, drifted = checked(project, tmp_path, {"requests"})
    assert len(failures) == 1 and [b.where for b in failures[0].blocks] == [
        "fr/requests#make-requests block 0"]
    assert drifted and all("fr" in line and "requests" in line for line in drifted), drifted
    assert "The provided model identifier is invalid" in failures[0].detail or \
        "shows model IDs ['global.anthropic.claude-opus-4-7-v1:0']" in failures[0].detail


@pytest.mark.parametrize("sample, old, new, reason", [
    ("make_request/python.py", "client.messages.create(", "client.messages.creat(",
     "has no attribute 'creat'"),
    ("make_request/boto3.py", '        "anthropic_version": "{{anthropic_version}}",\n', "",
     "required key [anthropic_version] not found"),
    ("regional_endpoint/python.py", "{{regional_model_id}}", "anthropic.claude-opus-4-6-v1:0",
     "with on-demand throughput isn\u2019t supported"),
    ("make_request/python.py", "from anthropic import AnthropicBedrock\n",
     "from anthropic import AnthropicBedrock\nimport urllib.request\n"
     "urllib.request.urlopen('https://bedrock-runtime.us-west-2.amazonaws.com/')\n",
     "tried to reach bedrock-runtime.us-west-2.amazonaws.com:443; only 127.0.0.1 is allowed"),
    ("make_request/typescript.ts", "const client", "await fetch('https://bedrock-runtime.us-west-2.amazonaws.com/');\nconst client",
     "tried to reach bedrock-runtime.us-west-2.amazonaws.com:443; only 127.0.0.1 is allowed"),
])
def test_a_broken_sample_fails_naming_locale_page_and_block(tmp_path, sample, old, new, reason):
    project = copy_project(tmp_path / "project")
    edit(project / "snippets" / sample, old, new)
    page = {"make_request": "requests", "regional_endpoint": "endpoints"}[sample.split("/")[0]]
    failures, drifted = checked(project, tmp_path, {page})
    assert drifted == [], "the same broken code is shown in every language"
    assert len(failures) == 1, [f.detail for f in failures]
    failure = failures[0]
    assert reason in failure.detail
    assert failure.detail.startswith(f"{failure.blocks[0].where}: ")
    assert {b.locale for b in failure.blocks} == set(LOCALES), "every language shows the broken code"
    assert all(b.page == page for b in failure.blocks)

"""Promise: code samples are rendered from snippets/ with values from the data and
comments in the page's language. (That the code is the same in every language is part of
the parity check, test_parity.py.)"""

from __future__ import annotations

import ast
import re
import unicodedata
from collections import defaultdict

import pytest

from macros.snippets import VALUE_SLOT, slot_values

from .mutations import append
from site_build import LOCALES, PAGES, ROOT, build, copy_project, load_yaml, validated_facts
from snippet_runner.blocks import COMMENT_LINE, page_blocks


@pytest.fixture(scope="module")
def blocks(site):
    return {locale: [(b.page, b.index, b.tab, b.language, b.code)
                     for page in PAGES for b in page_blocks(site, locale, page)] for locale in LOCALES}


@pytest.mark.parametrize("locale", LOCALES)
def test_comments_are_the_locale_strings(blocks, locale):
    comments = load_yaml(ROOT / f"data/i18n/{locale}.yml")["comments"]
    values = slot_values(validated_facts())  # a comment may name a fact, as {{sdk_default_version}}
    expected_lines = {VALUE_SLOT.sub(lambda m: values[m[1]], line.strip())
                      for text in comments.values() for line in text.strip().splitlines()}
    seen = set()
    for page, index, label, _, code in blocks[locale]:
        for line in code.splitlines():
            if COMMENT_LINE.match(line):
                text = COMMENT_LINE.sub("", line).strip()
                assert text in expected_lines, f"{locale}/{page} block {index}: comment {text!r}"
                seen.add(text)
    assert seen == expected_lines, f"{locale}: comment lines never shown: {expected_lines - seen}"


@pytest.mark.parametrize("locale", LOCALES)
def test_blocks_are_filled_and_python_parses(blocks, locale):
    for page, index, label, language, code in blocks[locale]:
        where = f"{locale}/{page} block {index} ({label})"
        assert "{{" not in code and "i18n:" not in code, f"{where}: unfilled slot"
        assert language in {"python", "typescript", "bash"}, f"{where}: language {language}"
        if language == "python":
            ast.parse(code)


def test_tab_groups_use_the_fixed_labels_in_order(blocks):
    order = ["Python", "TypeScript", "Boto3", "AWS CLI"]
    groups = defaultdict(list)
    for page, index, label, _, _ in blocks["ja"]:
        if label:
            groups[page].append(label)
    assert groups, "no tabbed code at all"
    for page, labels in groups.items():
        assert all(label in order for label in labels), f"{page}: {labels}"


def test_every_sample_file_is_shown_somewhere():
    used = set()
    for path in (ROOT / "docs/ja").glob("*.md"):
        used |= set(re.findall(r'code_sample\("(\w+)"\)', path.read_text(encoding="utf-8")))
    samples = {p.name for p in (ROOT / "snippets").iterdir() if p.is_dir()}
    assert samples == used


@pytest.mark.parametrize("edit, message", [  # the language it fails in is built alone
    (lambda p: append(p / "snippets/make_request/python.py", 'print("{{no_such_fact}}")\n'),
     "locale ja, page ja/requests.md: code_sample('make_request'): python.py: unknown value slot "
     "{{no_such_fact}}"),
    (lambda p: append(p / "snippets/list_models/boto3.py", "# i18n: no_such_comment\n"),
     "locale ja, page ja/models.md: code_sample('list_models'): boto3.py: comment key "
     "'no_such_comment' is not in the locale's comments"),
    (lambda p: append(p / "docs/ru/setup.md", '\n{{ code_sample("no_such_sample") }}\n'),
     "locale ru, page ru/setup.md: code_sample('no_such_sample'): snippets/no_such_sample: no such"),
])
def test_a_broken_sample_names_locale_page_and_sample(edit, message, tmp_path):
    project = copy_project(tmp_path / "project")
    edit(project)
    result = build(project, tmp_path / "site", BUILD_ONLY_LOCALE=message.split()[1].rstrip(","))
    assert result.returncode != 0
    assert message in result.log
    assert "Traceback" not in result.log


def display_width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


@pytest.mark.parametrize("locale", LOCALES)
def test_code_lines_fit_a_desktop_code_block(blocks, locale):
    """Readers should not scroll sideways to read a comment: 80 columns, CJK counted double."""
    for page, index, label, _, code in blocks[locale]:
        wide = [line for line in code.splitlines() if display_width(line) > 80]
        assert wide == [], f"{locale}/{page} block {index} ({label}) has lines over 80 columns: {wide}"

"""Promise: what an author or translator gets wrong in data, language files, style guides,
pages, samples and mkdocs.yml stops the build or `make check` with one line naming the file
and where in it, never a traceback and never silence; a language added the README's way
passes every check; and a build that is fine says nothing an author would act on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from macros.loading import DataError, load_site_data
from site_build import LOCALES, PROJECT_PARTS, TOOL_PARTS, build, copy_project

from .mutations import run_module


def duplicate_line(path: Path, pattern: str) -> int:
    """Write the first line matching `pattern` twice; the second one's line number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if re.search(pattern, line))
    lines.insert(index + 1, lines[index])
    path.write_text("".join(lines), encoding="utf-8")
    return index + 2


def latin1(path: Path, old: str, new: str) -> int:
    """Replace `old` with `new` written in Latin-1, as an editor set to it would save the
    edit; the byte offset of its first non-ASCII character."""
    before, after = path.read_text(encoding="utf-8").split(old, 1)
    path.write_bytes(before.encode("utf-8") + new.encode("latin-1") + after.encode("utf-8"))
    return len(before.encode("utf-8")) + next(i for i, c in enumerate(new) if ord(c) > 127)


def empty(path: Path) -> None:
    path.write_text("", encoding="utf-8")


def with_bom(path: Path) -> None:
    """The file as an editor that writes a UTF-8 byte order mark saves it."""
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())


def cut_after(pattern: str):
    """A mistake that cuts the file just after the first match of `pattern`, mid-line, as an
    interrupted copy or save leaves it; the last line's number and the column after its end."""
    def cut(path: Path) -> tuple[int, int]:
        text = path.read_text(encoding="utf-8")
        kept = text[:re.search(pattern, text, re.M).end()]
        path.write_text(kept, encoding="utf-8")
        return kept.count("\n") + 1, len(kept.rsplit("\n", 1)[-1]) + 1
    return cut


RECORD_CUT = ("data/translations.yml: cut short: it does not end with the line `...` that `make translations-record` "
              "writes last; restore it from git, or run `make translations-record` again")

# Each: (file, what to do to it) -> the message it must give, built from what was done.
DATA_CASES = {
    "a fact written twice": ("data/bedrock.yml", lambda p: duplicate_line(p, r"^\s+context_window:"),
                             "data/bedrock.yml: line {0}: key 'context_window' appears twice in one mapping"),
    "a word written twice": ("data/i18n/ja.yml", lambda p: duplicate_line(p, r"^answer_yes:"),
                             "data/i18n/ja.yml (locale ja): line {0}: key 'answer_yes' appears twice"),
    "a translations entry written twice": ("data/translations.yml", lambda p: duplicate_line(p, r"^\s+ja: "),
                                           "data/translations.yml: line {0}: key 'ja' appears twice"),
    "facts not saved as UTF-8": ("data/bedrock.yml", lambda p: latin1(p, "facts_checked:", "# vérifié\nfacts_checked:"),
                                 "data/bedrock.yml: not UTF-8: byte 0xe9 at offset {0}"),
    "words not saved as UTF-8": ("data/i18n/fr.yml", lambda p: latin1(p, "Page introuvable", "Page introuvable é"),
                                 "data/i18n/fr.yml (locale fr): not UTF-8: byte 0xe9 at offset {0}"),
    "facts saved with a byte order mark": ("data/bedrock.yml", with_bom,
                                           "data/bedrock.yml: starts with a byte order mark (BOM); save the file "
                                           "as UTF-8 without one"),
    "an empty facts file": ("data/bedrock.yml", empty, "data/bedrock.yml: the file is empty (no YAML data in it)"),
    "facts written as a list": ("data/bedrock.yml", lambda p: p.write_text("- models\n- sources\n", encoding="utf-8"),
                                "data/bedrock.yml: expected a mapping (`key: value` lines) at the top, found a list"),
    "an empty language file": ("data/i18n/fr.yml", empty,
                               "data/i18n/fr.yml (locale fr): the file is empty (no YAML data in it)"),
    "a language file that is one word": ("data/i18n/fr.yml", lambda p: p.write_text("Bonjour\n", encoding="utf-8"),
                                         "data/i18n/fr.yml (locale fr): expected a mapping (`key: value` lines) at "
                                         "the top, found a single value ('Bonjour')"),
    "a language file cut inside a quoted word": ("data/i18n/fr.yml", cut_after(r'^  deprecated: "'),
                                                 "data/i18n/fr.yml (locale fr): line {0[0]}, column {0[1]}: not valid "
                                                 "YAML (found unexpected end of stream); the file ends there: cut short?"),
    "a key left without its value": ("data/bedrock.yml", lambda p: p.write_text(re.sub(
        r"(?m)^tools:\n(?:  .*\n)+", "tools:\n", p.read_text(encoding="utf-8")), encoding="utf-8"),
                                     "data/bedrock.yml: tools: no value"),
    "an empty translations record": ("data/translations.yml", empty,
                                     "data/translations.yml: the file is empty (no YAML data in it)"),
    "a translations record cut in a fingerprint": ("data/translations.yml", cut_after(r"^        fr: [0-9a-f]{5}"),
                                                   RECORD_CUT),
    "a translations record cut between two pages": ("data/translations.yml", cut_after(r"(?=^  features:$)"),
                                                    RECORD_CUT),
}


@pytest.mark.parametrize("case", DATA_CASES)
def test_a_data_mistake_names_file_and_line(case, tmp_path):
    relative, mistake, message = DATA_CASES[case]
    project = copy_project(tmp_path / "project", parts=("data", "mkdocs.yml"))
    where = mistake(project / relative)
    with pytest.raises(DataError) as refused:
        load_site_data(project, list(LOCALES))
    assert message.format(where) in str(refused.value)


NO_HEADING = "docs/fr/logging.md: no heading; a page opens with its title, `# Title { #anchor }`"
EMPTY_PAGE = ("docs/fr/logging.md: the page is empty; write it as the other languages have it (or remove it from "
              "every language and from nav in mkdocs.yml)")

# What a page can hold that is not a page -> the message (the build and `make check` read pages so).
PAGE_CASES = {
    "an empty page": (b"", EMPTY_PAGE),
    "a page of blank lines": (b"\n  \n\t\n", EMPTY_PAGE),
    "a page that is only front matter": (b"---\ntitle: Journalisation\n---\n", NO_HEADING),
    "a page without a heading": ("Bedrock peut enregistrer vos prompts.\n".encode(), NO_HEADING),
    "a page saved with a byte order mark": (b"\xef\xbb\xbf# Journalisation { #logging }\n",
                                            "docs/fr/logging.md: starts with a byte order mark (BOM); save the file "
                                            "as UTF-8 without one"),
}


@pytest.mark.parametrize("case", PAGE_CASES)
def test_a_page_that_is_not_a_page_names_the_file(case, tmp_path):
    from authored_files import AuthoredFileError
    from translations.sections import read_page

    content, message = PAGE_CASES[case]
    path = tmp_path / "logging.md"
    path.write_bytes(content)
    with pytest.raises(AuthoredFileError) as refused:
        read_page(path, "docs/fr/logging.md")
    assert str(refused.value) == message


def test_an_empty_sample_file_names_the_file(tmp_path):
    from macros.snippets import SnippetError, render_code

    project = copy_project(tmp_path / "project", parts=("snippets",))
    path = project / "snippets/make_request/python.py"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(SnippetError) as refused:
        render_code(path, {}, {})
    assert str(refused.value) == ("snippets/make_request/python.py: the file is empty; write the code of its tab, "
                                  "or delete the file (each file is a tab)")


def rename_key_in_mkdocs(project: Path) -> int:
    return duplicate_line(project / "mkdocs.yml", r"^\s+site_name: Claude sur Amazon Bedrock")


def drop_from_mkdocs(pattern: str):
    """A mistake that deletes the line of mkdocs.yml matching `pattern`."""
    def drop(project: Path) -> None:
        path = project / "mkdocs.yml"
        path.write_text(re.sub(r"\n\s+" + pattern, "", path.read_text(encoding="utf-8")), encoding="utf-8")
    return drop


BUILD_CASES = {
    "a key written twice in mkdocs.yml": (rename_key_in_mkdocs,
                                          "mkdocs.yml: line {0}: key 'site_name' appears twice in one mapping"),
    "a language missing from the switcher": (drop_from_mkdocs(r"- \{name: Русский, link: ru/, lang: ru\}"),
                                             "mkdocs.yml: extra.alternate has no entry for ru (add {{name: …, "
                                             "link: ru/, lang: ru}})"),
    "a language without its description": (drop_from_mkdocs(r"site_description: \"Как[^\n]*"),
                                           "mkdocs.yml: plugins.i18n.languages[ru].site_description is missing "
                                           "(its pages would show the English one)"),
    "a vendor page the data does not name": (
        lambda p: (p / "docs/fr/logging.md").open("a", encoding="utf-8").write('\n{{ doc_link("aws-nowhere", "ici") }}\n'),
        "locale fr, page fr/logging.md: doc_link('aws-nowhere', 'ici'): no page 'aws-nowhere' in sources: or links: "
        "of data/bedrock.yml"),
    "a page not saved as UTF-8": (lambda p: latin1(p / "docs/fr/logging.md", "# Journalisation", "# Journalisation é"),
                                  "docs/fr/logging.md: not UTF-8: byte 0xe9 at offset {0} (line 1)"),
    "a template not saved as UTF-8": (lambda p: latin1(p / "overrides/404.html", "-#}", "é -#}"),
                                      "overrides/404.html: not UTF-8: byte 0xe9 at offset {0}"),
    "a sample not saved as UTF-8": (lambda p: latin1(p / "snippets/make_request/python.py", "import", "# é\nimport"),
                                    "snippets/make_request/python.py: not UTF-8: byte 0xe9 at offset {0}"),
    "an empty page": (lambda p: empty(p / "docs/fr/logging.md"), EMPTY_PAGE),
    "an element the Markdown twin cannot write": (
        lambda p: (p / "docs/fr/logging.md").open("a", encoding="utf-8").write('\n<video src="clip.mp4"></video>\n'),
        "docs/fr/logging.md: no Markdown twin: no Markdown for <video>"),
    "a page the home page's contents list leaves out": (
        lambda p: (p / "docs/fr/index.md").write_text(re.sub(
            r"\n\[État des traductions\]\(translation-status\.md\)\n:[^\n]*\n", "",
            (p / "docs/fr/index.md").read_text(encoding="utf-8")), encoding="utf-8"),
        "docs/fr/index.md: the contents list (#guide-contents) has no line for docs/fr/translation-status.md; "
        "add one that says what the page holds (llms.txt gives it)"),
    "an empty style guide": (lambda p: empty(p / "data/i18n/style/fr.yml"),  # read by the search's hook
                             "data/i18n/style/fr.yml: the file is empty (no YAML data in it)"),
}


@pytest.mark.parametrize("case", BUILD_CASES)
def test_a_build_mistake_stops_with_one_line_naming_it(case, tmp_path):
    mistake, message = BUILD_CASES[case]
    project = copy_project(tmp_path / "project")
    where = mistake(project)
    result = build(project, tmp_path / "site", BUILD_ONLY_LOCALE="fr")  # French alone: faster
    assert result.returncode != 0, f"{case}: the build went through"
    assert message.format(where) in result.log, result.log[-2000:]
    assert "Traceback" not in result.log


def test_a_good_build_says_nothing_to_act_on(site_build):
    noise = [line for line in site_build.log.splitlines()
             if line.startswith(("WARNING", "ERROR")) or "extra.alternate" in line or "Template skipped" in line]
    assert noise == []


def test_make_check_names_an_empty_page_once_and_stops_there(tmp_path):
    """Before: parity stopped with an IndexError. Now the pages step names it, and the steps
    after it (parity, translations, the build) do not trip over it again."""
    project = copy_project(tmp_path / "project", PROJECT_PARTS + TOOL_PARTS)
    empty(project / "docs/fr/logging.md")
    checked = run_module(project, "checks")
    output = checked.stdout + checked.stderr
    assert checked.returncode == 1 and "Traceback" not in output, output
    assert [line.strip() for line in checked.stdout.splitlines()] == [
        "✓ data   data/bedrock.yml and 4 locale files are valid",
        "✗ pages  1 problem(s)",
        EMPTY_PAGE,
        "(stopped after pages: the checks after it need this fixed first)"]


def test_code_in_one_language_only_is_named_when_the_other_has_none():
    from snippet_runner.blocks import Block, drift

    ja = [Block("ja", "requests", 0, "make-requests", "Python", "python", "print(1)\n")]
    assert drift(ja, [], ("ja", "fr")) == ["requests block 0 (Python) is in only one of ja, fr"]


def test_a_fifth_language_added_the_readme_way_passes_every_check(fifth_language):
    assert fifth_language["drift_before_record"] == [
        "uk: a language the record does not know yet; run `make translations-record` to record its pages as "
        "they are (no other language falls out of date)"]
    assert fifth_language["recorded"][0] == 0, fifth_language["recorded"][1]
    assert fifth_language["checked"][0] == 0, fifth_language["checked"][1]


def test_a_style_guide_entry_written_twice_names_file_and_line(tmp_path):
    from checks.style import StyleError, glossary

    project = copy_project(tmp_path / "project", parts=("data",))
    path = project / "data/i18n/style/fr.yml"
    line = duplicate_line(path, r"^language:")
    with pytest.raises(StyleError) as refused:
        glossary("fr", project)
    assert str(refused.value).startswith(f"data/i18n/style/fr.yml: line {line}: key 'language' appears twice in one "
                                         "mapping")


@pytest.mark.parametrize("name", ["ru.yml", "typography.yml"])
def test_an_empty_style_file_is_one_problem_of_make_check(name, tmp_path):
    from checks.__main__ import _style
    from checks.style import glossary, typography_groups

    project = copy_project(tmp_path / "project", parts=("data",))
    empty(project / "data/i18n/style" / name)
    read = (lambda: glossary("ru", project)) if name == "ru.yml" else (lambda: typography_groups(project))
    assert _style(read) == [f"data/i18n/style/{name}: the file is empty (no YAML data in it)"]


def test_a_language_without_a_known_script_is_named_with_what_to_add(tmp_path):
    from checks.hygiene import LanguageError, foreign_scripts, hygiene

    assert foreign_scripts("uk") == foreign_scripts("ru")  # derived from CLDR: Cyrillic
    with pytest.raises(LanguageError) as refused:
        foreign_scripts("ar")
    message = ("language hygiene: ar: no script known for it (Arab); add its ISO 15924 script to OWN_SCRIPTS "
               "in checks/hygiene.py")
    assert str(refused.value) == message
    assert hygiene(tmp_path, ["ar"]) == [message]  # make check: that one line, no traceback


def test_a_test_table_without_the_language_says_what_to_add_where():
    from .support import for_language

    with pytest.raises(pytest.fail.Exception) as failed:
        for_language({"ja": []}, "uk", "search queries", "QUERIES in tests/test_browser_search.py")
    assert str(failed.value) == ("uk: no search queries in QUERIES in tests/test_browser_search.py; add them for uk "
                                 "as the other languages have them")



def test_a_style_guide_that_is_not_yaml_is_one_problem_of_make_check(tmp_path):
    """Not a traceback: make check's terminology step names the file and where YAML stopped."""
    from checks.__main__ import _style
    from checks.style import glossary

    project = copy_project(tmp_path / "project", parts=("data",))
    path = project / "data/i18n/style/ru.yml"
    path.write_text(path.read_text(encoding="utf-8") + "terms: [unclosed\n", encoding="utf-8")
    (problem,) = _style(lambda: glossary("ru", project))
    assert problem.startswith("data/i18n/style/ru.yml: line ") and "\n" not in problem

"""Promise: prose cannot drift between the languages unseen. A section changed in some
languages and not the others fails the check until it is recorded; once recorded, the
others are out of date (since when, changed in which language) and their readers see a
notice linking the newer version, until they catch up. Formatting is not a change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from translations import record
from translations.__main__ import main as translations_cli
from translations.sections import SectionError, sections

from checks.hygiene import hygiene
from checks.links import check_links
from checks.parity import built_parity
from checks.translation_drift import translation_drift
from checks.typography import typography
from .mutations import ADDED, DAY, PRICING, add_to_pricing, committed_copy, record_translations, replace
from site_build import LOCALES, ROOT, SITE_URL, article, copy_project

ALL = list(LOCALES)
def pages_copy(tmp_path: Path) -> Path:
    """The pages, data and config, without history: enough where no earlier text is diffed."""
    return copy_project(tmp_path / "p", parts=("mkdocs.yml", "docs", "data"))


def check(root: Path) -> list[str]:
    return translation_drift(root, ALL)


def record_now(root: Path, day: dt.date = DAY, new: set = frozenset(),
               editorial: set = frozenset()) -> record.Record:
    return record_translations(root, day, new, editorial)


def test_the_landed_pages_match_their_record():
    assert check(ROOT) == []


def test_a_sentence_added_in_one_language_is_drift_until_recorded(tmp_path, capsys):
    root = committed_copy(tmp_path / "p")
    add_to_pricing(root, "ja")
    assert check(root) == [
        "endpoints#pricing: changed in ja but not in zh-TW, ru, fr; make the same change in zh-TW, ru, fr, "
        "or run `make translations-record` to mark them out of date (their readers then see a notice), "
        'or, for a change that needs no translation, `make translations-record EDITORIAL="ja/endpoints#pricing"`']
    state = record_now(root)["endpoints"]["pricing"]
    assert check(root) == []
    assert {l: (b.since, b.changed_in) for l, b in state.behind.items()} == {
        l: (DAY, ["ja"]) for l in ("zh-TW", "ru", "fr")}
    assert translations_cli(["report", "--root", str(root)]) == 0  # `make translations`
    shown = capsys.readouterr().out
    assert f"+{ADDED['ja']}" in shown and "endpoints#pricing: out of date since 2026-12-02 (changed in ja)" in shown


@pytest.mark.parametrize("locale, page, anchor, old, new", [
    # a list item
    ("ru", "endpoints", "when-to-use-each", "- Без надбавки к цене.", "- Без какой-либо надбавки к цене."),
    # the page intro
    ("fr", "index", "claude-on-amazon-bedrock", "de la préparation de votre compte",
     "de la création de votre compte"),
    # a macro's argument
    ("ja", "features", "context-window-1m", 'model_names("supports_1m_context")',
     'model_names("regional_price_premium")'),
    # a link
    ("zh-TW", "requests", "invoke-model-body", 'doc_link("aws-bedrock-docs"', 'doc_link("aws-pricing"'),
])
def test_each_kind_of_change_is_seen(tmp_path, locale, page, anchor, old, new):
    root = pages_copy(tmp_path)
    replace(root / f"docs/{locale}/{page}.md", old, new)
    (problem,) = check(root)
    assert problem.startswith(f"{page}#{anchor}: changed in {locale} but not in "
                              f"{', '.join(l for l in ALL if l != locale)}; ")


def test_formatting_noise_is_not_a_change(tmp_path):
    root = pages_copy(tmp_path)
    fr = root / "docs/fr/endpoints.md"
    replace(fr, "Les autres modèles conservent", "Les autres modèles\nconservent")  # re-wrapped
    fr.write_text(fr.read_text(encoding="utf-8").replace("\n\n", "\n  \n\n"), encoding="utf-8")  # spaces
    ja = root / "docs/ja/endpoints.md"
    replace(ja, "それ以外のモデルの料金体系は、", "それ以外のモデルの料金体系は、\n")  # a line break between CJK characters
    assert check(root) == []


def test_a_catch_up_clears_the_notice(tmp_path):
    root = pages_copy(tmp_path)
    add_to_pricing(root, "ja")
    record_now(root)
    add_to_pricing(root, "ru")
    assert check(root) == ["endpoints#pricing: ru caught up; run `make translations-record` to clear the "
                           "out-of-date notice"]
    assert set(record_now(root)["endpoints"]["pricing"].behind) == {"zh-TW", "fr"}
    for locale in ("zh-TW", "fr"):
        add_to_pricing(root, locale)
    state = record_now(root)["endpoints"]["pricing"]
    assert state.behind == {} and state.before == {} and check(root) == []


def test_a_change_said_to_be_new_puts_the_others_behind(tmp_path):
    root = pages_copy(tmp_path)
    add_to_pricing(root, "ja")
    record_now(root)
    add_to_pricing(root, "ru")
    state = record_now(root, new={("ru", "endpoints", "pricing")})["endpoints"]["pricing"]
    assert {l: b.changed_in for l, b in state.behind.items()} == {
        "ja": ["ru"], "zh-TW": ["ja", "ru"], "fr": ["ja", "ru"]}


def test_an_editorial_change_puts_nobody_behind_and_is_no_catch_up(tmp_path):
    root = pages_copy(tmp_path)
    add_to_pricing(root, "ja")
    state = record_now(root, editorial={("ja", "endpoints", "pricing")})["endpoints"]["pricing"]
    assert state.behind == {} and check(root) == []
    add_to_pricing(root, "fr")
    record_now(root)  # a real change in French: the others fall behind
    replace(root / "docs/ru/endpoints.md", PRICING["ru"], PRICING["ru"].replace(".", "!"))  # a punctuation fix
    state = record_now(root, editorial={("*", "*", "*")})["endpoints"]["pricing"]
    assert set(state.behind) == {"ja", "zh-TW", "ru"} and check(root) == []  # ru's fix is no catch-up


def test_a_change_in_every_language_needs_the_record_and_leaves_none_behind(tmp_path):
    root = pages_copy(tmp_path)
    for locale in ALL:
        add_to_pricing(root, locale)
    assert check(root) == ["endpoints#pricing: changed in all languages (ja, zh-TW, ru, fr); run "
                           "`make translations-record` in the same change"]
    assert record_now(root)["endpoints"]["pricing"].behind == {} and check(root) == []


def test_a_new_section_in_every_language_is_recorded_as_current(tmp_path):
    root = pages_copy(tmp_path)
    for locale in ALL:
        page = root / f"docs/{locale}/logging.md"
        page.write_text(page.read_text(encoding="utf-8") + "\n## Rétention { #retention }\n\nTexte.\n",
                        encoding="utf-8")
    assert check(root) == ["logging#retention: a section not in the record; run `make translations-record` "
                           "in the same change"]
    assert record_now(root)["logging"]["retention"].behind == {} and check(root) == []


def test_a_page_that_cannot_be_cut_into_sections_names_file_and_line():
    with pytest.raises(SectionError, match=r"^docs/ja/x\.md:3: heading without a \{ #anchor \}: '## 料金'$"):
        sections("# 題 { #t }\n\n## 料金\n", "docs/ja/x.md")


@pytest.mark.parametrize("locale", ALL)
def test_readers_of_an_out_of_date_section_see_a_notice_linking_the_newer_version(notices_site, locale):
    body = article(notices_site, locale, "endpoints")
    behind = {"pricing": "ja", "when-to-use-each": "fr"}
    for anchor, newer in behind.items():
        notice = body.find(id=anchor).find_next_sibling()
        if locale == newer:
            assert "translation-notice" not in notice.get("class", []), f"{locale}: a notice on its own change"
            continue
        assert "translation-notice" in notice["class"], f"{locale}#{anchor}: no notice after the heading"
        assert notice.a["href"] == f"../../{newer}/endpoints/#{anchor}" and notice.a["hreflang"] == newer
        assert "2026" in notice.get_text()
    rows = article(notices_site, locale, "translation-status").select('table[data-table="translation-status"] a')
    assert [a["href"] for a in rows] == [f"../endpoints/#{a}" for a, n in behind.items() if n != locale]


def test_pages_with_notices_pass_every_check(notices_site):
    """Recorded drift is allowed: `make check` passes on such a tree (notices are one
    language's own, so built parity leaves them out)."""
    assert built_parity(notices_site, LOCALES) == []
    assert hygiene(notices_site, LOCALES) == [] and typography(notices_site, LOCALES) == []
    assert check_links(notices_site, SITE_URL)[0] == []


def test_no_notice_while_everything_is_current(site):
    for locale in ALL:
        for page in ("index", "endpoints", "models", "translation-status"):
            assert article(site, locale, page).select(".translation-notice") == []
        assert not article(site, locale, "translation-status").select("table")

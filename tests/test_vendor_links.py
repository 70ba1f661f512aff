"""Promise: a link to AWS's or Anthropic's documentation takes readers to the page in their
language where the vendor publishes one (AWS: ja_jp, zh_tw, fr_fr; Anthropic: ja, zh-TW, ru,
fr), and to the English page with a note in their language where it does not; pages name
vendor pages (data/bedrock.yml `sources:`, `links:`) and never write their addresses."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from macros.vendor_links import LinkError, doc_link, link_target

from checks.facts_lint import lint
from site_build import LOCALES, ROOT, article, built_pages, copy_project, load_yaml, validated_facts

FACTS = validated_facts()
VENDOR_HOSTS = FACTS.vendor_docs.hosts


def test_a_page_goes_to_its_version_in_the_readers_language():
    aws, anthropic = FACTS.sources["aws-model-access"], FACTS.links["anthropic-pricing"]
    assert link_target(FACTS, "aws-model-access", "ja") == (aws.replace("/bedrock/", "/ja_jp/bedrock/"), True)
    assert link_target(FACTS, "aws-model-access", "zh-TW")[0].startswith("https://docs.aws.amazon.com/zh_tw/")
    assert link_target(FACTS, "anthropic-pricing#third-party-platform-pricing", "ru") == (
        anthropic.replace("/docs/en/", "/docs/ru/") + "#third-party-platform-pricing", True)


def test_a_page_the_vendor_has_not_translated_is_english_with_a_note():
    assert link_target(FACTS, "aws-model-access", "ru") == (FACTS.sources["aws-model-access"], False)
    note = " (на английском языке)"
    assert doc_link(FACTS, "aws-pricing", "Цены", "ru", note) == f"[Цены]({FACTS.links['aws-pricing']}){note}"
    english_only = FACTS.model_copy(update={"vendor_docs": FACTS.vendor_docs.model_copy(
        update={"english_only": {"aws-pricing": ["fr"]}})})
    assert link_target(english_only, "aws-pricing", "fr") == (FACTS.links["aws-pricing"], False)
    assert link_target(english_only, "aws-pricing", "ja")[1]


def test_a_page_the_data_does_not_name_is_refused_with_where_to_name_it():
    with pytest.raises(LinkError, match=r"no page 'aws-nowhere' in sources: or links: of data/bedrock.yml"):
        link_target(FACTS, "aws-nowhere", "fr")
    with pytest.raises(LinkError, match=r"needs the link's words"):
        doc_link(FACTS, "aws-pricing", " ", "fr", "")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_vendor_link_on_the_site_is_in_the_language_or_says_it_is_not(site, locale):
    words = load_yaml(ROOT / f"data/i18n/{locale}.yml")
    note = words["english_page"].strip()
    checked = 0
    for page in built_pages(site, locale):
        for link in article(site, locale, page.rstrip("/") or "index").select("a[href^='https://']"):
            parts = urlsplit(link["href"])
            if parts.hostname not in FACTS.official_hosts.documentation:
                continue
            checked += 1
            host = VENDOR_HOSTS.get(parts.hostname)
            code = host.codes.get(locale) if host else None
            in_language = code is not None and parts.path.startswith(host.localized.format(code=code))
            after = (link.next_sibling or "").strip() if isinstance(link.next_sibling, str) else ""
            assert in_language or after.startswith(note), (
                f"{locale}/{page}: {link['href']} is neither in the language nor followed by {note!r}")
    assert checked > 20, f"{locale}: only {checked} vendor links found"


def test_a_vendor_address_typed_into_a_page_is_named_with_the_macro_to_write(tmp_path):
    project = copy_project(tmp_path / "project", parts=("data", "docs"))
    page = project / "docs/fr/logging.md"
    page.write_text(page.read_text(encoding="utf-8")
                    + "\nVoir la [page d’AWS](https://docs.aws.amazon.com/fr_fr/bedrock/latest/userguide/x.html).\n",
                    encoding="utf-8")
    line = len(page.read_text(encoding="utf-8").splitlines())
    problems = [p for p in lint(project, LOCALES) if "vendor's page" in p]
    assert problems == [f"docs/fr/logging.md:{line}: 'https://docs.aws.amazon.com/fr_fr/bedrock/latest/userguide/x.html'"
                        " is a vendor's page written by hand; name it in data/bedrock.yml (sources: or links:) and "
                        "write {{ doc_link(\"name\", \"words\") }}, which links the reader's language"]

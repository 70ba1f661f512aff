"""Promise: facts in running text come from the data file, formatted per language.
(Facts typed by hand into a page are caught by the lint in test_facts_lint.py.)"""

from __future__ import annotations

import re

import pytest

from macros.formatting import names_list

from site_build import LOCALES, ROOT, article, load_yaml, validated_facts

# (page, section anchor, model property) for each sentence that lists models.
MODEL_LISTS = [
    ("features", "context-window-1m", "supports_1m_context"),
    ("endpoints", "pricing", "regional_price_premium"),
    ("index", "which-integration", "messages_api"),
    ("messages-api", "models", "open_access"),
    ("messages-api", "access", "open_access"),
    ("messages-api", "access", "console_access"),
    ("messages-api", "access", "invitation_access"),
    ("logging", "data-retention", "retention_unchanged"),
    ("logging", "data-retention", "retention_unknown"),
]


def section_text(body, anchor: str) -> str:
    """The text from the heading with this id up to the next heading of the same or higher level."""
    heading = body.find(id=anchor)
    assert heading is not None, f"no section #{anchor}"
    level, parts = int(heading.name[1]), []
    for sibling in heading.find_next_siblings():
        if re.fullmatch(r"h[1-6]", sibling.name) and int(sibling.name[1]) <= level:
            break
        parts.append(sibling.get_text(" "))
    return " ".join(parts)


def expected_list(flag: str, locale: str) -> str:
    facts = validated_facts()
    callable_now = [m for m in facts.models if facts.status(m) != "retired"]
    first = facts.model(facts.data_retention.unchanged_before).release_date
    before_first = lambda m: m.release_date is not None and m.release_date < first  # noqa: E731
    messages_api = [m for m in callable_now if m.messages_api_id]
    chosen = {
        # 1M support is the context window itself; the legacy flags are stated per model.
        "supports_1m_context": [m for m in facts.listed_models
                                if (m.context_window or 0) >= facts.context_1m.window_tokens],
        "examples_default_global": [m for m in facts.listed_models if m.examples_default_global],
        "regional_price_premium": [m for m in facts.listed_models if m.regional_price_premium],
        "messages_api": messages_api,
        **{f"{access}_access": [m for m in messages_api if m.access == access]
           for access in ("open", "console", "invitation")},
        # AWS: no retention change for Claude models released before the one the data names.
        "retention_unchanged": [m for m in callable_now if before_first(m)],
        "retention_unknown": [m for m in callable_now if not before_first(m)],
    }[flag]
    names = [m.name for m in chosen]
    assert names, f"no model has {flag}: the test would prove nothing"
    return names_list(names, locale)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("page, anchor, flag", MODEL_LISTS)
def test_model_lists_in_prose_equal_the_data(site, locale, page, anchor, flag):
    text = section_text(article(site, locale, page), anchor)
    assert expected_list(flag, locale) in text


@pytest.mark.parametrize("locale", LOCALES)
def test_example_model_ids_on_pages_come_from_the_data(site, locale):
    facts = load_yaml(ROOT / "data/bedrock.yml")
    example = next(m for m in facts["models"] if m["key"] == facts["examples"]["model"])
    regional = f"{facts['examples']['regional_geo']}.{example['bedrock_id']}"
    codes = {c.get_text() for c in article(site, locale, "endpoints").select("p code")}
    assert regional in codes
    assert f"global.{example['bedrock_id']}" in {
        c.get_text() for c in article(site, locale, "index").select("code")}


@pytest.mark.parametrize("locale", LOCALES)
def test_the_messages_api_ids_on_its_page_come_from_the_data(site, locale):
    facts = load_yaml(ROOT / "data/bedrock.yml")
    example = next(m for m in facts["models"] if m["key"] == facts["examples"]["messages_api_model"])
    codes = {c.get_text() for c in article(site, locale, "messages-api").select("p code, li code")}
    assert {example["messages_api_id"], f"global.{example['messages_api_id']}"} <= codes
    runtime = facts["messages_api"]["runtime_base_url"].replace("{region}", facts["examples"]["region"])
    assert runtime in codes, "the base URL readers set for bedrock-runtime"


@pytest.mark.parametrize("names, joined", [
    (["Claude Opus 4.6", "Claude Haiku 4.5"], "Claude Opus 4.6 和 Claude Haiku 4.5"),  # CLDR: "{0}和{1}"
    (["Claude A", "Claude B", "Claude C"], "Claude A、Claude B 和 Claude C"),
    (["美國", "歐洲", "日本"], "美國、歐洲和日本"),  # Chinese names: no space
    (["<code>a</code>", "<code>b</code>"], "<code>a</code> 和 <code>b</code>"),
])
def test_a_chinese_list_spaces_its_connector_beside_latin_names(names, joined):
    assert names_list(names, "zh-TW") == joined

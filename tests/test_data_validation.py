"""Promise: bad data stops the build with a message naming file, field and value, never a
traceback; and a data value that looks like HTML reaches readers as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.loading import DataError, load_site_data

from .mutations import HTML_NAME, edit_facts, model
from site_build import LOCALES, ROOT, article, build, copy_project, load_yaml, soup, write_yaml

FACTS = Path("data/bedrock.yml")
KEYS = [m["key"] for m in load_yaml(ROOT / FACTS)["models"]]


def at(key: str) -> str:
    """The dotted path of a model entry, as the messages name it: models[7]."""
    return f"models[{KEYS.index(key)}]"


def malformed_yaml(project):
    path = project / FACTS
    path.write_text(path.read_text(encoding="utf-8").replace("geos: [global, us, eu, jp, apac]",
                                                             "geos: [global, us", 1), encoding="utf-8")


def missing_field(project):
    edit_facts(project, lambda d: model(d, "claude-opus-4-1").pop("bedrock_id"))


def impossible_date(project):
    edit_facts(project, lambda d: model(d, "claude-haiku-3-5").update(deprecation_date="2025-02-30"))


def duplicate_id(project):
    edit_facts(project, lambda d: model(d, "claude-opus-4-1").update(
        bedrock_id=model(d, "claude-opus-4")["bedrock_id"]))


def seed_release_date(project):
    # Box's model card gives Opus 4 the release date of Claude 3 Opus.
    edit_facts(project, lambda d: model(d, "claude-opus-4").update(release_date="2024-03-04"))


def retired_before_deprecated(project):
    edit_facts(project, lambda d: model(d, "claude-haiku-3").update(retirement_date="2025-01-01"))


def missing_locale_key(project):
    path = project / "data/i18n/ru.yml"
    data = load_yaml(path)
    del data["answer_no"]
    write_yaml(path, data)


def missing_comment_key(project):
    path = project / "data/i18n/fr.yml"
    data = load_yaml(path)
    del data["comments"]["region_choice_python"]
    write_yaml(path, data)


def unknown_geo(project):
    edit_facts(project, lambda d: model(d, "claude-haiku-3").update(geos=["us", "ca"]))


def unsourced_fact(project):
    edit_facts(project, lambda d: model(d, "claude-sonnet-4-5")["sources"].pop("aws-lifecycle"))


def unknown_source(project):
    def change(d):
        sources = model(d, "claude-opus-4-6")["sources"]
        sources["opus-4-6-card"] = sources.pop("aws-card-opus-4-6")
    edit_facts(project, change)


def unofficial_address(project):
    edit_facts(project, lambda d: d["sources"].update({"model-ids": "http://example.com/model-ids"}))


def group_without_source(project):
    edit_facts(project, lambda d: d["logging"].update(sources=["someone-said"]))


def punctuation_after_a_date(project):
    path = project / "data/i18n/ru.yml"
    data = load_yaml(path)
    data["lifecycle"]["deprecated"] = "Устарела с {date}."
    write_yaml(path, data)


def pin_not_before_the_new_version(project):
    edit_facts(project, lambda d: d["sdks"].update(python_first_new_version="1.2.0"))


def versioned_messages_api_id(project):
    edit_facts(project, lambda d: model(d, "claude-sonnet-5").update(messages_api_id="anthropic.claude-sonnet-5-v1:0"))


def legacy_flag_on_a_messages_api_model(project):
    edit_facts(project, lambda d: model(d, "claude-sonnet-5").update(examples_default_global=True))


def legacy_model_without_geos(project):
    edit_facts(project, lambda d: model(d, "claude-opus-4-5").pop("geos"))


def messages_api_example_on_the_legacy_integration(project):
    edit_facts(project, lambda d: d["examples"].update(messages_api_model="claude-opus-4-6"))


def unknown_feature(project):
    edit_facts(project, lambda d: d["messages_api"]["supported_features"].append("web_search"))


def feature_without_words(project):
    path = project / "data/i18n/zh-TW.yml"
    data = load_yaml(path)
    del data["messages_api"]["features"]["citations"]
    write_yaml(path, data)


def unofficial_host(project):
    edit_facts(project, lambda d: d["sources"].update({"opus-5": "https://blog.example.com/claude-opus-5"}))


def registry_for_a_model_fact(project):
    edit_facts(project, lambda d: model(d, "claude-opus-4-6")["sources"].update({"pypi-anthropic": ["release_date"]}))


def effort_default_not_a_level(project):
    edit_facts(project, lambda d: model(d, "claude-opus-4-6")["request_rules"].update(effort_default="xhigh"))


def both_a_value_and_a_range(project):
    edit_facts(project, lambda d: model(d, "claude-fable-5-1")["request_rules"]["sampling"].update(
        temperature={"equals": 1.0, "below": 2.0}))


def thinking_off_and_never_off(project):
    edit_facts(project, lambda d: model(d, "claude-fable-5-1")["request_rules"].update(thinking_off_up_to="high"))


def endpoints_on_a_legacy_model(project):
    edit_facts(project, lambda d: model(d, "claude-opus-4-6").update(endpoints=["mantle"]))


def unknown_access(project):
    edit_facts(project, lambda d: model(d, "claude-opus-5-5").update(access="everyone"))


def invitation_model_in_the_samples(project):
    edit_facts(project, lambda d: model(d, "claude-sonnet-5").update(access="invitation"))


def retention_rule_without_its_model(project):
    edit_facts(project, lambda d: d["data_retention"].update(unchanged_before="claude-fable-4"))


def eol_floor_before_release(project):
    edit_facts(project, lambda d: model(d, "claude-opus-5-5").update(eol_no_sooner_than="2026-01-01"))


def platform_row_without_words(project):
    path = project / "data/i18n/ja.yml"
    data = load_yaml(path)
    del data["claude_platform"]["rows"]["regions"]
    write_yaml(path, data)


def geo_refused_by_an_unknown_model(project):
    edit_facts(project, lambda d: d["claude_platform"]["inference_geo_refused"].append("claude-opus-4-9"))


BAD_DATA = {
    malformed_yaml: "data/bedrock.yml: line ",
    missing_field: f"data/bedrock.yml: {at('claude-opus-4-1')}.bedrock_id: missing, and so is messages_api_id",
    impossible_date: f"data/bedrock.yml: {at('claude-haiku-3-5')}.deprecation_date: '2025-02-30': ",
    duplicate_id: f"data/bedrock.yml: {at('claude-opus-4')}.bedrock_id: anthropic.claude-opus-4-20250514-v1:0 "
                  f"duplicates {at('claude-opus-4-1')}.bedrock_id",
    seed_release_date: f"data/bedrock.yml: {at('claude-opus-4')}.release_date: 2024-03-04 is not within 90 days after "
                       "the snapshot date 20250514 in its model ID",
    retired_before_deprecated: f"data/bedrock.yml: {at('claude-haiku-3')}.retirement_date: 2025-01-01 is not after "
                               "the deprecation_date 2026-03-10",
    missing_locale_key: "data/i18n/ru.yml (locale ru): answer_no: missing",
    missing_comment_key: "data/i18n/fr.yml: comments.region_choice_python: missing in locale fr",
    unknown_geo: f"data/bedrock.yml: {at('claude-haiku-3')}.geos[1]: 'ca': Input should be 'global', 'us'",
    unsourced_fact: f"data/bedrock.yml: {at('claude-sonnet-4-5')}.sources: no source for lifecycle (a fact no official "
                    "page states stays out)",
    unknown_source: f"data/bedrock.yml: {at('claude-opus-4-6')}.sources.opus-4-6-card: is not a page listed in sources",
    unofficial_address: "data/bedrock.yml: sources.model-ids: 'http://example.com/model-ids': not the "
                        "https:// address of a page",
    group_without_source: "data/bedrock.yml: logging.sources: someone-said is not a page listed in sources",
    punctuation_after_a_date: "data/i18n/ru.yml (locale ru): lifecycle.deprecated: 'Устарела с {date}.' "
                              "ends a formatted value with punctuation",
    pin_not_before_the_new_version: "data/bedrock.yml: sdks.python_first_new_version: 1.2.0 is not after "
                                    "the pinned python_version 1.17.0",
    versioned_messages_api_id: f"data/bedrock.yml: {at('claude-sonnet-5')}.messages_api_id: 'anthropic.claude-sonnet-5-v1:0': "
                               "anthropic.claude-sonnet-5-v1:0 is not a Messages-API model ID",
    legacy_flag_on_a_messages_api_model: f"data/bedrock.yml: {at('claude-sonnet-5')}.examples_default_global: set, but only "
                                         "models of the legacy integration",
    legacy_model_without_geos: f"data/bedrock.yml: {at('claude-opus-4-5')}.geos: missing: the legacy integration states it",
    messages_api_example_on_the_legacy_integration: "data/bedrock.yml: examples.messages_api_model: "
                                                    "claude-opus-4-6 is not the key of a model callable through "
                                                    "the Messages API",
    unknown_feature: "data/bedrock.yml: messages_api.supported_features[4]: 'web_search': Input should be",
    feature_without_words: "data/i18n/zh-TW.yml (locale zh-TW): messages_api.features: ",
    unofficial_host: "data/bedrock.yml: sources.opus-5: https://blog.example.com/claude-opus-5 is not on an "
                     f"official host (official_hosts); it is cited for {at('claude-opus-5')}.name",
    registry_for_a_model_fact: "data/bedrock.yml: sources.pypi-anthropic: https://pypi.org/project/anthropic/ "
                               "is a package registry, which backs SDK releases only; it is cited for "
                               f"{at('claude-opus-4-6')}.release_date",
    effort_default_not_a_level: f"data/bedrock.yml: {at('claude-opus-4-6')}.request_rules: ",
    both_a_value_and_a_range: f"data/bedrock.yml: {at('claude-fable-5-1')}.request_rules.sampling.temperature",
    thinking_off_and_never_off: f"data/bedrock.yml: {at('claude-fable-5-1')}.request_rules.thinking_off_up_to: "
                                "set, but thinking_refused says thinking can never be turned off",
    endpoints_on_a_legacy_model: f"data/bedrock.yml: {at('claude-opus-4-6')}.endpoints: set, but the model has "
                                 "no messages_api_id",
    unknown_access: f"data/bedrock.yml: {at('claude-opus-5-5')}.access: 'everyone': Input should be 'open'",
    invitation_model_in_the_samples: "data/bedrock.yml: examples.messages_api_model: claude-sonnet-5 has access "
                                     "'invitation'; the samples call a model open to every reader",
    retention_rule_without_its_model: "data/bedrock.yml: data_retention.unchanged_before: claude-fable-4 is not "
                                      "the key of a model with a release_date",
    eol_floor_before_release: f"data/bedrock.yml: {at('claude-opus-5-5')}.eol_no_sooner_than: 2026-01-01 is not "
                              "after the release_date 2026-09-22",
    platform_row_without_words: "data/i18n/ja.yml (locale ja): claude_platform.rows: ",
    geo_refused_by_an_unknown_model: "data/bedrock.yml: claude_platform.inference_geo_refused[3]: claude-opus-4-9 is "
                                     "not the key of any model",
}


@pytest.mark.parametrize("breakage", BAD_DATA, ids=lambda f: f.__name__)
def test_bad_data_is_refused_naming_file_and_field(breakage, tmp_path):
    project = copy_project(tmp_path / "project", parts=("data",))
    breakage(project)
    with pytest.raises(DataError) as refused:
        load_site_data(project, list(LOCALES))
    assert BAD_DATA[breakage] in str(refused.value)


@pytest.mark.parametrize("breakage", [malformed_yaml, missing_locale_key], ids=lambda f: f.__name__)
def test_bad_data_stops_the_build_with_that_message_and_no_traceback(breakage, tmp_path):
    project = copy_project(tmp_path / "project")
    breakage(project)
    result = build(project, tmp_path / "site")
    assert result.returncode != 0, "the build accepted bad data"
    assert BAD_DATA[breakage] in result.log
    assert "Traceback" not in result.log


def test_html_in_a_display_name_is_shown_as_text(edited_data_build):
    result = edited_data_build
    assert result.returncode == 0, result.log
    key, name = HTML_NAME
    for locale in LOCALES:
        for page in ("models", "features", "endpoints", "model-cards/index", f"model-cards/{key}"):
            body = article(result.site, locale, page)
            assert body.find("img") is None, f"{locale}/{page}: the name became markup"
            assert name in body.get_text(), f"{locale}/{page}: the name is not shown as written"
        title = soup(result.site, locale, f"model-cards/{key}").title
        assert title.find("img") is None and title.get_text().startswith(name)

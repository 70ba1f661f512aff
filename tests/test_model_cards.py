"""Promise: every model in the data has a card in every language, generated (never written
by hand), whose table states exactly the data's facts, dates and numbers formatted the
language's way, and which names the official page behind each fact and the day the facts
were checked; retired models keep theirs; models.json carries the same facts and sources."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from babel.dates import format_skeleton
from babel.numbers import format_decimal

from .project import LOCALES, ROOT, article, load_yaml, validated_facts
from .project import localized_date as date

FACTS = validated_facts()


def words(locale):
    return load_yaml(ROOT / f"data/i18n/{locale}.yml")


def expected_rows(model, locale: str) -> dict[str, str]:
    """The card's rows as the data and babel say they must read (label -> value); the status
    row is checked on its own (test_status_row_tells_the_lifecycle)."""
    cards, loc = words(locale)["cards"], locale.replace("-", "_")
    cutoff = cards["not_published"]
    if model.knowledge_cutoff:
        year, month = map(int, model.knowledge_cutoff.split("-"))
        cutoff = format_skeleton("yMMMM", dt.date(year, month, 1), locale=loc)
    integrations = words(locale)["messages_api"]["integrations"]
    base = model.bedrock_id or model.messages_api_id
    optional = {cards["messages_api_id"]: model.messages_api_id, cards["base_id"]: model.bedrock_id,
                cards["profile_ids"]: "".join(f"{geo}.{base}" for geo in model.geos)}
    return {
        cards["name"]: model.name,
        # A model on both integrations names both, in the locale's list words (checked apart).
        cards["integration"]: integrations["messages_api" if model.messages_api_id else "legacy"],
        **{label: value for label, value in optional.items() if value},
        cards["hosting"]: FACTS.hosting.platform,
        cards["provider"]: FACTS.hosting.provider,
        cards["release_date"]: date(model.release_date, locale),
        cards["knowledge_cutoff"]: cutoff,
        cards["context_window"]: format_decimal(model.context_window, locale=loc),
        cards["max_output_tokens"]: format_decimal(model.max_output_tokens, locale=loc),
    }


def card_rows(site, locale, key) -> dict[str, str]:
    table = article(site, locale, f"model-cards/{key}").select_one('table[data-table="model-card"]')
    return {tr.th.get_text(strip=True): tr.td.get_text(strip=True) for tr in table.select("tbody tr")}


@pytest.mark.parametrize("locale", LOCALES)
def test_exactly_one_card_per_model(site, locale):
    cards = {p.parent.name for p in (site / locale / "model-cards").glob("*/index.html")}
    assert cards == {m.key for m in FACTS.models}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("model", FACTS.models, ids=lambda m: m.key)
def test_card_states_the_data(site, locale, model):
    body = article(site, locale, f"model-cards/{model.key}")
    assert body.h1.get_text(strip=True).removesuffix("¶") == model.name
    rows = card_rows(site, locale, model.key)
    status = rows.pop(words(locale)["cards"]["status"])
    expected, label = expected_rows(model, locale), words(locale)["cards"]["integration"]
    if len(model.integrations) == 2:
        names = words(locale)["messages_api"]["integrations"].values()
        assert all(name in rows[label] for name in names), rows[label]
        rows[label] = expected[label]
    assert rows == expected and status
    intro = body.select_one("p").get_text(strip=True)
    cards = words(locale)["cards"]
    retired = FACTS.status(model) == "retired"
    assert intro == (cards["intro_retired"] if retired else cards["intro"]).format(name=model.name)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("model", FACTS.models, ids=lambda m: m.key)
def test_status_row_tells_the_lifecycle(site, locale, model):
    """Each lifecycle date appears in the language's words and tense: past tense up to the day
    the facts were checked, planned after it; a retired model says only that."""
    said, today = words(locale)["lifecycle"], FACTS.facts_checked
    status = card_rows(site, locale, model.key)[words(locale)["cards"]["status"]]
    if model.retirement_date == "unpublished":
        assert status.startswith(said["retired_undated"])
    elif model.retirement_date and model.retirement_date <= today:
        assert status.startswith(said["retired"].format(date=date(model.retirement_date, locale)))
    elif model.deprecation_date:
        past = model.deprecation_date <= today
        template = said["deprecated"] if past else said["deprecation_planned"]
        assert template.format(date=date(model.deprecation_date, locale)) in status
        if model.retirement_date:
            assert said["retirement_planned"].format(date=date(model.retirement_date, locale)) in status
    else:
        assert status.startswith(said["active"])
    assert status.endswith(words(locale)["full_stop"])


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("model", FACTS.models, ids=lambda m: m.key)
def test_card_names_its_sources_and_when_they_were_checked(site, locale, model):
    body = article(site, locale, f"model-cards/{model.key}")
    links = [a["href"] for a in body.select("ul.card-sources li > a")]
    assert links == [FACTS.sources[name] for name in model.sources]
    assert body.find(id="sources").get_text(strip=True).startswith(words(locale)["cards"]["sources"])
    assert date(FACTS.facts_checked, locale) in body.select("p")[-1].get_text()


def test_numbers_and_dates_follow_each_language(site):
    sonnet = FACTS.model("claude-sonnet-4-5")
    shown = {locale: card_rows(site, locale, "claude-sonnet-4-5") for locale in LOCALES}
    windows = {locale: shown[locale][words(locale)["cards"]["context_window"]] for locale in LOCALES}
    assert windows["ja"] == "200,000" and windows["zh-TW"] == "200,000"
    assert windows["fr"] == "200\u202f000" and windows["ru"] == "200\u00a0000"
    assert sonnet.context_window == 200000


@pytest.mark.parametrize("locale", LOCALES)
def test_card_index_and_model_table_link_every_card(site, locale):
    index = article(site, locale, "model-cards/index")
    links = {tr["data-model"]: tr.a["href"] for tr in index.select('table[data-table="model-cards"] tbody tr')}
    assert links == {m.key: f"{m.key}/" for m in FACTS.models}
    table = article(site, locale, "models").select('table[data-table="model-ids"] tbody tr')
    assert {tr["data-model"]: tr.a["href"] for tr in table} == {
        m.key: f"../model-cards/{m.key}/" for m in FACTS.listed_models}


def test_models_json_carries_the_data_and_its_sources(site):
    published = json.loads((site / "models.json").read_text(encoding="utf-8"))
    assert published["facts_checked"] == FACTS.facts_checked.isoformat()
    raw = load_yaml(ROOT / "data/bedrock.yml")
    assert [m["key"] for m in published["models"]] == [m["key"] for m in raw["models"]]
    for shown, model in zip(published["models"], raw["models"]):
        assert (shown["bedrock_id"], shown["messages_api_id"]) == (model.get("bedrock_id"), model.get("messages_api_id"))
        assert shown["integrations"] == [name for name, field in (("messages_api", "messages_api_id"),
                                                                  ("legacy", "bedrock_id")) if field in model]
        assert shown["status"] == FACTS.status(FACTS.model(model["key"]))
        base = model.get("bedrock_id") or model["messages_api_id"]
        assert shown["inference_profile_ids"] == {g: f"{g}.{base}" for g in model.get("geos", [])}
        assert shown["release_date"] == str(model["release_date"])
        assert shown["sources"] == [{"url": raw["sources"][name], "facts": facts}
                                    for name, facts in model["sources"].items()]

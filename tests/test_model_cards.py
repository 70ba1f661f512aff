"""Promise: every model in the data has a card in every language, generated (never written
by hand), whose table states exactly the data's facts, dates and numbers formatted the
language's way; retired models keep theirs; models.json carries the same facts."""

from __future__ import annotations

import json

import pytest
from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal

from .project import LOCALES, ROOT, article, load_yaml

FACTS = load_yaml(ROOT / "data/bedrock.yml")


def words(locale):
    return load_yaml(ROOT / f"data/i18n/{locale}.yml")


def expected_rows(model: dict, locale: str) -> dict[str, str]:
    """The card's rows as the data and babel say they must read (label -> value)."""
    w, cards, loc = words(locale), words(locale)["cards"], locale.replace("-", "_")
    date = lambda d: format_date(d, "long", locale=loc)  # noqa: E731
    yes_no = lambda flag: w["answer_yes"] if flag else w["answer_no"]  # noqa: E731
    status = {"active": cards["active"],
              "deprecated": cards["deprecated"].format(date=date(model.get("deprecation_date") or model["release_date"])),
              "retired": cards["retired"].format(date=date(model.get("retirement_date") or model["release_date"]))}
    one_m = cards["context_1m"].format(tokens=format_compact_decimal(
        FACTS["context_1m"]["window_tokens"], locale=loc))
    return {
        cards["name"]: model["name"],
        cards["base_id"]: model["bedrock_id"],
        cards["profile_ids"]: "".join(f"{geo}.{model['bedrock_id']}" for geo in model["geos"]),
        cards["hosting"]: FACTS["hosting"]["platform"],
        cards["provider"]: FACTS["hosting"]["provider"],
        cards["release_date"]: date(model["release_date"]),
        cards["knowledge_cutoff"]: cards["not_published"],
        cards["context_window"]: format_decimal(model["context_window"], locale=loc),
        cards["max_output_tokens"]: format_decimal(model["max_output_tokens"], locale=loc),
        one_m: yes_no(model["supports_1m_context"]),
        cards["status"]: status[model["status"]],
        cards["open_source"]: yes_no(FACTS["hosting"]["open_source"]),
    }


@pytest.mark.parametrize("locale", LOCALES)
def test_exactly_one_card_per_model(site, locale):
    cards = {p.parent.name for p in (site / locale / "model-cards").glob("*/index.html")}
    assert cards == {m["key"] for m in FACTS["models"]}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("model", FACTS["models"], ids=lambda m: m["key"])
def test_card_states_the_data(site, locale, model):
    assert all(m.get("knowledge_cutoff") is None for m in FACTS["models"]), "extend expected_rows"
    body = article(site, locale, f"model-cards/{model['key']}")
    assert body.h1.get_text(strip=True).removesuffix("¶") == model["name"]
    table = body.select_one('table[data-table="model-card"]')
    rows = {tr.th.get_text(strip=True): tr.td.get_text(strip=True) for tr in table.select("tbody tr")}
    assert rows == expected_rows(model, locale)
    intro = body.select_one("p").get_text(strip=True)
    cards = words(locale)["cards"]
    if model["status"] == "retired":
        date = format_date(model["retirement_date"], "long", locale=locale.replace("-", "_"))
        assert intro == cards["intro_retired"].format(name=model["name"], date=date)
    else:
        assert intro == cards["intro"].format(name=model["name"])


def test_numbers_and_dates_follow_each_language(site):
    opus = next(m for m in FACTS["models"] if m["key"] == "claude-opus-4-6")
    shown = {locale: {tr.th.get_text(strip=True): tr.td.get_text(strip=True) for tr in
                      article(site, locale, "model-cards/claude-opus-4-6").select("tbody tr")}
             for locale in LOCALES}
    windows = {locale: shown[locale][words(locale)["cards"]["context_window"]] for locale in LOCALES}
    assert windows["ja"] == "200,000" and windows["zh-TW"] == "200,000"
    assert windows["fr"] == "200\u202f000" and windows["ru"] == "200\u00a0000"
    assert opus["context_window"] == 200000


@pytest.mark.parametrize("locale", LOCALES)
def test_card_index_and_model_table_link_every_card(site, locale):
    index = article(site, locale, "model-cards/index")
    links = {tr["data-model"]: tr.a["href"] for tr in index.select('table[data-table="model-cards"] tbody tr')}
    assert links == {m["key"]: f"{m['key']}/" for m in FACTS["models"]}
    table = article(site, locale, "models").select('table[data-table="model-ids"] tbody tr')
    assert {tr["data-model"]: tr.a["href"] for tr in table} == {
        m["key"]: f"../model-cards/{m['key']}/" for m in FACTS["models"] if m["status"] != "retired"}


def test_models_json_carries_the_data(site):
    published = json.loads((site / "models.json").read_text(encoding="utf-8"))
    assert [m["key"] for m in published["models"]] == [m["key"] for m in FACTS["models"]]
    for shown, model in zip(published["models"], FACTS["models"]):
        assert shown["bedrock_id"] == model["bedrock_id"] and shown["status"] == model["status"]
        assert shown["inference_profile_ids"] == {g: f"{g}.{model['bedrock_id']}" for g in model["geos"]}
        assert shown["release_date"] == str(model["release_date"])

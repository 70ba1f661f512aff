"""Promise: every model in the data has a card in every language, generated (never written
by hand), whose table states exactly the data's facts, dates and numbers formatted the
language's way, and which names the official page behind each fact and the day the facts
were checked; retired models keep theirs; models.json carries the same facts and sources."""

from __future__ import annotations

import datetime as dt
import re
import json

from urllib.parse import urlsplit, urlunsplit

import pytest
from babel.dates import format_skeleton
from babel.numbers import format_decimal

from macros.formatting import babel_locale, names_list

from site_build import LOCALES, ROOT, article, load_yaml, validated_facts
from .support import localized_date as date

FACTS = validated_facts()


def words(locale):
    return load_yaml(ROOT / f"data/i18n/{locale}.yml")


# Rows checked by tests of their own: the lifecycle, the request rules and data retention.
OWN_TESTS = ("status", "sampling", "thinking", "effort", "data_retention")


def expected_rows(model, locale: str) -> dict[str, str]:
    """The card's rows as the data and babel say they must read (label -> value); a fact the
    data leaves out reads as not published."""
    cards, loc = words(locale)["cards"], locale.replace("-", "_")
    missing, retired = cards["not_published"], FACTS.status(model) == "retired"
    cutoff = missing
    if model.knowledge_cutoff:
        year, month = map(int, model.knowledge_cutoff.split("-"))
        cutoff = format_skeleton("yMMMM", dt.date(year, month, 1), locale=loc)
    integrations = words(locale)["messages_api"]["integrations"]
    base = model.bedrock_id or model.messages_api_id
    # A Messages-API model bedrock-runtime may serve (it does, or no page says) has the row.
    runtime_possible = model.messages_api_id and (model.endpoints is None or "runtime" in model.endpoints)
    profiles = None if not (model.geos or runtime_possible) else (
        missing if model.geos is None else "".join(f"{geo}.{base}" for geo in model.geos))
    endpoints = None if not model.messages_api_id else (
        missing if model.endpoints is None
        else names_list([f"bedrock-{e}" for e in model.endpoints], locale).replace(" ", ""))
    optional = {cards["access"]: None if retired else words(locale)["access"]["full"][model.access],
                cards["endpoints"]: endpoints,
                cards["messages_api_id"]: model.messages_api_id, cards["base_id"]: model.bedrock_id,
                cards["profile_ids"]: profiles}
    number = lambda value: missing if value is None else format_decimal(value, locale=loc)  # noqa: E731
    return {
        cards["name"]: model.name,
        # A model on both integrations names both, in the locale's list words (checked apart).
        cards["integration"]: integrations["messages_api" if model.messages_api_id else "legacy"],
        **{label: value for label, value in optional.items() if value},
        cards["hosting"]: FACTS.hosting.platform,
        cards["provider"]: FACTS.hosting.provider,
        cards["release_date"]: date(model.release_date, locale) if model.release_date else missing,
        cards["knowledge_cutoff"]: cutoff,
        cards["context_window"]: number(model.context_window),
        cards["max_output_tokens"]: number(model.max_output_tokens),
    }


def card_rows(site, locale, key) -> dict[str, str]:
    table = article(site, locale, f"model-cards/{key}").select_one('table[data-table="model-card"]')
    return {tr.th.get_text(strip=True): tr.td.get_text(strip=True) for tr in table.select("tbody tr")}


def card_cells(site, locale, key) -> dict:
    """label -> the row's value cell, as markup."""
    table = article(site, locale, f"model-cards/{key}").select_one('table[data-table="model-card"]')
    return {tr.th.get_text(strip=True): tr.td for tr in table.select("tbody tr")}


@pytest.mark.parametrize("locale", LOCALES)
def test_exactly_one_card_per_model(site, locale):
    cards = {p.parent.name for p in (site / locale / "model-cards").glob("*/index.html")}
    assert cards == {m.key for m in FACTS.models}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("model", FACTS.models, ids=lambda m: m.key)
def test_card_states_the_data(site, locale, model):
    body = article(site, locale, f"model-cards/{model.key}")
    assert body.h1.get_text(strip=True).removesuffix("¶") == model.name
    rows, cards = card_rows(site, locale, model.key), words(locale)["cards"]
    own = {label: rows.pop(cards[label], None) for label in OWN_TESTS}
    expected, label = expected_rows(model, locale), cards["integration"]
    if len(model.integrations) == 2:
        names = words(locale)["messages_api"]["integrations"].values()
        assert all(name in rows[label] for name in names), rows[label]
        rows[label] = expected[label]
    assert rows == expected and own["status"]
    retired = FACTS.status(model) == "retired"
    assert all(own[label] is None for label in OWN_TESTS[1:]) == retired, "rules rows on a retired card only"
    intro = body.select_one("p").get_text(strip=True)
    expected_intro = (cards["intro_retired_spared"] if model.retirement_spares else cards["intro_retired"]) \
        if retired else cards["intro"]
    assert intro == expected_intro.format(name=model.name)


LIVE = [m for m in FACTS.models if FACTS.status(m) != "retired"]


def number(value: float, locale: str) -> str:
    return format_decimal(value, format="0.0###", locale=locale.replace("-", "_"))


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("model", LIVE, ids=lambda m: m.key)
def test_card_shows_the_request_rules_of_the_data(site, locale, model):
    """Each rule the data states appears on the card in the language's words; a card whose
    data states none says that none is published."""
    cells, cards, said = card_cells(site, locale, model.key), words(locale)["cards"], words(locale)["rules"]
    rules = model.request_rules
    sampling = cells[cards["sampling"]].get_text(" ", strip=True)
    for name, allowed in rules.sampling.items():
        assert name in sampling, (locale, model.key, name)
        if allowed == "unsupported":
            assert said["unsupported"] in sampling
        else:
            for value in (allowed.equals, allowed.at_least, allowed.below):
                assert value is None or number(value, locale) in sampling, (locale, model.key, value)
    if not rules.temperature_with_top_p:
        assert said["not_together"].split("{second}")[-1].strip() in sampling
    thinking = cells[cards["thinking"]].get_text(" ", strip=True)
    codes = [code.get_text() for code in cells[cards["thinking"]].select("code")]
    for kind in rules.thinking_refused:
        # Each refused thinking.type in words, with its value as code.
        words_of = [part.strip() for part in re.split(r"\{\w+\}", said["thinking_types"][kind]) if part.strip("（）() ")]
        assert kind in codes and all(part in thinking for part in words_of), (locale, model.key, kind, thinking)
    if len(rules.thinking_refused) > 1:
        # After a negation the types are joined as alternatives ("neither A nor B"), not with "and".
        pattern = babel_locale(locale).list_patterns["or"]["2"]
        joiner = pattern.removeprefix("{0}").removesuffix("{1}").strip()
        assert re.search(r"[)）]\s*" + re.escape(joiner), thinking), (locale, model.key, thinking)
    if rules.thinking_off_up_to:
        assert rules.thinking_off_up_to in thinking
    effort = [code.get_text() for code in cells[cards["effort"]].select("code")]
    if rules.effort_levels:
        assert effort == [*rules.effort_levels, *([rules.effort_default] if rules.effort_default else [])]
    for label, stated in (("sampling", rules.sampling or not rules.temperature_with_top_p),
                          ("thinking", rules.thinking_refused or rules.thinking_off_up_to),
                          ("effort", rules.effort_levels is not None)):
        shown = cells[cards[label]].get_text(strip=True)
        assert (shown == said["not_published"]) == (not stated), (locale, model.key, label, shown)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_effort_row_says_when_a_model_takes_no_effort(site, locale):
    without = [m for m in LIVE if m.request_rules.effort_levels == []]
    assert without, "no model in the data takes no effort: the test would prove nothing"
    for model in without:
        assert card_rows(site, locale, model.key)[words(locale)["cards"]["effort"]] == \
            words(locale)["rules"]["unsupported"]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("model", LIVE, ids=lambda m: m.key)
def test_card_says_whether_zero_data_retention_refuses_the_model(site, locale, model):
    """Released before the model AWS names: no change. Later: AWS's list decides, linked."""
    cell = card_cells(site, locale, model.key)[words(locale)["cards"]["data_retention"]]
    said, retention = words(locale)["rules"], FACTS.data_retention
    first = FACTS.model(retention.unchanged_before)
    text = cell.get_text(strip=True)
    if model.release_date and model.release_date < first.release_date:
        assert first.name in text
        assert text.startswith(said["retention_unchanged"].split("{")[0].strip()), text
        assert [code.get_text() for code in cell.select("code")] == [retention.zero_mode]
        assert cell.a is None
    else:
        # No claim about when it came out: a model without a published date may be older.
        assert first.name not in text, text
        assert cell.a["href"] == FACTS.sources[retention.models_list] and cell.a.get_text() == \
            said["retention_list_link"]



def english(url: str, locale: str) -> str:
    """The English page a link in the reader's language stands for (data/bedrock.yml vendor_docs)."""
    parts = urlsplit(url)
    host = FACTS.vendor_docs.hosts.get(parts.hostname)
    localized = host.localized.format(code=host.codes[locale]) if host and locale in host.codes else None
    if localized and parts.path.startswith(localized):
        return urlunsplit(parts._replace(path=host.english + parts.path.removeprefix(localized)))
    return url

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
    labels = (said["active"], said["retired_undated"])
    assert status in labels or status.endswith(words(locale)["full_stop"]), "a label alone, or sentences"


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("model", FACTS.models, ids=lambda m: m.key)
def test_card_names_its_sources_and_when_they_were_checked(site, locale, model):
    """Every page behind a fact the card shows, in the data's order; the data retention row cites
    the data retention page (and AWS's list, where that decides); nothing the card never shows."""
    body = article(site, locale, f"model-cards/{model.key}")
    retired, retention = FACTS.status(model) == "retired", FACTS.data_retention
    hidden = {"examples_default_global", "regional_price_premium"} | (
        {"access", "sampling", "thinking", "effort", "data_retention"} if retired else set())
    cited = [name for name, given in model.sources.items() if set(given) - hidden]
    if not retired:
        first = FACTS.model(retention.unchanged_before).release_date
        later = not (model.release_date and model.release_date < first)
        cited += [name for name in (retention.rules_page, *([retention.models_list] if later else []))
                  if name not in cited]
    links = [a["href"] for a in body.select("ul.card-sources li > a")]
    assert [english(link, locale) for link in links] == [FACTS.sources[name] for name in cited]
    labels = " ".join(li.get_text(" ") for li in body.select("ul.card-sources li"))
    for fact in hidden & {"examples_default_global", "regional_price_premium"}:
        assert words(locale)["cards"].get(fact, "\0") not in labels
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
        assert shown["inference_profile_ids"] == (
            {g: f"{g}.{base}" for g in model["geos"]} if "geos" in model else None)
        assert (shown["access"], shown["messages_api_endpoints"]) == (model["access"], model.get("endpoints"))
        assert shown["release_date"] == (str(model["release_date"]) if "release_date" in model else None)
        assert shown["request_rules"] == model.get("request_rules", {})
        assert shown["requires_data_retention"] in (False, None) and shown["eol_no_sooner_than"] == (
            str(model["eol_no_sooner_than"]) if "eol_no_sooner_than" in model else None)
        assert shown["sources"] == [{"url": raw["sources"][name], "facts": facts}
                                    for name, facts in model["sources"].items()]

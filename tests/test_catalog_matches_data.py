"""Promise: what the guide says about each model agrees with what Bedrock reports (the
fake's recorded catalog): IDs exist, geo availability, lifecycle states and dates match,
retired models are gone, and the 1M models take the beta the samples send."""

from __future__ import annotations

import datetime as dt

import pytest

from fake_bedrock import Catalog
from fake_bedrock.messages_api import MANTLE, RUNTIME, recorded_models
from macros.loading import load_site_data

from .project import LOCALES, ROOT

CATALOG = Catalog()
FACTS = load_site_data(ROOT, list(LOCALES)).facts
LIVE = FACTS.listed_models
RETIRED = [m for m in FACTS.models if m.bedrock_id and m not in LIVE]
MESSAGES_API = recorded_models()


def offered_geos(base_id: str) -> set[str]:
    return {profile["inferenceProfileId"].split(".", 1)[0]
            for region in CATALOG.regions for profile in CATALOG.inference_profiles(region)
            if profile["inferenceProfileId"].split(".", 1)[1] == base_id}


def listed(base_id: str) -> list[dict]:
    return [m for region in CATALOG.regions for m in CATALOG.foundation_models(region)
            if m["modelId"] == base_id]


def day(timestamp: str | None) -> dt.date | None:
    return dt.date.fromisoformat(timestamp[:10]) if timestamp else None


def test_the_fixture_has_models_in_every_state():
    assert {FACTS.status(m) for m in FACTS.models} == {"active", "deprecated", "retired"}


@pytest.mark.parametrize("model", LIVE, ids=lambda m: m.key)
def test_model_id_and_geos_match_bedrock(model):
    assert listed(model.bedrock_id), f"{model.key}: Bedrock lists no {model.bedrock_id}"
    assert offered_geos(model.bedrock_id) == set(model.geos), (
        f"data/bedrock.yml {model.key}.geos says {sorted(model.geos)}, "
        f"Bedrock has profiles for {sorted(offered_geos(model.bedrock_id))}")


@pytest.mark.parametrize("model", LIVE, ids=lambda m: m.key)
def test_lifecycle_state_and_dates_match_bedrock(model):
    lifecycles = [m["modelLifecycle"] for m in listed(model.bedrock_id)]
    assert {life["status"] for life in lifecycles} == {"LEGACY" if FACTS.status(model) == "deprecated" else "ACTIVE"}
    for life in lifecycles:
        assert day(life.get("legacyTime")) == model.deprecation_date, model.key
        assert day(life.get("endOfLifeTime")) == model.retirement_date, model.key


@pytest.mark.parametrize("model", RETIRED, ids=lambda m: m.key)
def test_retired_models_are_gone_from_every_region(model):
    assert not listed(model.bedrock_id) and not offered_geos(model.bedrock_id), model.key


def test_the_1m_models_take_the_beta_the_samples_send():
    one_m = {m.bedrock_id for m in LIVE if FACTS.has_1m_context(m)}
    assert one_m and one_m <= set(CATALOG.betas[FACTS.context_1m.beta_header])


def test_the_models_the_data_puts_on_bedrock_mantle_are_the_ones_it_serves():
    assert sorted(MESSAGES_API[MANTLE]) == sorted(m.messages_api_id for m in FACTS.messages_api_models
                                                  if m.serves("mantle"))


def test_each_messages_api_model_has_the_runtime_profiles_the_data_lists():
    shown = {m.profile_id(geo) for m in FACTS.messages_api_models if m.serves("runtime") for geo in m.geos or []}
    assert sorted(MESSAGES_API[RUNTIME]) == sorted(shown)

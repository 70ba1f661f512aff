"""Promise: what the guide says about each model agrees with what Bedrock reports (the
fake's recorded catalog): the 1M models take the beta the samples send, and the Messages-API
models are served where the data says. IDs, geos, lifecycle states and dates are compared by
the facts watch's catalog check, the one a maintainer runs against Bedrock itself
(tests/test_facts_watch_catalog.py)."""

from __future__ import annotations

from fake_bedrock import Catalog
from fake_bedrock.messages_api import MANTLE, RUNTIME, recorded_models
from macros.loading import load_site_data

from site_build import LOCALES, ROOT

CATALOG = Catalog()
FACTS = load_site_data(ROOT, list(LOCALES)).facts
LIVE = FACTS.listed_models
MESSAGES_API = recorded_models()


def test_the_fixture_has_models_in_every_state():
    assert {FACTS.status(m) for m in FACTS.models} == {"active", "deprecated", "retired"}


def test_the_1m_models_take_the_beta_the_samples_send():
    one_m = {m.bedrock_id for m in LIVE if FACTS.has_1m_context(m)}
    assert one_m and one_m <= set(CATALOG.betas[FACTS.context_1m.beta_header])


def test_the_models_the_data_puts_on_bedrock_mantle_are_the_ones_it_serves():
    assert sorted(MESSAGES_API[MANTLE]) == sorted(m.messages_api_id for m in FACTS.messages_api_models
                                                  if m.serves("mantle"))


def test_each_messages_api_model_has_the_runtime_profiles_the_data_lists():
    shown = {m.profile_id(geo) for m in FACTS.messages_api_models if m.serves("runtime") for geo in m.geos or []}
    assert sorted(MESSAGES_API[RUNTIME]) == sorted(shown)

"""Promise: what the guide says about each model agrees with what Bedrock reports (the
fake's recorded catalog): IDs exist, geo availability, lifecycle and 1M support match."""

from __future__ import annotations

import pytest

from .fake_bedrock import Catalog
from .project import ROOT, load_yaml

CATALOG = Catalog()
FACTS = load_yaml(ROOT / "data/bedrock.yml")
LIVE = [m for m in FACTS["models"] if m["status"] != "retired"]


def offered_geos(base_id: str) -> set[str]:
    return {profile["inferenceProfileId"].split(".", 1)[0]
            for region in CATALOG.regions for profile in CATALOG.inference_profiles(region)
            if profile["inferenceProfileId"].split(".", 1)[1] == base_id}


def listed(base_id: str) -> list[dict]:
    return [m for region in CATALOG.regions for m in CATALOG.foundation_models(region)
            if m["modelId"] == base_id]


@pytest.mark.parametrize("model", LIVE, ids=lambda m: m["key"])
def test_model_id_and_geos_match_bedrock(model):
    assert listed(model["bedrock_id"]), f"{model['key']}: Bedrock lists no {model['bedrock_id']}"
    assert offered_geos(model["bedrock_id"]) == set(model["geos"]), (
        f"data/bedrock.yml {model['key']}.geos says {sorted(model['geos'])}, "
        f"Bedrock has profiles for {sorted(offered_geos(model['bedrock_id']))}")


@pytest.mark.parametrize("model", LIVE, ids=lambda m: m["key"])
def test_deprecated_models_are_legacy_in_bedrock(model):
    statuses = {m["modelLifecycle"]["status"] for m in listed(model["bedrock_id"])}
    assert statuses == {"LEGACY" if model["status"] == "deprecated" else "ACTIVE"}, model["key"]


def test_retired_models_are_end_of_life_in_bedrock():
    retired = {m["bedrock_id"] for m in FACTS["models"] if m["status"] == "retired"}
    assert retired and retired == set(CATALOG.retired)


def test_1m_context_support_matches_the_beta_bedrock_accepts():
    beta = FACTS["context_1m"]["beta_header"]
    assert beta in CATALOG.betas
    assert {m["bedrock_id"] for m in LIVE if m["supports_1m_context"]} == set(CATALOG.betas[beta])

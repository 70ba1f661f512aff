"""Bedrock's own catalog against the data, with read-only calls and the caller's credentials:
ListFoundationModels and GetFoundationModel for Anthropic's models and ListInferenceProfiles
(system-defined) per Region. It says which IDs, geo profiles and lifecycle states differ."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from macros.schema import Facts

from .watch import known_ids

PROVIDER = "Anthropic"


@dataclass
class Listing:
    """What one Region's catalog says about Anthropic's models."""

    models: dict[str, dict] = field(default_factory=dict)  # model ID -> GetFoundationModel's details
    profiles: list[str] = field(default_factory=list)  # system-defined inference profile IDs


def read(regions: list[str], client_for) -> dict[str, Listing]:
    """Each Region's listing; `client_for(region)` gives a boto3 `bedrock` client."""
    listings = {}
    for region in regions:
        client, listing = client_for(region), Listing()
        for summary in client.list_foundation_models(byProvider=PROVIDER)["modelSummaries"]:
            details = client.get_foundation_model(modelIdentifier=summary["modelId"])["modelDetails"]
            listing.models[summary["modelId"]] = details
        for page in client.get_paginator("list_inference_profiles").paginate(typeEquals="SYSTEM_DEFINED"):
            listing.profiles += [p["inferenceProfileId"] for p in page["inferenceProfileSummaries"]
                                 if ".anthropic." in f".{p['inferenceProfileId']}"]
        listings[region] = listing
    return listings


def differences(facts: Facts, listings: dict[str, Listing]) -> list[str]:
    """Where the data and Bedrock disagree, one line each, naming the model and the field."""
    out = []
    known = known_ids(facts)
    for model_id in sorted({i for listing in listings.values() for i in listing.models} - known):
        regions = [r for r, listing in listings.items() if model_id in listing.models]
        name = listings[regions[0]].models[model_id].get("modelName", "?")
        out.append(f"{model_id} ({name}) is offered in {', '.join(regions)}; the data has no model with this ID")
    for model in (m for m in facts.models if m.bedrock_id):
        out += _model_differences(facts, model, listings)
    return out


def _model_differences(facts: Facts, model, listings: dict[str, Listing]) -> list[str]:
    where = f"{model.key} ({model.bedrock_id})"
    details = [listing.models[model.bedrock_id] for listing in listings.values() if model.bedrock_id in listing.models]
    geos = {p.split(".", 1)[0] for listing in listings.values() for p in listing.profiles
            if p.split(".", 1)[1] == model.bedrock_id}
    if facts.status(model) == "retired":
        return [f"{where}: retired in the data, yet Bedrock still lists it"] if details or geos else []
    if not details:
        return [f"{where}: no Region listed it ({', '.join(listings)})"]
    out = []
    if geos != set(model.geos or []):
        out.append(f"{where}: geos: the data says {sorted(model.geos or [])}, Bedrock has profiles for {sorted(geos)}")
    expected = "LEGACY" if facts.status(model) == "deprecated" else "ACTIVE"
    for life in (d["modelLifecycle"] for d in details):
        if life["status"] != expected:
            out.append(f"{where}: Bedrock says {life['status']}, the data says {facts.status(model)}")
        for key, fact in (("legacyTime", "deprecation_date"), ("endOfLifeTime", "retirement_date")):
            said, ours = _day(life.get(key)), getattr(model, fact)
            if said != (ours if isinstance(ours, dt.date) else None):
                out.append(f"{where}: {fact}: the data says {getattr(model, fact)}, Bedrock says {said} ({key})")
    return sorted(set(out))


def _day(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(value[:10]) if value else None

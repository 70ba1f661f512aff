"""Cross-checks between facts that a schema cannot express. Each problem names the
dotted path of the field at fault, the bad value and why it is wrong."""

from __future__ import annotations

import datetime as dt
from typing import Iterator, NamedTuple

from .schema import MODEL_FACTS, Facts, Model, Sourced

# A model is released on or after the snapshot date in its ID, and soon after it: the
# longest gap among the models in this guide is 23 days (Opus 4.5).
RELEASE_WINDOW = dt.timedelta(days=90)
# What the legacy guide's table gives for each of its models: its geos, and two flags.
LEGACY_FLAGS = ("examples_default_global", "regional_price_premium")
LEGACY_FACTS = ("geos", *LEGACY_FLAGS)


class Problem(NamedTuple):
    path: str
    message: str


def facts_problems(facts: Facts) -> list[Problem]:
    return [*_duplicates(facts), *_model_problems(facts), *_source_problems(facts),
            *_example_problems(facts), *_other_problems(facts)]


def _duplicates(facts: Facts) -> Iterator[Problem]:
    for field in ("key", "bedrock_id", "messages_api_id", "name"):
        first_seen: dict[str, int] = {}
        for index, model in enumerate(facts.models):
            value = getattr(model, field)
            if value is not None and value in first_seen:
                yield Problem(f"models[{index}].{field}",
                              f"{value} duplicates models[{first_seen[value]}].{field}")
            first_seen.setdefault(value, index)


def _model_problems(facts: Facts) -> Iterator[Problem]:
    for index, model in enumerate(facts.models):
        for field, message in _one_model(model):
            yield Problem(f"models[{index}].{field}", message)


def _one_model(m: Model) -> Iterator[tuple[str, str]]:
    if not m.integrations:
        yield "bedrock_id", "missing, and so is messages_api_id: a model needs the ID of at least one integration"
    if m.bedrock_id:
        for field in LEGACY_FACTS:
            if getattr(m, field) in (None, []):
                yield field, "missing: the legacy integration states it for each of its models (bedrock_id is set)"
    else:
        for field in LEGACY_FLAGS:
            if getattr(m, field) is not None:
                yield field, "set, but only models of the legacy integration (with a bedrock_id) have it"
    snapshot = m.snapshot_date
    if snapshot and not snapshot <= m.release_date <= snapshot + RELEASE_WINDOW:
        yield "release_date", (f"{m.release_date} is not within {RELEASE_WINDOW.days} days after the "
                               f"snapshot date {snapshot:%Y%m%d} in its model ID")
    retired = m.retirement_date if isinstance(m.retirement_date, dt.date) else None
    if retired and m.deprecation_date is None:
        yield "retirement_date", f"{retired} is set but the model is never deprecated"
    if retired and m.deprecation_date and retired <= m.deprecation_date:
        yield "retirement_date", f"{retired} is not after the deprecation_date {m.deprecation_date}"
    if m.deprecation_date and m.deprecation_date < m.release_date:
        yield "deprecation_date", f"{m.deprecation_date} is before the release_date {m.release_date}"
    if m.examples_default_global and "global" not in m.geos:
        yield "examples_default_global", "true, but 'global' is not in geos"


def _source_problems(facts: Facts) -> Iterator[Problem]:
    """Every fact names an official page, and every page named is in `sources:`."""
    for index, model in enumerate(facts.models):
        for name in model.sources:
            if name not in facts.sources:
                yield Problem(f"models[{index}].sources.{name}", "is not a page listed in sources")
        vouched = {fact for facts_given in model.sources.values() for fact in facts_given}
        stated = set(_stated_facts(model))
        if stated - vouched:
            yield Problem(f"models[{index}].sources",
                          f"no source for {', '.join(sorted(stated - vouched))} (a fact no official "
                          "page states stays out)")
    for group in type(facts).model_fields:
        value = getattr(facts, group)
        if isinstance(value, Sourced):
            for name in value.sources:
                if name not in facts.sources:
                    yield Problem(f"{group}.sources", f"{name} is not a page listed in sources")


def _stated_facts(model: Model) -> list[str]:
    """Every fact a model entry states (an optional one only when it is there)."""
    return [fact for fact in MODEL_FACTS if getattr(model, fact, True) not in (None, [])]


def _example_problems(facts: Facts) -> Iterator[Problem]:
    key = facts.examples.model
    model = facts.model(key)
    if model is None:
        yield Problem("examples.model", f"{key} is not the key of any model")
        return
    if facts.status(model) != "active":
        yield Problem("examples.model", f"{key} is {facts.status(model)}; examples need an active model")
    for geo in ("global", facts.examples.regional_geo):
        if geo not in model.geos:
            yield Problem("examples.model", f"{key} is not offered in the '{geo}' geo the examples use")
    if not facts.has_1m_context(model):
        yield Problem("examples.model", f"{key} lacks the 1M context window its example uses")
    example = facts.messages_api_example
    if example is None or example not in facts.messages_api_models:
        yield Problem("examples.messages_api_model", f"{facts.examples.messages_api_model} is not the key of "
                      "a model callable through the Messages API (with a messages_api_id)")
    elif "global" not in example.geos:
        yield Problem("examples.messages_api_model", f"{example.key} has no global profile, which the "
                      "bedrock-runtime sample calls")
    if facts.examples.region not in facts.messages_api.mantle_regions:
        yield Problem("examples.region", f"{facts.examples.region} is not among messages_api.mantle_regions, "
                      "where the bedrock-mantle samples send their requests")


def _other_problems(facts: Facts) -> Iterator[Problem]:
    if facts.model(facts.integration.last_model) is None:
        yield Problem("integration.last_model", f"{facts.integration.last_model} is not the key of any model")
    sdks = facts.sdks
    for language in ("python", "typescript"):
        pinned, first_new = getattr(sdks, f"{language}_version"), getattr(sdks, f"{language}_first_new_version")
        if _release(first_new) <= _release(pinned):
            yield Problem(f"sdks.{language}_first_new_version",
                          f"{first_new} is not after the pinned {language}_version {pinned}")


def _release(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))

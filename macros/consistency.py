"""Cross-checks between facts that a schema cannot express. Each problem names the
dotted path of the field at fault, the bad value and why it is wrong."""

from __future__ import annotations

import datetime as dt
from typing import Iterator, NamedTuple
from urllib.parse import urlsplit

from .schema import Facts, Model, Sourced

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
    return [*_duplicates(facts), *_model_problems(facts), *_source_problems(facts), *_official_problems(facts),
            *_link_problems(facts), *_example_problems(facts), *_other_problems(facts)]


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
        if m.geos and m.messages_api_id and not m.serves("runtime"):
            yield "geos", "set, but inference profiles belong to bedrock-runtime, which endpoints does not list"
    if m.endpoints is not None and not m.messages_api_id:
        yield "endpoints", "set, but the model has no messages_api_id: endpoints are the Messages API's"
    yield from _dates(m)
    if m.examples_default_global and "global" not in (m.geos or []):
        yield "examples_default_global", "true, but 'global' is not in geos"
    rules = m.request_rules
    if rules.thinking_off_up_to and "disabled" in rules.thinking_refused:
        yield "request_rules.thinking_off_up_to", "set, but thinking_refused says thinking can never be turned off"


def _dates(m: Model) -> Iterator[tuple[str, str]]:
    snapshot = m.snapshot_date
    if snapshot and m.release_date and not snapshot <= m.release_date <= snapshot + RELEASE_WINDOW:
        yield "release_date", (f"{m.release_date} is not within {RELEASE_WINDOW.days} days after the "
                               f"snapshot date {snapshot:%Y%m%d} in its model ID")
    retired = m.retirement_date if isinstance(m.retirement_date, dt.date) else None
    if retired and m.deprecation_date is None:
        yield "retirement_date", f"{retired} is set but the model is never deprecated"
    if retired and m.deprecation_date and retired <= m.deprecation_date:
        yield "retirement_date", f"{retired} is not after the deprecation_date {m.deprecation_date}"
    if m.deprecation_date and m.release_date and m.deprecation_date < m.release_date:
        yield "deprecation_date", f"{m.deprecation_date} is before the release_date {m.release_date}"
    if m.retirement_spares and not retired:
        yield "retirement_spares", "set, but the model has no retirement_date whose Regions it could narrow"
    if m.eol_no_sooner_than and m.release_date and m.eol_no_sooner_than <= m.release_date:
        yield "eol_no_sooner_than", f"{m.eol_no_sooner_than} is not after the release_date {m.release_date}"


def _source_problems(facts: Facts) -> Iterator[Problem]:
    """Every fact names an official page, and every page named is in `sources:`."""
    for index, model in enumerate(facts.models):
        for name in model.sources:
            if name not in facts.sources:
                yield Problem(f"models[{index}].sources.{name}", "is not a page listed in sources")
        vouched = {fact for facts_given in model.sources.values() for fact in facts_given}
        stated = set(model.stated_facts())
        if stated - vouched:
            yield Problem(f"models[{index}].sources",
                          f"no source for {', '.join(sorted(stated - vouched))} (a fact no official "
                          "page states stays out)")
    for group, value in _sourced_groups(facts):
        for name in value.sources:
            if name not in facts.sources:
                yield Problem(f"{group}.sources", f"{name} is not a page listed in sources")


def _sourced_groups(facts: Facts) -> Iterator[tuple[str, Sourced]]:
    """The top-level groups of facts that name their sources (hosting, tools, sdks, …)."""
    for group in type(facts).model_fields:
        if isinstance(value := getattr(facts, group), Sourced):
            yield group, value


def _official_problems(facts: Facts) -> Iterator[Problem]:
    """A source is a page on an official host; a registry page backs SDK releases only."""
    hosts = facts.official_hosts
    for name, url in facts.sources.items():
        host = urlsplit(url).hostname
        citing = _citing(facts, name)
        if host in hosts.registries and any(not where.startswith("sdks.") for where in citing):
            yield Problem(f"sources.{name}", f"{url} is a package registry, which backs SDK releases only; "
                          f"it is cited for {', '.join(citing)}")
        elif host not in hosts.documentation + hosts.registries:
            yield Problem(f"sources.{name}", f"{url} is not on an official host (official_hosts); it is cited "
                          f"for {', '.join(citing) or 'nothing'}")


def _link_problems(facts: Facts) -> Iterator[Problem]:
    """Linked pages are on the vendors' documentation hosts, named once, and the pages said to
    be English-only exist."""
    documentation = facts.official_hosts.documentation
    for name, url in facts.links.items():
        if urlsplit(url).hostname not in documentation:
            yield Problem(f"links.{name}", f"{url} is not on an official documentation host (official_hosts)")
        if name in facts.sources:
            yield Problem(f"links.{name}", "is also in sources: name a page once")
    for host in facts.vendor_docs.hosts:
        if host not in documentation:
            yield Problem(f"vendor_docs.hosts.{host}", "is not an official documentation host (official_hosts)")
    for name in facts.vendor_docs.english_only:
        if name not in facts.sources and name not in facts.links:
            yield Problem(f"vendor_docs.english_only.{name}", "is not a page in sources: or links:")


def _citing(facts: Facts, name: str) -> list[str]:
    """Where a source is cited: 'models[3].release_date', 'sdks.sources', …"""
    return [f"{where}.{fact}" for where, fact in citations(facts, name)]


def citations(facts: Facts, name: str) -> list[tuple[str, str]]:
    """What cites a source: ('models[3]', 'release_date'), ('sdks', 'sources'), …"""
    cited = [(f"models[{i}]", fact) for i, m in enumerate(facts.models) for fact in m.sources.get(name, [])]
    return cited + [(group, "sources") for group, value in _sourced_groups(facts) if name in value.sources]


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
        return
    if example.access != "open":
        yield Problem("examples.messages_api_model", f"{example.key} has access '{example.access}'; the samples "
                      "call a model open to every reader")
    if "global" not in (example.geos or []):
        yield Problem("examples.messages_api_model", f"{example.key} has no global profile, which the "
                      "bedrock-runtime sample calls")
    if not example.serves("mantle"):
        yield Problem("examples.messages_api_model", f"{example.key} is not served on bedrock-mantle, where "
                      "the samples send their requests")
    if facts.examples.region not in facts.messages_api.mantle_regions:
        yield Problem("examples.region", f"{facts.examples.region} is not among messages_api.mantle_regions, "
                      "where the bedrock-mantle samples send their requests")


def _other_problems(facts: Facts) -> Iterator[Problem]:
    if facts.model(facts.integration.last_model) is None:
        yield Problem("integration.last_model", f"{facts.integration.last_model} is not the key of any model")
    for index, key in enumerate(facts.claude_platform.inference_geo_refused):
        if facts.model(key) is None:
            yield Problem(f"claude_platform.inference_geo_refused[{index}]", f"{key} is not the key of any model")
    retention = facts.data_retention
    first = facts.model(retention.unchanged_before)
    if first is None or first.release_date is None:
        yield Problem("data_retention.unchanged_before", f"{retention.unchanged_before} is not the key of a "
                      "model with a release_date")
    for field in ("rules_page", "models_list"):
        if getattr(retention, field) not in retention.sources:
            yield Problem(f"data_retention.{field}", f"{getattr(retention, field)} is not among data_retention.sources")
    for field in ("default_mode", "zero_mode"):
        if getattr(retention, field) not in retention.modes:
            yield Problem(f"data_retention.{field}", f"{getattr(retention, field)} is not among modes")
    sdks = facts.sdks
    for language in ("python", "typescript"):
        pinned, first_new = getattr(sdks, f"{language}_version"), getattr(sdks, f"{language}_first_new_version")
        if _release(first_new) <= _release(pinned):
            yield Problem(f"sdks.{language}_first_new_version",
                          f"{first_new} is not after the pinned {language}_version {pinned}")


def _release(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))

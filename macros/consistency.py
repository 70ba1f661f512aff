"""Cross-checks between facts that a schema cannot express. Each problem names the
dotted path of the field at fault, the bad value and why it is wrong."""

from __future__ import annotations

from typing import Iterator, NamedTuple

from .schema import BEDROCK_ID, Facts, Model


class Problem(NamedTuple):
    path: str
    message: str


def facts_problems(facts: Facts) -> list[Problem]:
    return [*_duplicates(facts), *_model_problems(facts), *_example_problems(facts)]


def _duplicates(facts: Facts) -> Iterator[Problem]:
    for field in ("key", "bedrock_id", "name"):
        first_seen: dict[str, int] = {}
        for index, model in enumerate(facts.models):
            value = getattr(model, field)
            if value in first_seen:
                yield Problem(f"models[{index}].{field}",
                              f"{value} duplicates models[{first_seen[value]}].{field}")
            first_seen.setdefault(value, index)


def _model_problems(facts: Facts) -> Iterator[Problem]:
    for index, model in enumerate(facts.models):
        for field, message in _one_model(model):
            yield Problem(f"models[{index}].{field}", message)


def _one_model(m: Model) -> Iterator[tuple[str, str]]:
    id_date = BEDROCK_ID.match(m.bedrock_id)["date"]
    if id_date and m.release_date.strftime("%Y%m%d") != id_date:
        yield "release_date", f"{m.release_date} contradicts the date {id_date} in its model ID"
    if m.status != "active" and m.deprecation_date is None:
        yield "deprecation_date", f"missing, but the status is {m.status}"
    if m.status == "active" and m.deprecation_date is not None:
        yield "status", f"active, but deprecation_date is {m.deprecation_date}"
    if m.status == "retired" and m.retirement_date is None:
        yield "retirement_date", "missing, but the status is retired"
    if m.retirement_date and m.status != "retired" and m.deprecation_date is None:
        yield "retirement_date", f"{m.retirement_date} is set but the model was never deprecated"
    if m.deprecation_date and m.retirement_date and m.retirement_date <= m.deprecation_date:
        yield "retirement_date", (f"{m.retirement_date} is not after the deprecation_date "
                                  f"{m.deprecation_date}")
    if m.deprecation_date and m.deprecation_date < m.release_date:
        yield "deprecation_date", f"{m.deprecation_date} is before the release_date {m.release_date}"
    if m.examples_default_global and "global" not in m.geos:
        yield "examples_default_global", "true, but 'global' is not in geos"


def _example_problems(facts: Facts) -> Iterator[Problem]:
    key = facts.examples.model
    model = facts.model(key)
    if model is None:
        yield Problem("examples.model", f"{key} is not the key of any model")
        return
    if model.status != "active":
        yield Problem("examples.model", f"{key} is {model.status}; examples need an active model")
    for geo in ("global", facts.examples.regional_geo):
        if geo not in model.geos:
            yield Problem("examples.model", f"{key} is not offered in the '{geo}' geo the examples use")
    if not model.supports_1m_context:
        yield Problem("examples.model", f"{key} lacks the 1M context window its example uses")

"""The rules a request to one model must follow, read from data/bedrock.yml: the very rules
the guide's pages and cards show, so the guide and the fake cannot disagree. Each refusal
cites the page the data cites for that rule.

What a client receives for a refusal: AWS documents a 400 for thinking (its adaptive-thinking
page); for sampling and effort the pages state the rule and not the error, and for a
retention-requiring model under zero retention AWS says only that Bedrock "will block the
request and return an error". The fake answers all of them with the endpoint's documented
error for invalid input (ValidationException, 400, on bedrock-runtime; invalid_request_error,
400, on bedrock-mantle)."""

from __future__ import annotations

from macros.model_schema import EFFORTS, Model
from macros.schema import Facts

from .errors import ErrorType, Rule, refuse


def check(facts: Facts, model: Model, body: dict, invalid: ErrorType) -> None:
    """Refuse the body if it breaks a rule the data states for the model."""
    rules = model.request_rules
    for name, allowed in rules.sampling.items():
        if name not in body:
            continue
        if allowed == "unsupported" or not isinstance(body[name], (int, float)) or not allowed.admits(body[name]):
            raise refuse(Rule(f"{name}={body[name]!r} is not what {model.name} takes ({_describe(allowed)})",
                              facts.source_of(model, "sampling")), invalid)
    if not rules.temperature_with_top_p and "temperature" in body and "top_p" in body:
        raise refuse(Rule(f"{model.name} takes temperature and top_p only one at a time",
                          facts.source_of(model, "sampling")), invalid)
    thinking = body.get("thinking")
    kind = thinking.get("type") if isinstance(thinking, dict) else None
    if kind in rules.thinking_refused:
        raise refuse(Rule(f"{model.name} refuses thinking.type {kind!r}", facts.source_of(model, "thinking")),
                     invalid)
    effort = _effort(body)
    if effort is not None and rules.effort_levels is not None and effort not in rules.effort_levels:
        raise refuse(Rule(f"output_config.effort {effort!r} is not among the levels {model.name} takes "
                          f"({', '.join(rules.effort_levels) or 'none'})", facts.source_of(model, "effort")), invalid)
    limit = rules.thinking_off_up_to
    if kind == "disabled" and limit and EFFORTS.index(effort or rules.effort_default or limit) > EFFORTS.index(limit):
        raise refuse(Rule(f"{model.name} turns thinking off only at effort {limit} or lower",
                          facts.source_of(model, "thinking")), invalid)


def check_retention(facts: Facts, model: Model, mode: str, invalid: ErrorType) -> None:
    """Under zero data retention, refuse a model that requires retention, and one whose need
    AWS's list decides but the data could not record: no kinder than Bedrock."""
    if mode != facts.data_retention.zero_mode or facts.retention_required(model) is False:
        return
    why = ("requires data retention" if facts.retention_required(model) else
           f"was released on or after {facts.model(facts.data_retention.unchanged_before).name}, and "
           "AWS's list of models that require retention could not be read")
    raise refuse(Rule(f"{model.name} {why}; the data retention mode of this account and Region is {mode}",
                      facts.source_of(model, "data_retention")), invalid)


def _effort(body: dict):
    output = body.get("output_config")
    return output.get("effort") if isinstance(output, dict) else None


def _describe(allowed) -> str:
    if allowed == "unsupported":
        return "not supported"
    if allowed.equals is not None:
        return f"{allowed.equals} or unset"
    low = f"at least {allowed.at_least:g}" if allowed.at_least is not None else ""
    high = f"below {allowed.below:g}" if allowed.below is not None else ""
    return f"{' and '.join(filter(None, (low, high)))}, or unset"

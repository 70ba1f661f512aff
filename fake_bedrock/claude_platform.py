"""Claude Platform on AWS: POST /v1/messages on aws-external-anthropic, as AWS's user guide
documents it. Each rule names the official page that states it; what no page states is not
refused. It is the Claude API, so a refusal has the Anthropic shape with the description from
Anthropic's errors page: the service's own wording of these refusals is not published."""

from __future__ import annotations

import re

from macros.schema import Facts, Model

from . import request_rules, sources
from .errors import ANTHROPIC_AUTHENTICATION, ANTHROPIC_INVALID, ANTHROPIC_NOT_FOUND, Rule, refuse
from .messages_api import Errors, request_body
from .runtime import header, json_answer, message_body, sse_answer

PLATFORM = "Claude Platform on AWS"
OPERATION = f"Messages ({PLATFORM})"
ERRORS = Errors(ANTHROPIC_INVALID, ANTHROPIC_AUTHENTICATION, ANTHROPIC_NOT_FOUND, ANTHROPIC_INVALID)
# A model ID in Bedrock's form: a geo prefix, `anthropic.`, or a version suffix.
BEDROCK_FORM = re.compile(r"(^|\.)anthropic\.|-v\d+(:\d+)?$")


def operation(facts: Facts, method: str, path: str) -> str | None:
    """The one route: the Anthropic Messages API's path (sources.CPA_MIGRATING)."""
    return OPERATION if method == "POST" and path == facts.claude_platform.messages_path else None


def authenticate(facts: Facts, headers: dict, signed_service: str | None) -> None:
    """SigV4 for the platform's own service, or an API key as a bearer token; else refused."""
    platform = facts.claude_platform
    if signed_service is not None:
        if signed_service != platform.signing_service:
            raise refuse(Rule(f"the SigV4 signature names service {signed_service!r}; Claude Platform on AWS "
                              f"signatures name {platform.signing_service!r}", sources.CPA_MIGRATING),
                         ERRORS.unauthenticated)
        return
    if (header(headers, "authorization") or "").startswith(f"{platform.api_key_scheme} "):
        return
    sent = "an API key in x-api-key" if header(headers, "x-api-key") else "neither"
    raise refuse(Rule(f"Claude Platform on AWS takes a SigV4 signature or an API key as a bearer token; the "
                      f"request has {sent}", sources.CPA_AUTHENTICATION), ERRORS.unauthenticated)


def answer(facts: Facts, headers: dict, raw: bytes) -> tuple[int, str, bytes]:
    """A checked request's answer: a message, or its SSE stream (sources.CPA_MIGRATING: "SSE
    (same as Claude API)")."""
    _check_headers(facts, headers)
    body = request_body(raw, ERRORS)
    model = served_model(facts, body["model"])
    _check_geo(facts, model, body)
    request_rules.check(facts, model, body, ERRORS.invalid)
    if body.get("stream") is True:
        return sse_answer(body)
    return json_answer(message_body(body["model"], body))


def _check_headers(facts: Facts, headers: dict) -> None:
    platform = facts.claude_platform
    workspace = header(headers, platform.workspace_header)
    if workspace is None:
        raise refuse(Rule(f"the required {platform.workspace_header} header is missing", sources.CPA_MAKING_REQUESTS),
                     ERRORS.invalid)
    if not re.fullmatch(rf"{re.escape(platform.workspace_id_prefix)}[A-Za-z0-9]+", workspace):
        raise refuse(Rule(f"{workspace!r} is not a workspace ID ({platform.workspace_id_prefix} followed by an "
                          "alphanumeric identifier)", sources.CPA_WORKSPACES), ERRORS.invalid)
    # The API version header the Claude API requires; 2026-10-21 is "available on the Claude
    # API, Claude Platform on AWS, …" (sources.API_VERSIONING); AWS's curl sends 2023-06-01.
    version = header(headers, facts.messages_api.version_header)
    accepted = (facts.messages_api.version, facts.api_versions.sdk_default)
    if version not in accepted:
        sent = "missing" if version is None else f"{version!r}"
        raise refuse(Rule(f"the anthropic-version header is {sent}, not one of {', '.join(accepted)}",
                          sources.API_VERSIONING), ERRORS.invalid)


def served_model(facts: Facts, model_id: str) -> Model:
    """The model a Claude API ID names. Bedrock's IDs are refused: "There are no Bedrock-style
    ARNs or anthropic. prefixes" (sources.CPA_MODELS)."""
    served = {m.claude_api_id: m for m in facts.claude_platform_models}
    if model_id in served:
        return served[model_id]
    if BEDROCK_FORM.search(model_id):
        raise refuse(Rule(f"{model_id} is a Bedrock model ID; Claude Platform on AWS takes the Claude API's IDs "
                          "(no anthropic. prefix, no version suffix)", sources.CPA_MODELS), ERRORS.unknown_model)
    raise refuse(Rule(f"{model_id} is not a model of the Claude API that this guide knows", sources.CPA_MODELS),
                 ERRORS.unknown_model)


def _check_geo(facts: Facts, model: Model, body: dict) -> None:
    """inference_geo takes the platform's geographies, and older models refuse it with a 400
    (sources.CPA_DATA_RESIDENCY)."""
    platform = facts.claude_platform
    if platform.inference_geo_parameter not in body:
        return
    geo = body[platform.inference_geo_parameter]
    if geo not in platform.inference_geos:
        raise refuse(Rule(f"inference_geo {geo!r} is not one of {', '.join(platform.inference_geos)}",
                          sources.CPA_DATA_RESIDENCY), ERRORS.invalid)
    if model.key in platform.inference_geo_refused:
        raise refuse(Rule(f"{model.name} does not take inference_geo", sources.CPA_DATA_RESIDENCY), ERRORS.invalid)


__all__ = ["OPERATION", "PLATFORM", "answer", "authenticate", "operation", "served_model"]

"""The Messages-API integration: POST /anthropic/v1/messages on bedrock-runtime and
bedrock-mantle, and count_tokens on bedrock-mantle. Each rule names the official page that
states it; what no page states is not refused."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import sources
from .errors import (ANTHROPIC_AUTHENTICATION, ANTHROPIC_EXTRA_FIELD, ANTHROPIC_INVALID, ANTHROPIC_NOT_FOUND,
                     INCOMPLETE_SIGNATURE, VALIDATION, ErrorType, Rule, refuse)
from .runtime import REPLY, check_turns, count_tokens, header, json_answer, json_object, message_body, sse_answer

RUNTIME, MANTLE = "bedrock-runtime", "bedrock-mantle"
PATHS = {"/anthropic/v1/messages": "Messages", "/anthropic/v1/messages/count_tokens": "CountTokens"}
RECORDED = Path(__file__).resolve().parent / "recorded" / "messages-api.json"
# The SigV4 service each endpoint's signatures name: bedrock-runtime's own ("bedrock", as its
# InvokeModel sample signs), bedrock-mantle's (sources.COUNT_TOKENS, MESSAGES_API_ANTHROPIC).
SIGNING_SERVICE = {RUNTIME: "bedrock", MANTLE: "bedrock-mantle"}


@dataclass(frozen=True)
class Errors:
    """What each endpoint sends for a refusal: bedrock-runtime the AWS envelope, bedrock-mantle
    the Anthropic shape (sources.COUNT_TOKENS)."""

    invalid: ErrorType
    unauthenticated: ErrorType
    unknown_model: ErrorType
    extra_field: ErrorType


ERRORS = {RUNTIME: Errors(VALIDATION, INCOMPLETE_SIGNATURE, VALIDATION, VALIDATION),
          MANTLE: Errors(ANTHROPIC_INVALID, ANTHROPIC_AUTHENTICATION, ANTHROPIC_NOT_FOUND, ANTHROPIC_EXTRA_FIELD)}


def recorded_models() -> dict[str, dict[str, dict]]:
    """Endpoint -> model ID -> what the model accepts there (recorded/README.md)."""
    return json.loads(RECORDED.read_text(encoding="utf-8"))


def operation(endpoint: str, method: str, path: str) -> str | None:
    name = PATHS.get(path) if method == "POST" else None
    # Token counting through the Messages API exists on bedrock-mantle only (sources.COUNT_TOKENS).
    if name is None or (name == "CountTokens" and endpoint != MANTLE):
        return None
    return f"{name} ({endpoint})"


def authenticate(endpoint: str, headers: dict, signed_service: str | None) -> None:
    """SigV4 for this endpoint's service, or a Bedrock API key in `x-api-key`
    (sources.MESSAGES_API_AWS samples) or `Authorization: Bearer` (sources.API_KEYS); else refused."""
    errors = ERRORS[endpoint]
    if signed_service is not None:
        if signed_service != SIGNING_SERVICE[endpoint]:
            raise refuse(Rule(f"the SigV4 signature names service {signed_service!r}; {endpoint} signatures "
                              f"name {SIGNING_SERVICE[endpoint]!r}", sources.COUNT_TOKENS), errors.unauthenticated)
        return
    if header(headers, "x-api-key") or (header(headers, "authorization") or "").startswith("Bearer "):
        return
    raise refuse(Rule(f"{endpoint} takes a Bedrock API key or a SigV4 signature; the request has neither",
                      sources.MESSAGES_API_AWS), errors.unauthenticated)


def answer(endpoint: str, name: str, headers: dict, raw: bytes, models: dict,
           model_checks: Callable[[str, dict], None]) -> tuple[int, str, bytes]:
    """A checked request's answer: a message, its SSE stream, or a token count. `model_checks`
    applies the checks of the model a request names (its request rules, data retention)."""
    errors = ERRORS[endpoint]
    body = request_body(raw, errors)
    model = _model(endpoint, body, models[endpoint], errors)
    # AWS: "Set anthropic-version: 2023-06-01 as an HTTP header"; on bedrock-runtime "the
    # Anthropic SDK adds the required header" (sources.MESSAGES_API_AWS).
    version = header(headers, "anthropic-version")
    if version is None:
        raise refuse(Rule("the anthropic-version header is missing", sources.MESSAGES_API_AWS), errors.invalid)
    if version not in model["api_versions"]:
        raise refuse(Rule(f"anthropic-version {version} is not one this model accepts on Bedrock "
                          f"({', '.join(model['api_versions'])})", sources.API_VERSIONING), errors.invalid)
    model_checks(body["model"], body)
    output = body.get("output_config")
    if endpoint == MANTLE and isinstance(output, dict) and "format" in output:
        raise refuse(Rule("structured outputs (output_config.format) are not supported on bedrock-mantle",
                          sources.ENDPOINTS), errors.invalid)
    if name.startswith("CountTokens"):
        return json_answer({"input_tokens": count_tokens(body["messages"])})
    if body.get("stream") is True:
        return sse_answer(body)
    return json_answer(message_body(body["model"], body))


def request_body(raw: bytes, errors: Errors) -> dict:
    """A Messages API body with its required fields, else refused."""
    body = json_object(raw, Rule("the body is not a JSON object", sources.MESSAGES_API), errors.invalid)
    # The Messages API's required parameters (sources.MESSAGES_API).
    for key in ("model", "max_tokens", "messages"):
        if key not in body:
            raise refuse(Rule(f"the required field {key} is missing", sources.MESSAGES_API), errors.invalid)
    check_turns(body, errors.invalid)
    # The InvokeModel body's version field: here the version is a header (sources.MESSAGES_API_AWS),
    # and a field the API does not define is refused (sources.COUNT_TOKENS).
    if "anthropic_version" in body:
        raise refuse(Rule("anthropic_version belongs in the InvokeModel body; the Messages API takes the "
                          "anthropic-version header", sources.COUNT_TOKENS), errors.extra_field,
                     field="anthropic_version")
    return body


def _model(endpoint: str, body: dict, offered: dict, errors: Errors) -> dict:
    model = body["model"]
    if model in offered:
        return offered[model]
    if endpoint == MANTLE and model.split(".", 1)[-1] in offered:
        raise refuse(Rule(f"{model} is an inference-profile ID; bedrock-mantle has no cross-Region inference "
                          "and takes the model ID without a prefix", sources.ENDPOINTS), errors.unknown_model)
    raise refuse(Rule(f"{model} is not a model {endpoint} serves through the Messages API",
                      sources.MESSAGES_API_ANTHROPIC), errors.unknown_model)


__all__ = ["REPLY", "answer", "authenticate", "operation", "recorded_models"]

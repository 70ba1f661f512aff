"""bedrock-runtime: InvokeModel, InvokeModelWithResponseStream and Converse. A request is
checked against the rules the official pages state, each rule naming its page; answers
have the documented shapes."""

from __future__ import annotations

import base64
import json

from . import eventstream, sources
from .catalog import Resolved
from .errors import VALIDATION, ErrorType, Rule, refuse

# "anthropic_version – (Required) The anthropic version. The value must be bedrock-2023-05-31."
BEDROCK_VERSION = "bedrock-2023-05-31"
# What the latest Anthropic SDKs send by default. Anthropic (sources.LEGACY_GUIDE): the
# ARN-versioned models do not support 2026-10-21 on Bedrock, and requests that send it may
# return a 400 error; sources.API_VERSIONING: on Bedrock "it's available for Claude 4.7 and
# later models". Every model in the recorded catalog is an ARN-versioned model of the legacy table.
SDK_DEFAULT_VERSION = "2026-10-21"
MAX_BODY_BYTES = 25_000_000  # InvokeModel: body "Maximum length of 25000000"
ROLES = ("user", "assistant")  # messages[].role: "Valid values are user and assistant"
REPLY = "Hello from the fake Bedrock."


def parse_messages_body(raw: bytes, headers: dict) -> dict:
    """The body of an Anthropic request on InvokeModel, or the refusal Bedrock documents."""
    if len(raw) > MAX_BODY_BYTES:
        raise refuse(Rule(f"the body is longer than {MAX_BODY_BYTES} bytes", sources.INVOKE_MODEL))
    body = json_object(raw, Rule("the body is not a JSON object", sources.CLAUDE_MESSAGES_BODY))
    if SDK_DEFAULT_VERSION in (body.get("anthropic_version"), header(headers, "anthropic-version")):
        raise refuse(Rule(f"API version {SDK_DEFAULT_VERSION} (the default of the latest SDKs) is not "
                          "supported by the ARN-versioned models on Bedrock", sources.LEGACY_GUIDE))
    for key in ("anthropic_version", "max_tokens", "messages"):
        if key not in body:
            raise refuse(Rule(f"the required field {key} is missing", sources.CLAUDE_MESSAGES_BODY))
    if body["anthropic_version"] != BEDROCK_VERSION:
        raise refuse(Rule(f"anthropic_version is {body['anthropic_version']!r}; it must be {BEDROCK_VERSION}",
                          sources.CLAUDE_MESSAGES_BODY))
    check_turns(body)
    betas = body.get("anthropic_beta", [])
    if not isinstance(betas, list) or not all(isinstance(b, str) for b in betas):
        raise refuse(Rule("anthropic_beta must be a list of strings", sources.CLAUDE_MESSAGES_BODY))
    return body


def parse_converse_body(raw: bytes) -> dict:
    return json_object(raw, Rule("the body is not a JSON object", sources.CONVERSE))


def json_object(raw: bytes, otherwise: Rule, error: ErrorType = VALIDATION) -> dict:
    """The request body as a JSON object (the shape every operation documents), else refused."""
    try:
        body = json.loads(raw or b"null")
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise refuse(otherwise, error)
    return body


def check_turns(body: dict, error: ErrorType = VALIDATION) -> None:
    """max_tokens and messages as the Claude Messages API defines them, on InvokeModel and on
    the Messages API routes alike."""
    if not isinstance(body["max_tokens"], int) or isinstance(body["max_tokens"], bool) or body["max_tokens"] < 1:
        raise refuse(Rule("max_tokens must be an integer of at least 1", sources.MESSAGES_API), error)
    if not isinstance(body["messages"], list) or not all(_is_message(m) for m in body["messages"]):
        raise refuse(Rule("messages must be a list of objects, each with content and a role of user or "
                          "assistant", sources.CLAUDE_MESSAGES_BODY), error)


def message(resolved: Resolved, body: dict) -> dict:
    """The response body the Claude Messages API on Bedrock documents."""
    return message_body(resolved.base_id, body)


def message_body(model: str, body: dict) -> dict:
    """A Messages API response (sources.MESSAGES_API) naming the model that answered."""
    return {
        "id": "msg_bdrk_01FakeBedrock000000000000",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": REPLY}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": count_tokens(body["messages"]), "output_tokens": 7},
    }


def stream(resolved: Resolved, body: dict) -> bytes:
    """The streaming events, each a chunk of an AWS event stream (sources.INVOKE_MODEL_STREAM:
    a PayloadPart's base64 `bytes`)."""
    return b"".join(eventstream.event(json.dumps(
        {"bytes": base64.b64encode(json.dumps(e).encode()).decode()}).encode())
        for e in sse_events(resolved.base_id, body))


def sse_events(model: str, body: dict) -> list[dict]:
    """The Messages API's streaming events, in order (sources.STREAMING)."""
    reply = message_body(model, body)
    start = {**reply, "content": [], "stop_reason": None, "usage": {**reply["usage"], "output_tokens": 1}}
    events = [
        {"type": "message_start", "message": start},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        *({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": part}}
          for part in _chunks(REPLY)),
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
         "usage": {"output_tokens": reply["usage"]["output_tokens"]}},
        {"type": "message_stop"},
    ]
    return events


def sse_answer(body: dict) -> tuple[int, str, bytes]:
    """A 200 answer streaming the Messages API's events as server-sent events (sources.STREAMING)."""
    stream = "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in sse_events(body["model"], body))
    return 200, "text/event-stream", stream.encode()


def converse(body: dict) -> dict:
    tokens = count_tokens(body.get("messages", []))
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": REPLY}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": tokens, "outputTokens": 7, "totalTokens": tokens + 7},
        "metrics": {"latencyMs": 120},
    }


def _is_message(item) -> bool:
    return isinstance(item, dict) and item.get("role") in ROLES and "content" in item


def header(headers: dict, name: str) -> str | None:
    """A request header by its lower-case name (HTTP header names are case-insensitive)."""
    return next((value for key, value in headers.items() if key.lower() == name), None)


def json_answer(payload: dict) -> tuple[int, str, bytes]:
    """A 200 answer with a JSON body: (status, content type, bytes)."""
    return 200, "application/json", json.dumps(payload).encode()


def count_tokens(messages: list) -> int:
    return max(1, len(json.dumps(messages)) // 4)


def _chunks(text: str, size: int = 8) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]

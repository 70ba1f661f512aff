"""bedrock-runtime: InvokeModel, InvokeModelWithResponseStream and Converse. Requests are
checked the way Bedrock checks them; answers have the real shapes."""

from __future__ import annotations

import base64
import json

from . import eventstream
from .catalog import Resolved
from .errors import malformed, validation

# bedrock-2023-05-31 is Bedrock's documented value; the current Python and TypeScript SDKs
# send the Anthropic API version 2026-10-21 instead, which Bedrock also takes.
ANTHROPIC_VERSIONS = ("bedrock-2023-05-31", "2026-10-21")
REPLY = "Hello from the fake Bedrock."


def parse_messages_body(raw: bytes) -> dict:
    try:
        body = json.loads(raw or b"null")
    except ValueError:
        raise malformed("#: expected a JSON object") from None
    if not isinstance(body, dict):
        raise malformed("#: expected type: JSONObject")
    for key in ("anthropic_version", "max_tokens", "messages"):
        if key not in body:
            raise malformed(f"#: required key [{key}] not found")
    if body["anthropic_version"] not in ANTHROPIC_VERSIONS:
        raise validation(f"Invalid API version: {body['anthropic_version']}")
    if not isinstance(body["max_tokens"], int) or body["max_tokens"] < 1:
        raise malformed("#/max_tokens: must be a positive integer")
    if not isinstance(body["messages"], list) or not body["messages"]:
        raise malformed("#/messages: expected at least 1 item")
    return body


def message(resolved: Resolved, body: dict) -> dict:
    return {
        "id": "msg_bdrk_01FakeBedrock000000000000",
        "type": "message",
        "role": "assistant",
        "model": _api_model_name(resolved.base_id),
        "content": [{"type": "text", "text": REPLY}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": _count_tokens(body["messages"]), "output_tokens": 7},
    }


def stream(resolved: Resolved, body: dict) -> bytes:
    reply = message(resolved, body)
    start = {**reply, "content": [], "stop_reason": None,
             "usage": {**reply["usage"], "output_tokens": 1}}
    events = [
        {"type": "message_start", "message": start},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        *({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": part}}
          for part in _chunks(REPLY)),
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
         "usage": {"output_tokens": reply["usage"]["output_tokens"]}},
        {"type": "message_stop", "amazon-bedrock-invocationMetrics": {
            "inputTokenCount": reply["usage"]["input_tokens"],
            "outputTokenCount": reply["usage"]["output_tokens"],
            "invocationLatency": 120, "firstByteLatency": 40}},
    ]
    return b"".join(eventstream.event(json.dumps(
        {"bytes": base64.b64encode(json.dumps(e).encode()).decode()}).encode()) for e in events)


def converse(resolved: Resolved, raw: bytes) -> dict:
    try:
        body = json.loads(raw or b"{}")
    except ValueError:
        raise validation("Malformed request body") from None
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise validation("The messages field is required and must not be empty.")
    tokens = _count_tokens(messages)
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": REPLY}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": tokens, "outputTokens": 7, "totalTokens": tokens + 7},
        "metrics": {"latencyMs": 120},
    }


def _api_model_name(base_id: str) -> str:
    """anthropic.claude-opus-4-6-v1:0 -> claude-opus-4-6, as Bedrock reports `model`."""
    return base_id.removeprefix("anthropic.").rsplit("-v", 1)[0]


def _count_tokens(messages: list) -> int:
    return max(1, len(json.dumps(messages)) // 4)


def _chunks(text: str, size: int = 8) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]

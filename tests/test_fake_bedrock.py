"""Promise: the fake Bedrock answers the real SDKs the way AWS does — right shapes, and
each mistake a reader could make raises the SDK's real exception with AWS's message."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import anthropic
import boto3
import pytest
from botocore.exceptions import ClientError

from .fake_bedrock import FakeBedrock
from .fake_bedrock.errors import INVALID_MODEL
from .fake_bedrock.runtime import REPLY

KEYS = {"aws_access_key_id": "AKIAFAKEBEDROCK00000", "aws_secret_access_key": "fake-secret-key"}
BODY = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 32,
        "messages": [{"role": "user", "content": "Hello"}]}
OPUS_46 = "anthropic.claude-opus-4-6-v1:0"


@pytest.fixture(scope="module")
def fake():
    with FakeBedrock() as server:
        yield server


@pytest.fixture(autouse=True)
def no_aws_config(monkeypatch):
    for name in ("AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        monkeypatch.setenv(name, "/dev/null")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


def aws(fake, service, region="us-west-2"):
    return boto3.client(service, endpoint_url=fake.url, region_name=region, **KEYS)


def claude(fake, region="us-west-2"):
    return anthropic.AnthropicBedrock(base_url=fake.url, aws_region=region, max_retries=0,
                                      aws_access_key=KEYS["aws_access_key_id"],
                                      aws_secret_key=KEYS["aws_secret_access_key"])


def invoke(fake, model_id, body=None, region="us-west-2"):
    response = aws(fake, "bedrock-runtime", region).invoke_model(
        modelId=model_id, body=json.dumps(BODY if body is None else body))
    return json.loads(response["body"].read())


def error_of(call) -> tuple[str, str]:
    with pytest.raises(ClientError) as raised:
        call()
    return raised.value.response["Error"]["Code"], raised.value.response["Error"]["Message"]


def test_invoke_model_returns_a_messages_api_body(fake):
    reply = invoke(fake, f"global.{OPUS_46}")
    assert reply["type"] == "message" and reply["role"] == "assistant"
    assert reply["content"] == [{"type": "text", "text": REPLY}]
    assert reply["model"] == "claude-opus-4-6" and reply["stop_reason"] == "end_turn"
    assert set(reply["usage"]) == {"input_tokens", "output_tokens"}


def test_anthropic_sdk_create_and_stream(fake):
    client = claude(fake)
    message = client.messages.create(model=f"us.{OPUS_46}", max_tokens=32,
                                     messages=[{"role": "user", "content": "Hi"}])
    assert message.content[0].text == REPLY
    with client.messages.stream(model=f"global.{OPUS_46}", max_tokens=32,
                                messages=[{"role": "user", "content": "Hi"}]) as stream:
        assert "".join(stream.text_stream) == REPLY
    assert fake.log.snapshot()[-1].operation == "InvokeModelWithResponseStream"


def test_boto3_stream_is_real_event_stream_framing(fake):
    response = aws(fake, "bedrock-runtime").invoke_model_with_response_stream(
        modelId=f"global.{OPUS_46}", body=json.dumps(BODY))
    events = [json.loads(e["chunk"]["bytes"]) for e in response["body"]]
    assert [e["type"] for e in events][0::len(events) - 1] == ["message_start", "message_stop"]
    text = "".join(e["delta"]["text"] for e in events if e["type"] == "content_block_delta")
    assert text == REPLY


def test_converse(fake):
    reply = aws(fake, "bedrock-runtime").converse(
        modelId=f"us.{OPUS_46}", messages=[{"role": "user", "content": [{"text": "Hi"}]}])
    assert reply["output"]["message"]["content"] == [{"text": REPLY}]
    assert reply["stopReason"] == "end_turn"


def test_control_plane_listings(fake):
    bedrock = aws(fake, "bedrock")
    ids = [m["modelId"] for m in bedrock.list_foundation_models(byProvider="anthropic")["modelSummaries"]]
    assert OPUS_46 in ids and bedrock.list_foundation_models(byProvider="meta")["modelSummaries"] == []
    assert bedrock.get_foundation_model(modelIdentifier=OPUS_46)["modelDetails"]["modelId"] == OPUS_46
    profiles = bedrock.list_inference_profiles()["inferenceProfileSummaries"]
    assert {p["inferenceProfileId"].split(".")[0] for p in profiles} == {"global", "us"}


def test_sts_get_caller_identity(fake):
    identity = aws(fake, "sts").get_caller_identity()
    assert identity["Account"] == "123456789012" and identity["Arn"].startswith("arn:aws:iam::")


@pytest.mark.parametrize("model_id", [
    "anthropic.claude-opus-9-v1:0",               # no such model
    f"jp.{'anthropic.claude-opus-4-1-20250805-v1:0'}",  # a geo the model is not offered in
    f"eu.{OPUS_46}",                               # an eu profile called from us-west-2
])
def test_unknown_identifiers_are_invalid(fake, model_id):
    assert error_of(lambda: invoke(fake, model_id)) == ("ValidationException", INVALID_MODEL)


def test_a_profile_of_another_geo_works_in_its_own_region(fake):
    assert invoke(fake, f"eu.{OPUS_46}", region="eu-central-1")["content"][0]["text"] == REPLY


def test_base_id_of_a_profile_only_model_is_refused_for_on_demand(fake):
    code, message = error_of(lambda: invoke(fake, OPUS_46))
    assert code == "ValidationException"
    assert message == (f"Invocation of model ID {OPUS_46} with on-demand throughput isn\u2019t supported. "
                       "Retry your request with the ID or ARN of an inference profile that contains "
                       "this model.")


def test_base_id_of_an_on_demand_model_is_accepted(fake):
    assert invoke(fake, "anthropic.claude-3-haiku-20240307-v1:0")["type"] == "message"


def test_retired_model_reaches_end_of_life(fake):
    code, message = error_of(lambda: invoke(fake, "us.anthropic.claude-3-opus-20240229-v1:0"))
    assert code == "ResourceNotFoundException" and "end of its life" in message


@pytest.mark.parametrize("change, fragment", [
    (lambda b: b.pop("anthropic_version"), "required key [anthropic_version] not found"),
    (lambda b: b.pop("max_tokens"), "required key [max_tokens] not found"),
    (lambda b: b.update(anthropic_version="bedrock-2099-01-01"), "Invalid API version"),
    (lambda b: b.update(anthropic_beta=["context-1m-2025-08-07"]), "not supported by model"),
])
def test_bad_bodies_are_validation_errors(fake, change, fragment):
    body = json.loads(json.dumps(BODY))
    change(body)
    model = "us.anthropic.claude-opus-4-1-20250805-v1:0"
    code, message = error_of(lambda: invoke(fake, model, body))
    assert code == "ValidationException" and fragment in message


def test_the_1m_beta_is_accepted_where_supported(fake):
    assert invoke(fake, f"global.{OPUS_46}", {**BODY, "anthropic_beta": ["context-1m-2025-08-07"]})


def test_anthropic_sdk_raises_its_own_exceptions(fake):
    with pytest.raises(anthropic.BadRequestError, match="on-demand throughput"):
        claude(fake).messages.create(model=OPUS_46, max_tokens=8, messages=[{"role": "user", "content": "x"}])
    with pytest.raises(anthropic.NotFoundError, match="end of its life"):
        claude(fake).messages.create(model="anthropic.claude-3-opus-20240229-v1:0", max_tokens=8,
                                     messages=[{"role": "user", "content": "x"}])


def test_unsigned_requests_are_forbidden(fake):
    request = urllib.request.Request(f"{fake.url}/model/global.{OPUS_46}/invoke",
                                     data=json.dumps(BODY).encode(), method="POST")
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=5)
    assert raised.value.code == 403
    assert raised.value.headers["x-amzn-ErrorType"].startswith("MissingAuthenticationTokenException")
    assert json.loads(raised.value.read()) == {"message": "Missing Authentication Token"}


def test_request_log_records_operation_model_headers_and_body(fake):
    invoke(fake, f"us.{OPUS_46}")
    entry = fake.log.snapshot()[-1]
    assert (entry.operation, entry.model_id, entry.region, entry.status) == (
        "InvokeModel", f"us.{OPUS_46}", "us-west-2", 200)
    assert entry.headers["Authorization"].startswith("AWS4-HMAC-SHA256")
    assert entry.json() == BODY

"""Promise: the fake Bedrock is no kinder than Bedrock. It answers the real SDKs with the
documented shapes; each mistake a reader could make is refused with the error AWS documents,
and every rule it applies names the official page that states it."""

from __future__ import annotations

import ast
import json
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import anthropic
import boto3
import pytest
from botocore.exceptions import ClientError

import fake_bedrock
from fake_bedrock import sources
from fake_bedrock.errors import INCOMPLETE_SIGNATURE, ON_DEMAND, UNKNOWN_OPERATION, VALIDATION
from fake_bedrock.runtime import REPLY
from macros.loading import load_facts

from site_build import ROOT

KEYS = {"aws_access_key_id": "AKIAFAKEBEDROCK00000", "aws_secret_access_key": "fake-secret-key"}
BODY = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 32,
        "messages": [{"role": "user", "content": "Hello"}]}
OPUS_46 = "anthropic.claude-opus-4-6-v1"
HAIKU_45 = "anthropic.claude-haiku-4-5-20251001-v1:0"
# The hosts data/bedrock.yml counts as official: one list for the guide's facts and the fake's rules.
OFFICIAL_HOSTS = tuple(load_facts(ROOT).official_hosts.documentation)


pytestmark = pytest.mark.usefixtures("no_aws_config")


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


def refused(fake, call) -> tuple[str, str, str]:
    """(error type, message, the rule the fake logged) of a call the fake refuses."""
    with pytest.raises(ClientError) as raised:
        call()
    error = raised.value.response["Error"]
    return error["Code"], error["Message"], fake.log.snapshot()[-1].rule


def test_invoke_model_returns_a_messages_api_body(fake):
    reply = invoke(fake, f"global.{OPUS_46}")
    assert reply["type"] == "message" and reply["role"] == "assistant"
    assert reply["content"] == [{"type": "text", "text": REPLY}]
    assert reply["model"] == OPUS_46 and reply["stop_reason"] == "end_turn"
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
    assert "".join(e["delta"]["text"] for e in events if e["type"] == "content_block_delta") == REPLY


def test_converse(fake):
    reply = aws(fake, "bedrock-runtime").converse(
        modelId=f"us.{OPUS_46}", messages=[{"role": "user", "content": [{"text": "Hi"}]}])
    assert reply["output"]["message"]["content"] == [{"text": REPLY}]
    assert reply["stopReason"] == "end_turn"


def test_control_plane_listings(fake):
    bedrock = aws(fake, "bedrock")
    ids = [m["modelId"] for m in bedrock.list_foundation_models(byProvider="anthropic")["modelSummaries"]]
    assert OPUS_46 in ids and bedrock.list_foundation_models(byProvider="meta")["modelSummaries"] == []
    profiles = bedrock.list_inference_profiles(typeEquals="SYSTEM_DEFINED")["inferenceProfileSummaries"]
    assert {p["inferenceProfileId"].split(".")[0] for p in profiles} == {"global", "us"}
    assert bedrock.list_inference_profiles(typeEquals="APPLICATION")["inferenceProfileSummaries"] == []


def test_sts_get_caller_identity(fake):
    identity = aws(fake, "sts").get_caller_identity()
    assert identity["Account"] == "123456789012" and identity["Arn"].startswith("arn:aws:iam::")


@pytest.mark.parametrize("model_id, rule", [
    ("anthropic.claude-opus-9-v1", "is not a model offered in us-west-2"),        # no such model
    ("anthropic.claude-opus-4-6-v1:0", "is not a model offered in us-west-2"),    # the seeds' ":0"
    (f"jp.{OPUS_46}", "no inference profile"),                                     # another geo's profile
    ("us.anthropic.claude-3-5-haiku-20241022-v1:0", "no inference profile"),      # retired: removed
    ("anthropic.claude-3-haiku-20240307-v1:0", "is not a model offered"),         # retired: removed
])
def test_unknown_and_retired_ids_are_refused_with_the_documented_error(fake, model_id, rule):
    code, message, logged = refused(fake, lambda: invoke(fake, model_id))
    assert (code, message) == (VALIDATION.name, VALIDATION.message)
    assert rule in logged


def test_a_profile_of_another_geo_works_in_its_own_region(fake):
    assert invoke(fake, f"eu.{OPUS_46}", region="eu-central-1")["content"][0]["text"] == REPLY


def test_base_id_of_a_profile_only_model_gets_the_error_anthropic_quotes(fake):
    code, message, logged = refused(fake, lambda: invoke(fake, OPUS_46))
    assert code == "ValidationException"
    assert message == ON_DEMAND.message.format(model=OPUS_46)
    assert sources.LEGACY_GUIDE in logged


def test_base_id_where_the_model_runs_on_demand_is_accepted(fake):
    assert invoke(fake, HAIKU_45, region="ap-northeast-1")["type"] == "message"


@pytest.mark.parametrize("change, rule", [
    (lambda b: b.pop("anthropic_version"), "the required field anthropic_version is missing"),
    (lambda b: b.pop("max_tokens"), "the required field max_tokens is missing"),
    (lambda b: b.pop("messages"), "the required field messages is missing"),
    (lambda b: b.update(anthropic_version="bedrock-2099-01-01"), "it must be bedrock-2023-05-31"),
    (lambda b: b.update(anthropic_version="2026-10-21"), "2026-10-21"),
    (lambda b: b.update(max_tokens=0), "max_tokens must be an integer of at least 1"),
    (lambda b: b.update(messages=[{"role": "system", "content": "x"}]), "a role of user or assistant"),
    (lambda b: b.update(anthropic_beta="context-1m-2025-08-07"), "anthropic_beta must be a list"),
])
def test_bad_bodies_are_refused_with_the_rule_logged(fake, change, rule):
    body = json.loads(json.dumps(BODY))
    change(body)
    code, message, logged = refused(fake, lambda: invoke(fake, f"us.{OPUS_46}", body))
    assert (code, message) == (VALIDATION.name, VALIDATION.message)
    assert rule in logged


def test_the_api_version_of_the_latest_sdks_is_refused_in_a_header_too(fake):
    client = aws(fake, "bedrock-runtime")
    client.meta.events.register("before-sign.bedrock-runtime.InvokeModel",
                                lambda request, **_: request.headers.add_header("anthropic-version", "2026-10-21"))
    code, _, logged = refused(fake, lambda: client.invoke_model(modelId=f"us.{OPUS_46}", body=json.dumps(BODY)))
    assert code == "ValidationException" and "2026-10-21" in logged


def test_the_1m_beta_is_passed_as_a_list(fake):
    assert invoke(fake, f"global.{OPUS_46}", {**BODY, "anthropic_beta": ["context-1m-2025-08-07"]})


def test_anthropic_sdk_raises_its_own_exceptions(fake):
    with pytest.raises(anthropic.BadRequestError, match="on-demand throughput"):
        claude(fake).messages.create(model=OPUS_46, max_tokens=8, messages=[{"role": "user", "content": "x"}])


def test_unsigned_requests_get_the_documented_common_error(fake):
    request = urllib.request.Request(f"{fake.url}/model/global.{OPUS_46}/invoke",
                                     data=json.dumps(BODY).encode(), method="POST")
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=5)
    assert raised.value.code == INCOMPLETE_SIGNATURE.status
    assert raised.value.headers["x-amzn-ErrorType"] == INCOMPLETE_SIGNATURE.name
    assert json.loads(raised.value.read()) == {"message": INCOMPLETE_SIGNATURE.message}


def test_unknown_operations_get_the_documented_common_error(fake):
    client = aws(fake, "bedrock")
    code, message, _ = refused(fake, lambda: client.list_custom_models())
    assert (code, message) == (UNKNOWN_OPERATION.name, UNKNOWN_OPERATION.message)


def test_request_log_records_operation_model_headers_and_body(fake):
    invoke(fake, f"us.{OPUS_46}")
    entry = fake.log.snapshot()[-1]
    assert (entry.operation, entry.model_id, entry.region, entry.status, entry.rule) == (
        "InvokeModel", f"us.{OPUS_46}", "us-west-2", 200, None)
    assert entry.headers["Authorization"].startswith("AWS4-HMAC-SHA256")
    assert entry.json() == BODY


def test_every_rule_and_error_names_an_official_page():
    """Each Rule(...) and ErrorType(...) in the package takes its source from sources.py, and
    every page there is an official AWS, Anthropic or Smithy page."""
    pages = {name: value for name, value in vars(sources).items() if name.isupper()}
    assert pages and all(urlsplit(url).hostname in OFFICIAL_HOSTS for url in pages.values()), pages
    package = Path(fake_bedrock.__file__).parent
    calls = [(path.name, node) for path in package.glob("*.py")
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("Rule", "ErrorType")]
    assert len(calls) >= 15, "the scan found too few rules to be looking at the fake"
    for file, call in calls:
        source = call.args[-1] if call.args else None
        named = (isinstance(source, ast.Attribute) and isinstance(source.value, ast.Name)
                 and source.value.id == "sources" and source.attr in pages)
        # A request rule of the data cites the page the data cites for it (the data's sources are
        # official, test_data_validation holds them to it).
        from_data = (isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute)
                     and source.func.attr == "source_of")
        assert named or from_data, f"{file}:{call.lineno}: a rule without an official source"

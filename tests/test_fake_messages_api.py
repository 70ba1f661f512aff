"""Promise: the fake answers the Messages API on bedrock-runtime and bedrock-mantle as AWS
and Anthropic document it — paths, authentication, the version header, server-sent events —
and refuses each mistake a reader could make, in the error shape of that endpoint."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import anthropic
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from fake_bedrock.runtime import REPLY
from macros.loading import load_site_data

from site_build import LOCALES, ROOT

FACTS = load_site_data(ROOT, list(LOCALES)).facts
API = FACTS.messages_api
SONNET = FACTS.messages_api_example
HAIKU = FACTS.model("claude-haiku-4-5")
LEGACY_ONLY = FACTS.model(FACTS.integration.last_model)
HELLO = [{"role": "user", "content": "Hello"}]
KEY = {"x-api-key": "bedrock-api-key-fake"}


def url(fake, endpoint: str, path: str) -> str:
    """The fake's address of an Anthropic route on one endpoint (two hosts in AWS, two ports here)."""
    return f"{fake.mantle_url if endpoint == 'mantle' else fake.url}/anthropic{path}"


def post(fake, endpoint: str, body: dict, headers: dict, path: str = API.messages_path):
    """A raw request to one endpoint: (status, parsed body, response headers)."""
    request = urllib.request.Request(url(fake, endpoint, path), data=json.dumps(body).encode(), method="POST",
                                     headers={"content-type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), dict(error.headers)


def signed(fake, endpoint: str, service: str, body: dict, path: str = API.messages_path) -> dict:
    """The headers of a SigV4 signature naming `service`, as botocore signs."""
    request = AWSRequest("POST", url(fake, endpoint, path), data=json.dumps(body).encode(),
                         headers={"content-type": "application/json", API.version_header: API.version})
    SigV4Auth(Credentials("AKIAFAKEBEDROCK00000", "fake"), service, "us-west-2").add_auth(request)
    return dict(request.headers)


def body(model: str, **extra) -> dict:
    return {"model": model, "max_tokens": 16, "messages": HELLO, **extra}


def anthropic_error(status: int, kind: str, answer) -> None:
    """bedrock-mantle's refusals take the Anthropic shape (AWS, count-tokens page)."""
    code, payload, _ = answer
    assert (code, payload["type"], payload["error"]["type"]) == (status, "error", kind), payload
    assert payload["request_id"] and payload["error"]["message"]


def test_the_mantle_client_signs_for_bedrock_mantle_and_gets_a_message(fake):
    client = anthropic.AnthropicBedrockMantle(base_url=f"{fake.mantle_url}/anthropic", aws_region="us-west-2",
                                              aws_access_key="AKIAFAKEBEDROCK00000", aws_secret_key="fake",
                                              max_retries=0)
    reply = client.messages.create(model=SONNET.messages_api_id, max_tokens=16, messages=HELLO)
    request = fake.log.snapshot()[-1]
    assert reply.content[0].text == REPLY and reply.model == SONNET.messages_api_id
    assert f"/us-west-2/{API.mantle_signing_service}/aws4_request" in request.headers["Authorization"]
    assert request.headers[API.version_header] == API.version


@pytest.mark.parametrize("header", ["x-api-key", "authorization"])
def test_an_api_key_works_on_both_endpoints_in_either_header(fake, header):
    value = "bedrock-api-key-fake" if header == "x-api-key" else "Bearer bedrock-api-key-fake"
    for endpoint, model in (("mantle", SONNET.messages_api_id), ("runtime", SONNET.profile_id("global"))):
        status, text, _ = post(fake, endpoint, body(model), {header: value, API.version_header: API.version})
        assert status == 200 and json.loads(text)["content"][0]["text"] == REPLY, (endpoint, text)


def test_streaming_is_server_sent_events_the_sdk_reads(fake):
    client = anthropic.AnthropicBedrockMantle(base_url=f"{fake.mantle_url}/anthropic", api_key="key",
                                              aws_region="us-west-2", max_retries=0)
    with client.messages.stream(model=SONNET.messages_api_id, max_tokens=16, messages=HELLO) as stream:
        assert "".join(stream.text_stream) == REPLY
    status, text, headers = post(fake, "mantle", body(SONNET.messages_api_id, stream=True),
                                 {**KEY, API.version_header: API.version})
    assert headers["Content-Type"] == "text/event-stream"
    events = [line.removeprefix("event: ") for line in text.splitlines() if line.startswith("event: ")]
    assert events[0] == "message_start" and events[-1] == "message_stop" and "content_block_delta" in events


def test_no_credentials_at_all_is_refused(fake):
    anthropic_error(401, "authentication_error",
                    post(fake, "mantle", body(SONNET.messages_api_id), {API.version_header: API.version}))
    status, _, headers = post(fake, "runtime", body(SONNET.profile_id("global")), {API.version_header: API.version})
    assert (status, headers["x-amzn-ErrorType"]) == (403, "IncompleteSignature")


def test_a_signature_for_the_other_endpoints_service_is_refused(fake):
    anthropic_error(401, "authentication_error",
                    post(fake, "mantle", body(SONNET.messages_api_id), signed(fake, "mantle", "bedrock", body(
                        SONNET.messages_api_id))))
    assert post(fake, "mantle", body(SONNET.messages_api_id), signed(
        fake, "mantle", API.mantle_signing_service, body(SONNET.messages_api_id)))[0] == 200
    status, _, headers = post(fake, "runtime", body(SONNET.profile_id("global")), signed(
        fake, "runtime", API.mantle_signing_service, body(SONNET.profile_id("global"))))
    assert (status, headers["x-amzn-ErrorType"]) == (403, "IncompleteSignature")


def test_a_legacy_id_on_the_messages_api_is_not_found(fake):
    client = anthropic.AnthropicBedrockMantle(base_url=f"{fake.mantle_url}/anthropic", api_key="key",
                                              aws_region="us-west-2", max_retries=0)
    with pytest.raises(anthropic.NotFoundError):
        client.messages.create(model=LEGACY_ONLY.bedrock_id, max_tokens=16, messages=HELLO)
    assert "is not a model bedrock-mantle serves" in fake.log.snapshot()[-1].rule
    status, _, headers = post(fake, "runtime", body(LEGACY_ONLY.profile_id("global")),
                              {**KEY, API.version_header: API.version})
    assert (status, headers["x-amzn-ErrorType"]) == (400, "ValidationException")


def test_mantle_takes_no_inference_profile_and_runtime_no_bare_id(fake):
    anthropic_error(404, "not_found_error", post(fake, "mantle", body(SONNET.profile_id("global")),
                                                 {**KEY, API.version_header: API.version}))
    assert "no cross-Region inference" in fake.log.snapshot()[-1].rule
    assert post(fake, "runtime", body(SONNET.messages_api_id), {**KEY, API.version_header: API.version})[0] == 400


def test_the_version_header_is_required_and_2026_10_21_needs_claude_4_7_or_later(fake):
    anthropic_error(400, "invalid_request_error", post(fake, "mantle", body(SONNET.messages_api_id), KEY))
    assert "anthropic-version header is missing" in fake.log.snapshot()[-1].rule
    newest = {**KEY, API.version_header: FACTS.api_versions.sdk_default}
    assert post(fake, "mantle", body(SONNET.messages_api_id), newest)[0] == 200
    anthropic_error(400, "invalid_request_error", post(fake, "mantle", body(HAIKU.messages_api_id), newest))


def test_an_invoke_model_body_sent_to_the_messages_api_is_refused(fake):
    answer = post(fake, "mantle", body(SONNET.messages_api_id, anthropic_version=FACTS.api_versions.invoke_model),
                  {**KEY, API.version_header: API.version})
    anthropic_error(400, "invalid_request_error", answer)
    assert answer[1]["error"]["message"] == "anthropic_version: Extra inputs are not permitted"


def test_structured_outputs_are_refused_on_mantle(fake):
    answer = post(fake, "mantle", body(SONNET.messages_api_id, output_config={"format": {"type": "json_schema"}}),
                  {**KEY, API.version_header: API.version})
    anthropic_error(400, "invalid_request_error", answer)


def test_token_counting_is_a_mantle_route_only(fake):
    status, text, _ = post(fake, "mantle", body(SONNET.messages_api_id), {**KEY, API.version_header: API.version},
                           API.count_tokens_path)
    assert status == 200 and json.loads(text)["input_tokens"] > 0
    request = body(SONNET.profile_id("global"))
    status, _, headers = post(fake, "runtime", request, signed(fake, "runtime", "bedrock", request,
                                                               API.count_tokens_path), API.count_tokens_path)
    assert (status, headers["x-amzn-ErrorType"]) == (404, "UnknownOperationException")

"""Promise: the fake serves Claude Platform on AWS as AWS's user guide documents it — one path,
SigV4 for its own service or an API key as a bearer token, the workspace header, the Claude
API's model IDs, inference_geo, server-sent events — and refuses each mistake a reader moving
from Bedrock is likely to make, naming the official page of the rule it applied."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import anthropic
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from fake_bedrock import FakeBedrock
from fake_bedrock import sources
from fake_bedrock.__main__ import WORKSPACE_ID
from fake_bedrock.runtime import REPLY
from macros.loading import load_site_data

from site_build import LOCALES, ROOT

FACTS = load_site_data(ROOT, list(LOCALES)).facts
PLATFORM, API = FACTS.claude_platform, FACTS.messages_api
SONNET = FACTS.messages_api_example
HELLO = [{"role": "user", "content": "Hello"}]
# AWS's models page: "for example, claude-opus-4-6, claude-sonnet-4-6, claude-haiku-4-5".
AWS_EXAMPLE_IDS = ["claude-opus-4-6", "claude-sonnet-4-6", "claude-haiku-4-5"]


@pytest.fixture(scope="module")
def fake():
    with FakeBedrock() as running:
        yield running


def body(model: str = SONNET.claude_api_id, **extra) -> dict:
    return {"model": model, "max_tokens": 16, "messages": HELLO, **extra}


def headers(workspace: str | None = WORKSPACE_ID, version: str | None = API.version) -> dict:
    sent = {"content-type": "application/json"}
    if workspace is not None:
        sent[PLATFORM.workspace_header] = workspace
    if version is not None:
        sent[API.version_header] = version
    return sent


def signed(fake, payload: dict, service: str = PLATFORM.signing_service, **header_options) -> dict:
    """The request's headers with a SigV4 signature naming `service`, as botocore signs."""
    request = AWSRequest("POST", fake.platform_url + PLATFORM.messages_path, data=json.dumps(payload).encode(),
                         headers=headers(**header_options))
    SigV4Auth(Credentials("AKIAFAKEBEDROCK00000", "fake"), service, "us-west-2").add_auth(request)
    return dict(request.headers)


def post(fake, payload: dict, sent: dict, path: str = PLATFORM.messages_path):
    """(status, parsed or raw body) of one raw request."""
    request = urllib.request.Request(fake.platform_url + path, data=json.dumps(payload).encode(), method="POST",
                                     headers=sent)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def refused(fake, status: int, kind: str, source: str, answer) -> None:
    """An Anthropic-shaped refusal, logged with the rule's official page."""
    code, payload = answer
    assert (code, payload["type"], payload["error"]["type"]) == (status, "error", kind), answer
    assert fake.log.snapshot()[-1].rule.endswith(f"({source})")


def test_the_pinned_python_client_signs_for_the_platform_and_gets_a_message(fake):
    client = anthropic.AnthropicAWS(base_url=fake.platform_url, aws_region="us-west-2", workspace_id=WORKSPACE_ID,
                                    aws_access_key="AKIAFAKEBEDROCK00000", aws_secret_key="fake", max_retries=0)
    message = client.messages.create(**body())
    seen = fake.log.snapshot()[-1]
    assert message.content[0].text == REPLY and seen.status == 200
    assert f"/{PLATFORM.signing_service}/aws4_request" in seen.headers["Authorization"]
    assert seen.headers[PLATFORM.workspace_header] == WORKSPACE_ID


def test_a_stream_arrives_as_server_sent_events(fake):
    client = anthropic.AnthropicAWS(base_url=fake.platform_url, aws_region="us-west-2", workspace_id=WORKSPACE_ID,
                                    aws_access_key="AKIAFAKEBEDROCK00000", aws_secret_key="fake", max_retries=0)
    with client.messages.stream(**body()) as stream:
        assert "".join(stream.text_stream) == REPLY
    status, text = post(fake, body(stream=True), signed(fake, body(stream=True)))
    assert status == 200 and text.startswith("event: message_start\n")


@pytest.mark.parametrize("model_id", AWS_EXAMPLE_IDS + [SONNET.claude_api_id])
def test_the_claude_api_ids_are_served(fake, model_id):
    assert post(fake, body(model_id), signed(fake, body(model_id)))[0] == 200


@pytest.mark.parametrize("model_id", [SONNET.messages_api_id, SONNET.profile_id("global"),
                                      FACTS.model(FACTS.integration.last_model).bedrock_id])
def test_a_bedrock_model_id_is_not_found(fake, model_id):
    refused(fake, 404, "not_found_error", sources.CPA_MODELS, post(fake, body(model_id), signed(fake, body(model_id))))
    assert "is a Bedrock model ID" in fake.log.snapshot()[-1].rule


def test_an_unknown_model_is_not_found(fake):
    refused(fake, 404, "not_found_error", sources.CPA_MODELS,
            post(fake, body("claude-nonexistent-9"), signed(fake, body("claude-nonexistent-9"))))


@pytest.mark.parametrize("service", [FACTS.claude_platform.bedrock_signing_service, API.mantle_signing_service])
def test_a_signature_for_a_bedrock_service_is_refused(fake, service):
    refused(fake, 401, "authentication_error", sources.CPA_MIGRATING, post(fake, body(), signed(fake, body(), service)))


def test_an_api_key_goes_as_a_bearer_token(fake):
    bearer = {**headers(), "authorization": f"{PLATFORM.api_key_scheme} platform-api-key-fake"}
    assert post(fake, body(), bearer)[0] == 200
    refused(fake, 401, "authentication_error", sources.CPA_AUTHENTICATION,
            post(fake, body(), {**headers(), "x-api-key": "platform-api-key-fake"}))
    refused(fake, 401, "authentication_error", sources.CPA_AUTHENTICATION, post(fake, body(), headers()))


def test_the_workspace_header_is_required_and_names_a_workspace(fake):
    refused(fake, 400, "invalid_request_error", sources.CPA_MAKING_REQUESTS,
            post(fake, body(), signed(fake, body(), workspace=None)))
    refused(fake, 400, "invalid_request_error", sources.CPA_WORKSPACES,
            post(fake, body(), signed(fake, body(), workspace="default")))


def test_the_version_header_takes_the_claude_apis_versions(fake):
    refused(fake, 400, "invalid_request_error", sources.API_VERSIONING,
            post(fake, body(), signed(fake, body(), version=None)))
    assert post(fake, body(), signed(fake, body(), version=FACTS.api_versions.sdk_default))[0] == 200


def test_inference_geo_takes_the_platforms_geographies_on_newer_models(fake):
    us, eu = body(inference_geo="us"), body(inference_geo="eu")
    assert post(fake, us, signed(fake, us))[0] == 200
    refused(fake, 400, "invalid_request_error", sources.CPA_DATA_RESIDENCY, post(fake, eu, signed(fake, eu)))
    older = FACTS.model(PLATFORM.inference_geo_refused[-1])
    payload = body(older.claude_api_id, inference_geo="us")
    refused(fake, 400, "invalid_request_error", sources.CPA_DATA_RESIDENCY, post(fake, payload, signed(fake, payload)))


def test_bedrocks_path_is_not_found_on_the_platform(fake):
    path = API.runtime_base_url.split(".com", 1)[1] + API.messages_path
    refused(fake, 404, "not_found_error", sources.CPA_MIGRATING, post(fake, body(), signed(fake, body()), path))


def test_bedrock_endpoints_refuse_the_platforms_signature(fake):
    request = AWSRequest("POST", f"{fake.mantle_url}/anthropic{API.messages_path}",
                         data=json.dumps(body(SONNET.messages_api_id)).encode(), headers=headers())
    SigV4Auth(Credentials("AKIAFAKEBEDROCK00000", "fake"), PLATFORM.signing_service, "us-west-2").add_auth(request)
    http = urllib.request.Request(request.url, data=request.body, method="POST", headers=dict(request.headers))
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(http)
    assert raised.value.code == 401

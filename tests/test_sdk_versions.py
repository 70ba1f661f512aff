"""Promise: the SDKs readers are told to install still work with this guide's models on
Bedrock. The pinned releases (data: sdks) are the ones the tests run, and what they send is
the version Bedrock takes; what the latest releases send instead is refused, as on Bedrock."""

from __future__ import annotations

import json
import subprocess

import anthropic
import boto3
import pytest
from botocore.exceptions import ClientError

from fake_bedrock import FakeBedrock

from site_build import ROOT, load_yaml
from snippet_runner.run import snippet_environment

FACTS = load_yaml(ROOT / "data/bedrock.yml")
SDKS, VERSIONS = FACTS["sdks"], FACTS["api_versions"]
MODEL = "global.anthropic.claude-opus-4-6-v1"
# One request through the TypeScript SDK; prints the SDK's version, then the reply or the error.
TYPESCRIPT = """
import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";
import { readFileSync } from "node:fs";
const installed = new URL("./node_modules/@anthropic-ai/bedrock-sdk/package.json", import.meta.url);
console.log(JSON.parse(readFileSync(installed, "utf8")).version);
const client = new AnthropicBedrock({ awsRegion: "us-west-2", maxRetries: 0 });
const message = await client.messages.create({
  model: process.argv[2], max_tokens: 16, messages: [{ role: "user", content: "Hi" }],
});
console.log(message.content[0].text);
"""


def sent_versions(request) -> tuple:
    """The API version a request carried: in the body, and in an anthropic-version header."""
    header = next((v for k, v in request.headers.items() if k.lower() == "anthropic-version"), None)
    return request.json().get("anthropic_version"), header


def test_requirements_and_lock_pin_the_releases_readers_install():
    pinned = dict(line.split("==") for line in (ROOT / "requirements.txt").read_text().split() if "==" in line)
    assert pinned[SDKS["python_package"]] == SDKS["python_version"]
    locked = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    assert locked[f"node_modules/{SDKS['typescript_package']}"]["version"] == SDKS["typescript_version"]
    assert json.loads((ROOT / "package.json").read_text())["dependencies"][SDKS["typescript_package"]] == \
        SDKS["typescript_version"], "package.json pins the exact release, as the guide tells readers to"


def test_the_pinned_python_sdk_sends_the_version_bedrock_takes(tmp_path):
    assert anthropic.__version__ == SDKS["python_version"]
    with FakeBedrock() as fake:
        client = anthropic.AnthropicBedrock(base_url=fake.url, aws_region="us-west-2", max_retries=0,
                                            aws_access_key="AKIAFAKEBEDROCK00000", aws_secret_key="fake")
        reply = client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "Hi"}])
        (request,) = fake.log.snapshot()
    assert reply.content and request.status == 200
    assert sent_versions(request)[0] == VERSIONS["invoke_model"]
    assert VERSIONS["sdk_default"] not in sent_versions(request)


def test_the_pinned_typescript_sdk_sends_the_version_bedrock_takes(tmp_path):
    (tmp_path / "probe.mjs").write_text(TYPESCRIPT, encoding="utf-8")
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    with FakeBedrock() as fake:
        result = subprocess.run(["node", "probe.mjs", MODEL], cwd=tmp_path, capture_output=True, text=True,
                                env=snippet_environment(fake, "the TypeScript SDK probe", str(tmp_path)),
                                timeout=120)
        requests = fake.log.snapshot()
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == SDKS["typescript_version"]
    assert [r.status for r in requests] == [200]
    assert sent_versions(requests[0])[0] == VERSIONS["invoke_model"]
    assert VERSIONS["sdk_default"] not in sent_versions(requests[0])


def test_what_the_latest_sdks_send_is_refused_with_a_400():
    """The latest releases send the new version in the body (Python 2.x) or a header: both fail."""
    with FakeBedrock() as fake:
        runtime = boto3.client("bedrock-runtime", endpoint_url=fake.url, region_name="us-west-2",
                               aws_access_key_id="AKIAFAKEBEDROCK00000", aws_secret_access_key="fake")
        body = {"anthropic_version": VERSIONS["sdk_default"], "max_tokens": 16,
                "messages": [{"role": "user", "content": "Hi"}]}
        with pytest.raises(ClientError) as raised:
            runtime.invoke_model(modelId=MODEL, body=json.dumps(body))
        client = anthropic.AnthropicBedrock(base_url=fake.url, aws_region="us-west-2", max_retries=0,
                                            aws_access_key="AKIAFAKEBEDROCK00000", aws_secret_key="fake")
        with pytest.raises(anthropic.BadRequestError):
            client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "Hi"}],
                                   extra_headers={"anthropic-version": VERSIONS["sdk_default"]})
        statuses = [(r.status, r.error) for r in fake.log.snapshot()]
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert statuses == [(400, "ValidationException")] * 2

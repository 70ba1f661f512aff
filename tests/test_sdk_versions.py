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
from fake_bedrock.runtime import header

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


# Claude Platform on AWS: one request through the pinned TypeScript client (workspace and base
# URL from the environment, as the guide's sample reads them); prints the version, then the reply.
PLATFORM_TYPESCRIPT = """
import AnthropicAws from "@anthropic-ai/aws-sdk";
import { readFileSync } from "node:fs";
const installed = new URL("./node_modules/@anthropic-ai/aws-sdk/package.json", import.meta.url);
console.log(JSON.parse(readFileSync(installed, "utf8")).version);
try {
  const client = new AnthropicAws({ awsRegion: "us-west-2", maxRetries: 0 });
  const message = await client.messages.create({
    model: process.argv[2], max_tokens: 16, messages: [{ role: "user", content: "Hi" }],
  });
  console.log(message.content[0].text);
} catch (error) {
  console.log(`refused: ${error.message}`);
}
"""


# AWS's example model, and the variable both clients read the workspace ID from.
PLATFORM = {"model": "claude-sonnet-4-6", "workspace": "ANTHROPIC_AWS_WORKSPACE_ID"}


def platform_probe(tmp_path, fake, env_extra: dict | None = None, unset: tuple = ()) -> list[str]:
    (tmp_path / "probe.mjs").write_text(PLATFORM_TYPESCRIPT, encoding="utf-8")
    if not (tmp_path / "node_modules").exists():
        (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    env = {**snippet_environment(fake, "the Claude Platform on AWS probe", str(tmp_path)), **(env_extra or {})}
    for name in unset:
        env.pop(name)
    result = subprocess.run(["node", "probe.mjs", PLATFORM["model"]], cwd=tmp_path, capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()



def test_the_pinned_platform_packages_are_what_readers_install():
    locked = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    package = SDKS["platform_typescript_package"]
    assert locked[f"node_modules/{package}"]["version"] == SDKS["platform_typescript_version"]
    assert json.loads((ROOT / "package.json").read_text())["dependencies"][package] == \
        SDKS["platform_typescript_version"]
    assert hasattr(anthropic, FACTS["claude_platform"]["python_client"]), "the pinned Python release has the client"


def test_the_pinned_typescript_platform_client_signs_for_its_service(tmp_path):
    with FakeBedrock() as fake:
        lines = platform_probe(tmp_path, fake)
        (request,) = fake.log.snapshot()
    assert lines[0] == SDKS["platform_typescript_version"] and request.status == 200, lines
    assert f"/{FACTS['claude_platform']['signing_service']}/aws4_request" in header(request.headers, "authorization")
    assert sent_versions(request)[1] == FACTS["messages_api"]["version"]


def test_both_pinned_platform_clients_refuse_to_start_without_a_workspace(tmp_path, monkeypatch):
    """What the page says: the SDKs do not create the client without a workspace ID."""
    monkeypatch.delenv(PLATFORM["workspace"], raising=False)
    with pytest.raises(anthropic.AnthropicError, match="workspace"):
        anthropic.AnthropicAWS(aws_region="us-west-2", aws_access_key="AKIAFAKEBEDROCK00000", aws_secret_key="fake")
    with FakeBedrock() as fake:
        lines = platform_probe(tmp_path, fake, unset=(PLATFORM["workspace"],))
        assert fake.log.snapshot() == []
    assert lines[1].startswith("refused:") and "workspace" in lines[1].lower(), lines


def test_the_pinned_releases_send_an_api_key_where_the_platform_refuses_it(tmp_path):
    """Why the samples sign: the pinned releases put an API key in the header the data names,
    not in Authorization as AWS documents, and the fake refuses it as the platform would."""
    key = {"ANTHROPIC_AWS_API_KEY": "platform-api-key-fake"}
    with FakeBedrock() as fake:
        client = anthropic.AnthropicAWS(base_url=fake.platform_url, api_key="platform-api-key-fake",
                                        aws_region="us-west-2", workspace_id="wrkspc_01Fake", max_retries=0)
        with pytest.raises(anthropic.AuthenticationError):
            client.messages.create(model=PLATFORM["model"], max_tokens=16, messages=[{"role": "user", "content": "Hi"}])
        lines = platform_probe(tmp_path, fake, key)
        requests = fake.log.snapshot()
    assert lines[1].startswith("refused:"), lines
    assert [r.status for r in requests] == [401, 401]
    assert all(header(r.headers, SDKS["platform_pinned_key_header"]) for r in requests)

"""Run the fake by hand: `python -m fake_bedrock [--port 4566]`, then paste the
printed exports into a shell and run any sample from the guide against it."""

from __future__ import annotations

import argparse
import time

from .server import FakeBedrock


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free one)")
    port = parser.parse_args().port
    with FakeBedrock(port=port) as fake:
        print("Fake Bedrock listening. In another shell:\n")
        for name, value in client_environment(fake).items():
            print(f"export {name}={value}")
        print("\nCtrl-C stops it; each request is printed below.\n", flush=True)
        seen = 0
        try:
            while True:
                time.sleep(0.2)
                for request in fake.log.snapshot()[seen:]:
                    print(f"{request.status} {request.operation} {request.model_id or ''} "
                          f"{request.error or ''}".rstrip(), flush=True)
                    if request.rule:
                        print(f"    refused: {request.rule}", flush=True)
                    seen += 1
        except KeyboardInterrupt:
            pass


# What a reader's Claude Platform on AWS workspace ID looks like ("wrkspc_" and letters and digits).
WORKSPACE_ID = "wrkspc_01FakeBedrockDocs"


def client_environment(fake: FakeBedrock) -> dict[str, str]:
    """What points the AWS CLI, boto3 and Anthropic's SDKs at the fake, with fake keys.
    ANTHROPIC_BASE_URL is what the guide has readers set for bedrock-runtime's Messages API;
    the Claude Platform on AWS clients read their base URL and workspace from ANTHROPIC_AWS_*."""
    return {
        "AWS_ENDPOINT_URL": fake.url,
        "ANTHROPIC_BEDROCK_BASE_URL": fake.url,
        "ANTHROPIC_BASE_URL": f"{fake.url}/anthropic",
        "ANTHROPIC_BEDROCK_MANTLE_BASE_URL": f"{fake.mantle_url}/anthropic",
        "ANTHROPIC_AWS_BASE_URL": fake.platform_url,
        "ANTHROPIC_AWS_WORKSPACE_ID": WORKSPACE_ID,
        "AWS_ACCESS_KEY_ID": "AKIAFAKEBEDROCK00000",
        "AWS_SECRET_ACCESS_KEY": "fake-secret-key",
        "AWS_REGION": "us-west-2",
        "AWS_DEFAULT_REGION": "us-west-2",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_CONFIG_FILE": "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
        "AWS_MAX_ATTEMPTS": "1",
    }


if __name__ == "__main__":
    main()

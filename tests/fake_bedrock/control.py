"""The bedrock control plane (model and profile listings) and STS GetCallerIdentity."""

from __future__ import annotations

from urllib.parse import parse_qs

from .catalog import Catalog
from .errors import AwsError, validation

ACCOUNT = "123456789012"
CALLER_ARN = f"arn:aws:iam::{ACCOUNT}:user/docs-reader"


def list_foundation_models(catalog: Catalog, region: str, query: dict) -> dict:
    provider = query.get("byProvider", [None])[0]
    return {"modelSummaries": catalog.foundation_models(region, provider)}


def get_foundation_model(catalog: Catalog, region: str, model_id: str) -> dict:
    return {"modelDetails": catalog.foundation_model(region, model_id)}


def list_inference_profiles(catalog: Catalog, region: str, query: dict) -> dict:
    wanted = query.get("type", [None])[0]
    profiles = [p for p in catalog.inference_profiles(region) if wanted in (None, p["type"])]
    return {"inferenceProfileSummaries": profiles}


def get_caller_identity(raw: bytes, request_id: str) -> str:
    form = parse_qs(raw.decode())
    if form.get("Action") != ["GetCallerIdentity"]:
        raise validation(f"Could not find operation {form.get('Action', ['?'])[0]}")
    return (
        '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n'
        "  <GetCallerIdentityResult>\n"
        f"    <Arn>{CALLER_ARN}</Arn>\n"
        "    <UserId>AIDAFAKEBEDROCKREADER</UserId>\n"
        f"    <Account>{ACCOUNT}</Account>\n"
        "  </GetCallerIdentityResult>\n"
        f"  <ResponseMetadata>\n    <RequestId>{request_id}</RequestId>\n  </ResponseMetadata>\n"
        "</GetCallerIdentityResponse>\n"
    )


def sts_error(error: AwsError) -> str:
    return (
        '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n'
        f"  <Error><Type>Sender</Type><Code>{error.error_type}</Code>"
        f"<Message>{error.message}</Message></Error>\n"
        "</ErrorResponse>\n"
    )

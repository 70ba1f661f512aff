"""The bedrock control plane (model and profile listings, as their API reference pages
document them) and STS GetCallerIdentity (its documented response)."""

from __future__ import annotations

from urllib.parse import parse_qs

from . import sources
from .catalog import Catalog
from .errors import RESOURCE_NOT_FOUND, UNKNOWN_OPERATION, Rule, refuse

ACCOUNT = "123456789012"
CALLER_ARN = f"arn:aws:iam::{ACCOUNT}:user/docs-reader"


def list_foundation_models(catalog: Catalog, region: str, query: dict) -> dict:
    # GET /foundation-models?byProvider=…: the Region's models, filtered by provider
    # (sources.LIST_FOUNDATION_MODELS).
    provider = query.get("byProvider", [None])[0]
    return {"modelSummaries": catalog.foundation_models(region, provider)}


def get_foundation_model(catalog: Catalog, region: str, identifier: str) -> dict:
    # GET /foundation-models/{modelIdentifier}: the model's details, by ID or ARN
    # (sources.GET_FOUNDATION_MODEL); a model the Region does not offer is not found.
    summary = next((m for m in catalog.foundation_models(region) if identifier in (m["modelId"], m["modelArn"])),
                   None)
    if summary is None:
        raise refuse(Rule(f"{identifier} is not a model offered in {region}", sources.GET_FOUNDATION_MODEL),
                     RESOURCE_NOT_FOUND)
    return {"modelDetails": summary}


def list_inference_profiles(catalog: Catalog, region: str, query: dict) -> dict:
    # GET /inference-profiles?type=…: SYSTEM_DEFINED or APPLICATION profiles of the Region
    # (sources.LIST_INFERENCE_PROFILES).
    wanted = query.get("type", [None])[0]
    profiles = [p for p in catalog.inference_profiles(region) if wanted in (None, p["type"])]
    return {"inferenceProfileSummaries": profiles}


def get_caller_identity(raw: bytes, request_id: str) -> str:
    form = parse_qs(raw.decode())
    if form.get("Action") != ["GetCallerIdentity"]:
        raise refuse(Rule(f"STS has no action {form.get('Action', ['?'])[0]} here",
                          sources.STS_GET_CALLER_IDENTITY), UNKNOWN_OPERATION)
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


def sts_error(code: str, message: str) -> str:
    return (
        '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n'
        f"  <Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>\n"
        "</ErrorResponse>\n"
    )

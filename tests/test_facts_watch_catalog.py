"""Promise: with credentials, the facts watch compares Bedrock's own catalog with the data,
read-only: ListFoundationModels, GetFoundationModel and ListInferenceProfiles per Region,
answered here by the fake Bedrock from recorded catalogs. The recorded catalog agrees with the
data; a model that turned Legacy, a new model and a lost geo profile are each reported."""

from __future__ import annotations

import json
import shutil

import boto3
import pytest
from botocore.exceptions import ClientError

from facts_watch import __main__ as cli
from facts_watch import catalog
from fake_bedrock import Catalog, FakeBedrock
from fake_bedrock.catalog import RECORDED
from macros.loading import load_facts

from site_build import ROOT

FACTS = load_facts(ROOT)
KEYS = {"aws_access_key_id": "AKIAFAKEBEDROCK00000", "aws_secret_access_key": "fake-secret-key"}
REGION = "us-west-2"
OPUS_46 = "anthropic.claude-opus-4-6-v1"

pytestmark = pytest.mark.usefixtures("no_aws_config")


def differences(folder=RECORDED) -> list[str]:
    with FakeBedrock(catalog=Catalog(folder)) as fake:
        listings = catalog.read(FACTS.watch.catalog_regions, lambda region: boto3.client(
            "bedrock", endpoint_url=fake.url, region_name=region, **KEYS))
    return catalog.differences(FACTS, listings)


@pytest.fixture
def recorded(tmp_path):
    """A copy of the recorded catalog, and a way to edit one Region's file in it."""
    shutil.copytree(RECORDED, tmp_path / "recorded")

    def edit(name: str, change) -> None:
        path = tmp_path / "recorded" / REGION / name
        listing = json.loads(path.read_text(encoding="utf-8"))
        change(listing)
        path.write_text(json.dumps(listing), encoding="utf-8")
    edit.folder = tmp_path / "recorded"
    return edit


def test_the_recorded_catalog_agrees_with_the_data():
    assert differences() == []


def test_a_model_that_turned_legacy(recorded):
    def legacy(listing):
        model = next(m for m in listing["modelSummaries"] if m["modelId"] == OPUS_46)
        model["modelLifecycle"].update(status="LEGACY", legacyTime="2027-01-15T00:00:00+00:00")
    recorded("list-foundation-models.json", legacy)
    found = differences(recorded.folder)
    assert f"claude-opus-4-6 ({OPUS_46}): Bedrock says LEGACY, the data says active" in found
    assert any("deprecation_date: the data says None, Bedrock says 2027-01-15" in line for line in found)


def test_a_new_model_and_a_lost_profile(recorded):
    def new_model(listing):
        model = json.loads(json.dumps(next(m for m in listing["modelSummaries"] if m["modelId"] == OPUS_46)))
        model.update(modelId="anthropic.claude-opus-9-v1", modelName="Claude Opus 9",
                     modelArn="arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-opus-9-v1")
        listing["modelSummaries"].append(model)
    recorded("list-foundation-models.json", new_model)
    recorded("list-inference-profiles.json", lambda listing: listing["inferenceProfileSummaries"].remove(next(
        p for p in listing["inferenceProfileSummaries"] if p["inferenceProfileId"] == f"us.{OPUS_46}")))
    found = differences(recorded.folder)
    assert "anthropic.claude-opus-9-v1 (Claude Opus 9) is offered in us-west-2; the data has no model with this ID" in found
    assert any(line.startswith(f"claude-opus-4-6 ({OPUS_46}): geos: the data says") for line in found)


def test_get_foundation_model_answers_as_documented():
    with FakeBedrock() as fake:
        bedrock = boto3.client("bedrock", endpoint_url=fake.url, region_name=REGION, **KEYS)
        assert bedrock.get_foundation_model(modelIdentifier=OPUS_46)["modelDetails"]["modelId"] == OPUS_46
        with pytest.raises(ClientError) as refused:
            bedrock.get_foundation_model(modelIdentifier="anthropic.claude-no-such-model-v1")
    assert refused.value.response["Error"]["Code"] == "ResourceNotFoundException"
    assert refused.value.response["ResponseMetadata"]["HTTPStatusCode"] == 404


def test_without_credentials_the_catalog_check_says_so_in_one_line(monkeypatch, capsys):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main(["--offline", "--catalog", "legacy-guide"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Bedrock's catalog could not be read: Unable to locate credentials") and "Traceback" not in err

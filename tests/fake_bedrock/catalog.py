"""What the fake knows about models: the recorded responses in tests/fixtures/bedrock/,
and how Bedrock resolves a model identifier in a region."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import INVALID_MODEL, ON_DEMAND, AwsError, validation

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bedrock"
GEO_PREFIXES = ("global", "us", "eu", "jp", "apac")


@dataclass(frozen=True)
class Resolved:
    """A callable identifier: the base model behind it and the summary Bedrock lists."""

    identifier: str
    base_id: str
    summary: dict


class Catalog:
    def __init__(self, folder: Path = FIXTURES):
        self.folder = folder
        self.regions = sorted(p.name for p in folder.iterdir() if p.is_dir())
        self._models = {r: self._read(r, "list-foundation-models.json")["modelSummaries"]
                        for r in self.regions}
        self._profiles = {r: self._read(r, "list-inference-profiles.json")["inferenceProfileSummaries"]
                          for r in self.regions}
        self.retired = {entry["modelId"]: entry["error"]
                        for entry in json.loads((folder / "retired-models.json").read_text())["retired"]}
        self.betas = json.loads((folder / "anthropic-betas.json").read_text())

    def _read(self, region: str, name: str) -> dict:
        return json.loads((self.folder / region / name).read_text(encoding="utf-8"))

    def foundation_models(self, region: str, provider: str | None = None) -> list[dict]:
        models = self._models.get(region, [])
        return [m for m in models if provider is None or m["providerName"].lower() == provider.lower()]

    def inference_profiles(self, region: str) -> list[dict]:
        return self._profiles.get(region, [])

    def foundation_model(self, region: str, model_id: str) -> dict:
        for model in self.foundation_models(region):
            if model_id in (model["modelId"], model["modelArn"]):
                return model
        raise validation(INVALID_MODEL)

    def resolve(self, region: str, identifier: str) -> Resolved:
        """Bedrock's answer to 'which model does this ID call here?', or its error."""
        base_id = identifier.split(".", 1)[1] if identifier.split(".", 1)[0] in GEO_PREFIXES else identifier
        if base_id in self.retired:
            error = self.retired[base_id]
            raise AwsError(404, error["type"], error["message"])
        if base_id != identifier:
            profile = next((p for p in self.inference_profiles(region)
                            if identifier in (p["inferenceProfileId"], p["inferenceProfileArn"])), None)
            if profile is None:
                raise validation(INVALID_MODEL)
        summary = self.foundation_model(region, base_id)
        if base_id == identifier and "ON_DEMAND" not in summary["inferenceTypesSupported"]:
            raise validation(ON_DEMAND.format(model=identifier))
        return Resolved(identifier, base_id, summary)

    def check_betas(self, base_id: str, betas: list) -> None:
        for beta in betas:
            if beta not in self.betas:
                raise validation(f"invalid beta flag: {beta}")
            if base_id not in self.betas[beta]:
                raise validation(f"The beta flag {beta} is not supported by model {base_id}.")

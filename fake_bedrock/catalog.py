"""What the fake knows about models: the recorded listings in fake_bedrock/recorded/ (each
model's sources are in that folder's README), and how Bedrock resolves a model ID in a Region."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from . import sources
from .errors import ON_DEMAND, Rule, refuse

RECORDED = Path(__file__).resolve().parent / "recorded"
GEO_PREFIXES = ("global", "us", "eu", "jp", "apac", "au")


@dataclass(frozen=True)
class Resolved:
    """A callable ID: the base model behind it and the summary Bedrock lists for it."""

    identifier: str
    base_id: str
    summary: dict


class Catalog:
    def __init__(self, folder: Path = RECORDED):
        self.folder = folder
        self.regions = sorted(p.name for p in folder.iterdir() if p.is_dir())
        self._models = {r: self._read(r, "list-foundation-models.json")["modelSummaries"]
                        for r in self.regions}
        self._profiles = {r: self._read(r, "list-inference-profiles.json")["inferenceProfileSummaries"]
                          for r in self.regions}
        self.betas = json.loads((folder / "anthropic-betas.json").read_text(encoding="utf-8"))

    def _read(self, region: str, name: str) -> dict:
        return json.loads((self.folder / region / name).read_text(encoding="utf-8"))

    def foundation_models(self, region: str, provider: str | None = None) -> list[dict]:
        models = self._models.get(region, [])
        return [m for m in models if provider is None or m["providerName"].lower() == provider.lower()]

    def inference_profiles(self, region: str) -> list[dict]:
        return self._profiles.get(region, [])

    def resolve(self, region: str, identifier: str) -> Resolved:
        """Bedrock's answer to 'which model does this ID call here?', or its refusal."""
        prefix, _, rest = identifier.partition(".")
        base_id = rest if prefix in GEO_PREFIXES else identifier
        if base_id != identifier:
            # Inference profiles are per Region: a geo's profile exists only in that geo's Regions.
            if not any(identifier in (p["inferenceProfileId"], p["inferenceProfileArn"])
                       for p in self.inference_profiles(region)):
                raise refuse(Rule(f"no inference profile {identifier} can be called from {region}",
                                  sources.INFERENCE_PROFILES))
        summary = next((m for m in self.foundation_models(region) if base_id in (m["modelId"], m["modelArn"])),
                       None)
        if summary is None:
            # Unknown here, or past its end of life: "the model is no longer available for use in
            # all AWS Regions and requests made to this version will fail".
            raise refuse(Rule(f"{base_id} is not a model offered in {region}", sources.MODEL_LIFECYCLE))
        if base_id == identifier and "ON_DEMAND" not in summary["inferenceTypesSupported"]:
            raise refuse(Rule(f"{identifier} is offered through inference profiles only",
                              sources.LEGACY_GUIDE), ON_DEMAND, model=identifier)
        return Resolved(identifier, base_id, summary)

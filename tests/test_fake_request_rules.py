"""Promise: the fake refuses what Bedrock refuses for each model: the sampling, thinking and
effort rules and the data retention requirement the guide shows on its cards, read from the
same data, each refusal citing the page the data cites for it; and it keeps an account's data
retention mode per Region, set and read as AWS's API does."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import boto3
import pytest
from botocore.exceptions import ClientError

from fake_bedrock import FakeBedrock
from fake_bedrock.errors import VALIDATION
from macros.loading import load_facts
from macros.model_schema import EFFORTS

from site_build import ROOT

FACTS = load_facts(ROOT)
API = FACTS.messages_api
RETENTION = FACTS.data_retention
KEYS = {"aws_access_key_id": "AKIAFAKEBEDROCK00000", "aws_secret_access_key": "fake-secret-key"}
ON_MANTLE = [m for m in FACTS.messages_api_models if m.serves("mantle")]
HELLO = [{"role": "user", "content": "Hello"}]


pytestmark = pytest.mark.usefixtures("no_aws_config")


def post(url: str, model: str, **extra) -> tuple[int, dict]:
    """A Messages-API request with a Bedrock API key: (status, parsed body)."""
    body = {"model": model, "max_tokens": 16, "messages": HELLO, **extra}
    request = urllib.request.Request(f"{url}/anthropic{API.messages_path}", data=json.dumps(body).encode(),
                                     method="POST", headers={"content-type": "application/json",
                                                             "x-api-key": "bedrock-api-key-fake",
                                                             API.version_header: API.version})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def broken_rules(model) -> list[tuple[str, dict]]:
    """(the fact a rule comes from, a request field that breaks it) for every rule the data
    states for a model: what the fake must refuse."""
    rules, broken = model.request_rules, []
    for name, allowed in rules.sampling.items():
        wrong = 0.5 if allowed == "unsupported" or not allowed.admits(0.5) else 1.5
        broken.append(("sampling", {name: 40 if name == "top_k" else wrong}))
    if not rules.temperature_with_top_p:
        broken.append(("sampling", {"temperature": 1.0, "top_p": 0.99}))
    broken += [("thinking", {"thinking": {"type": kind, **({"budget_tokens": 1024} if kind == "enabled" else {})}})
               for kind in rules.thinking_refused]
    if rules.effort_levels is not None:
        missing = [level for level in EFFORTS if level not in rules.effort_levels]
        broken += [("effort", {"output_config": {"effort": missing[0]}})] if missing else []
    return broken


CASES = [(model, fact, fields) for model in ON_MANTLE for fact, fields in broken_rules(model)]


def test_the_data_gives_the_fake_rules_of_every_kind_to_apply():
    assert {fact for _, fact, _ in CASES} == {"sampling", "thinking", "effort"}


@pytest.mark.parametrize("model, fact, fields", CASES, ids=lambda c: getattr(c, "key", None) or json.dumps(c))
def test_a_request_that_breaks_a_rule_of_the_data_is_refused_citing_its_page(fake, model, fact, fields):
    status, body = post(fake.mantle_url, model.messages_api_id, **fields)
    assert (status, body["error"]["type"]) == (400, "invalid_request_error"), body
    assert fake.log.snapshot()[-1].rule.endswith(f"({FACTS.source_of(model, fact)})")


def test_the_values_a_rule_allows_are_accepted(fake):
    for model in ON_MANTLE:
        rules = model.request_rules
        allowed = {name: a.equals if a.equals is not None else a.at_least
                   for name, a in rules.sampling.items() if a != "unsupported"}
        fields = allowed if rules.temperature_with_top_p else dict(list(allowed.items())[:1])
        if rules.effort_levels:
            fields["output_config"] = {"effort": rules.effort_levels[-1]}
        assert post(fake.mantle_url, model.messages_api_id, **fields)[0] == 200, (model.key, fields)


def test_a_range_excludes_its_upper_bound():
    ranged = [(m, name, a) for m in ON_MANTLE for name, a in m.request_rules.sampling.items()
              if a != "unsupported" and a.below is not None]
    assert ranged, "no model in the data has a ranged sampling rule: the test would prove nothing"
    with FakeBedrock() as fake:
        for model, name, allowed in ranged:
            assert post(fake.mantle_url, model.messages_api_id, **{name: allowed.below})[0] == 400
            assert post(fake.mantle_url, model.messages_api_id, **{name: allowed.at_least})[0] == 200


def test_bedrock_runtime_refuses_the_same_in_its_own_error_shape(fake):
    model = next(m for m in ON_MANTLE if m.geos and m.request_rules.thinking_refused)
    kind = model.request_rules.thinking_refused[0]
    request = urllib.request.Request(
        f"{fake.url}/anthropic{API.messages_path}", method="POST",
        data=json.dumps({"model": model.profile_id("global"), "max_tokens": 16, "messages": HELLO,
                         "thinking": {"type": kind}}).encode(),
        headers={"content-type": "application/json", "x-api-key": "key", API.version_header: API.version})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert (refused.value.code, refused.value.headers["x-amzn-ErrorType"]) == (400, VALIDATION.name)


def test_invoke_model_applies_the_rules_of_a_legacy_model(fake):
    model = next(m for m in FACTS.listed_models if m.request_rules.effort_levels and
                 set(EFFORTS) - set(m.request_rules.effort_levels) and "global" in m.geos)
    level = next(e for e in EFFORTS if e not in model.request_rules.effort_levels)
    client = boto3.client("bedrock-runtime", endpoint_url=fake.url, region_name="us-west-2", **KEYS)
    body = {"anthropic_version": FACTS.api_versions.invoke_model, "max_tokens": 16, "messages": HELLO,
            "output_config": {"effort": level}}
    with pytest.raises(ClientError) as refused:
        client.invoke_model(modelId=model.profile_id("global"), body=json.dumps(body))
    assert refused.value.response["Error"]["Code"] == VALIDATION.name
    assert FACTS.source_of(model, "effort") in fake.log.snapshot()[-1].rule


def test_the_rules_are_the_datas_own():
    """Drop a model's sampling rules from the data and the fake takes what it refused before."""
    model = next(m for m in ON_MANTLE if "temperature" in m.request_rules.sampling)
    relaxed = model.model_copy(update={"request_rules": model.request_rules.model_copy(update={"sampling": {}})})
    facts = FACTS.model_copy(update={"models": [relaxed if m is model else m for m in FACTS.models]})
    with FakeBedrock() as strict, FakeBedrock(facts=facts) as lenient:
        assert post(strict.mantle_url, model.messages_api_id, temperature=0.5)[0] == 400
        assert post(lenient.mantle_url, model.messages_api_id, temperature=0.5)[0] == 200


def control(fake, region: str = "us-west-2"):
    return boto3.client("bedrock", endpoint_url=fake.url, region_name=region, **KEYS)


def test_data_retention_is_kept_per_region_as_the_api_sets_it():
    with FakeBedrock() as fake:
        assert control(fake).get_account_data_retention()["mode"] == RETENTION.default_mode
        answer = control(fake, "eu-central-1").put_account_data_retention(mode=RETENTION.zero_mode)
        assert answer["mode"] == RETENTION.zero_mode and answer["updatedAt"]
        assert control(fake, "eu-central-1").get_account_data_retention()["mode"] == RETENTION.zero_mode
        assert control(fake).get_account_data_retention()["mode"] == RETENTION.default_mode
        with pytest.raises(ClientError) as refused:
            control(fake).put_account_data_retention(mode="forever")
        assert refused.value.response["Error"]["Code"] == VALIDATION.name


def test_zero_retention_refuses_what_may_need_retention_and_keeps_the_older_models():
    first = FACTS.model(RETENTION.unchanged_before)
    newer = next(m for m in ON_MANTLE if FACTS.retention_required(m) is None)
    older = next(m for m in ON_MANTLE if FACTS.retention_required(m) is False)
    assert older.release_date < first.release_date <= newer.release_date
    with FakeBedrock() as fake:
        assert post(fake.mantle_url, newer.messages_api_id)[0] == 200
        control(fake).put_account_data_retention(mode=RETENTION.zero_mode)
        status, body = post(fake.mantle_url, newer.messages_api_id)
        assert (status, body["error"]["type"]) == (400, "invalid_request_error")
        assert FACTS.sources[RETENTION.rules_page] in fake.log.snapshot()[-1].rule
        assert post(fake.mantle_url, older.messages_api_id)[0] == 200


def test_a_model_the_data_says_requires_retention_is_refused_only_under_zero_retention():
    older = next(m for m in ON_MANTLE if FACTS.retention_required(m) is False)
    marked = older.model_copy(update={"requires_data_retention": True,
                                      "sources": {**older.sources, "aws-abuse-detection": ["data_retention"]}})
    facts = FACTS.model_copy(update={"models": [marked if m is older else m for m in FACTS.models]})
    with FakeBedrock(facts=facts) as fake:
        control(fake).put_account_data_retention(mode="default")
        assert post(fake.mantle_url, older.messages_api_id)[0] == 200
        control(fake).put_account_data_retention(mode=RETENTION.zero_mode)
        assert post(fake.mantle_url, older.messages_api_id)[0] == 400
        assert "requires data retention" in fake.log.snapshot()[-1].rule

"""Promise: no page types a fact the data file owns; the lint names file:line, the data
key and the macro to use instead."""

from __future__ import annotations

from checks.facts_lint import lint
from site_build import LOCALES, ROOT, copy_project, load_yaml


def test_pages_hold_no_hard_coded_facts():
    assert lint(ROOT, LOCALES) == []


def test_each_kind_of_literal_is_caught_with_its_key(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs/fr/setup.md"
    lines = len(page.read_text(encoding="utf-8").splitlines())
    page.write_text(page.read_text(encoding="utf-8") + (
        "\nAppelez us.anthropic.claude-opus-4-6-v1 avec l’AWS CLI 2.13.23, boto3 1.28.59, l’en-tête "
        "context-1m-2025-08-07 et bedrock-2023-05-31, pas 2026-10-21 ; installez "
        "@anthropic-ai/bedrock-sdk 0.36.0 ou anthropic 1.17.0, jamais 2.0.0 ; 10 % de plus ; "
        "gardez 30 jours ; 1 M de tokens avec Claude Opus 4.5 ; PutUseCaseForModelAccess, PutAccountDataRetention, "
        "aws-marketplace:Subscribe et 15 minutes ; anthropic.claude-sonnet-5 sur "
        "https://bedrock-mantle.eu-west-1.api.aws/anthropic avec l’en-tête 2023-06-01 et une clé de 12 heures.\n"),
        encoding="utf-8")
    problems = lint(project, LOCALES)
    keys = [p.split(" is ")[1].split(" in data")[0] for p in problems]
    models = [m["key"] for m in load_yaml(ROOT / "data/bedrock.yml")["models"]]
    at = {key: f"models[{models.index(key)}]" for key in ("claude-sonnet-5", "claude-opus-4-6", "claude-opus-4-5")}
    assert keys == [f"{at['claude-sonnet-5']}.messages_api_id", f"{at['claude-opus-4-6']}.bedrock_id",
                    f"{at['claude-opus-4-5']}.name",
                    "tools.aws_cli_min_version", "tools.boto3_min_version", "context_1m.beta_header",
                    "api_versions.invoke_model", "api_versions.sdk_default", "sdks.python_version",
                    "sdks.python_first_new_version", "sdks.typescript_version", "sdks.typescript_package",
                    "model_access.use_case_operation", "data_retention.put_operation", "messages_api.version",
                    "messages_api.mantle_base_url",
                    "endpoints.regional_price_premium_percent", "logging.retention_days",
                    "model_access.subscription_minutes", "messages_api.short_term_key_hours",
                    "model_access.marketplace_permissions", "context_1m.window_tokens"]
    assert all(p.startswith(f"docs/fr/setup.md:{lines + 2}: ") for p in problems)
    assert "write {{ code(\"tools.aws_cli_min_version\") }}" in problems[3]


def test_cjk_pages_are_linted_too(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs/ja/features.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n100万トークンまで、30 日分、10%の上乗せ。\n",
                    encoding="utf-8")
    found = [p.split(" is ")[1].split(" in data")[0] for p in lint(project, LOCALES)]
    assert found == ["endpoints.regional_price_premium_percent", "logging.retention_days",
                     "context_1m.window_tokens"]

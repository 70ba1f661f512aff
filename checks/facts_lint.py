"""Hard-coded facts: a value the data file owns, typed into a page. Each hit names
file:line, the data key that owns the value and the macro to write instead."""

from __future__ import annotations

import re
from pathlib import Path

from babel.numbers import format_compact_decimal

from macros.formatting import compact_count, duration
from macros.schema import GEOS

from site_build import load_yaml

SPACE = r"[ \u00a0\u202f]?"
GENERATED = "---\ngenerated: hooks/model_cards.py"
# ASCII word edges: CJK characters count as \w in Python, but "100万トークン" must still match.
BEFORE, AFTER = r"(?<![0-9A-Za-z.])", r"(?![0-9A-Za-z])(?!\.\d)"


def _spaced(text: str) -> str:
    return re.sub(r"\\? |\u00a0|\u202f", lambda _: SPACE, re.escape(text))


def owned_literals(facts: dict, locales) -> list[tuple[re.Pattern, str, str]]:
    """(pattern, data key, macro to use) for every value the data owns."""
    rules = []
    for index, model in enumerate(facts["models"]):
        for field in ("bedrock_id", "messages_api_id"):
            if field in model:
                rules.append((re.compile(rf"(?:\b(?:{'|'.join(GEOS)})\.)?" + re.escape(model[field]) + AFTER),
                              f"models[{index}].{field}", '{{ model_id(...) }} or a model table'))
        rules.append((re.compile(re.escape(model["name"]) + AFTER), f"models[{index}].name",
                      f'{{{{ model_name("{model["key"]}") }}}} or {{{{ model_names(...) }}}}'))
    for path in ("tools.aws_cli_min_version", "tools.boto3_min_version", "context_1m.beta_header",
                 "api_versions.invoke_model", "api_versions.sdk_default", "sdks.python_version",
                 "sdks.python_first_new_version", "sdks.typescript_version", "sdks.typescript_first_new_version",
                 "sdks.typescript_package", "model_access.use_case_operation", "data_retention.put_operation",
                 "data_retention.get_operation", "messages_api.version",
                 "messages_api.api_key_variable", "messages_api.api_key_header", "messages_api.count_tokens_path"):
        value, macro = _at(facts, path), "code"
        rules.append((re.compile(BEFORE + re.escape(str(value)) + AFTER), path,
                      f'{{{{ {macro}("{path}") }}}}'))
    for endpoint in ("runtime", "mantle"):
        path = f"messages_api.{endpoint}_base_url"
        pattern = re.escape(_at(facts, path)).replace(re.escape("{region}"), "[a-z0-9{}-]+")
        rules.append((re.compile(pattern), path, f'{{{{ code("{path}") }}}} or {{{{ endpoint_url("{endpoint}") }}}}'))
    premium = _at(facts, "endpoints.regional_price_premium_percent")
    rules.append((re.compile(rf"{BEFORE}{premium:g}{SPACE}%"), "endpoints.regional_price_premium_percent",
                  '{{ percent("endpoints.regional_price_premium_percent") }}'))
    for path, unit, macro in (("logging.retention_days", "day", "days"),
                              ("model_access.subscription_minutes", "minute", "minutes"),
                              ("messages_api.short_term_key_hours", "hour", "hours")):
        number = _at(facts, path)
        # The unit word each language prints after the number, as the macro writes it.
        words = {unit, f"{unit}s"} | {re.sub(rf"^{number}{SPACE}", "", duration(number, unit, locale))
                                      for locale in locales}
        rules.append((re.compile(rf"{BEFORE}{number}{SPACE}(?:{'|'.join(map(re.escape, sorted(words)))})"),
                      path, f'{{{{ {macro}("{path}") }}}}'))
    for permission in _at(facts, "model_access.marketplace_permissions"):
        rules.append((re.compile(re.escape(permission) + AFTER), "model_access.marketplace_permissions",
                      '{{ code_list("model_access.marketplace_permissions") }}'))
    tokens = _at(facts, "context_1m.window_tokens")
    forms = {f"{tokens:,}", str(tokens), "1M"} | {
        format_compact_decimal(tokens, locale=locale.replace("-", "_")) for locale in locales} | {
        compact_count(tokens, locale) for locale in locales}
    rules.append((re.compile(BEFORE + "(?:" + "|".join(map(_spaced, sorted(forms))) + ")" + AFTER),
                  "context_1m.window_tokens", '{{ tokens("context_1m.window_tokens") }}'))
    return rules


def vendor_link(facts: dict) -> re.Pattern:
    """An address on the vendors' documentation hosts: pages link them with doc_link, which
    picks the reader's language."""
    hosts = facts["official_hosts"]["documentation"]
    return re.compile(r"https?://(?:" + "|".join(map(re.escape, hosts)) + r")(?:/[^\s)\]>\"']*)?")


def lint(root: Path, locales) -> list[str]:
    facts = load_yaml(root / "data/bedrock.yml")
    rules, vendor = owned_literals(facts, locales), vendor_link(facts)
    problems = []
    for path in sorted((root / "docs").rglob("*.md")):
        if path.read_text(encoding="utf-8").startswith(GENERATED):
            continue  # written from the data by hooks/model_cards.py
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            problems += [f"{path.relative_to(root)}:{number}: {match.group(0)!r} is a vendor's page written "
                         "by hand; name it in data/bedrock.yml (sources: or links:) and write "
                         '{{ doc_link("name", "words") }}, which links the reader\'s language'
                         for match in vendor.finditer(line)]
            prose = re.sub(r"\{\{.*?\}\}|\]\([^)]*\)", "", line)  # macro calls and link targets
            for pattern, key, macro in rules:
                for match in pattern.finditer(prose):
                    problems.append(f"{path.relative_to(root)}:{number}: {match.group(0)!r} is "
                                    f"{key} in data/bedrock.yml; write {macro}")
    return problems


def _at(data: dict, path: str):
    for part in path.split("."):
        data = data[part]
    return data


"""Code samples from snippets/<sample>/<variant>.<ext>, rendered for one locale.

A sample file is real code with two kinds of slot, both legal syntax in its language:
`{{fact}}` inside a string literal takes a value from the data file, and a whole-line
comment `# i18n: key` (or `// i18n: key`) becomes that key's comment text in the page's
language. So the code is identical in every language and only comments differ."""

from __future__ import annotations

import re
from pathlib import Path

from authored_files import AuthoredFileError, read_text

from .schema import Facts

SNIPPETS_DIR = Path("snippets")
# Tab labels in tab order; linked tabs match on these labels, so they are never translated.
VARIANTS = {"python": "Python", "typescript": "TypeScript", "boto3": "Boto3", "aws-cli": "AWS CLI"}
LANGUAGES = {".py": ("python", "#"), ".ts": ("typescript", "//"), ".sh": ("bash", "#")}
VALUE_SLOT = re.compile(r"\{\{\s*(\w+)\s*\}\}")
COMMENT_SLOT = re.compile(r"^(?P<indent>[ \t]*)(?:#|//) i18n: (?P<key>\w+)[ \t]*$", re.MULTILINE)


class SnippetError(Exception):
    """A sample that cannot be rendered; the message names the sample file and the slot."""


def slot_values(facts: Facts) -> dict[str, str]:
    model, geo = facts.example_model, facts.examples.regional_geo
    return {
        "region": facts.examples.region,
        "global_model_id": model.profile_id("global"),
        "regional_model_id": model.profile_id(geo),
        "model_id": model.profile_id("global" if model.examples_default_global else geo),
        "anthropic_version": facts.api_versions.invoke_model,
        **messages_api_values(facts),
        "sdk_default_version": facts.api_versions.sdk_default,
        "beta_header": facts.context_1m.beta_header,
        "pip_requirement": facts.sdks.pip_requirement,
        "npm_package": facts.sdks.typescript_package,
        "npm_spec": facts.sdks.npm_spec,
        **platform_values(facts),
        "boto3_min_version": facts.tools.boto3_min_version,
    }


def messages_api_values(facts: Facts) -> dict[str, str]:
    """The Messages-API samples' model: its ID on bedrock-mantle, its global profile on
    bedrock-runtime; and the endpoints' base URLs in the examples' Region."""
    api, model, region = facts.messages_api, facts.messages_api_example, facts.examples.region
    return {
        "messages_api_model_id": model.messages_api_id,
        "messages_api_profile_id": model.profile_id("global"),
        "runtime_base_url": api.url("runtime", region),
        "mantle_base_url": api.url("mantle", region),
    }


def platform_values(facts: Facts) -> dict[str, str]:
    """Claude Platform on AWS: the samples' model by its Claude API ID, and the pinned SDKs."""
    sdks = facts.sdks
    return {
        "platform_model_id": facts.messages_api_example.claude_api_id,
        "platform_pip_requirement": sdks.requirement(sdks.platform_extra),
        "platform_npm_package": sdks.platform_typescript_package,
        "platform_npm_spec": sdks.platform_npm_spec,
    }


def sample_files(root: Path, sample: str) -> list[Path]:
    """The variants of one sample, in tab order."""
    folder = root / SNIPPETS_DIR / sample
    if not folder.is_dir():
        raise SnippetError(f"{SNIPPETS_DIR / sample}: no such code sample")
    files = sorted(folder.iterdir())
    for path in files:
        if path.stem not in VARIANTS or path.suffix not in LANGUAGES:
            raise SnippetError(f"{path.relative_to(root)}: expected <variant>.<ext> with variant in "
                               f"{', '.join(VARIANTS)} and ext in {', '.join(LANGUAGES)}")
    if not files:
        raise SnippetError(f"{SNIPPETS_DIR / sample}: holds no code")
    return sorted(files, key=lambda p: list(VARIANTS).index(p.stem))


def render_code(path: Path, values: dict[str, str], comments: dict[str, str]) -> str:
    """One sample file with its slots filled for one locale."""
    shown = path.relative_to(path.parents[2])  # snippets/<sample>/<file>
    try:
        source = read_text(path, shown)
    except AuthoredFileError as error:
        raise SnippetError(str(error)) from None
    if not source.strip():
        raise SnippetError(f"{shown}: the file is empty; write the code of its tab, or delete the file "
                           "(each file is a tab)")
    marker = LANGUAGES[path.suffix][1]

    def fill_value(match: re.Match) -> str:
        if match[1] not in values:
            raise SnippetError(f"{path.name}: unknown value slot {{{{{match[1]}}}}}; "
                               f"known: {', '.join(sorted(values))}")
        return values[match[1]]

    def fill_comment(match: re.Match) -> str:
        key, indent = match["key"], match["indent"]
        if key not in comments:
            raise SnippetError(f"{path.name}: comment key '{key}' is not in the locale's comments")
        return "\n".join(f"{indent}{marker} {line}".rstrip()
                         for line in comments[key].strip().splitlines())

    return VALUE_SLOT.sub(fill_value, COMMENT_SLOT.sub(fill_comment, source)).rstrip("\n")


def code_block(path: Path, code: str) -> str:
    return f"```{LANGUAGES[path.suffix][0]}\n{code}\n```"


def code_sample(root: Path, sample: str, values: dict[str, str], comments: dict[str, str]) -> str:
    """Markdown for a sample: a plain block for one variant, linked tabs for several."""
    files = sample_files(root, sample)
    blocks = [(VARIANTS[p.stem], code_block(p, render_code(p, values, comments))) for p in files]
    if len(blocks) == 1:
        return blocks[0][1]
    return "\n\n".join(f'=== "{label}"\n\n{_indent(block)}' for label, block in blocks)


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" if line else "" for line in text.splitlines())

"""Copies of the project with changes an author might make, each built once per test run and
read by several tests: a build costs seconds, and each change here touches a different page or
model, so the tests that look for one never see another.

- edited_pages: one language's page edited on its own (drift, wrong language, pasted code);
- edited_data: a model added to the data file, and a display name that looks like HTML."""

from __future__ import annotations

from pathlib import Path

from .project import Build, build, copy_project, load_yaml, write_yaml

# page -> text an author appended to that language only.
EXTRA_LINK = ("zh-TW/requests.md", "\n另請參閱[模型 ID](models.md#model-ids)。\n")
EXTRA_CODE = ("ja/models.md", "\n```bash\naws bedrock list-foundation-models\n```\n")
WRONG_LANGUAGE = {
    "ja/logging.md": "\nLes journaux sont conservés dans votre compte et vous pouvez les lire.\n",
    "zh-TW/logging.md": "\n启用这项记录功能后，您可以在帐户中查看记录。\n",
    "ru/logging.md": "\nログはアカウントに保存されます。\n",
    "fr/logging.md": "\nThe logs are kept in your account and you can read them.\n",
}
# An author pastes the sample by hand into the French page, with a model ID that does not exist.
PASTED_PAGE, PASTED_MODEL_ID = "fr/requests.md", "global.anthropic.claude-opus-4-7-v1:0"

NEW_MODEL = {
    "key": "claude-sonnet-9",
    "name": "Claude Sonnet 9",
    "bedrock_id": "anthropic.claude-sonnet-9-20261101-v1:0",
    "geos": ["global", "eu", "jp"],
    "status": "active",
    "release_date": "2026-11-01",
    "context_window": 200000,
    "max_output_tokens": 64000,
    "supports_1m_context": True,
    "examples_default_global": True,
    "regional_price_premium": True,
}
HTML_NAME = ("claude-sonnet-4", 'Claude <img src=x onerror="alert(1)"> *Sonnet* 4')


def project_of(built: Build) -> Path:
    """The mutated sources a build was made from."""
    return built.site.parent / "project"


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def replace(path: Path, old: str, new: str) -> None:
    """Replace the first `old`; a mutation that no longer applies fails loudly."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path}: the mutation no longer applies"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_facts(project: Path, change) -> None:
    """Apply `change` to data/bedrock.yml of a copy, as parsed YAML."""
    facts = load_yaml(project / "data/bedrock.yml")
    change(facts)
    write_yaml(project / "data/bedrock.yml", facts)


def model(facts: dict, key: str) -> dict:
    return next(m for m in facts["models"] if m["key"] == key)


def edited_pages(folder: Path) -> Build:
    project = copy_project(folder / "project")
    for page, text in [EXTRA_LINK, EXTRA_CODE, *WRONG_LANGUAGE.items()]:
        append(project / "docs" / page, text)
    code = (project / "snippets/make_request/python.py").read_text(encoding="utf-8")
    pasted = code.replace("{{model_id}}", PASTED_MODEL_ID).replace("{{region}}", "us-west-2")
    pasted = pasted.replace("# i18n:", "# commentaire")
    call = '{{ code_sample("make_request") }}'
    replace(project / "docs" / PASTED_PAGE, call, f"```python\n{pasted}```\n\n{call}")
    return build(project, folder / "site")


def edited_data(folder: Path) -> Build:
    project = copy_project(folder / "project")
    key, name = HTML_NAME

    def change(facts: dict) -> None:
        facts["models"].insert(1, NEW_MODEL)
        model(facts, key)["name"] = name

    edit_facts(project, change)
    return build(project, folder / "site")

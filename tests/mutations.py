"""Copies of the project with changes an author might make, each built once per test run and
read by several tests: a build costs seconds, and each change here touches a different page or
model, so the tests that look for one never see another.

- edited_pages: one language's page edited on its own (drift, wrong language, wrong
  punctuation, pasted code);
- edited_data: a model added to the data file, a display name that looks like HTML, and a
  deprecation announced for a day after the facts were checked;
- translation_notices: two sections changed in one language each and recorded as such, and
  eight code samples broken in one place each (BREAKAGES; tests/test_snippets_run.py runs them);
- fifth_language: Ukrainian added the README's way, recorded, and `make check` run on it,
  which keeps the site it built (read by the search index's tests too)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

from macros.lifecycle import between_sentences
from macros.words import Strings
from translations import drift, record
from translations.history import earlier_text
from translations.record import guide_locales

from checks.translation_drift import translation_drift
from site_build import (LOCALES, PROJECT_PARTS, TOOL_PARTS, Build, build, build_environment, copy_project,
                        load_yaml, write_yaml)

# page -> text an author appended to that language only.
EXTRA_LINK = ("zh-TW/requests.md", "\n另請參閱[模型 ID](models.md#model-ids)。\n")
EXTRA_CODE = ("ja/models.md", "\n```bash\naws bedrock list-foundation-models\n```\n")
WRONG_LANGUAGE = {
    "ja/logging.md": "\nLes journaux sont conservés dans votre compte et vous pouvez les lire.\n",
    "zh-TW/logging.md": "\n启用这项记录功能后，您可以在帐户中查看记录。\n",
    "ru/logging.md": "\nログはアカウントに保存されます。\n",
    "fr/logging.md": "\nThe logs are kept in your account and you can read them.\n",
}
# Punctuation each language writes otherwise, typed into one page per language.
MISPUNCTUATED = {
    "ru/endpoints.md": ("\nПоддержка этой модели закончилась 28 октября 2025 г..\n", "doubled full stop"),
    "fr/endpoints.md": ("\nLisez la page suivante : elle explique tout.\n",
                        "ordinary space where French wants a no-break space"),
    "ja/endpoints.md": ("\n詳しくは次のページを見てください: 料金の説明です。\n",
                        "half-width punctuation among CJK characters"),
    "zh-TW/endpoints.md": ("\n詳情請參閱下列頁面:價格說明。\n", "half-width punctuation among CJK characters"),
    "fr/features.md": ("\nLa bêta a pris fin le 1 mars 2025.\n", "the first of the month without its ordinal (1er)"),
    # A line break after 。 before a Latin word: the page shows a space there.
    "ja/features.md": ("\n料金は地域ごとに異なります。\nAnthropic の料金ページも参照してください。\n",
                       "a space beside full-width punctuation (a line break in the source shows as one)"),
}
# An author pastes the sample by hand into the French page, with a model ID that does not exist.
PASTED_PAGE, PASTED_MODEL_ID = "fr/requests.md", "global.anthropic.claude-opus-4-7-v1:0"

NEW_MODEL = {
    "key": "claude-sonnet-9",
    "name": "Claude Sonnet 9",
    "access": "open",
    "bedrock_id": "anthropic.claude-sonnet-9-20261101-v1:0",
    # On both integrations, as Claude Haiku 4.5 is: it reaches both tables.
    "messages_api_id": "anthropic.claude-sonnet-9",
    "endpoints": ["runtime", "mantle"],
    "geos": ["global", "eu", "jp"],
    "release_date": "2026-11-01",
    "context_window": 1000000,
    "max_output_tokens": 64000,
    "examples_default_global": True,
    "regional_price_premium": True,
    "sources": {"legacy-guide": ["name", "access", "bedrock_id", "messages_api_id", "endpoints", "geos",
                                 "release_date", "context_window", "max_output_tokens", "lifecycle",
                                 "examples_default_global", "regional_price_premium"]},
}
# A deprecation announced ahead: after the day the facts were checked.
PLANNED = ("claude-opus-4-5", {"deprecation_date": "2027-03-01", "retirement_date": "2027-09-01"})
HTML_NAME = ("claude-sonnet-4-6", 'Claude <img src=x onerror="alert(1)"> *Sonnet* 4')


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
    mispunctuated = [(page, text) for page, (text, _) in MISPUNCTUATED.items()]
    for page, text in [EXTRA_LINK, EXTRA_CODE, *WRONG_LANGUAGE.items(), *mispunctuated]:
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
        model(facts, PLANNED[0]).update(PLANNED[1])

    edit_facts(project, change)
    return build(project, folder / "site")


# Broken samples, one per sample file and page (tests/test_snippets_run.py): what the author
# changed, and what the failure must say.
BREAKAGES = [
    ("make_request/python.py", "client.messages.create(", "client.messages.creat(",
     "has no attribute 'creat'"),
    ("make_request/boto3.py", '        "anthropic_version": "{{anthropic_version}}",\n', "",
     "the required field anthropic_version is missing"),
    ("regional_endpoint/python.py", "{{regional_model_id}}", "anthropic.claude-opus-4-6-v1",
     "with on-demand throughput isn't supported"),
    ("global_endpoint/python.py", "from anthropic import AnthropicBedrock\n",
     "from anthropic import AnthropicBedrock\nimport urllib.request\n"
     "urllib.request.urlopen('https://bedrock-runtime.us-west-2.amazonaws.com/')\n",
     "tried to reach bedrock-runtime.us-west-2.amazonaws.com:443; only 127.0.0.1 is allowed"),
    ("messages_api_request/python.py", "{{messages_api_model_id}}", "anthropic.claude-opus-4-6-v1",
     "anthropic.claude-opus-4-6-v1 is not a model bedrock-mantle serves through the Messages API"),
    ("messages_api_stream/typescript.ts", "{{messages_api_model_id}}", "{{messages_api_profile_id}}",
     "bedrock-mantle has no cross-Region inference"),
    ("messages_api_key/python.py", "{{messages_api_profile_id}}", "{{messages_api_model_id}}",
     "is not a model bedrock-runtime serves through the Messages API"),
    ("make_request/typescript.ts", "const client", "await fetch('https://bedrock-runtime.us-west-2.amazonaws.com/');\nconst client",
     "tried to reach bedrock-runtime.us-west-2.amazonaws.com:443; only 127.0.0.1 is allowed"),
]
PAGE_OF_SAMPLE = {"make_request": "requests", "regional_endpoint": "endpoints", "global_endpoint": "endpoints",
                  "messages_api_request": "messages-api", "messages_api_stream": "messages-api",
                  "messages_api_key": "messages-api"}


# The translations record: a change to one language's pricing section, as an author makes it.
DAY = dt.date(2026, 12, 2)
PRICING = {  # a sentence that ends the endpoints page's pricing section, per language
    "ja": "それ以外のモデルの料金体系は、これまでと変わりません。",
    "zh-TW": "其他模型則沿用原本的定價。",
    "ru": "Для остальных моделей цены не изменились.",
    "fr": "Les autres modèles conservent leur tarification habituelle.",
}
ADDED = {"ja": "なお、料金は地域によって異なる場合があります。", "zh-TW": "實際價格可能因地區而異。",
         "ru": "Цены могут различаться в зависимости от региона.", "fr": "Les prix peuvent varier selon la région."}


def committed_copy(folder: Path) -> Path:
    """A copy of the pages, data and config, committed to git (the record looks up earlier
    texts there, as in an author's checkout)."""
    root = copy_project(folder, parts=("mkdocs.yml", "docs", "data"))
    git = ["git", "-c", "user.email=docs@example.test", "-c", "user.name=docs"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "as landed"]):
        subprocess.run([*git, *command], cwd=root, check=True, capture_output=True)
    return root


def add_to_pricing(root: Path, locale: str) -> None:
    # On the same line, as the language follows one sentence with the next (a line break
    # after 。 would show as a space).
    words = Strings.model_validate(load_yaml(root / f"data/i18n/{locale}.yml"))
    replace(root / f"docs/{locale}/endpoints.md", PRICING[locale],
            PRICING[locale] + between_sentences(words) + ADDED[locale])


def record_translations(root: Path, day: dt.date, new: set = frozenset(), editorial: set = frozenset()):
    """`make translations-record` on a copy, as of a given day; the record it wrote."""
    locales = guide_locales(root)
    updated = drift.updated(record.load(root), record.current(root, locales), locales, day,
                            earlier_text(root), new, editorial)
    record.dump(root, updated)
    return record.load(root)


def notices_build(folder: Path):
    """The guide with two recorded changes on one page: Japanese pricing (zh-TW, ru and fr
    fall behind) and French when-to-use-each (ja, zh-TW and ru fall behind). Its samples are
    the broken ones (BREAKAGES): code, the same in every language, which the notices' tests
    never read, and one build less."""
    root = committed_copy(folder / "project")
    for part in PROJECT_PARTS:
        if not (root / part).exists():
            copy_project(root, parts=(part,))
    for sample, old, new, _ in BREAKAGES:
        replace(root / "snippets" / sample, old, new)
    add_to_pricing(root, "ja")
    replace(root / "docs/fr/endpoints.md", "**Point de terminaison mondial (recommandé)**",
            "Choisissez selon vos contraintes de conformité.\n\n**Point de terminaison mondial (recommandé)**")
    record_translations(root, DAY)
    return build(root, folder / "site")


def add_language(project: Path, locale: str, like: str, name: str, description: str) -> None:
    """The README's steps: mkdocs.yml, the style guide, the language file, the pages."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "        - locale: fr\n", f"        - locale: {locale}\n          name: {name}\n          site_name: Claude в "
        f"Amazon Bedrock\n          site_description: \"{description}\"\n        - locale: fr\n", 1)
    config.write_text(text.replace("    - {name: Français, link: fr/, lang: fr}\n", f"    - {{name: {name}, link: "
                                   f"{locale}/, lang: {locale}}}\n    - {{name: Français, link: fr/, lang: fr}}\n", 1),
                      encoding="utf-8")
    shutil.copy(project / f"data/i18n/style/{like}.yml", project / f"data/i18n/style/{locale}.yml")
    shutil.copy(project / f"data/i18n/{like}.yml", project / f"data/i18n/{locale}.yml")
    shutil.copytree(project / "docs" / like, project / "docs" / locale)


def run_module(project: Path, *module_and_args: str) -> subprocess.CompletedProcess:
    """`python -m …` in a copy of the project: `checks` is `make check`."""
    environment = {**build_environment(), "PYTHONPATH": str(project)}
    return subprocess.run([sys.executable, "-m", *module_and_args], cwd=project, env=environment,
                          capture_output=True, text=True, check=False)


def fifth_language(folder: Path) -> dict:
    """Ukrainian added as the README says, in a copy with the tools: what the translations check
    said before recording, then `make translations-record` and `make check` (site kept)."""
    project = copy_project(folder / "project", PROJECT_PARTS + TOOL_PARTS)
    add_language(project, "uk", like="ru", name="Українська",
                 description="Як викликати моделі Claude від Anthropic через Amazon Bedrock.")
    before = translation_drift(project, [*LOCALES, "uk"])
    recorded = run_module(project, "translations", "record")
    checked = run_module(project, "checks", "--site-dir", str(folder / "site"))
    return {"drift_before_record": before, "site": folder / "site",
            "recorded": (recorded.returncode, recorded.stdout + recorded.stderr),
            "checked": (checked.returncode, checked.stdout + checked.stderr)}

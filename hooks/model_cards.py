"""mkdocs hook: write one model card page per model, and an index, into every guide
language (docs/<locale>/model-cards/, git-ignored), before mkdocs collects the files;
and models.json at the site root, the same facts for scripts and tools.

Real files rather than virtual ones, so mkdocs-static-i18n treats them like any page:
language switcher, hreflang, search, sitemap. Each page holds only macro calls (the card
itself is rendered by macros/model_cards.py in the page's language); a file is rewritten
only when its content changes, so `mkdocs serve` does not rebuild in a loop."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from site_data import facts, guide_locales, strings, validated_facts
from markupsafe import escape

FOLDER = "model-cards"
# Front matter that marks a generated page (the facts lint skips these: they hold data by design).
MARKER = "---\ngenerated: hooks/model_cards.py from data/bedrock.yml; edit the data, not this file\n"


def on_pre_build(config) -> None:
    models = facts(config)["models"]
    for locale in guide_locales(config):
        pages = {"index.md": index_page(strings(config, locale)["cards"]["title"])}
        pages.update({f"{model['key']}.md": card_page(model) for model in models})
        sync(Path(config.docs_dir) / locale / FOLDER, pages)


def on_post_build(config) -> None:
    """models.json once, with the build that writes the site root."""
    if not config.plugins["i18n"].is_default_language_build:
        return
    site = validated_facts(config)
    text = json.dumps(models_document(site), indent=2, ensure_ascii=False, default=str)
    (Path(config.site_dir) / "models.json").write_text(text + "\n", encoding="utf-8")


def models_document(site) -> dict:
    """Every model with its facts, its status on the day they were checked and its sources."""
    return {
        "source": "data/bedrock.yml",
        "facts_checked": site.facts_checked,
        "models": [{
            "key": m.key,
            "name": m.name,
            "access": m.access,
            "integrations": m.integrations,
            "messages_api_id": m.messages_api_id,
            "messages_api_endpoints": m.endpoints,
            "bedrock_id": m.bedrock_id,
            # null where no page we read publishes them
            "inference_profile_ids": None if m.geos is None else {geo: m.profile_id(geo) for geo in m.geos},
            "status": site.status(m),
            "release_date": m.release_date,
            "deprecation_date": m.deprecation_date,
            "retirement_date": m.retirement_date,
            "retirement_spares_regions": m.retirement_spares,
            "eol_no_sooner_than": m.eol_no_sooner_than,
            "knowledge_cutoff": m.knowledge_cutoff,
            "context_window": m.context_window,
            "max_output_tokens": m.max_output_tokens,
            "supports_1m_context": site.has_1m_context(m),
            "request_rules": m.request_rules.model_dump(exclude_defaults=True),
            # true, false, or null: AWS's list of models that require retention says
            "requires_data_retention": site.retention_required(m),
            "sources": [{"url": site.sources[name], "facts": facts} for name, facts in m.sources.items()],
        } for m in site.models],
    }


def index_page(title: str) -> str:
    return f"{MARKER}---\n\n# {heading(title)} {{ #model-cards }}\n\n{{{{ model_card_index() }}}}\n"


def card_page(model: dict) -> str:
    # The theme prints the page title into <title> unescaped: give it an escaped one.
    title = json.dumps(str(escape(model["name"])), ensure_ascii=False)
    return (f"{MARKER}title: {title}\n---\n\n# {heading(model['name'])} {{ #model-card }}\n\n"
            f'{{{{ model_card("{model["key"]}") }}}}\n')


def heading(text: str) -> str:
    """Data as a Markdown heading: HTML-escaped, Markdown and Jinja punctuation backslashed."""
    return "".join(f"\\{c}" if c in "\\`*_[]{}#<>!" else c for c in str(escape(text)))


def sync(folder: Path, pages: dict[str, str]) -> None:
    """Make the folder hold exactly these pages, touching only what changed."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.md"):
        if stale.name not in pages and stale.read_text(encoding="utf-8").startswith(MARKER):
            stale.unlink()
    for name, content in pages.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            _replace(path, content)


def _replace(path: Path, content: str) -> None:
    """Write atomically: a build running at the same time never reads half a page."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(content)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)

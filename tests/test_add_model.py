"""Promise: a model added to the data file reaches every language's table, every sentence
that lists models of its kind, and gets its own model card, with no page edited."""

from __future__ import annotations

from .project import LOCALES, article, build, copy_project, load_yaml, write_yaml



def hand_written(project):
    """Every page under docs/ except those hooks/model_cards.py generates."""
    return {p: p.read_bytes() for p in (project / "docs").rglob("*.md") if "model-cards" not in p.parts}
from .test_prose_facts import MODEL_LISTS, section_text

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


def test_new_model_appears_in_all_tables_and_lists(tmp_path):
    project = copy_project(tmp_path / "project")
    pages_before = hand_written(project)
    facts = load_yaml(project / "data/bedrock.yml")
    facts["models"].insert(1, NEW_MODEL)
    write_yaml(project / "data/bedrock.yml", facts)

    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.log
    assert hand_written(project) == pages_before

    for locale in LOCALES:
        words = load_yaml(project / f"data/i18n/{locale}.yml")
        row = article(result.site, locale, "models").select_one('tr[data-model="claude-sonnet-9"]')
        assert row is not None, f"{locale}: the new model is not in the table"
        cells = [td.get_text(strip=True) for td in row.select("td")]
        yes, no = words["answer_yes"], words["answer_no"]
        assert cells == ["Claude Sonnet 9", NEW_MODEL["bedrock_id"], yes, no, yes, yes, no]
        link = row.select_one("td a")["href"]
        assert link == "../model-cards/claude-sonnet-9/", f"{locale}: the table does not link the card"
        card = article(result.site, locale, "model-cards/claude-sonnet-9")
        assert card.select_one('table[data-table="model-card"]')["data-model"] == "claude-sonnet-9"
        listed = article(result.site, locale, "model-cards/index").select('tr[data-model="claude-sonnet-9"]')
        assert len(listed) == 1, f"{locale}: the card index does not list the new model"
        for page, anchor, _ in MODEL_LISTS:
            text = section_text(article(result.site, locale, page), anchor)
            assert "Claude Sonnet 9" in text, f"{locale}/{page}#{anchor} does not list the new model"

"""Promise: a model added to the data file reaches every language's table, every sentence
that lists models of its kind, and gets its own model card, with no page edited."""

from __future__ import annotations

from .mutations import NEW_MODEL, project_of
from site_build import LOCALES, ROOT, article, load_yaml
from .test_prose_facts import MODEL_LISTS, section_text


def hand_written(project):
    """Every page under docs/ except those hooks/model_cards.py generates."""
    return {p.relative_to(project): p.read_bytes() for p in (project / "docs").rglob("*.md")
            if "model-cards" not in p.parts}


def test_new_model_appears_in_all_tables_and_lists(edited_data_build):
    result = edited_data_build
    assert result.returncode == 0, result.log
    assert hand_written(project_of(result)) == hand_written(ROOT), "adding a model edited a page"

    for locale in LOCALES:
        words = load_yaml(ROOT / f"data/i18n/{locale}.yml")
        row = article(result.site, locale, "models").select_one('tr[data-model="claude-sonnet-9"]')
        assert row is not None, f"{locale}: the new model is not in the table"
        cells = [td.get_text(strip=True) for td in row.select("td")]
        yes, no = words["answer_yes"], words["answer_no"]
        assert cells == ["Claude Sonnet 9", NEW_MODEL["bedrock_id"], yes, no, yes, yes, no, no]
        link = row.select_one("td a")["href"]
        assert link == "../model-cards/claude-sonnet-9/", f"{locale}: the table does not link the card"
        card = article(result.site, locale, "model-cards/claude-sonnet-9")
        assert card.select_one('table[data-table="model-card"]')["data-model"] == "claude-sonnet-9"
        messages_api = article(result.site, locale, "messages-api").select_one('tr[data-model="claude-sonnet-9"]')
        assert messages_api is not None and NEW_MODEL["messages_api_id"] in messages_api.get_text(), locale
        listed = article(result.site, locale, "model-cards/index").select('tr[data-model="claude-sonnet-9"]')
        assert len(listed) == 1, f"{locale}: the card index does not list the new model"
        for page, anchor, _ in MODEL_LISTS:
            text = section_text(article(result.site, locale, page), anchor)
            assert "Claude Sonnet 9" in text, f"{locale}/{page}#{anchor} does not list the new model"

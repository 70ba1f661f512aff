"""Promise: each language's page on Claude Platform on AWS sets it beside Bedrock's Messages-API
integration in one table whose every value comes from the data (a changed fact changes the
table), whose row and column names are the language's own, and whose values are escaped."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from macros.claude_platform import ROWS, comparison_table
from macros.loading import load_site_data

from site_build import LOCALES, ROOT, article

SITE_DATA = load_site_data(ROOT, list(LOCALES))
FACTS = SITE_DATA.facts


def table(site, locale):
    return article(site, locale, "claude-platform-on-aws").select_one('table[data-table="claude-platform-comparison"]')


def cells(found) -> dict[str, tuple[str, str]]:
    return {row["data-row"]: tuple(td.get_text(" ", strip=True) for td in row.select("td"))
            for row in found.select("tbody tr")}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_row_in_order_named_in_the_language(site, locale):
    found, words = table(site, locale), SITE_DATA.strings[locale].claude_platform
    assert [row["data-row"] for row in found.select("tbody tr")] == list(ROWS)
    assert [th.get_text(strip=True) for th in found.select("tbody th")] == [words.rows[key] for key in ROWS]
    assert [th.get_text(strip=True) for th in found.select("thead th")] == [words.aspect, words.bedrock, words.name]
    assert found.caption.get_text(strip=True) == words.caption


@pytest.mark.parametrize("locale", LOCALES)
def test_the_cells_hold_the_datas_values(site, locale):
    shown, platform, api = cells(table(site, locale)), FACTS.claude_platform, FACTS.messages_api
    model = FACTS.messages_api_example
    assert shown["host"][1] == platform.host
    assert shown["path"] == (f"/anthropic{api.messages_path}", platform.messages_path)
    assert shown["model_id"] == (f"{model.profile_id('global')} {model.messages_api_id}", model.claude_api_id)
    assert shown["signing_service"][1] == platform.signing_service
    assert shown["headers"][1] == f"{api.version_header} {platform.workspace_header}"
    assert platform.inference_geo_parameter in shown["geography"][1]


def test_a_changed_fact_changes_the_table_and_is_escaped():
    changed = FACTS.model_copy(update={"claude_platform": FACTS.claude_platform.model_copy(
        update={"signing_service": "<b>other</b>", "operator": "A & B"})})
    html = BeautifulSoup(str(comparison_table(changed, SITE_DATA.strings["fr"], "fr")), "html.parser")
    shown = cells(html)
    assert shown["signing_service"][1] == "<b>other</b>" and shown["operator"][1] == "A & B"
    assert html.select_one('tr[data-row="signing_service"] b') is None

"""Promise: each language's model table shows exactly the data's models that readers can
still call, with their IDs, per-geo availability in that language's words, and a
deprecation tooltip whose date is written the way that language writes dates."""

from __future__ import annotations

import pytest
from babel.dates import format_date

from .project import LOCALES, ROOT, article, load_yaml

GEOS = ["global", "us", "eu", "jp", "apac"]


@pytest.fixture(scope="module")
def facts():
    return load_yaml(ROOT / "data/bedrock.yml")


def strings(locale):
    return load_yaml(ROOT / f"data/i18n/{locale}.yml")


def table(site, locale):
    return article(site, locale, "models").select_one('table[data-table="model-ids"]')


@pytest.mark.parametrize("locale", LOCALES)
def test_table_lists_every_callable_model_in_data_order(site, facts, locale):
    rows = table(site, locale).select("tbody tr")
    shown = [(row["data-model"], row.select("td")[1].get_text(strip=True)) for row in rows]
    expected = [(m["key"], m["bedrock_id"]) for m in facts["models"] if m["status"] != "retired"]
    assert shown == expected
    assert any(m["status"] == "retired" for m in facts["models"]), "fixture lost its retired model"


@pytest.mark.parametrize("locale", LOCALES)
def test_geo_cells_use_the_locale_yes_and_no(site, facts, locale):
    words = strings(locale)
    head = [th.get_text(strip=True) for th in table(site, locale).select("thead th")]
    assert head == [words["table"]["model"], words["table"]["base_id"], *GEOS]
    for row in table(site, locale).select("tbody tr"):
        model = next(m for m in facts["models"] if m["key"] == row["data-model"])
        cells = [td.get_text(strip=True) for td in row.select("td")[2:]]
        assert cells == [words["answer_yes"] if g in model["geos"] else words["answer_no"] for g in GEOS]


@pytest.mark.parametrize("locale", LOCALES)
def test_deprecated_models_carry_a_tooltip_with_the_localized_date(site, facts, locale):
    babel_locale = locale.replace("-", "_")
    sentence = strings(locale)["deprecated_on"]
    for row in table(site, locale).select("tbody tr"):
        model = next(m for m in facts["models"] if m["key"] == row["data-model"])
        marks = row.select("span.deprecated")
        if model["status"] != "deprecated":
            assert marks == [], f"{locale}: {model['key']} is marked deprecated"
            continue
        date = format_date(model["deprecation_date"], "long", locale=babel_locale)
        assert [m["title"] for m in marks] == [sentence.format(date=date)]
        assert marks[0].get_text() == "⚠️" and marks[0]["aria-label"] == marks[0]["title"]


def test_dates_differ_between_languages(site, facts):
    """The same date must not be printed one way everywhere (babel, not strftime)."""
    titles = {locale: table(site, locale).select_one("span.deprecated")["title"] for locale in LOCALES}
    assert len(set(titles.values())) == len(LOCALES), titles

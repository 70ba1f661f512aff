"""Promise: each language's model table shows exactly the data's models that readers can
still call, with their IDs, per-geo availability in that language's words, and a lifecycle
tooltip on every model with a deprecation: its dates written the way that language writes
dates, in the past tense for what has happened and as planned for what has not."""

from __future__ import annotations

import pytest

from site_build import LOCALES, ROOT, article, load_yaml, validated_facts
from .support import localized_date

GEOS = ["global", "us", "eu", "jp", "apac", "au"]
FACTS = validated_facts()


def strings(locale):
    return load_yaml(ROOT / f"data/i18n/{locale}.yml")


def table(site, locale):
    return article(site, locale, "models").select_one('table[data-table="model-ids"]')


def expected_lifecycle(model, locale) -> list[str]:
    """The lifecycle sentences, each with its date in the locale's words: what happened before
    the facts were checked in the past tense, what comes after as planned."""
    said, today = strings(locale)["lifecycle"], FACTS.facts_checked
    texts = [(said["deprecated"] if model.deprecation_date <= today else said["deprecation_planned"])
             .format(date=localized_date(model.deprecation_date, locale))]
    if model.retirement_date:
        texts.append(said["retirement_planned"].format(date=localized_date(model.retirement_date, locale)))
    return texts


@pytest.mark.parametrize("locale", LOCALES)
def test_table_lists_every_callable_model_in_data_order(site, locale):
    rows = table(site, locale).select("tbody tr")
    shown = [(row["data-model"], row.select("td")[1].get_text(strip=True)) for row in rows]
    assert shown == [(m.key, m.bedrock_id) for m in FACTS.models if m.bedrock_id and FACTS.status(m) != "retired"]
    assert len(shown) < len(FACTS.models), "the data lost its retired models"


@pytest.mark.parametrize("locale", LOCALES)
def test_geo_cells_use_the_locale_yes_and_no(site, locale):
    words = strings(locale)
    head = [th.get_text(strip=True) for th in table(site, locale).select("thead th")]
    assert head == [words["table"]["model"], words["table"]["base_id"], *GEOS]
    for row in table(site, locale).select("tbody tr"):
        model = FACTS.model(row["data-model"])
        cells = [td.get_text(strip=True) for td in row.select("td")[2:]]
        assert cells == [words["answer_yes"] if g in model.geos else words["answer_no"] for g in GEOS]


@pytest.mark.parametrize("locale", LOCALES)
def test_models_with_a_deprecation_carry_a_tooltip_in_the_right_tense(site, locale):
    marked = 0
    for row in table(site, locale).select("tbody tr"):
        model = FACTS.model(row["data-model"])
        marks = row.select("span.deprecated")
        if model.deprecation_date is None:
            assert marks == [], f"{locale}: {model.key} is marked though it has no deprecation"
            continue
        marked += 1
        (mark,) = marks
        assert mark.get_text() == "⚠️" and mark["aria-label"] == mark["title"]
        title = mark["title"]
        for text in expected_lifecycle(model, locale):
            assert text in title, f"{locale}: {model.key}: {text!r} is not in {title!r}"
    assert marked, "no model in the table has a deprecation: the test would prove nothing"


def test_dates_differ_between_languages(site):
    """The same date must not be printed one way everywhere (babel, not strftime)."""
    titles = {locale: table(site, locale).select_one("span.deprecated")["title"] for locale in LOCALES}
    assert len(set(titles.values())) == len(LOCALES), titles


def expected_endpoint_cells(model, words) -> tuple[list[str] | str, str]:
    """The bedrock-runtime and bedrock-mantle cells of a model's row, as the data says: the geos
    of its profiles (or No, or not published), and Yes, No or not published."""
    missing, yes, no = words["cards"]["not_published"], words["answer_yes"], words["answer_no"]
    if model.endpoints is None:
        return (missing if model.geos is None else model.geos), missing
    runtime = (model.geos if model.geos is not None else missing) if "runtime" in model.endpoints else no
    return runtime, yes if "mantle" in model.endpoints else no


@pytest.mark.parametrize("locale", LOCALES)
def test_the_messages_api_table_lists_its_models_with_id_and_endpoints(site, locale):
    words = strings(locale)
    rows = article(site, locale, "messages-api").select('table[data-table="messages-api-models"] tbody tr')
    expected_keys = [m.key for m in FACTS.models if m.messages_api_id and FACTS.status(m) != "retired"]
    assert [row["data-model"] for row in rows] == expected_keys
    assert {FACTS.model(key).access for key in expected_keys} == {"open", "console", "invitation"}
    for row in rows:
        model, cells = FACTS.model(row["data-model"]), row.select("td")
        codes = [code.get_text() for code in cells[2].select("code")]
        runtime, mantle = expected_endpoint_cells(model, words)
        assert [cells[0].get_text(strip=True), cells[1].get_text(strip=True)] == [model.name, model.messages_api_id]
        assert (codes if isinstance(runtime, list) else cells[2].get_text(strip=True)) == runtime, model.key
        assert cells[3].get_text(strip=True) == mantle, model.key
        assert row.a["href"] == f"../model-cards/{model.key}/"

"""Promise: lifecycle dates read in time. A deprecation or retirement on or before the day the
facts were checked is told in the past tense, a later one as planned, in every language,
in tooltips and on cards; and a date's own final punctuation is never doubled."""

from __future__ import annotations

import datetime as dt

import pytest

from macros.lifecycle import lifecycle_text
from macros.loading import load_site_data

from .mutations import PLANNED
from site_build import LOCALES, ROOT, article, load_yaml
from .support import localized_date

SITE = load_site_data(ROOT, list(LOCALES))
TODAY = dt.date(2026, 12, 1)
BASE = SITE.facts.model("claude-opus-4-5")


def with_dates(deprecation=None, retirement=None):
    return BASE.model_copy(update={"deprecation_date": deprecation, "retirement_date": retirement})


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("deprecation, retirement, said", [
    (None, None, ["active"]),
    (dt.date(2027, 3, 2), dt.date(2027, 9, 2), ["deprecation_planned", "retirement_planned"]),
    (dt.date(2026, 12, 1), dt.date(2027, 9, 2), ["deprecated", "retirement_planned"]),
    (dt.date(2026, 3, 2), dt.date(2026, 9, 2), ["retired"]),
    (None, "unpublished", ["retired_undated"]),
])
def test_each_date_is_told_in_its_tense(locale, deprecation, retirement, said):
    words = SITE.strings[locale]
    text = lifecycle_text(with_dates(deprecation, retirement), TODAY, words, locale)
    templates = {key: getattr(words.lifecycle, key) for key in said}
    for key, template in templates.items():
        day = retirement if "retire" in key else deprecation
        expected = template.format(date=localized_date(day, locale)) if "{date}" in template else template
        assert expected in text, f"{locale}: {key}: {expected!r} not in {text!r}"
    others = {"deprecated", "deprecation_planned", "retired", "retirement_planned"} - set(said)
    for key in others:
        stem = getattr(words.lifecycle, key).split("{date}")[0]
        if stem and not any(stem in getattr(words.lifecycle, k) for k in said):
            assert stem not in text, f"{locale}: {key!r} wording in {text!r}"
    assert ".." not in text and "。。" not in text


def test_a_russian_date_keeps_its_one_full_stop():
    text = lifecycle_text(with_dates(dt.date(2025, 10, 28), dt.date(2027, 9, 2)), TODAY,
                          SITE.strings["ru"], "ru")
    assert "2025\u202fг. " in text and text.endswith("2027\u202fг.") and "г.." not in text


@pytest.mark.parametrize("locale", LOCALES)
def test_a_planned_deprecation_reads_as_planned_on_the_built_pages(edited_data_build, locale):
    assert edited_data_build.returncode == 0, edited_data_build.log
    key, dates = PLANNED
    strings = load_yaml(ROOT / f"data/i18n/{locale}.yml")
    words = strings["lifecycle"]
    planned = words["deprecation_planned"].format(date=localized_date(dt.date.fromisoformat(
        dates["deprecation_date"]), locale))
    past = words["deprecated"].split("{date}")[0]
    mark = article(edited_data_build.site, locale, "models").select_one(f'tr[data-model="{key}"] span.deprecated')
    rows = article(edited_data_build.site, locale, f"model-cards/{key}").select('table[data-table="model-card"] tr')
    card = next(tr.td.get_text() for tr in rows if tr.th.get_text(strip=True) == strings["cards"]["status"])
    for text in (mark["title"], card):
        assert planned in text and (not past or past not in text.replace(planned, ""))

"""Locale-aware formatting of dates, numbers, lists and durations with babel.
Everything returns plain text; escaping for HTML happens where text meets markup."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale
from babel.core import get_global
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_compact_decimal, format_decimal, format_percent
from babel.units import format_unit


@lru_cache(maxsize=None)
def babel_locale(locale: str) -> Locale:
    """Site locales are BCP 47 ('zh-TW'); babel wants 'zh_TW'."""
    return Locale.parse(locale.replace("-", "_"))


def long_date(day: dt.date, locale: str) -> str:
    text = format_date(day, "long", locale=babel_locale(locale))
    # French writes the first of the month as an ordinal ("1er décembre"); CLDR's pattern does not.
    if babel_locale(locale).language == "fr" and day.day == 1:
        text = text.replace("1 ", "1er ", 1)
    return text


def names_list(names: list[str], locale: str) -> str:
    return format_list(names, locale=babel_locale(locale))


def count(number: int, locale: str) -> str:
    return format_decimal(number, locale=babel_locale(locale))


def compact_count(number: int, locale: str) -> str:
    return format_compact_decimal(number, locale=babel_locale(locale))


def percent(value_percent: float, locale: str) -> str:
    return format_percent(value_percent / 100, locale=babel_locale(locale))


def days(number: int, locale: str) -> str:
    # CLDR lacks the long form in some locales (ja, zh-TW); babel then echoes the unit id.
    for length in ("long", "short"):
        text = format_unit(number, "duration-day", length=length, locale=babel_locale(locale))
        if "duration" not in text:
            return text
    raise ValueError(f"babel cannot name a duration in days for locale {locale}")


def language_name(code: str, locale: str) -> str:
    """A site language (BCP 47, 'zh-TW') named in another language's words: 'chinois
    traditionnel' in fr, with the script CLDR names where one is likely (Hant for zh-TW)."""
    likely = get_global("likely_subtags").get(code.replace("-", "_"), "")
    target, names = babel_locale(code), babel_locale(locale).languages
    script = target.script or (likely.split("_")[1] if likely.count("_") >= 2 else None)
    return names.get(f"{target.language}_{script}") or names[target.language]


def territory(code: str, locale: str) -> str:
    try:
        return babel_locale(locale).territories[code]
    except KeyError:
        raise ValueError(f"babel knows no territory {code!r} in locale {locale}") from None

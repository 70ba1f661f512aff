"""Locale-aware formatting of dates, numbers, lists and durations with babel.
Everything returns plain text; escaping for HTML happens where text meets markup."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel import Locale
from babel.core import get_global
from babel.dates import format_date
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


# Kana and ideographs: a word written in them is set off by a space from a Latin word or a
# number beside it, as the Japanese and Chinese pages write running text.
CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
TAG = re.compile(r"<[^>]+>")


def names_list(names: list[str], locale: str, style: str = "standard") -> str:
    """Names joined as the language joins a list (CLDR's patterns, applied as babel does;
    style "or" after a negation: "accepts neither A nor B" is "does not accept A or B"),
    with a space where a connector written in characters meets a Latin name: CLDR's
    "{0}和{1}" gives "Claude Opus 4.5 和 Claude Haiku 4.5", not "…4.5和Claude…"."""
    patterns = babel_locale(locale).list_patterns[style]
    if len(names) < 2:
        return "".join(names)
    if len(names) == 2:
        return _joined(patterns["2"], names[0], names[1])
    text = _joined(patterns["end"], names[-2], names[-1])
    for name in reversed(names[1:-2]):
        text = _joined(patterns["middle"], name, text)
    return _joined(patterns["start"], names[0], text)


def _joined(pattern: str, first: str, second: str) -> str:
    between = pattern.removeprefix("{0}").removesuffix("{1}")  # CLDR patterns are all "{0}…{1}"
    first_text, second_text = TAG.sub("", first), TAG.sub("", second)  # an item may be <code>…</code>
    if between and CJK_LETTER.match(between[0]) and LATIN_OR_DIGIT.match(first_text[-1]):
        between = " " + between
    if between and CJK_LETTER.match(between[-1]) and LATIN_OR_DIGIT.match(second_text[0]):
        between += " "
    return first + between + second


def count(number: int, locale: str) -> str:
    return format_decimal(number, locale=babel_locale(locale))


def compact_count(number: int, locale: str) -> str:
    """"1M", "1 млн", "100万"; Chinese writes a space before 萬 and 億 ("100 萬", as Anthropic's
    Traditional Chinese pages do, where CLDR has "100萬"), a no-break one: they stay together."""
    text = format_compact_decimal(number, locale=babel_locale(locale))
    return re.sub(r"(?<=\d)(?=[萬億万亿])", "\u00a0", text) if locale.split("-")[0] == "zh" else text


def percent(value_percent: float, locale: str) -> str:
    return format_percent(value_percent / 100, locale=babel_locale(locale))


def duration(number: int, unit: str, locale: str) -> str:
    """'30 days', '15 minutes' ('day', 'minute') in the locale's words."""
    # CLDR lacks the long form in some locales (ja, zh-TW); babel then echoes the unit id.
    for length in ("long", "short"):
        text = format_unit(number, f"duration-{unit}", length=length, locale=babel_locale(locale))
        if "duration" not in text:
            # A number and its unit stay on one line ("30 дней", "15 minutes").
            return text.replace(f"{count(number, locale)} ", f"{count(number, locale)}\u00a0", 1)
    raise ValueError(f"babel cannot name a duration in {unit}s for locale {locale}")


def language_name(code: str, locale: str) -> str:
    """A site language (BCP 47, 'zh-TW') named in another language's words: 'chinois
    traditionnel' in fr, with the script CLDR names where one is likely (Hant for zh-TW)."""
    likely = get_global("likely_subtags").get(code.replace("-", "_"), "")
    target, names = babel_locale(code), babel_locale(locale).languages
    script = target.script or (likely.split("_")[1] if likely.count("_") >= 2 else None)
    return names.get(f"{target.language}_{script}") or names[target.language]

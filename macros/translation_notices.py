"""What readers see of the translations record (data/translations.yml): a notice on each
section that has not caught up with a change made in another language, linking that
language's version of the section, and the list of such sections on each language's
translation-status page. Nothing at all while every section is current."""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from markupsafe import Markup

from translations.record import Record, SectionState
from translations.sections import Section

from .formatting import language_name, long_date, names_list
from .lifecycle import between_sentences, sentence
from .model_table import SCROLLING
from .words import Strings

HEADING = re.compile(r"^#{1,6} .*\{ *#(?P<anchor>[\w-]+) *\} *$", re.M)


def with_notices(markdown: str, sections: dict[str, SectionState], locale: str, words: Strings,
                 link: Callable[[str, str], str]) -> str:
    """The page's Markdown with a notice after the heading of each section this language has
    not caught up on. `link(locale, anchor)` is the URL of that section in another language."""
    def add(match: re.Match) -> str:
        state = sections.get(match["anchor"])
        behind = state.behind.get(locale) if state else None
        if behind is None:
            return match[0]
        return f"{match[0]}\n\n{notice(behind.since, behind.changed_in, match['anchor'], locale, words, link)}\n"
    return HEADING.sub(add, markdown)


def notice(since: dt.date, changed_in: list[str], anchor: str, locale: str, words: Strings,
           link: Callable[[str, str], str]) -> Markup:
    said = words.translations
    languages = names_list([language_name(other, locale) for other in changed_in], locale)
    newer = changed_in[0]
    text = sentence(said.notice.format(date=long_date(since, locale), language=languages), words)
    return Markup('<div class="admonition info translation-notice">\n<p class="admonition-title">{title}</p>\n'
                  '<p>{text}{space}<a href="{href}" hreflang="{lang}">{read}</a></p>\n</div>').format(
        title=said.notice_title, text=text, space=between_sentences(words), href=link(newer, anchor), lang=newer,
        read=sentence(said.read_newer.format(language=language_name(newer, locale)), words))


def status(record: Record, locale: str, words: Strings, sections_of: Callable[[str], list[Section]],
           link: Callable[[str, str], str]) -> Markup:
    """The translation-status page: every section this language has not caught up on, with
    its page and section titles (from `sections_of(page)`), or a sentence that all is current."""
    said = words.translations
    rows = []
    for page, states in record.items():
        behind = {anchor: state.behind[locale] for anchor, state in states.items() if locale in state.behind}
        if not behind:
            continue
        titles = {section.anchor: section.title for section in sections_of(page)}
        page_title = next(iter(titles.values()))
        for anchor, state in behind.items():
            title = page_title if titles[anchor] == page_title else f"{page_title} › {titles[anchor]}"
            rows.append(Markup('<tr><td><a href="{url}">{title}</a></td><td>{since}</td><td>{changed}</td></tr>')
                        .format(url=link(page, anchor), title=title, since=long_date(state.since, locale),
                                changed=names_list([language_name(l, locale) for l in state.changed_in], locale)))
    if not rows:
        return Markup("<p>{}</p>").format(sentence(said.all_current, words))
    table = Markup('<table data-table="translation-status">\n<thead><tr><th>{section}</th><th>{since}</th>'
                   "<th>{changed}</th></tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>").format(
        section=said.section, since=said.since, changed=said.changed_in, body=Markup("\n").join(rows))
    return Markup("<p>{intro}</p>\n\n{table}").format(intro=sentence(said.status_intro, words),
                                                     table=SCROLLING.format(table))

"""Compare the pages with the record: what changed where, whether that is unrecorded drift,
and the record that states the new situation.

A change in some languages and not the others makes the others out of date (since today,
changed in those languages). A later change in an out-of-date language is its catch-up,
unless the author says it is a new change (`--new locale/page#anchor`). A change the author
calls editorial (`--editorial locale/page#anchor`: a typo, a term from the glossary, the
language's punctuation) needs no translation: it leaves the others as they were and is no
catch-up either."""

from __future__ import annotations

import datetime as dt
from typing import Callable, Iterator, NamedTuple

from .record import Behind, Record, SectionState
from .sections import Section

Current = dict[str, dict[str, dict[str, Section]]]  # page -> anchor -> locale -> section
# (locale, page, anchor, fingerprint) -> that section's text when it had that fingerprint
EarlierText = Callable[[str, str, str, str], "str | None"]


class Change(NamedTuple):
    page: str
    anchor: str
    changed: list[str]       # languages whose text differs from the record
    catching_up: list[str]   # of those, the ones that were out of date
    others: list[str]        # languages that did not change


def changes(record: Record, now: Current, locales: list[str]) -> Iterator[Change | tuple[str, str, str]]:
    """Every difference between the pages and the record: a Change, or (page, anchor, kind)
    for a section the record does not know ("new") or that is gone from the pages ("removed")."""
    for page, anchors in now.items():
        for anchor, by_locale in anchors.items():
            state = record.get(page, {}).get(anchor)
            if state is None:
                yield page, anchor, "new"
                continue
            changed = [l for l in locales if l in by_locale and l in state.fingerprints
                       and by_locale[l].fingerprint != state.fingerprints[l]]
            if changed:
                yield Change(page, anchor, changed, [l for l in changed if l in state.behind],
                             [l for l in locales if l not in changed])
    for page, anchors in record.items():
        for anchor in anchors:
            if anchor not in now.get(page, {}):
                yield page, anchor, "removed"


def problems(record: Record, now: Current, locales: list[str]) -> list[str]:
    """Unrecorded drift, each naming the page, the section, the languages and what to do."""
    out = [f"{locale}: a language the record does not know yet; run `make translations-record` to record "
           "its pages as they are (no other language falls out of date)" for locale in new_languages(record, locales)]
    for change in changes(record, now, locales):
        if not isinstance(change, Change):
            page, anchor, kind = change
            out.append(f"{page}#{anchor}: a section {'not in the record' if kind == 'new' else 'gone from the pages'}"
                       "; run `make translations-record` in the same change")
            continue
        where = f"{change.page}#{change.anchor}"
        if not change.others:
            out.append(f"{where}: changed in all languages ({', '.join(change.changed)}); run "
                       "`make translations-record` in the same change")
        elif set(change.changed) == set(change.catching_up):
            out.append(f"{where}: {', '.join(change.changed)} caught up; run `make translations-record` "
                       "to clear the out-of-date notice")
        else:
            out.append(f"{where}: changed in {', '.join(change.changed)} but not in {', '.join(change.others)}; "
                       f"make the same change in {', '.join(change.others)}, or run `make translations-record` "
                       "to mark them out of date (their readers then see a notice), or, for a change that needs "
                       f"no translation, `make translations-record EDITORIAL=\"{' '.join(f'{l}/{where}' for l in change.changed)}\"`")
    return out


def new_languages(record: Record, locales: list[str]) -> list[str]:
    """Languages added to the site since the record was written: none of their sections is in it."""
    known = {locale for anchors in record.values() for state in anchors.values() for locale in state.fingerprints}
    return [locale for locale in locales if locale not in known]


def updated(record: Record, now: Current, locales: list[str], today: dt.date, earlier: EarlierText,
            new: set[tuple[str, str, str]] = frozenset(),
            editorial: set[tuple[str, str, str]] = frozenset()) -> Record:
    """The record after this change. `new` holds (locale, page, anchor) changes that are new
    changes even though that language was out of date, `editorial` those that need no
    translation (any of the three may be '*')."""
    result: Record = {}
    for page, anchors in now.items():
        for anchor, by_locale in anchors.items():
            old = record.get(page, {}).get(anchor)
            state = SectionState({l: by_locale[l].fingerprint for l in locales if l in by_locale})
            if old is not None:
                state.behind, state.before = _behind(old, state, page, anchor, locales, today, earlier, new,
                                                     editorial)
            result.setdefault(page, {})[anchor] = state
    return result


def _behind(old: SectionState, state: SectionState, page: str, anchor: str, locales: list[str],
            today: dt.date, earlier: EarlierText, new: set,
            editorial: set) -> tuple[dict[str, Behind], dict[str, str]]:
    """Who is out of date after this change, and the changed languages' earlier texts."""
    known = [l for l in locales if l in old.fingerprints]  # a language new to the record starts current
    changed = [l for l in known if state.fingerprints.get(l) != old.fingerprints[l]
               and not _said(editorial, l, page, anchor)]
    if not changed:
        return dict(old.behind), dict(old.before)
    if len(changed) == len(known):
        return {}, {}  # changed in every language at once: all current again
    said_new = {l for l in changed if _said(new, l, page, anchor)}
    caught_up = {l for l in changed if l in old.behind and l not in said_new}
    fresh = [l for l in changed if l not in caught_up]
    behind = {l: b for l, b in old.behind.items() if l not in caught_up}
    before = dict(old.before)
    for locale in fresh:
        behind.pop(locale, None)
        if locale not in before:
            found = earlier(locale, page, anchor, old.fingerprints[locale])
            if found is not None:
                before[locale] = found
    for locale in (l for l in known if fresh and l not in fresh):
        if locale in behind:  # still behind, now behind a further change too
            behind[locale].changed_in = sorted(set(behind[locale].changed_in) | set(fresh), key=locales.index)
        else:
            behind[locale] = Behind(today, list(fresh))
    needed = {l for b in behind.values() for l in b.changed_in}
    return ({l: behind[l] for l in locales if l in behind},
            {l: text for l, text in before.items() if l in needed and behind})


def _said(specs: set, locale: str, page: str, anchor: str) -> bool:
    """Whether the author named this language's change to this section ('*' for any)."""
    return any((l, p, a) in specs for l in (locale, "*") for p in (page, "*") for a in (anchor, "*"))

"""What readers type, beside the sections that use the guide's word for it (imported by
hooks/pagefind_search.py, not a hook itself).

A glossary term's `search_words` (data/i18n/style/<locale>.yml) are indexed in every section
of a page whose text uses the term: the words readers type that the guide avoids (fr
« obsolète » where the pages say « déprécié »), and in Chinese and Japanese the term cut the
way the browser cuts a query (串 流). Pagefind cuts a page's Chinese and Japanese with its own
dictionary and a reader's query with the browser's (Intl.Segmenter); where they disagree, as
for 串流, nothing is found until the browser's pieces are in the index too.

The words sit in an empty element's attribute that Pagefind indexes
(`data-pagefind-index-attrs`) at the end of the section: readers never see or hear them.
Pieces of one word are joined by a zero-width space, which Pagefind cuts at."""

from __future__ import annotations

import re

from markupsafe import escape

HEADING = re.compile(r"(<h[1-6][^>]*>.*?</h[1-6]>)", re.S)
TAG = re.compile(r"<[^>]+>")
ATTRIBUTE = "data-search-words"
ZERO_WIDTH_SPACE = "\u200b"
MOST = 3


def terms_with_words(guide: dict | None) -> list[tuple[list[str], list[str]]]:
    """(forms of the term as pages write it, words to index) for each term that has words."""
    return [(_forms(term["use"]), term["search_words"]) for term in (guide or {}).get("terms", [])
            if term.get("search_words")]


def _forms(use: str) -> list[str]:
    """'déprécié, dépréciation' and 'потоковая передача (потоковый ответ)' name several forms."""
    return [form.strip().casefold() for form in re.split(r",|/|\(|\)", use) if form.strip()]


def with_search_words(article: str, terms: list[tuple[list[str], list[str]]]) -> str:
    """The article with each section's search words at the section's end."""
    if not terms:
        return article
    parts = HEADING.split(article)
    for at in range(1, len(parts), 2):  # parts: before, heading, section, heading, section…
        heading, text = (TAG.sub(" ", part).casefold() for part in (parts[at], parts[at] + parts[at + 1]))
        # Each word as often as the section uses the term, and most often in a section whose
        # heading names it: the section about a term outranks one that names it in passing.
        words = [word for forms, said in terms for word in said
                 for _ in range(MOST if any(form in heading for form in forms)
                                else min(MOST, sum(text.count(form) for form in forms)))]
        if words:
            indexed = " ".join(word.replace(" ", ZERO_WIDTH_SPACE) for word in words)
            # At the section's end: what follows its heading (a notice, a paragraph) stays the
            # heading's next sibling. The trailing space keeps Pagefind from adding a full stop.
            parts[at + 1] += f'<span data-pagefind-index-attrs="{ATTRIBUTE}" {ATTRIBUTE}="{escape(indexed)} "></span>'
    return "".join(parts)

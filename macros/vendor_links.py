"""Links to the vendors' documentation, in the reader's language where the vendor publishes
the page in it (data/bedrock.yml `vendor_docs`), else to the English page with a note saying
so. Pages are named once, in `sources:` or `links:`; pages never write a vendor's address."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from markupsafe import Markup

from .schema import Facts


class LinkError(ValueError):
    """A page named a vendor page the data does not list."""


def page_url(facts: Facts, name: str) -> str:
    """The English address of a named page; `name#fragment` keeps the fragment."""
    page, _, fragment = name.partition("#")
    url = facts.sources.get(page) or facts.links.get(page)
    if url is None:
        raise LinkError(f"no page '{page}' in sources: or links: of data/bedrock.yml")
    return f"{url}#{fragment}" if fragment else url


def localized(facts: Facts, name: str, url: str, locale: str) -> str | None:
    """A named page's address in the locale's language, or None where the vendor has none."""
    parts = urlsplit(url)
    host = facts.vendor_docs.hosts.get(parts.hostname or "")
    if host is None or locale not in host.codes or locale in facts.vendor_docs.english_only.get(name, ()):
        return None
    if not parts.path.startswith(host.english):
        return None
    path = host.localized.format(code=host.codes[locale]) + parts.path.removeprefix(host.english)
    return urlunsplit(parts._replace(path=path))


def link_target(facts: Facts, name: str, locale: str) -> tuple[str, bool]:
    """(address to link, whether it is in the reader's language) for a named page."""
    url = page_url(facts, name)
    found = localized(facts, name.partition("#")[0], url, locale)
    return (found, True) if found else (url, False)


def doc_link(facts: Facts, name: str, text: str, locale: str, english_note: str) -> str:
    """A Markdown link to a named vendor page, followed by the note where it is in English."""
    if not text.strip():
        raise LinkError(f"doc_link('{name}') needs the link's words")
    url, in_language = link_target(facts, name, locale)
    return f"[{text}]({url})" + ("" if in_language else english_note)


def html_link(facts: Facts, name: str, text: str | None, locale: str, english_note: str) -> Markup:
    """The same link in HTML, for tables and cards; without words, the address shows."""
    url, in_language = link_target(facts, name, locale)
    return Markup('<a href="{}">{}</a>{}').format(url, url.removeprefix("https://") if text is None else text,
                                                 "" if in_language else english_note)

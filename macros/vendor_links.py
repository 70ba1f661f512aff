"""Links to the vendors' documentation, in the reader's language where the vendor publishes
the page in it (data/bedrock.yml `vendor_docs`), else to the English page with a note saying
so. Pages are named once, in `sources:` or `links:`; pages never write a vendor's address."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

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


def localized(facts: Facts, url: str, locale: str, name: str | None = None) -> str | None:
    """The page's address in the locale's language, or None where the vendor has none."""
    parts = urlsplit(url)
    host = facts.vendor_docs.hosts.get(parts.hostname or "")
    if host is None or locale not in host.codes or locale in facts.vendor_docs.english_only.get(name, ()):
        return None
    if not parts.path.startswith(host.english):
        return None
    path = host.localized.format(code=host.codes[locale]) + parts.path.removeprefix(host.english)
    return urlunsplit(parts._replace(path=path))


def link_target(facts: Facts, name_or_url: str, locale: str) -> tuple[str, bool]:
    """(address to link, whether it is in the reader's language) for a page name or an
    address of the data (a card's sources are given as addresses)."""
    if "://" in name_or_url:
        url = name_or_url
        name = next((n for n, u in {**facts.sources, **facts.links}.items() if u == url), None)
    else:
        url, name = page_url(facts, name_or_url), name_or_url.partition("#")[0]
    found = localized(facts, url, locale, name)
    return (found, True) if found else (url, False)


def doc_link(facts: Facts, name: str, text: str, locale: str, english_note: str) -> str:
    """A Markdown link to a named vendor page, followed by the note where it is in English."""
    if not text.strip():
        raise LinkError(f"doc_link('{name}') needs the link's words")
    url, in_language = link_target(facts, name, locale)
    return f"[{text}]({url})" + ("" if in_language else english_note)

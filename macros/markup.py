"""Values as HTML for the tables the macros build: code, lists of code joined the language's
way, and the language's sentences with values in their {slots}. Every value is escaped."""

from __future__ import annotations

from markupsafe import Markup, escape

from .formatting import names_list


def code(text: str) -> Markup:
    return Markup("<code>{}</code>").format(text)


def code_list(values: list[str], locale: str) -> Markup:
    """Values as code, joined the way the language joins a list."""
    return Markup(names_list([str(code(value)) for value in values], locale))


def fill(template: str, **values) -> Markup:
    """A sentence from the language file with values put in; the words are escaped, and so
    is every value that is not markup already."""
    return escape(template).format(**values)

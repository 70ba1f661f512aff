"""Reading the files authors and translators write (data, language files, style guides, the
translations record, pages, samples, mkdocs.yml) strictly: a mistake a lenient reader would
let through silently stops with one line that names the file and where in it.

- Bytes that are not UTF-8: the file and the byte offset (and its line).
- A key written twice in one YAML mapping: the file, the line of the second and the key.
  YAML keeps the last value, so a fact or a word would otherwise be replaced without a word."""

from __future__ import annotations

from pathlib import Path

import yaml

# libyaml's loader when PyYAML has it: the same documents, several times faster.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class AuthoredFileError(ValueError):
    """A file an author wrote cannot be read as it stands; the message says where and why."""


def read_text(path: Path, shown: str | Path | None = None) -> str:
    """The file's text; `shown` is how messages name it (default: the path as given)."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise AuthoredFileError(f"{shown or path}: not UTF-8: byte 0x{data[error.start]:02x} at offset "
                                f"{error.start} (line {line}); save the file as UTF-8") from None


class _UniqueKeyLoader(_BASE_LOADER):
    """PyYAML's safe loader, refusing a key that appears twice in one mapping. Tags it does
    not know (mkdocs.yml's !ENV) load as their plain value: only the keys matter here."""

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise AuthoredFileError(f"line {key_node.start_mark.line + 1}: key {key!r} appears twice in one "
                                        f"mapping (first at line {seen[key]}); YAML would keep only the last")
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


def _plain(loader, suffix, node):
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_scalar(node)


_UniqueKeyLoader.add_multi_constructor("!", _plain)


def load_yaml(path: Path, shown: str | Path | None = None):
    """The YAML document in the file, read as UTF-8 with every mapping's keys unique.
    Raises AuthoredFileError (encoding, duplicate key) or yaml.YAMLError (syntax)."""
    text = read_text(path, shown)
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except AuthoredFileError as error:
        raise AuthoredFileError(f"{shown or path}: {error}") from None

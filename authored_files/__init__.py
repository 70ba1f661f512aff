"""Reading the files authors and translators write (data, language files, style guides, the
translations record, pages, samples, mkdocs.yml) strictly: a mistake a lenient reader would
let through silently stops with one line that names the file and where in it.

- Bytes that are not UTF-8: the file and the byte offset (and its line). A byte order mark
  too: invisible in an editor, it would stick to the first heading or line of code.
- A key written twice in one YAML mapping: the file, the line of the second and the key.
  YAML keeps the last value, so a fact or a word would otherwise be replaced without a word.
- YAML that does not parse: the file, line and column (and a hint when it stops at the end:
  a file cut short). An empty file, or one whose top is a list or a single value: every YAML
  file authors write here is a mapping, and a lenient reader would take those as "no data"."""

from __future__ import annotations

import codecs
from pathlib import Path

import yaml

# libyaml's loader when PyYAML has it: the same documents, several times faster.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class AuthoredFileError(ValueError):
    """A file an author wrote cannot be read as it stands; the message says where and why."""


def read_text(path: Path, shown: str | Path | None = None) -> str:
    """The file's text; `shown` is how messages name it (default: the path as given)."""
    data = Path(path).read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        raise AuthoredFileError(f"{shown or path}: starts with a byte order mark (BOM); save the file as UTF-8 "
                                "without one")
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


def load_yaml(path: Path, shown: str | Path | None = None) -> dict:
    """The YAML mapping in the file, read as UTF-8 with every mapping's keys unique. Any
    problem is an AuthoredFileError whose message names the file (`shown`, default the path)."""
    name = shown or path
    text = read_text(path, shown)
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except AuthoredFileError as error:
        raise AuthoredFileError(f"{name}: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        reason = getattr(error, "problem", None) or " ".join(str(error).split())
        cut = "; the file ends there: cut short?" if mark and mark.index >= len(text.rstrip()) else ""
        raise AuthoredFileError(f"{name}: {where}not valid YAML ({reason}){cut}") from None
    if data is None:
        raise AuthoredFileError(f"{name}: the file is empty (no YAML data in it)")
    if not isinstance(data, dict):
        raise AuthoredFileError(f"{name}: expected a mapping (`key: value` lines) at the top, found {_kind(data)}")
    return data


def _kind(value) -> str:
    if isinstance(value, list):
        return "a list"
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
    return f"a single value ({shown})"

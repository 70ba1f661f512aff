"""What only the tests need: a per-language table entry that fails the test with what to add,
a build made once per run across xdist workers, and dates as readers of a language expect them."""

from __future__ import annotations

import fcntl
import pickle

import pytest

def for_language(table: dict, locale: str, what: str, where: str):
    """A per-language table's entry; a language it lacks fails with what to add where."""
    if locale not in table:
        pytest.fail(f"{locale}: no {what} in {where}; add them for {locale} as the other languages have them",
                    pytrace=False)
    return table[locale]


def once_per_run(tmp_path_factory, worker_id: str, name: str, make):
    """What `make(folder)` returns (a build, checks run on it), made once per test run however
    many xdist workers there are: the first worker to ask makes it, the others wait for it and
    read its record."""
    shared = tmp_path_factory.getbasetemp()
    shared = shared if worker_id == "master" else shared.parent
    record = shared / f"{name}.pickle"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if record.exists():
            return pickle.loads(record.read_bytes())
        made = make(shared / name)
        record.write_bytes(pickle.dumps(made))
        return made


def localized_date(day, locale: str) -> str:
    """A date as a reader of the locale expects it: babel's long form, and in French the first
    of the month as an ordinal ("1er décembre"), which CLDR's pattern leaves out."""
    from babel.dates import format_date

    text = format_date(day, "long", locale=locale.replace("-", "_"))
    return text.replace("1 ", "1er ", 1) if locale == "fr" and day.day == 1 else text

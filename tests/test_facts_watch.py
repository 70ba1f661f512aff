"""Promise: the facts watch notices when an official page moves. Against recorded copies
served on 127.0.0.1 it reports a changed date (with the diff and the facts to re-check), a new
model ID, a page gone or moved, and never counts as a change what is only markup or spacing;
a page that answers 500, never answers or no longer looks like itself is unreadable, never an
all-clear. Bad record files and names get one line naming them; recording moves facts_checked
only when every page could be read."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
import sys
import time

import pytest

from facts_watch import __main__ as cli
from facts_watch import record, watch
from facts_watch.compare import bedrock_ids
from facts_watch.fetch import USER_AGENT, Reader, markdown_version, path_of
from facts_watch.replay import Answer, Replay, recorded_answers
from facts_watch.sections import from_html, from_markdown, to_markdown
from macros.loading import load_facts

from site_build import ROOT

FACTS = load_facts(ROOT)
RECORDED = record.load(ROOT)
CARD = "aws-card-fable-5-2"  # an AWS model card whose recorded opening holds its dates
INDEX = "model-ids"  # an index page (watch.sources)
FAST = {"timeout": 0.5, "backoff": 0.01}


def where(name: str) -> str:
    """The path the watch asks for a page at, on the replay."""
    url = FACTS.sources[name]
    return path_of(markdown_version(url) or url)


def run(answers: dict[str, Answer], **reader) -> watch.Watch:
    with Replay(answers) as replay:
        return watch.run(RECORDED, FACTS, Reader(via=replay.url, **{**FAST, **reader}), recorded_only=True)


def page(result: watch.Watch, name: str):
    return next(p for p in result.pages if p.name == name)


def edited(name: str, old: str, new: str) -> dict[str, Answer]:
    answers = recorded_answers(RECORDED)
    text = answers[where(name)].body
    assert old in text, f"the recorded {name} no longer holds {old!r}: pick another line for this test"
    answers[where(name)] = Answer(text.replace(old, new, 1))
    return answers


def test_the_record_reads_back_unchanged_and_names_every_page_it_lacks():
    result = run(recorded_answers(RECORDED))
    assert RECORDED and {p.name for p in result.pages if p.state == "unchanged"} == set(RECORDED)
    assert {p.name for p in result.pages if p.state == "not recorded"} == set(FACTS.sources) - set(RECORDED)
    assert result.needs_a_look  # pages never recorded are not known to be unchanged


def test_a_changed_date_on_a_model_card_is_shown_with_the_facts_that_cite_the_card():
    result = run(edited(CARD, "November 9, 2027", "November 9, 2028"))
    card = page(result, CARD)
    assert card.state == "changed"
    assert "- • EOL no sooner than: November 9, 2027" in card.diff
    assert "+ • EOL no sooner than: November 9, 2028" in card.diff
    assert any(line.startswith("Claude Fable 5.2 (claude-fable-5-2): ") for line in result.cited_by[CARD])
    assert [p.name for p in result.pages if p.state == "changed"] == [CARD]


def test_a_new_model_on_an_index_page_is_listed_with_the_page():
    answers = recorded_answers(RECORDED)
    answers[where(INDEX)].body += "\n## New\n\nClaude Opus 9 | anthropic.claude-opus-9 | us.anthropic.claude-opus-9\n"
    result = run(answers)
    assert result.new_ids["anthropic.claude-opus-9"] == [INDEX]
    assert page(result, INDEX).state == "changed"


def test_spacing_wrapping_and_markup_are_not_changes():
    answers = recorded_answers(RECORDED)
    text = answers[where(CARD)].body
    restyled = (text.replace("Model Details", "**Model** *Details*").replace(". ", ".\n", 3)
                .replace("Claude Fable 5.2 is", "<!-- note -->\n[Claude Fable 5.2](https://example.test/x) is")
                .replace("\n\n", "\n\n\n") + "\n\n   \n")
    assert restyled != text
    answers[where(CARD)] = Answer(restyled)
    assert page(run(answers), CARD).state == "unchanged"


def test_the_same_page_in_html_reads_as_its_markdown():
    markdown = ("# Title\n\nIntro [link](x) text.\n\n## Models\n\n| Model | ID |\n|---|---|\n| A | `a.b` |\n\n"
                "- one\n- two\n\n```json\n{\n  \"model\": \"a.b\"\n}\n```\n\n> A note\n> on two lines.\n")
    html = ("<html><head><title>x</title></head><body><nav>menu</nav><main><h1>Title</h1><p>Intro "
            "<a href='x'>link</a> text.</p><h2>Models</h2><table><tr><th>Model</th><th>ID</th></tr>"
            "<tr><td>A</td><td><code>a.b</code></td></tr></table><ul><li>one</li><li>two</li></ul>"
            "<pre><code><span>{</span>\n  <span>\"model\"</span>: \"a.b\"\n}</code></pre>"
            "<blockquote><p>A note on two lines.</p></blockquote></main></body></html>")
    assert from_html(html) == from_markdown(markdown)
    assert from_markdown(to_markdown(from_markdown(markdown))) == from_markdown(markdown)


def test_a_page_gone_and_a_page_moved():
    answers = recorded_answers(RECORDED)
    moved_to = "https://platform.claude.com/docs/en/build-with-claude/somewhere-else"
    answers[where("legacy-guide")] = Answer(status=301, location=moved_to + ".md")
    answers[path_of(moved_to + ".md")] = recorded_answers(RECORDED)[where("legacy-guide")]
    del answers[where(CARD)]
    result = run(answers)
    assert (page(result, CARD).state, page(result, CARD).detail) == ("gone", "HTTP 404")
    assert (page(result, "legacy-guide").state, page(result, "legacy-guide").detail) == ("moved", f"now at {moved_to}")


def test_an_error_or_a_silence_is_unreadable_after_polite_retries():
    answers = recorded_answers(RECORDED)
    answers[where(CARD)] = Answer("oops", 500, "text/plain")
    answers[where(INDEX)] = Answer(answers[where(INDEX)].body, delay=1.0)
    with Replay(answers) as replay:
        result = watch.run(RECORDED, FACTS, Reader(via=replay.url, **FAST), recorded_only=True)
        asked = list(replay.asked)
    assert (page(result, CARD).state, page(result, CARD).detail) == ("unreadable", "HTTP 500 (3 tries) (Markdown version "
                                                                     f"{markdown_version(FACTS.sources[CARD])})")
    assert page(result, INDEX).state == "unreadable" and "no answer within 0.5 s" in page(result, INDEX).detail
    assert [path for path, _ in asked].count(where(CARD)) == 3
    assert {agent for _, agent in asked} == {USER_AGENT}


def test_a_page_that_no_longer_looks_like_itself_is_unreadable_not_changed():
    name = next(n for n, r in RECORDED.items() if len({s.heading for s in r.sections if s.heading}) >= 2)
    answers = recorded_answers(RECORDED)
    answers[where(name)] = Answer("# Sign in\n\nPlease enable JavaScript.\n")
    assert page(run(answers), name).state == "unreadable"


def test_no_network_is_one_line_per_page(capsys):
    with Replay({}) as replay:
        closed = replay.url  # nothing listens here once the block ends
    result = watch.run(RECORDED, FACTS, Reader(via=closed, attempts=1, **FAST), only=[CARD, INDEX])
    assert {(p.state, p.detail.split(":")[0]) for p in result.pages} == {("unreadable", "could not connect")}


CHECKED_BEFORE = dt.date(2026, 1, 1)


@pytest.fixture
def project(tmp_path):
    """A copy of the data a watch reads and records, its facts last checked on CHECKED_BEFORE."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    record.move_facts_checked(tmp_path, CHECKED_BEFORE)
    return tmp_path


def test_recording_every_page_moves_facts_checked_and_then_all_is_clear(project, capsys):
    answers = recorded_answers(RECORDED)
    for name in set(FACTS.sources) - set(RECORDED):  # the pages the record lacks, as if read today
        answers[where(name)] = Answer(f"# {name}\n\nRead today.\n")
    # IDs the recorded pages mention and the data lacks today are left out in this copy.
    lacking = {i for r in RECORDED.values() for i in bedrock_ids(r.sections)} - watch.known_ids(FACTS)
    text = (project / "data/bedrock.yml").read_text(encoding="utf-8")
    (project / "data/bedrock.yml").write_text(text.replace("  ids_left_out:\n", "  ids_left_out:\n" + "".join(
        f"    {i}: left out in this test\n" for i in sorted(lacking))), encoding="utf-8")
    with Replay(answers) as replay:
        assert cli.main(["record", CARD, "--via", replay.url], root=project) == 0
        assert load_facts(project).facts_checked == CHECKED_BEFORE
        assert cli.main(["record", "--via", replay.url], root=project) == 0
        assert load_facts(project).facts_checked == dt.date.today()
        assert set(record.load(project)) == set(FACTS.sources)
        # Every page was recorded today: each entry says so itself, with no YAML alias.
        index = (project / record.INDEX).read_text(encoding="utf-8")
        assert index.count(f"recorded: {dt.date.today().isoformat()}") == len(FACTS.sources) and "&id" not in index
        capsys.readouterr()
        assert cli.main(["--via", replay.url], root=project) == 0
    assert "All clear." in capsys.readouterr().out


def test_recording_with_a_page_unreadable_keeps_facts_checked(project, capsys):
    with Replay(recorded_answers(RECORDED)) as replay:
        assert cli.main(["record", "--via", replay.url, "--timeout", "0.5"], root=project) == 1
    assert load_facts(project).facts_checked == CHECKED_BEFORE
    assert set(record.load(project)) == set(RECORDED)  # the pages it could not read stay unrecorded
    assert "facts_checked stays" in capsys.readouterr().err


@pytest.mark.parametrize("damage, message", [
    (lambda d: (d / f"{CARD}.md").write_text(""), f"data/watched-pages/{CARD}.md: no text (empty or cut short)"),
    (lambda d: (d / f"{CARD}.md").unlink(), f"data/watched-pages/{CARD}.md: missing (record.yml lists {CARD})"),
    (lambda d: (d / "record.yml").write_text("pages:\n  x:\n    url: https://a.test/\n"),
     "data/watched-pages/record.yml: pages.x.read_from: missing"),
    (lambda d: (d / "record.yml").write_text((d / "record.yml").read_text()[:700]), "data/watched-pages/record.yml:"),
    (lambda d: (d / "record.yml").write_text((d / "record.yml").read_text().split("  release-notes:\n")[0]),
     "data/watched-pages/record.yml: does not list release-notes, whose text is in data/watched-pages/: cut short? "
     "Restore it from git"),
    (lambda d: (d / "record.yml").write_text((d / "record.yml").read_text().split("    url:")[0]),
     "data/watched-pages/record.yml: pages.api-versioning: no value"),
], ids=["empty-page", "missing-page", "missing-field", "cut-short", "cut-between-pages", "cut-after-a-name"])
def test_a_damaged_record_is_one_line_naming_the_file(project, capsys, damage, message):
    damage(project / "data/watched-pages")
    assert cli.main(["--offline"], root=project) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_recorded_page_cut_short_is_named_with_both_fingerprints(project, capsys):
    """A page's text cut at a line still reads as a page (the watch would report it changed,
    or offline unchanged): its fingerprint in record.yml tells."""
    path = project / f"data/watched-pages/{CARD}.md"
    text = path.read_text(encoding="utf-8")
    cut = text[:text.index("\n", len(text) // 2) + 1]
    path.write_text(cut, encoding="utf-8")
    assert cli.main(["--offline"], root=project) == 2
    assert capsys.readouterr().err == (
        f"data/watched-pages/{CARD}.md: not the text record.yml recorded (fingerprint "
        f"{hashlib.sha256(cut.encode()).hexdigest()[:12]}, recorded {RECORDED[CARD].page.fingerprint}): cut short or "
        f"edited by hand; restore it from git, or run `make facts-watch-record PAGES={CARD}`\n")


def test_an_unknown_page_name_is_refused(project, capsys):
    assert cli.main(["record", "no-such-page", "--via", "http://127.0.0.1:9"], root=project) == 2
    assert "no page named no-such-page" in capsys.readouterr().err
    assert load_facts(project).facts_checked == CHECKED_BEFORE


@pytest.mark.parametrize("options", [["record", "--offline"], ["record", "--catalog"], ["--no-pages"]])
def test_options_that_cannot_go_together_are_refused_before_anything_is_read(project, capsys, options):
    with pytest.raises(SystemExit) as stopped:
        cli.main(options, root=project)
    assert stopped.value.code == 2 and "Traceback" not in capsys.readouterr().err
    assert load_facts(project).facts_checked == CHECKED_BEFORE


def test_a_markdown_report_that_cannot_be_written_is_one_line(project, tmp_path, capsys):
    assert cli.main(["--offline", CARD, "--markdown", str(tmp_path / "no/such/folder/r.md")], root=project) == 2
    assert capsys.readouterr().err.startswith(f"{tmp_path / 'no/such/folder/r.md'}: the Markdown report could not")


def test_make_facts_watch_runs_offline_as_the_readme_says():
    """The README's command, offline: the report, and a non-zero exit while pages are unrecorded."""
    result = subprocess.run([sys.executable, "-m", "facts_watch", "--offline"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert f"{len(RECORDED)} unchanged" in result.stdout and "Not recorded (" in result.stdout


def test_the_markdown_report_carries_the_diff_and_what_to_re_check():
    from facts_watch.report import render
    result = run(edited(CARD, "November 9, 2027", "November 9, 2028"))
    text = render(result, dt.date(2026, 12, 5), "recorded 2026-12-05", markdown=True)
    assert "## Changed (1): re-check the facts below" in text
    assert "  ```diff\n  § " in text and "  + • EOL no sooner than: November 9, 2028" in text
    assert "  - cited for Claude Fable 5.2 (claude-fable-5-2): " in text


def test_the_benchmark_figure_reads_every_page():
    """`make bench`'s W figure, once, without its stand-in network delay."""
    result = subprocess.run([sys.executable, "-m", "bench.facts_watch", "--latency", "0"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{len(FACTS.sources)} pages in ")


def test_a_host_that_stops_serving_markdown_is_read_from_the_html_page():
    from html import escape
    sections = RECORDED[CARD].sections
    body = "".join((f"<h{s.level}>{escape(s.heading)}</h{s.level}>" if s.heading else "")
                   + "".join(f"<p>{escape(line)}</p>" for line in s.lines) for s in sections)
    answers = recorded_answers(RECORDED)
    del answers[where(CARD)]  # the .md address is gone…
    answers[path_of(FACTS.sources[CARD])] = Answer(  # …and the page itself is HTML
        f"<!DOCTYPE html><html><head><title>x</title></head><body><nav>Menu</nav><main>{body}</main></body></html>",
        content_type="text/html; charset=utf-8")
    card = page(run(answers), CARD)
    assert (card.state, card.read_from) == ("unchanged", FACTS.sources[CARD])


def test_a_page_whose_headings_are_gone_but_whose_words_remain_is_compared_as_one_text():
    name = next(n for n, r in RECORDED.items() if len({s.heading for s in r.sections if s.heading}) >= 2)
    answers = recorded_answers(RECORDED)
    flattened = "\n\n".join(text for s in RECORDED[name].sections for text in (s.heading, *s.lines) if text)
    answers[where(name)] = Answer(flattened + "\n\nA sentence added today.\n")
    report = page(run(answers), name)
    assert (report.state, report.detail) == ("changed", "its section headings are gone; compared as one text")
    assert report.diff[-1] == "+ A sentence added today."


def test_a_report_too_long_for_an_issue_is_cut_and_says_where_the_rest_is(project, tmp_path, capsys):
    answers = recorded_answers(RECORDED)
    answers[where(CARD)].body += "".join(f"\n\nA new line of text, number {n}." for n in range(3000))
    with Replay(answers) as replay:
        assert cli.main(["--via", replay.url, "--markdown", str(tmp_path / "issue.md"), CARD], root=project) == 1
    issue = (tmp_path / "issue.md").read_text(encoding="utf-8")
    assert len(issue) < 65_536 - 1_000 and issue.count("```") % 2 == 0
    assert issue.endswith("the whole of it is in the run's log.\n")
    assert "number 2999." in capsys.readouterr().out  # the log keeps everything


def test_a_busy_host_is_asked_again_after_the_wait_it_names():
    answers = recorded_answers(RECORDED)
    calls = []

    class Busy(Answer):
        @property
        def status(self):
            calls.append(time.monotonic())
            return 429 if len(calls) == 1 else 200

        @status.setter
        def status(self, value):
            pass

    answers[where(CARD)] = Busy(answers[where(CARD)].body, retry_after="1")
    assert page(run(answers), CARD).state == "unchanged"
    assert len(calls) == 2 and calls[1] - calls[0] >= 1.0  # FAST's backoff alone would be 0.01 s


def test_no_host_gets_more_than_two_requests_at_once():
    answers = recorded_answers(RECORDED)
    for answer in answers.values():
        answer.delay = 0.2
    with Replay(answers) as replay:
        watch.run(RECORDED, FACTS, Reader(via=replay.url, **FAST), recorded_only=True)
        peaks = dict(replay.peak_in_flight)
    assert peaks and max(peaks.values()) == 2, peaks  # more than two pages per host wait their turn


def test_a_broken_answer_is_one_unreadable_page_not_a_crash():
    answers = recorded_answers(RECORDED)
    answers[where(CARD)] = Answer(answers[where(CARD)].body, content_type="text/markdown; charset=bogus")
    answers[where(INDEX)] = Answer("cut", cut_short=True)
    result = run(answers)
    assert page(result, CARD).state == "unchanged"  # an unknown charset is read as UTF-8
    assert page(result, INDEX).state == "unreadable" and "a broken answer" in page(result, INDEX).detail

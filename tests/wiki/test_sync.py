"""status, diff and sync against the real sandbox MediaWiki: another person (OtherUser) edits the
pages while the files change too. salonbot runs as a separate process, as an operator runs it;
every test uses its own page titles, so tests do not see each other's pages."""

from __future__ import annotations

import fcntl
import json
import subprocess
from typing import Any

from tests.support.api import Wiki
from tests.wiki.conftest import PREFIX, Workspace

from salonbot.sync.journal import LOCK_FILE, LOG_FILE
from salonbot.sync.pages import load_file

POINTS = ("First point", "Second point", "Third point", "Fourth point")


def run(workspace: Workspace, *args: str) -> subprocess.CompletedProcess[str]:
    return workspace.run(*args)


def sync_json(workspace: Workspace, *args: str, code: int = 0) -> dict[str, Any]:
    result = run(workspace, "sync", "--yes", "--json", *args)
    assert result.returncode == code, result.stdout + result.stderr
    summary = json.loads(result.stdout)
    assert summary["exit_code"] == code
    return summary


def results(summary: dict[str, Any]) -> dict[str, str]:
    return {r["title"].rsplit("/", 1)[1]: r["result"] for r in summary["reports"]}


def state_of(status: str, file: str) -> str:
    """The state `salonbot status` prints for a report file."""
    line = next(line for line in status.splitlines() if f" {file} " in line)
    return line.split(f" {file} ")[0].strip()


def report_yaml(title: str, what: str = "We met and talked.", points: tuple[str, ...] = POINTS,
                budget: str = "The total budget was 1200 USD.") -> str:
    bullets = "".join(f"    - {point}\n" for point in points)
    return (f"title: {title}\ndate_and_location: 2 March 2019, Mohammedia\n"
            f"what_happened: {what}\ndiscussion:\n  themes:\n  - title: Advocacy\n"
            f"    points:\n{bullets}budget: {budget}\n")


def edit_wiki(wiki: Wiki, title: str, old: str, new: str) -> None:
    text = wiki.page_text(title)
    assert text is not None and old in text
    wiki.edit_as_other(title, text.replace(old, new, 1))


def edit_file(workspace: Workspace, name: str, old: str, new: str) -> None:
    text = workspace.read(name)
    assert old in text
    workspace.write(name, text.replace(old, new, 1))


def page_of(workspace: Workspace, name: str) -> str:
    return load_file(workspace.reports / name)[1]


def own_prefix(workspace: Workspace, label: str, settings: str = "") -> str:
    """Give the workspace a prefix of its own (sync reads every page under its prefix, and the
    session's wiki is shared by all tests)."""
    prefix = f"{PREFIX}Sync {label}/"
    (workspace.root / "salonbot.toml").write_text(
        f'[salonbot]\nallowed_prefix = "{prefix}"\n{settings}', encoding="utf-8")
    return prefix


def setup(workspace: Workspace, label: str, names: list[str], settings: str = "") -> dict[str, str]:
    """Write report files (one title each, under the test's own prefix) and push them; the titles
    by file name."""
    prefix = own_prefix(workspace, label, settings)
    reports = {name: prefix + name.removesuffix(".yaml").capitalize() for name in names}
    for name, title in reports.items():
        workspace.write(name, report_yaml(title))
    result = workspace.run("push", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    return reports


def revision_counts(wiki: Wiki, titles: dict[str, str]) -> dict[str, int]:
    return {name: len(wiki.revisions(title)) for name, title in titles.items()}


def test_changes_on_both_sides_are_merged_into_the_wiki_and_the_file(workspace: Workspace,
                                                                     wiki: Wiki) -> None:
    titles = setup(workspace, "merge", ["sections.yaml", "lines.yaml", "same.yaml"])
    edit_wiki(wiki, titles["sections.yaml"], "1200 USD", "1300 USD")
    edit_file(workspace, "sections.yaml", "We met and talked.", "We met in Rabat.")
    edit_wiki(wiki, titles["lines.yaml"], "* Third point", "* Third point, from the wiki")
    edit_file(workspace, "lines.yaml", "- Second point", "- Second point, from the file")

    status = run(workspace, "status")
    assert status.returncode == 0, status.stderr
    assert status.stdout.count("changed on both") == 3  # two lines and the count
    assert state_of(status.stdout, "same.yaml") == "in sync"
    diff = run(workspace, "diff", "reports/sections.yaml")
    assert "-The total budget was 1300 USD." in diff.stdout
    assert "+We met in Rabat." in diff.stdout

    summary = sync_json(workspace)
    assert results(summary) == {"Lines": "merged", "Sections": "merged", "Same": "unchanged"}
    sections = wiki.page_text(titles["sections.yaml"]) or ""
    assert "We met in Rabat." in sections and "1300 USD" in sections
    lines = wiki.page_text(titles["lines.yaml"]) or ""
    assert "* Second point, from the file\n* Third point, from the wiki\n" in lines
    assert page_of(workspace, "sections.yaml") == sections
    assert page_of(workspace, "lines.yaml") == lines
    counts = revision_counts(wiki, titles)
    assert counts == {"sections.yaml": 3, "lines.yaml": 3, "same.yaml": 1}
    wiki_revids = {r["file"]: r["wiki_revid"] for r in summary["reports"]}
    for name, section in (("sections.yaml", "What happened"), ("lines.yaml", "Discussion Theme 1")):
        assert wiki.revisions(titles[name])[-1]["comment"] == (
            f"salonbot: update report: {section}; merged with the wiki's revision "
            f"{wiki_revids[name]}")
    log = (workspace.reports / LOG_FILE).read_text()
    assert "merged " + titles["lines.yaml"] in log

    again = sync_json(workspace)
    assert set(results(again).values()) == {"unchanged"}
    assert revision_counts(wiki, titles) == counts


def test_the_same_line_changed_on_both_sides_is_a_conflict_until_resolved(
        workspace: Workspace, wiki: Wiki) -> None:
    title = setup(workspace, "conflict", ["clash.yaml"])["clash.yaml"]
    edit_wiki(wiki, title, "* Second point", "* Second point (wiki)")
    edit_file(workspace, "clash.yaml", "- Second point", "- Second point (local)")
    wiki_text, file_text = wiki.page_text(title), workspace.read("clash.yaml")

    result = run(workspace, "sync", "--yes")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "conflict" in result.stdout and "clash.conflict.wiki" in result.stdout
    assert wiki.page_text(title) == wiki_text
    assert workspace.read("clash.yaml") == file_text
    conflict = workspace.read("clash.conflict.wiki")
    assert ("<<<<<<< local: clash.yaml\n* Second point (local)\n||||||| base: revision "
            in conflict)
    assert "=======\n* Second point (wiki)\n>>>>>>> wiki: revision" in conflict
    assert state_of(run(workspace, "status").stdout, "clash.yaml") == "conflict"
    count = len(wiki.revisions(title))
    assert run(workspace, "sync", "--yes").returncode == 3  # still unresolved: nothing done
    assert len(wiki.revisions(title)) == count

    edit_file(workspace, "clash.yaml", "- Second point (local)", "- Second point (both)")
    (workspace.reports / "clash.conflict.wiki").unlink()
    assert results(sync_json(workspace)) == {"Clash": "pushed"}
    assert "* Second point (both)\n" in (wiki.page_text(title) or "")
    assert wiki.revisions(title)[-1]["comment"] == "salonbot: update report: Discussion Theme 1"
    assert results(sync_json(workspace)) == {"Clash": "unchanged"}
    assert len(wiki.revisions(title)) == count + 1


def test_a_never_synced_file_against_an_existing_page_marks_only_the_line_that_differs(
        workspace: Workspace, wiki: Wiki) -> None:
    title = own_prefix(workspace, "two-way") + "Twoway"
    workspace.write("twoway.yaml", report_yaml(title))
    page = page_of(workspace, "twoway.yaml")
    wiki.create_as_other(title, page.replace("* Third point", "* Third point (wiki)"))
    wiki_text, file_text = wiki.page_text(title), workspace.read("twoway.yaml")

    result = run(workspace, "sync", "--yes")
    assert result.returncode == 3, result.stdout + result.stderr
    assert wiki.page_text(title) == wiki_text  # nothing chosen silently: no edit, no change
    assert workspace.read("twoway.yaml") == file_text
    conflict = workspace.read("twoway.conflict.wiki")
    body = conflict.split("-" * 79 + "\n", 1)[1]
    assert "base: none (never synced)" in conflict
    assert body.count("<<<<<<< ") == 1 and "|||||||" not in body
    assert ("* Second point\n<<<<<<< local: twoway.yaml\n* Third point\n=======\n"
            "* Third point (wiki)\n>>>>>>> wiki: revision ") in body
    unmarked = [line for line in body.splitlines()
                if not line.startswith(("<<<<<<< ", ">>>>>>> ")) and line != "======="]
    assert len(unmarked) == len(page.splitlines()) + 1  # the common lines and the two versions

    edit_file(workspace, "twoway.yaml", "- Third point", "- Third point (both)")
    (workspace.reports / "twoway.conflict.wiki").unlink()
    assert results(sync_json(workspace)) == {"Twoway": "pushed"}
    assert "* Third point (both)\n" in (wiki.page_text(title) or "")


def test_diff_shows_no_creation_for_a_title_push_would_refuse(workspace: Workspace) -> None:
    prefix = own_prefix(workspace, "diff rules")
    workspace.write("good.yaml", report_yaml(prefix + "Good"))
    workspace.write("evil.yaml", report_yaml(prefix + "../../Evil"))
    workspace.write("alice.yaml", report_yaml("User:Alice/My salon"))
    result = run(workspace, "diff")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.count("+++ ") == 1 and prefix + "Good" in result.stdout
    assert "Evil" not in result.stdout and "Alice" not in result.stdout
    assert result.stderr.splitlines() == [
        "reports/alice.yaml: title: the title is outside the allowed prefix "
        f"{prefix!r} (see salonbot.toml)",
        "reports/evil.yaml: title: the title has an empty, '.' or '..' subpage segment"]
    assert run(workspace, "validate").returncode == 1  # the same files, the same rules


def test_deleted_protected_and_nobots_pages_are_left_alone_and_the_others_go_on(
        workspace: Workspace, wiki: Wiki) -> None:
    titles = setup(workspace, "refusals", ["deleted.yaml", "protected.yaml", "nobots.yaml",
                                           "fine.yaml"])
    wiki.delete(titles["deleted.yaml"])
    wiki.protect(titles["protected.yaml"])
    edit_wiki(wiki, titles["nobots.yaml"], "== Date", "{{nobots}}\n== Date")
    for name in titles:
        edit_file(workspace, name, "We met and talked.", "We met, and talked a lot.")
    files = {name: workspace.read(name) for name in titles}
    nobots_text = wiki.page_text(titles["nobots.yaml"])
    counts = revision_counts(wiki, titles)

    summary = sync_json(workspace, code=1)
    assert results(summary) == {"Deleted": "missing", "Protected": "skipped",
                                "Nobots": "refused", "Fine": "pushed"}
    messages = {r["file"]: r["message"] for r in summary["reports"]}
    assert "not re-created" in messages["deleted.yaml"]
    assert "said once" in messages["deleted.yaml"]
    assert "protected" in messages["protected.yaml"]
    assert "nobots" in messages["nobots.yaml"]
    assert wiki.page_text(titles["deleted.yaml"]) is None
    assert wiki.page_text(titles["nobots.yaml"]) == nobots_text
    assert {name: workspace.read(name) for name in titles} == files
    counts["fine.yaml"] += 1
    assert revision_counts(wiki, titles) == counts

    # The deleted page was said once; only {{nobots}} (a person's deliberate word) still fails.
    again = sync_json(workspace, code=1)
    assert results(again) == {"Deleted": "gone", "Protected": "skipped", "Nobots": "refused",
                              "Fine": "unchanged"}
    assert wiki.page_text(titles["deleted.yaml"]) is None
    assert revision_counts(wiki, titles) == counts


def test_a_deleted_page_is_said_once_then_left_alone_until_recreate(workspace: Workspace,
                                                                    wiki: Wiki) -> None:
    titles = setup(workspace, "deleted once", ["gone.yaml", "kept.yaml"])
    wiki.delete(titles["gone.yaml"])
    file = workspace.read("gone.yaml")

    first = sync_json(workspace, code=1)
    assert results(first) == {"Gone": "missing", "Kept": "unchanged"}
    for _ in range(2):  # every later scheduled run: no failure exit, the file kept
        later = sync_json(workspace)
        assert results(later) == {"Gone": "gone", "Kept": "unchanged"}
        assert "sync --recreate" in later["reports"][0]["message"]
    assert workspace.read("gone.yaml") == file
    status = run(workspace, "status")
    assert "gone from the wiki" in state_of(status.stdout, "gone.yaml")

    recreated = sync_json(workspace, "--recreate")
    assert results(recreated) == {"Gone": "created", "Kept": "unchanged"}
    assert wiki.page_text(titles["gone.yaml"]) == page_of(workspace, "gone.yaml")
    assert results(sync_json(workspace)) == {"Gone": "unchanged", "Kept": "unchanged"}


def test_a_moved_page_takes_its_file_along(workspace: Workspace, wiki: Wiki) -> None:
    titles = setup(workspace, "moved", ["old.yaml", "stay.yaml"])
    prefix = titles["old.yaml"].rsplit("/", 1)[0] + "/"
    wiki.move(titles["old.yaml"], prefix + "New name")
    before = workspace.read("old.yaml")

    summary = sync_json(workspace)
    assert results(summary) == {"New name": "moved", "Stay": "unchanged"}
    after = workspace.read("old.yaml")
    # only the title line changed: the file keeps every other byte
    assert after == before.replace(f"title: {titles['old.yaml']}", f"title: {prefix}New name")
    assert after != before
    assert not (workspace.reports / "new-name.yaml").exists()
    # the page at the new title is the file's, in sync: the next runs do nothing
    assert results(sync_json(workspace)) == {"New name": "unchanged", "Stay": "unchanged"}
    edit_file(workspace, "old.yaml", "We met and talked.", "We met after the move.")
    assert results(sync_json(workspace)) == {"New name": "pushed", "Stay": "unchanged"}
    assert "We met after the move." in (wiki.page_text(prefix + "New name") or "")


def test_a_page_moved_out_of_the_prefix_is_reported_not_followed(workspace: Workspace,
                                                                 wiki: Wiki) -> None:
    titles = setup(workspace, "moved out", ["away.yaml"])
    wiki.move(titles["away.yaml"], "User:OtherUser/Away draft")
    before = workspace.read("away.yaml")
    summary = sync_json(workspace, code=1)
    assert results(summary) == {"Away": "missing"}
    assert "User:OtherUser/Away draft" in summary["reports"][0]["message"]
    assert workspace.read("away.yaml") == before


def test_a_page_at_a_title_salonbot_refuses_is_skipped_not_pulled(workspace: Workspace,
                                                                 wiki: Wiki) -> None:
    prefix = own_prefix(workspace, "refused titles")
    wiki.create_as_other(prefix + "Odd/", "== Date and location ==\nSomewhere.")
    wiki.create_as_other(prefix + "Fine one", "== Date and location ==\nSomewhere.")
    for _ in range(2):
        summary = sync_json(workspace)
        outcome = {r["title"]: r["result"] for r in summary["reports"]}
        assert outcome[prefix + "Odd/"] == "skipped"
        assert outcome[prefix + "Fine one"] in ("pulled", "unchanged")
    assert sorted(p.name for p in workspace.reports.glob("*.yaml")) == ["fine-one.yaml"]

    wiki.move(prefix + "Fine one", prefix + "Fine two")  # leaves a redirect at the old title
    (workspace.reports / "fine-one.yaml").unlink()
    pulled = run(workspace, "pull")
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    lines = pulled.stdout.splitlines()
    assert f"skipped   {prefix}Odd/" in lines
    assert f"skipped   {prefix}Fine one" in lines
    assert any("a redirect" in line for line in lines)
    assert sorted(p.name for p in workspace.reports.glob("*.yaml")) == ["fine-two.yaml"]


def test_the_stop_page_halts_sync_before_any_edit(workspace: Workspace, wiki: Wiki) -> None:
    stop_page = "User:SalonBot/Stop sync test"
    title = setup(workspace, "stop page", ["stopped.yaml"],
                  f'stop_page = "{stop_page}"\n')["stopped.yaml"]
    wiki.edit_as_other(stop_page, "Stop, please: something is wrong.")
    edit_file(workspace, "stopped.yaml", "We met and talked.", "We met again.")
    state = (workspace.reports / ".salonbot-state.json").read_text()

    result = run(workspace, "sync", "--yes")
    assert result.returncode == 4, result.stdout + result.stderr
    assert "halted" in result.stdout and "something is wrong" in result.stdout
    assert len(wiki.revisions(title)) == 1
    assert (workspace.reports / ".salonbot-state.json").read_text() == state

    wiki.edit_as_other(stop_page, "run")
    assert results(sync_json(workspace)) == {"Stopped": "pushed"}
    assert len(wiki.revisions(title)) == 2


def test_a_second_run_does_not_start_while_another_holds_the_lock(workspace: Workspace,
                                                                  wiki: Wiki) -> None:
    title = own_prefix(workspace, "lock") + "Locked"
    workspace.write("locked.yaml", report_yaml(title))
    with open(workspace.reports / LOCK_FILE, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = run(workspace, "sync", "--yes")
    assert result.returncode == 5, result.stdout + result.stderr
    assert "another sync is running" in result.stderr
    assert wiki.page_text(title) is None


def test_max_edits_defers_the_rest_to_the_next_run(workspace: Workspace, wiki: Wiki) -> None:
    titles = setup(workspace, "max edits", ["one.yaml", "two.yaml", "three.yaml"])
    for name in titles:
        edit_file(workspace, name, "1200 USD", "1500 USD")

    first = sync_json(workspace, "--max-edits", "1")
    assert sorted(results(first).values()) == ["deferred", "deferred", "pushed"]
    assert sorted(revision_counts(wiki, titles).values()) == [1, 1, 2]
    second = sync_json(workspace)
    assert sorted(results(second).values()) == ["pushed", "pushed", "unchanged"]
    assert revision_counts(wiki, titles) == dict.fromkeys(titles, 2)


def _files(workspace: Workspace) -> dict[str, bytes]:
    """Every file of the reports folder (base copies included), by path, with its bytes."""
    return {str(path.relative_to(workspace.reports)): path.read_bytes()
            for path in workspace.reports.rglob("*") if path.is_file()}


def test_new_reports_go_both_ways_after_a_dry_run_and_a_rerun_changes_nothing(
        workspace: Workspace, wiki: Wiki) -> None:
    titles = setup(workspace, "both ways", ["pulled.yaml"])
    prefix = titles["pulled.yaml"].removesuffix("Pulled")
    edit_wiki(wiki, titles["pulled.yaml"], "1200 USD", "1250 USD")
    from_wiki = prefix + "From the wiki"
    wiki.create_as_other(from_wiki, "== What happened ==\nWritten on the wiki.")
    titles["new.yaml"] = prefix + "New"
    workspace.write("new.yaml", report_yaml(titles["new.yaml"]))
    before = _files(workspace)

    dry = run(workspace, "sync", "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "+== What happened ==" in dry.stdout and "dry run" in dry.stdout
    assert _files(workspace) == before
    assert wiki.page_text(titles["new.yaml"]) is None

    summary = sync_json(workspace)
    assert results(summary) == {"Pulled": "pulled", "New": "created", "From the wiki": "pulled"}
    assert "1250 USD" in workspace.read("pulled.yaml")
    assert page_of(workspace, "from-the-wiki.yaml") == wiki.page_text(from_wiki)
    assert page_of(workspace, "new.yaml") == wiki.page_text(titles["new.yaml"])
    assert [revision["comment"] for revision in wiki.revisions(titles["new.yaml"])] == [
        "salonbot: create Strategy Salon report"]

    titles["from-the-wiki.yaml"] = from_wiki
    counts = revision_counts(wiki, titles)
    again = sync_json(workspace)
    assert set(results(again).values()) == {"unchanged"}
    assert revision_counts(wiki, titles) == counts
    assert run(workspace, "diff").stdout == ""


def test_the_summary_of_salonbot_toml_is_every_sync_edit_summary(
        workspace: Workspace, wiki: Wiki) -> None:
    title = own_prefix(workspace, "summary setting",
                       'summary = "Salon reports, weekly run"\n') + "Sync summary setting"
    workspace.write("setting.yaml", f"title: {title}\nwhat_happened: We met.\n")
    assert results(sync_json(workspace)) == {"Sync summary setting": "created"}
    edit_file(workspace, "setting.yaml", "We met.", "We met twice.")
    assert results(sync_json(workspace)) == {"Sync summary setting": "pushed"}
    comments = [revision["comment"] for revision in wiki.revisions(title)]
    assert comments == ["Salon reports, weekly run"] * 2

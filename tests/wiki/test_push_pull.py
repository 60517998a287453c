"""push and pull against the real sandbox MediaWiki: what reaches the wiki, what is refused, and
what lands in the files. salonbot runs as a separate process, as an operator runs it."""

from __future__ import annotations

import difflib
import hashlib
import json
import re

from tests.support.api import Wiki
from tests.wiki.conftest import PREFIX, Workspace

import salonbot
from salonbot.sync.pages import load_file


def report_yaml(title: str, budget: str = "The total budget was 1200 USD.",
                points: tuple[str, ...] = ("First point", "Second point", "Third point")) -> str:
    bullets = "".join(f"    - {point}\n" for point in points)
    return (f"title: {title}\n"
            "date_and_location: 2 March 2019, Mohammedia\n"
            "what_happened: We met and talked.\n"
            "discussion:\n  themes:\n  - title: Advocacy\n    points:\n" + bullets +
            f"budget: {budget}\n")


def state(workspace: Workspace) -> dict:
    return json.loads((workspace.reports / ".salonbot-state.json").read_text())["sites"][
        "sandbox:sandbox"]


def test_push_creates_the_page_as_rendered_with_a_bot_edit(workspace: Workspace, wiki: Wiki) -> None:
    title = PREFIX + "Push create"
    path = workspace.write("create.yaml", report_yaml(title))
    result = workspace.run("push", "--yes", "--summary", "salonbot test create")
    assert result.returncode == 0, result.stderr
    assert "created" in result.stdout and "index.php" in result.stdout
    assert wiki.page_text(title) == load_file(path)[1]
    [revision] = wiki.revisions(title)
    assert revision["user"] == "SalonBot"
    assert revision["minor"] is False
    assert revision["comment"] == "salonbot test create"
    assert state(workspace)[title]["revid"] == revision["revid"]
    assert state(workspace)[title]["file"] == "create.yaml"


def test_a_second_push_of_the_same_files_makes_no_revision(workspace: Workspace,
                                                           wiki: Wiki) -> None:
    title = PREFIX + "Push noop"
    workspace.write("noop.yaml", report_yaml(title))
    assert workspace.run("push", "--yes").returncode == 0
    again = workspace.run("push", "--yes")
    assert again.returncode == 0, again.stderr
    assert "unchanged" in again.stdout
    assert len(wiki.revisions(title)) == 1


def test_changing_one_bullet_changes_exactly_one_line_on_the_wiki(workspace: Workspace,
                                                                  wiki: Wiki) -> None:
    title = PREFIX + "Push one line"
    workspace.write("line.yaml", report_yaml(title))
    assert workspace.run("push", "--yes").returncode == 0
    before = wiki.page_text(title)
    workspace.write("line.yaml", report_yaml(title, points=("First point", "Second point, edited",
                                                            "Third point")))
    result = workspace.run("push", "--yes")
    assert result.returncode == 0, result.stderr
    after = wiki.page_text(title)
    assert before is not None and after is not None
    changed = [line for line in difflib.ndiff(before.splitlines(), after.splitlines())
               if line[:1] in "+-"]
    assert changed == ["- * Second point", "+ * Second point, edited"]
    assert [r["user"] for r in wiki.revisions(title)] == ["SalonBot", "SalonBot"]
    assert state(workspace)[title]["revid"] == wiki.revisions(title)[-1]["revid"]


def test_dry_run_shows_the_diff_and_writes_nothing(workspace: Workspace, wiki: Wiki) -> None:
    title = PREFIX + "Push dry run"
    workspace.write("dry.yaml", report_yaml(title))
    result = workspace.run("push", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "+== What happened ==" in result.stdout
    assert re.search(r"^created +1$", result.stdout, re.MULTILINE), result.stdout
    assert "dry run: nothing was written" in result.stdout
    assert wiki.page_text(title) is None
    assert not (workspace.reports / ".salonbot-state.json").exists()
    simulated = workspace.run("push", "--yes", "-simulate")
    assert simulated.returncode == 0, simulated.stderr
    assert wiki.page_text(title) is None


def test_a_title_outside_the_prefix_is_refused_and_the_rest_go_on(workspace: Workspace,
                                                                 wiki: Wiki) -> None:
    workspace.write("outside.yaml", report_yaml("Main Page"))
    workspace.write("sneaky.yaml", report_yaml(PREFIX + "../../../Main Page"))
    workspace.write("good.yaml", report_yaml(PREFIX + "Push among refused"))
    main_page = wiki.revisions("Main Page")
    result = workspace.run("push", "--yes")
    assert result.returncode == 1
    assert "outside the allowed prefix" in result.stdout
    assert "'..' subpage segment" in result.stdout
    assert wiki.revisions("Main Page") == main_page
    assert wiki.page_text(PREFIX + "Push among refused") is not None


def test_an_invalid_file_is_refused_with_its_line(workspace: Workspace) -> None:
    workspace.write("broken.yaml", "title: x\nwhat_happened: [a, b\n")
    result = workspace.run("push", "--yes")
    assert result.returncode == 1
    assert "broken.yaml:" in result.stdout and "Traceback" not in result.stderr


def test_a_page_edited_by_someone_else_is_never_overwritten(workspace: Workspace,
                                                           wiki: Wiki) -> None:
    title = PREFIX + "Push conflict"
    workspace.write("conflict.yaml", report_yaml(title))
    assert workspace.run("push", "--yes").returncode == 0
    person = (wiki.page_text(title) or "") + "\n\nA line a person added."
    wiki.edit_as_other(title, person)
    workspace.write("conflict.yaml", report_yaml(title, budget="Changed locally."))
    result = workspace.run("push", "--yes")
    assert result.returncode == 1
    assert "changed on the wiki" in result.stdout and "salonbot sync" in result.stdout
    assert wiki.page_text(title) == person
    assert wiki.revisions(title)[-1]["user"] == "OtherUser"


def test_a_deleted_page_is_not_recreated(workspace: Workspace, wiki: Wiki) -> None:
    title = PREFIX + "Push deleted"
    workspace.write("deleted.yaml", report_yaml(title))
    assert workspace.run("push", "--yes").returncode == 0
    wiki.delete(title)
    workspace.write("deleted.yaml", report_yaml(title, budget="Changed after deletion."))
    result = workspace.run("push", "--yes")
    assert result.returncode == 1
    assert "deleted or moved" in result.stdout
    assert wiki.page_text(title) is None


def test_nobots_is_honoured(workspace: Workspace, wiki: Wiki) -> None:
    title = PREFIX + "Push nobots"
    wiki.create_as_other(title, "{{nobots}}\n== What happened ==\nWritten by a person.")
    pulled = workspace.run("pull", title)
    assert pulled.returncode == 0, pulled.stderr
    [name] = [p.name for p in workspace.reports.glob("*.yaml")]
    text = workspace.read(name).replace("Written by a person.", "Changed by the bot.")
    workspace.write(name, text)
    result = workspace.run("push", "--yes")
    assert result.returncode == 1
    assert "nobots" in result.stdout
    assert "Written by a person." in (wiki.page_text(title) or "")


def test_a_protected_page_is_refused_and_the_others_are_saved(workspace: Workspace,
                                                             wiki: Wiki) -> None:
    locked, free = PREFIX + "Push protected", PREFIX + "Push next to protected"
    workspace.write("a-locked.yaml", report_yaml(locked))
    workspace.write("b-free.yaml", report_yaml(free))
    assert workspace.run("push", "--yes").returncode == 0
    wiki.protect(locked)
    workspace.write("a-locked.yaml", report_yaml(locked, budget="Changed."))
    workspace.write("b-free.yaml", report_yaml(free, budget="Changed."))
    result = workspace.run("push", "--yes")
    assert result.returncode == 1
    assert "protected" in result.stdout
    assert "Changed." in (wiki.page_text(free) or "")
    assert "Changed." not in (wiki.page_text(locked) or "")


def test_pull_by_title_writes_a_readable_file_and_records_the_base(workspace: Workspace,
                                                                   wiki: Wiki) -> None:
    title = PREFIX + "Pull Wikimedia ÉÉ user group"
    text = ("{{Strategy Salon}}\n\n== Date and location ==\n3 March 2019\n\n"
            "== Summary of the discussion points ==\n\n=== Discussion Theme 1 (Advocacy) ===\n"
            "* One\n** One point one\n\n==Other Areas==\n[[Category:Strategy Salons]]")
    wiki.create_as_other(title, text)
    result = workspace.run("pull", title)
    assert result.returncode == 0, result.stderr
    path = workspace.reports / "pull-wikimedia-éé-user-group.yaml"
    report = salonbot.load_report(path)
    assert report.title == title
    assert report.sections["discussion"].children[0].title == "Advocacy"
    assert load_file(path)[1] == text
    assert state(workspace)[title]["revid"] == wiki.revisions(title)[-1]["revid"]


def test_pull_by_prefix_then_incremental_pull_downloads_nothing_new(workspace: Workspace,
                                                                   wiki: Wiki) -> None:
    prefix = PREFIX + "Batch/"
    for number in range(3):
        wiki.create_as_other(f"{prefix}Report {number}", f"== What happened ==\nReport {number}.")
    first = workspace.run("pull", "--prefix", prefix)
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("pulled") >= 3
    files = sorted(workspace.reports.glob("*.yaml"))
    assert [p.name for p in files] == ["batch-report-0.yaml", "batch-report-1.yaml",
                                      "batch-report-2.yaml"]
    stamps = {p.name: p.stat().st_mtime_ns for p in files}
    wiki.edit_as_other(f"{prefix}Report 1", "== What happened ==\nReport 1, edited.")
    second = workspace.run("pull", "--prefix", prefix)
    assert second.returncode == 0, second.stderr
    # only the page that changed was downloaded
    assert re.search(r"^pulled +1$", second.stdout, re.MULTILINE), second.stdout
    assert (workspace.reports / "batch-report-0.yaml").stat().st_mtime_ns == stamps["batch-report-0.yaml"]
    assert "Report 1, edited." in workspace.read("batch-report-1.yaml")


def test_pulled_files_are_in_the_load_cache_with_their_pages_sha1(workspace: Workspace,
                                                                  wiki: Wiki) -> None:
    prefix = PREFIX + "Cached/"
    for number in range(2):
        wiki.create_as_other(f"{prefix}Report {number}", f"== What happened ==\nReport {number}.")
    assert workspace.run("pull", "--prefix", prefix).returncode == 0
    cache = json.loads(workspace.read(".salonbot-cache.json"))["files"]
    assert sorted(cache) == ["cached-report-0.yaml", "cached-report-1.yaml"]
    for number in range(2):
        file = workspace.reports / f"cached-report-{number}.yaml"
        key, title, page_sha1 = cache[file.name]
        # the file's bytes, and its base copy's: what a file renders to depends on both
        base = (workspace.reports / ".salonbot" / "pages" / "sandbox-sandbox" /
                file.name.replace(".yaml", ".wiki")).read_bytes()
        assert key == (f"{hashlib.sha1(file.read_bytes()).hexdigest()}:"
                       f"{hashlib.sha1(base).hexdigest()}")
        assert title == f"{prefix}Report {number}"
        assert page_sha1 == wiki.revisions(title)[-1]["sha1"]
    # A file edited by hand is loaded again: its new text is what the next run pushes.
    workspace.write("cached-report-0.yaml", workspace.read("cached-report-0.yaml").replace(
        "Report 0.", "Report 0, edited by hand."))
    assert workspace.run("sync", "--yes").returncode == 0
    assert "Report 0, edited by hand." in (wiki.page_text(f"{prefix}Report 0") or "")


def test_pull_refuses_to_overwrite_unpushed_local_changes_unless_forced(workspace: Workspace,
                                                                       wiki: Wiki) -> None:
    title = PREFIX + "Pull clobber"
    wiki.create_as_other(title, "== What happened ==\nOn the wiki.")
    assert workspace.run("pull", title).returncode == 0
    workspace.write("pull-clobber.yaml", f"title: {title}\nwhat_happened: Edited locally.\n")
    wiki.edit_as_other(title, "== What happened ==\nOn the wiki, edited.")
    refused = workspace.run("pull", title)
    assert refused.returncode == 1
    assert "never pushed" in refused.stdout
    assert "Edited locally." in workspace.read("pull-clobber.yaml")
    forced = workspace.run("pull", "--force", title)
    assert forced.returncode == 0, forced.stderr
    assert "On the wiki, edited." in workspace.read("pull-clobber.yaml")


def test_pushed_reports_pull_back_to_the_same_data(workspace: Workspace, tmp_path) -> None:
    golden = salonbot.load_report("tests/golden/morocco.yaml")
    golden.title = PREFIX + "Round trip MA UG"
    workspace.write("ma.yaml", salonbot.dump_report(golden))
    assert workspace.run("push", "--yes").returncode == 0
    other = Workspace(tmp_path / "other", _info(workspace))
    assert other.run("pull", golden.title).returncode == 0
    [pulled] = list(other.reports.glob("*.yaml"))
    assert salonbot.load_report(pulled) == golden


def _info(workspace: Workspace):
    from pathlib import Path

    from salonbot.sandbox import status

    return status(Path(workspace.env["PYWIKIBOT_DIR"]).parent)


def test_edits_carry_the_bot_flag(workspace: Workspace, wiki: Wiki) -> None:
    title = PREFIX + "Push bot flag"
    workspace.write("flag.yaml", report_yaml(title))
    assert workspace.run("push", "--yes").returncode == 0
    workspace.write("flag.yaml", report_yaml(title, budget="Changed."))
    assert workspace.run("push", "--yes").returncode == 0
    assert wiki.bot_flags(title) == [True, True]


def test_without_yes_each_edit_is_confirmed(workspace: Workspace, wiki: Wiki) -> None:
    title = PREFIX + "Push confirm"
    workspace.write("confirm.yaml", report_yaml(title))
    declined = workspace.run("push", input="n\n")
    assert declined.returncode == 1
    assert "not confirmed" in declined.stdout and "+== What happened ==" in declined.stdout
    assert wiki.page_text(title) is None
    accepted = workspace.run("push", input="y\n")
    assert accepted.returncode == 0, accepted.stderr
    assert wiki.page_text(title) is not None


def test_pywikibot_global_options_choose_the_config_and_account(workspace: Workspace,
                                                                wiki: Wiki) -> None:
    title = PREFIX + "Push global options"
    workspace.write("options.yaml", report_yaml(title))
    config_dir = workspace.env.pop("PYWIKIBOT_DIR")
    result = workspace.run("push", "--yes", f"-dir:{config_dir}", "-user:SalonBot",
                           "-family:sandbox", "-lang:sandbox")
    assert result.returncode == 0, result.stderr
    assert wiki.revisions(title)[0]["user"] == "SalonBot"
    unknown = workspace.run("push", "--yes", f"-dir:{config_dir}", "-nonsense")
    assert unknown.returncode != 0 and "-nonsense" in unknown.stderr


def test_edit_summaries_say_what_happened_behind_the_operators_link(workspace: Workspace,
                                                                    wiki: Wiki) -> None:
    title = PREFIX + "Push summaries"
    workspace.write("summaries.yaml", report_yaml(title))
    (workspace.root / "salonbot.toml").write_text(
        '[salonbot]\nsummary_link = "[[User:SalonBot|salonbot]]"\n', encoding="utf-8")
    assert workspace.run("push", "--yes").returncode == 0
    workspace.write("summaries.yaml", report_yaml(title, budget="The total budget was 900 USD.",
                                                  points=("First point", "Second point")))
    assert workspace.run("push", "--yes").returncode == 0
    workspace.write("summaries.yaml", report_yaml(title, budget="We spent 900 USD.",
                                                  points=("First point", "Second point")))
    (workspace.root / "salonbot.toml").write_text('[salonbot]\nsummary = "Fixed summary"\n',
                                                  encoding="utf-8")
    assert workspace.run("push", "--yes").returncode == 0
    assert [revision["comment"] for revision in wiki.revisions(title)] == [
        "[[User:SalonBot|salonbot]]: create Strategy Salon report",
        "[[User:SalonBot|salonbot]]: update report: Discussion Theme 1, Statement on your budget",
        "Fixed summary"]


def test_the_stop_page_halts_push_before_any_edit(workspace: Workspace, wiki: Wiki) -> None:
    title, stop_page = PREFIX + "Push halted", "User:SalonBot/Stop push"
    workspace.write("halted.yaml", report_yaml(title))
    wiki.create_as_other(stop_page, "Stop: wrong tables")
    (workspace.root / "salonbot.toml").write_text(f'[salonbot]\nstop_page = "{stop_page}"\n',
                                                  encoding="utf-8")
    result = workspace.run("push", "--yes")
    assert result.returncode == 4, result.stdout + result.stderr
    assert result.stderr == (f"salonbot: halted: the stop page {stop_page} says 'Stop: wrong "
                             "tables'; nothing was written. Empty it or write `run` in it to let "
                             "salonbot edit again.\n")
    assert wiki.page_text(title) is None
    assert not (workspace.reports / ".salonbot-state.json").exists()
    wiki.edit_as_other(stop_page, "run")
    assert workspace.run("push", "--yes").returncode == 0
    assert wiki.page_text(title) is not None

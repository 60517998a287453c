"""`sync --commit`'s git side against real git repositories (no wiki): exactly the files a run
wrote are committed, everything else in the index and the work tree stays as it was, and a folder
outside a git work tree is refused before anything is done. Also: what the repository's
.gitignore keeps out of git."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from salonbot.cli import main
from salonbot.sync.gitcommit import (
    GitError,
    PageChange,
    commit_message,
    commit_paths,
    detached_head,
    owned_files,
    stage,
    work_tree_of,
)

REPO = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def git_identity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Git reads a configuration of this test's own (a committer, the branch name), not the
    machine's."""
    config = tmp_path / "gitconfig"
    config.write_text("[user]\n\tname = Test Server\n\temail = server@example.org\n"
                      "[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


def make_repo(root: Path) -> Path:
    """A work tree with reports/ (two reports and a state file) in its first commit."""
    reports = root / "reports"
    reports.mkdir(parents=True)
    (reports / "a.yaml").write_text("title: A\n", encoding="utf-8")
    (reports / "other.yaml").write_text("title: Other\n", encoding="utf-8")
    (reports / ".salonbot-state.json").write_text('{"version": 1}\n', encoding="utf-8")
    git(root, "init", "--quiet")
    git(root, "add", ".")
    git(root, "commit", "--quiet", "-m", "reports")
    return reports


def committed_files(root: Path, revision: str = "HEAD") -> list[str]:
    return git(root, "show", "--name-only", "--format=", revision).split()


def test_only_the_written_files_are_committed_and_the_rest_stays_as_it_was(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    reports = make_repo(root)
    (reports / "other.yaml").write_text("title: Other, edited by hand\n", encoding="utf-8")
    (root / "notes.txt").write_text("staged by a person\n", encoding="utf-8")
    git(root, "add", "notes.txt")
    # What a run wrote: a changed report, a new conflict file and the state file.
    (reports / "a.yaml").write_text("title: A\nbudget: 10 USD\n", encoding="utf-8")
    (reports / "a.conflict.wiki").write_text("<<<<<<< local\n", encoding="utf-8")
    (reports / ".salonbot-state.json").write_text('{"version": 1, "sites": {}}\n',
                                                   encoding="utf-8")
    written = [reports / "a.yaml", reports / "a.conflict.wiki", reports / ".salonbot-state.json"]

    names = stage(root, written)
    commit = commit_paths(root, names, "salonbot sync: test\n")

    assert sorted(names) == ["reports/.salonbot-state.json", "reports/a.conflict.wiki",
                             "reports/a.yaml"]
    assert commit == git(root, "rev-parse", "--short", "HEAD").strip()
    assert sorted(committed_files(root)) == sorted(names)
    assert git(root, "log", "-1", "--format=%B").strip() == "salonbot sync: test"
    assert git(root, "log", "--format=%s").splitlines() == ["salonbot sync: test", "reports"]
    # The person's staged file is still staged (not committed); the hand edit is still unstaged.
    status = git(root, "status", "--porcelain").splitlines()
    assert set(status) == {"A  notes.txt", " M reports/other.yaml"}
    assert (reports / "other.yaml").read_text() == "title: Other, edited by hand\n"


def test_files_written_with_their_committed_content_make_no_commit(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    reports = make_repo(root)
    (reports / ".salonbot-state.json").write_text('{"version": 1}\n', encoding="utf-8")

    assert stage(root, [reports / ".salonbot-state.json", reports / "a.yaml"]) == []
    assert stage(root, []) == []
    assert git(root, "log", "--format=%s").splitlines() == ["reports"]


def test_a_commit_failure_is_one_line_that_says_how_to_fix_it(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "repo"
    reports = make_repo(root)
    (reports / "a.yaml").write_text("title: A2\n", encoding="utf-8")
    no_identity = tmp_path / "empty-gitconfig"
    no_identity.write_text("[user]\n\tuseConfigOnly = true\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(no_identity))
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL",
                 "EMAIL"):
        monkeypatch.delenv(name, raising=False)

    with pytest.raises(GitError) as error:
        commit_paths(root, stage(root, [reports / "a.yaml"]), "message\n")
    message = str(error.value)
    assert message.startswith("git commit failed: ")
    assert "\n" not in message
    assert "git config user.name NAME; git config user.email ADDRESS" in message


def test_a_folder_outside_a_git_work_tree_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "plain" / "reports"
    folder.mkdir(parents=True)

    with pytest.raises(GitError, match=r"not in a git work tree.*git init"):
        work_tree_of(folder)


def test_the_work_tree_is_found_from_a_reports_folder_not_made_yet(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    make_repo(root)

    assert work_tree_of(root / "reports" / "later").resolve() == root.resolve()


def test_a_work_tree_in_the_middle_of_a_merge_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    reports = make_repo(root)
    git(root, "checkout", "--quiet", "-b", "laptop")
    (reports / "a.yaml").write_text("title: A from the laptop\n", encoding="utf-8")
    git(root, "commit", "--quiet", "-am", "laptop")
    git(root, "checkout", "--quiet", "main")
    (reports / "a.yaml").write_text("title: A from the server\n", encoding="utf-8")
    git(root, "commit", "--quiet", "-am", "server")
    merge = subprocess.run(["git", "merge", "laptop"], cwd=root, capture_output=True, text=True,
                           check=False)
    assert merge.returncode != 0  # a conflict: reports/a.yaml is unmerged

    with pytest.raises(GitError, match=r"unmerged files.*rebase --abort"):
        work_tree_of(reports)


def test_sync_commit_outside_a_work_tree_stops_before_doing_anything(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    reports = tmp_path / "reports"
    reports.mkdir()

    code = main(["sync", "--yes", "--commit", "--dir", str(reports)])

    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith(f"salonbot: {reports}: not in a git work tree")
    assert len(err.splitlines()) == 1
    assert list(reports.iterdir()) == []  # no lock, no log, no state: the run never started


def test_commit_message_names_each_page_revision_user_and_summary() -> None:
    prefix = "Strategy/Reports/"
    changes = [
        PageChange(prefix + "MA UG", "pulled", 1234, "OtherUser", "fix a typo"),
        PageChange(prefix + "WM XX", "merged", 1240, "SalonBot",
                   "salonbot: update (merged with the wiki's revision 1239)"),
        PageChange(prefix + "WM YY", "conflict", 1241, "OtherUser", ""),
    ]
    message = commit_message(changes, "meta:meta", ["reports/ma-ug.yaml", "reports/wm-xx.yaml"])

    assert message.splitlines() == [
        "salonbot sync (meta:meta): 1 pulled, 1 merged, 1 conflict",
        "",
        "pulled   Strategy/Reports/MA UG: revision 1234 by OtherUser; summary: fix a typo",
        "merged   Strategy/Reports/WM XX: revision 1240 by SalonBot; summary: salonbot: update "
        "(merged with the wiki's revision 1239)",
        "conflict Strategy/Reports/WM YY: conflicts with revision 1241 by OtherUser; no summary",
        "",
        "Files:",
        "  reports/ma-ug.yaml",
        "  reports/wm-xx.yaml",
    ]


def test_the_log_and_the_lock_are_ignored_and_the_state_file_is_not(tmp_path: Path) -> None:
    """The repository's .gitignore, as a reports repository should have it (docs/going-live.md)."""
    root = tmp_path / "repo"
    root.mkdir()
    (root / ".gitignore").write_bytes((REPO / ".gitignore").read_bytes())
    git(root, "init", "--quiet")
    paths = ["reports/salonbot.log", "reports/salonbot.log.1", "reports/.salonbot.lock",
             "reports/.salonbot-cache.json", "reports/.salonbot-state.json", "reports/ma-ug.yaml",
             "reports/ma-ug.conflict.wiki"]
    check = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=root,
                           capture_output=True, text=True, check=False)

    assert check.stdout.split() == ["reports/salonbot.log", "reports/salonbot.log.1",
                                    "reports/.salonbot.lock", "reports/.salonbot-cache.json"]


def test_wiki_text_cannot_forge_lines_in_the_commit_message() -> None:
    # An edit summary or a user name is written by anyone: newlines, a forged trailer, Unicode
    # line separators and direction overrides all end up on the page's one line.
    changes = [PageChange("Strategy/Reports/MA\u2028UG", "pulled", 7, "Eve\u202e",
                          "typo\n\nSigned-off-by: Admin\r\x1b[31m\u2029Files:\x85x")]
    message = commit_message(changes, "meta:meta", ["reports/ma-ug.yaml"])
    assert message.splitlines() == [
        "salonbot sync (meta:meta): 1 pulled",
        "",
        "pulled   Strategy/Reports/MA UG: revision 7 by Eve; summary: typo Signed-off-by: Admin "
        "[31m Files: x",
        "",
        "Files:",
        "  reports/ma-ug.yaml",
    ]


def test_paths_are_literal_not_globs(tmp_path: Path) -> None:
    # `--dir 'r[1]'` once also committed r1/: a path is a file name, never a pattern.
    root = tmp_path / "repo"
    make_repo(root)
    for folder in ("r[1]", "r1"):
        (root / folder).mkdir()
        (root / folder / "x.yaml").write_text("title: X\n", encoding="utf-8")
    names = stage(root, [root / "r[1]" / "x.yaml"])
    assert names == ["r[1]/x.yaml"]
    commit_paths(root, names, "one file\n")
    assert committed_files(root) == ["r[1]/x.yaml"]
    assert "r1/" in git(root, "status", "--porcelain", "--untracked-files=all")


def test_a_stale_index_lock_is_named(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    reports = make_repo(root)
    (reports / "a.yaml").write_text("title: A changed\n", encoding="utf-8")
    (root / ".git" / "index.lock").write_text("", encoding="utf-8")
    with pytest.raises(GitError) as raised:
        stage(root, [reports / "a.yaml"])
    assert f"{root / '.git' / 'index.lock'} exists" in str(raised.value)


def test_files_an_earlier_run_left_uncommitted_are_committed_by_the_next(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    reports = make_repo(root)
    (reports / "a.yaml").write_text("title: A, pulled by a run whose commit failed\n",
                                    encoding="utf-8")
    (reports / "mine.yaml").write_text("title: A person's draft\n", encoding="utf-8")
    state = {"version": 1, "sites": {"meta:meta": {"A": {
        "revid": 1, "timestamp": "2019-01-01T00:00:00Z", "sha1": "0" * 40, "file": "a.yaml"}}}}
    (reports / ".salonbot-state.json").write_text(json.dumps(state), encoding="utf-8")
    names = stage(root, owned_files(reports, "meta:meta"))
    assert names == ["reports/.salonbot-state.json", "reports/a.yaml"]  # not the draft
    assert detached_head(root) is False
    git(root, "checkout", "--quiet", "--detach")
    assert detached_head(root) is True

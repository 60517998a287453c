"""Git-backed scheduled runs against the sandbox wiki: a bare repository and two clones, a
coordinator's laptop and the bot's server, share reports/ and the state file through git. The server
runs deploy/salonbot-run.sh (git pull --ff-only, salonbot sync --yes --commit, git push) as cron,
systemd and Toolforge do; the laptop edits, pushes with salonbot, commits and git-pushes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.wiki.conftest import PREFIX, Wiki, Workspace

from salonbot.sandbox import SandboxInfo

REPO = Path(__file__).parent.parent.parent
RUN_SCRIPT = REPO / "deploy" / "salonbot-run.sh"
STATE = "reports/.salonbot-state.json"
PAGES = "reports/.salonbot/pages/sandbox-sandbox"  # the base copies


def report_yaml(title: str, what: str) -> str:
    return (f"title: {title}\ndate_and_location: 2 March 2019, Mohammedia\n"
            f"what_happened: {what}\nbudget: The total budget was 1200 USD.\n")


class Clone(Workspace):
    """A git clone of the reports repository where salonbot runs as an operator runs it."""

    def __init__(self, root: Path, info: SandboxInfo, git_env: dict[str, str]) -> None:
        super().__init__(root, info)
        self.env.update(git_env)

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(["git", *args], cwd=self.root, env=self.env, capture_output=True,
                              text=True, check=False, timeout=60)
        assert not check or done.returncode == 0, done.stdout + done.stderr
        return done

    def head(self) -> str:
        return self.git("rev-parse", "HEAD").stdout.strip()

    def run_script(self, salonbot: str | None = None,
                   options: str = "--json") -> subprocess.CompletedProcess[str]:
        """deploy/salonbot-run.sh in this clone, with `salonbot` as the salonbot command and
        `options` for sync."""
        env = {**self.env, "SALONBOT": salonbot or f"{sys.executable} -m salonbot",
               "SALONBOT_SYNC_OPTIONS": options}
        return subprocess.run(["sh", str(RUN_SCRIPT)], cwd=self.root, env=env,
                              capture_output=True, text=True, check=False, timeout=300)

    def state(self) -> dict[str, dict[str, int | str]]:
        data = json.loads((self.root / STATE).read_text(encoding="utf-8"))
        return dict(data["sites"]["sandbox:sandbox"])


@pytest.fixture
def git_env(tmp_path: Path) -> dict[str, str]:
    """Git settings of the test's own: the branch name; each clone sets its committer."""
    config = tmp_path / "gitconfig"
    config.write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    return {"GIT_CONFIG_GLOBAL": str(config), "GIT_CONFIG_NOSYSTEM": "1"}


def make_clones(tmp_path: Path, sandbox: SandboxInfo, git_env: dict[str, str],
                label: str) -> tuple[Clone, Clone, dict[str, str]]:
    """A bare repository with reports pushed to the wiki by the laptop; the laptop's and the
    server's clones; the titles by file name."""
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(origin)], env={**os.environ, **git_env},
                   check=True)
    laptop = Clone(tmp_path / "laptop", sandbox, git_env)
    laptop.git("init", "--quiet")
    laptop.git("config", "user.name", "Coordinator")
    laptop.git("config", "user.email", "coordinator@example.org")
    prefix = f"{PREFIX}Git {label}/"
    (laptop.root / "salonbot.toml").write_text(f'[salonbot]\nallowed_prefix = "{prefix}"\n',
                                               encoding="utf-8")
    (laptop.root / ".gitignore").write_bytes((REPO / ".gitignore").read_bytes())
    titles = {name: prefix + name.removesuffix(".yaml").capitalize()
              for name in ("alpha.yaml", "beta.yaml")}
    for name, title in titles.items():
        laptop.write(name, report_yaml(title, f"We met for {name}."))
    pushed = laptop.run("push", "--yes")
    assert pushed.returncode == 0, pushed.stdout + pushed.stderr
    laptop.git("add", ".")
    laptop.git("commit", "--quiet", "-m", "Reports, pushed to the wiki")
    laptop.git("remote", "add", "origin", str(origin))
    laptop.git("push", "--quiet", "-u", "origin", "main")

    subprocess.run(["git", "clone", "--quiet", str(origin), str(tmp_path / "server")],
                   env={**os.environ, **git_env}, check=True)
    server = Clone(tmp_path / "server", sandbox, git_env)
    server.git("config", "user.name", "Salon server")
    server.git("config", "user.email", "server@example.org")
    return laptop, server, titles


def results(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """Each report's result in the JSON summary of sync, by file name (`--json` runs)."""
    summary = json.loads(result.stdout)
    return {report["file"]: report["result"] for report in summary["reports"]}


def commit_of(result: subprocess.CompletedProcess[str]) -> str | None:
    return json.loads(result.stdout)["commit"]  # type: ignore[no-any-return]


def edit_wiki(wiki: Wiki, title: str, old: str, new: str, summary: str) -> int:
    text = wiki.page_text(title) or ""
    assert old in text
    return int(wiki.edit_as_other(title, text.replace(old, new, 1), summary)["newrevid"])


def test_laptop_and_server_share_reports_and_state_through_git(
        tmp_path: Path, sandbox: SandboxInfo, wiki: Wiki, git_env: dict[str, str]) -> None:
    laptop, server, titles = make_clones(tmp_path, sandbox, git_env, "shared")
    revid = edit_wiki(wiki, titles["alpha.yaml"], "1200 USD", "1300 USD", "budget from the bank")

    # The server's scheduled run pulls the wiki's edit and commits exactly what it wrote.
    before = server.head()
    result = server.run_script(options="")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert result.stdout.endswith(f"git: committed {server.git('rev-parse', '--short', 'HEAD').stdout}")
    assert server.git("rev-list", "--count", f"{before}..HEAD").stdout.strip() == "1"
    files = server.git("show", "--name-only", "--format=", "HEAD").stdout.split()
    assert sorted(files) == ["reports/.salonbot-state.json", f"{PAGES}/alpha.wiki",
                             "reports/alpha.yaml"]  # the base copy goes with its state
    message = server.git("log", "-1", "--format=%B").stdout
    assert message.startswith("salonbot sync (sandbox:sandbox): 1 pulled\n")
    assert (f"pulled   {titles['alpha.yaml']}: revision {revid} by OtherUser; summary: budget "
            "from the bank\n") in message  # one line a page
    assert server.git("log", "-1", "--format=%an").stdout.strip() == "Salon server"
    assert server.git("status", "--porcelain").stdout == ""  # the log and the lock are ignored
    assert server.git("ls-remote", "origin", "main").stdout.split()[0] == server.head()
    assert server.state()[titles["alpha.yaml"]]["revid"] == revid
    log = (server.reports / "salonbot.log").read_text(encoding="utf-8")
    assert f"git commit {server.git('rev-parse', '--short', 'HEAD').stdout.strip()}\n" in log

    # The laptop pulls with git, edits, pushes with salonbot, commits and git-pushes.
    laptop.git("pull", "--quiet", "--ff-only")
    assert "1300 USD" in laptop.read("alpha.yaml")
    assert laptop.state() == server.state()
    laptop.write("beta.yaml", report_yaml(titles["beta.yaml"], "We met in Rabat."))
    pushed = laptop.run("push", "--yes")
    assert pushed.returncode == 0, pushed.stdout + pushed.stderr
    laptop.git("commit", "--quiet", "-am", "beta: we met in Rabat")
    laptop.git("push", "--quiet")
    beta_revisions = len(wiki.revisions(titles["beta.yaml"]))

    # The server's next run finds everything in sync: no conflict, no edit, no commit.
    result = server.run_script()
    assert result.returncode == 0, result.stdout + result.stderr
    assert results(result) == {"alpha.yaml": "unchanged", "beta.yaml": "unchanged"}
    assert commit_of(result) is None
    assert server.head() == laptop.head()
    assert len(wiki.revisions(titles["beta.yaml"])) == beta_revisions
    assert "We met in Rabat." in (wiki.page_text(titles["beta.yaml"]) or "")
    assert server.git("status", "--porcelain").stdout == ""


def test_a_push_that_races_a_coordinator_goes_on_top_of_their_commit(
        tmp_path: Path, sandbox: SandboxInfo, wiki: Wiki, git_env: dict[str, str]) -> None:
    laptop, server, titles = make_clones(tmp_path, sandbox, git_env, "race")
    revid = edit_wiki(wiki, titles["alpha.yaml"], "1200 USD", "1250 USD", "budget corrected")
    # While the server's run syncs (after its git pull), the coordinator pushes beta to the wiki,
    # commits and git-pushes: the server's git push is rejected.
    laptop.write("beta.yaml", report_yaml(titles["beta.yaml"], "We met in Fes."))
    race = tmp_path / "race.sh"
    race.write_text(
        f"cd {laptop.root} && {sys.executable} -m salonbot push --yes reports/beta.yaml >/dev/null 2>&1 && "
        "git commit --quiet -am 'beta: we met in Fes' && git push --quiet && "
        f'cd {server.root} && exec {sys.executable} -m salonbot "$@"\n', encoding="utf-8")

    result = server.run_script(salonbot=f"sh {race}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    # The run saw beta changed on the wiki by the coordinator's push, and pulled it too: the same
    # bytes as the coordinator's file, so git puts the two commits together without a conflict.
    assert results(result) == {"alpha.yaml": "pulled", "beta.yaml": "pulled"}
    # The server's commit is on top of the coordinator's, with no merge commit, and is pushed.
    subjects = server.git("log", "--format=%s", "-3").stdout.splitlines()
    assert subjects == ["salonbot sync (sandbox:sandbox): 2 pulled", "beta: we met in Fes",
                        "Reports, pushed to the wiki"]
    assert server.git("ls-remote", "origin", "main").stdout.split()[0] == server.head()
    laptop.git("pull", "--quiet", "--ff-only")
    assert laptop.head() == server.head()
    # The state file holds both sides' bases: the server's pull and the laptop's push.
    state = laptop.state()
    assert state[titles["alpha.yaml"]]["revid"] == revid
    assert state[titles["beta.yaml"]]["revid"] == wiki.revisions(titles["beta.yaml"])[-1]["revid"]

    result = server.run_script()
    assert result.returncode == 0, result.stdout + result.stderr
    assert results(result) == {"alpha.yaml": "unchanged", "beta.yaml": "unchanged"}
    assert commit_of(result) is None
    assert server.head() == laptop.head()


def test_a_commit_that_conflicts_with_a_coordinators_is_dropped_and_redone(
        tmp_path: Path, sandbox: SandboxInfo, wiki: Wiki, git_env: dict[str, str]) -> None:
    laptop, server, titles = make_clones(tmp_path, sandbox, git_env, "dropped")
    edit_wiki(wiki, titles["alpha.yaml"], "1200 USD", "1400 USD", "budget")
    # During the server's run the coordinator commits their own change to alpha.yaml (not yet
    # pushed to the wiki): the server's commit of the pulled alpha.yaml cannot go on top of it.
    race = tmp_path / "race.sh"
    race.write_text(
        f"cd {laptop.root} && sed -i 's/We met for alpha.yaml./We met in Tangier./' "
        "reports/alpha.yaml && git commit --quiet -am 'alpha: Tangier' && git push --quiet && "
        f'cd {server.root} && exec {sys.executable} -m salonbot "$@"\n', encoding="utf-8")

    result = server.run_script(salonbot=f"sh {race}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert results(result) == {"alpha.yaml": "pulled", "beta.yaml": "unchanged"}
    assert "it was dropped, and the next run redoes its work" in result.stderr
    assert server.head() == laptop.head()
    assert server.git("status", "--porcelain").stdout == ""

    # The next run merges the coordinator's line with the wiki's budget: nothing is lost.
    result = server.run_script()
    assert result.returncode == 0, result.stdout + result.stderr
    assert results(result) == {"alpha.yaml": "merged", "beta.yaml": "unchanged"}
    page = wiki.page_text(titles["alpha.yaml"]) or ""
    assert "We met in Tangier." in page and "1400 USD" in page
    merged_revid = wiki.revisions(titles["alpha.yaml"])[-1]["revid"]
    message = server.git("log", "-1", "--format=%B").stdout
    assert (f"merged   {titles['alpha.yaml']}: revision {merged_revid} by {sandbox.bot_user}; "
            "summary: ") in message
    laptop.git("pull", "--quiet", "--ff-only")
    assert "We met in Tangier." in laptop.read("alpha.yaml")
    assert "1400 USD" in laptop.read("alpha.yaml")


def test_a_conflict_is_committed_resolved_on_the_laptop_and_pushed_by_the_server(
        tmp_path: Path, sandbox: SandboxInfo, wiki: Wiki, git_env: dict[str, str]) -> None:
    laptop, server, titles = make_clones(tmp_path, sandbox, git_env, "conflict")
    title = titles["alpha.yaml"]
    # The coordinator commits a new budget without publishing it; someone edits the same line on
    # the wiki.
    text = laptop.read("alpha.yaml")
    laptop.write("alpha.yaml", text.replace("1200 USD", "1500 USD"))
    laptop.git("commit", "--quiet", "-am", "alpha: budget 1500")
    laptop.git("push", "--quiet")
    revid = edit_wiki(wiki, title, "1200 USD", "1600 USD", "budget 1600")

    result = server.run_script()
    assert result.returncode == 3, result.stdout + result.stderr
    assert results(result) == {"alpha.yaml": "conflict", "beta.yaml": "unchanged"}
    files = server.git("show", "--name-only", "--format=", "HEAD").stdout.split()
    assert "reports/alpha.conflict.wiki" in files and "reports/.salonbot-state.json" in files
    message = server.git("log", "-1", "--format=%B").stdout
    assert (f"conflict {title}: conflicts with revision {revid} by OtherUser; summary: budget "
            "1600\n") in message
    assert server.git("ls-remote", "origin", "main").stdout.split()[0] == server.head()
    assert "1600 USD" in (wiki.page_text(title) or "")  # the wiki page was not edited

    # The coordinator resolves it: the file says what the page should say, the conflict file goes.
    laptop.git("pull", "--quiet", "--ff-only")
    conflict = laptop.read("alpha.conflict.wiki")
    assert "1500 USD" in conflict and "1600 USD" in conflict
    laptop.write("alpha.yaml", laptop.read("alpha.yaml").replace("1500 USD", "1550 USD"))
    laptop.git("rm", "--quiet", "reports/alpha.conflict.wiki")
    laptop.git("commit", "--quiet", "-am", "alpha: conflict resolved, budget 1550")
    laptop.git("push", "--quiet")

    # The server's next run pushes the resolved file: no conflict, and a commit of the new base.
    result = server.run_script()
    assert result.returncode == 0, result.stdout + result.stderr
    assert results(result) == {"alpha.yaml": "pushed", "beta.yaml": "unchanged"}
    assert "1550 USD" in (wiki.page_text(title) or "")
    new_revid = wiki.revisions(title)[-1]["revid"]
    message = server.git("log", "-1", "--format=%B").stdout
    assert message.startswith("salonbot sync (sandbox:sandbox): 1 pushed\n")
    assert f"revision {new_revid} by {sandbox.bot_user}; summary: " in message
    assert server.git("show", "--name-only", "--format=", "HEAD").stdout.split() == [
        STATE, f"{PAGES}/alpha.wiki"]
    laptop.git("pull", "--quiet", "--ff-only")
    assert laptop.state()[title]["revid"] == new_revid


def test_a_page_moved_on_the_wiki_is_followed_and_committed(tmp_path: Path, sandbox: SandboxInfo,
                                                            git_env: dict[str, str]) -> None:
    _, server, titles = make_clones(tmp_path, sandbox, git_env, "moved")
    wiki = Wiki(sandbox)
    new_title = titles["alpha.yaml"].rsplit("/", 1)[0] + "/Alpha 2019"
    wiki.move(titles["alpha.yaml"], new_title, reason="a clearer name")

    result = server.run_script()
    assert result.returncode == 0, result.stdout + result.stderr
    assert results(result) == {"alpha.yaml": "moved", "beta.yaml": "unchanged"}
    assert f"title: {new_title}\n" in server.read("alpha.yaml")
    message = server.git("log", "-1", "--format=%B").stdout
    assert f"moved    {new_title}" in message and "a clearer name" in message
    assert "reports/alpha.yaml" in server.git("show", "--stat", "--format=", "HEAD").stdout
    assert server.git("status", "--porcelain").stdout == ""

"""`salonbot sandbox import FOLDER` (issue 20, item 8): hand-written pages loaded into the
sandbox exactly, as another user, so that a coordinator can rehearse a pull before Meta."""

from __future__ import annotations

from tests.support.api import Wiki
from tests.wiki.conftest import PREFIX, Workspace

from salonbot.sandbox import SandboxInfo, load_accounts


def test_a_folder_of_pages_is_imported_exactly_and_pulls(workspace: Workspace, wiki: Wiki,
                                                         sandbox: SandboxInfo) -> None:
    prefix = f"{PREFIX}Imported folder/"
    (workspace.root / "salonbot.toml").write_text(f'[salonbot]\nallowed_prefix = "{prefix}"\n',
                                                  encoding="utf-8")
    pages = workspace.root / "pages"
    pages.mkdir()
    by_name = "== What happened ==\nWe met.  \n\n== Budget ==\n100 USD\n\n"
    by_title = "== Participant list ==\n* Anass\n* Brahim\n"
    (pages / "WM ZZ.wiki").write_text(by_name, encoding="utf-8")
    (pages / "other.wiki").write_text(f"title: {prefix}Named/2019\n{by_title}", encoding="utf-8")

    result = workspace.run("sandbox", "import", "pages", "--state-dir", str(sandbox.state_dir))

    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 page(s) imported" in result.stdout
    assert wiki.page_text(prefix + "WM ZZ") == by_name  # trailing white space included
    assert wiki.page_text(prefix + "Named/2019") == by_title
    other = load_accounts(sandbox.state_dir)["other"].user
    assert [revision["user"] for revision in wiki.revisions(prefix + "WM ZZ")] == [other]
    pulled = workspace.run("pull", "--prefix", prefix)
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    assert sorted(path.name for path in workspace.reports.glob("*.yaml")) == [
        "named-2019.yaml", "wm-zz.yaml"]


def test_a_title_outside_the_prefix_is_refused_and_nothing_imported(
        workspace: Workspace, wiki: Wiki, sandbox: SandboxInfo) -> None:
    pages = workspace.root / "pages"
    pages.mkdir()
    (pages / "ok.wiki").write_text("Fine.\n", encoding="utf-8")
    (pages / "elsewhere.wiki").write_text("title: Main Page\nOwned.\n", encoding="utf-8")
    result = workspace.run("sandbox", "import", "pages", "--state-dir", str(sandbox.state_dir))
    assert result.returncode == 1
    assert "outside the allowed prefix" in result.stderr and "nothing imported" in result.stderr
    assert wiki.page_text(PREFIX + "ok") is None

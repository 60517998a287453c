"""The going-live material without a wiki: deploy/salonbot-run.sh stops before salonbot is started
when git cannot reach the remote (one line on standard error, exit code 7; its runs against the
sandbox wiki, the push race among them, are in tests/wiki/test_git_sync.py), and
docs/going-live.md's user-config.py examples match user-config.py.sample."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).parent.parent
RUN_SCRIPT = REPO / "deploy" / "salonbot-run.sh"


def test_a_remote_that_cannot_be_reached_stops_the_run_before_salonbot(tmp_path: Path) -> None:
    config = tmp_path / "gitconfig"
    config.write_text("[user]\n\tname = Server\n\temail = server@example.org\n"
                      "[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    env = {**os.environ, "GIT_CONFIG_GLOBAL": str(config), "GIT_CONFIG_NOSYSTEM": "1"}

    def git(cwd: Path, *args: str) -> None:
        subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)

    origin, clone = tmp_path / "origin.git", tmp_path / "clone"
    git(tmp_path, "init", "--quiet", "--bare", str(origin))
    git(tmp_path, "clone", "--quiet", str(origin), str(clone))
    (clone / "salonbot.toml").write_text("[salonbot]\n", encoding="utf-8")
    git(clone, "add", ".")
    git(clone, "commit", "--quiet", "-m", "first")
    git(clone, "push", "--quiet", "origin", "main")
    shutil.rmtree(origin)  # the remote is gone
    marker = tmp_path / "salonbot-ran"

    result = subprocess.run(["sh", str(RUN_SCRIPT), str(clone)], capture_output=True, text=True,
                            env={**env, "SALONBOT": f"touch {marker}"}, timeout=60, check=False)

    assert result.returncode == 7
    assert result.stderr.splitlines()[-1] == ("salonbot-run: git could not bring in the remote's "
                                              "commits; nothing was synced")
    assert not marker.exists()


def _statements(code: str) -> set[str]:
    return {ast.unparse(node) for node in ast.parse(code).body}


def test_the_user_config_examples_of_going_live_match_the_sample() -> None:
    guide = (REPO / "docs" / "going-live.md").read_text(encoding="utf-8")
    sample = (REPO / "user-config.py.sample").read_text(encoding="utf-8")
    password, oauth = (re.search(rf"`user-config.py` with an? \*\*{kind}\*\*.*?```python\n(.*?)```",
                                 guide, re.DOTALL) for kind in ("bot password", "owner-only OAuth consumer"))
    assert password is not None and oauth is not None

    assert _statements(password.group(1)) <= _statements(sample)
    oauth_lines = _statements(oauth.group(1))
    authenticate = {line for line in oauth_lines if line.startswith("authenticate[")}
    assert authenticate == {"authenticate['meta.wikimedia.org'] = ('consumer token', "
                            "'consumer secret', 'access token', 'access secret')"}
    assert oauth_lines - authenticate <= _statements(sample)
    assert "# authenticate['meta.wikimedia.org'] = ('consumer token', 'consumer secret'," in sample

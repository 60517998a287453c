"""deploy/salonbot-run.sh without a wiki: when git cannot reach the remote, the run stops before
salonbot is started, with one line on standard error and exit code 7. (Its runs against the
sandbox wiki, the push race among them, are in tests/wiki/test_git_sync.py.)"""

from __future__ import annotations

import os
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

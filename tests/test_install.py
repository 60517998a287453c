"""salonbot installed alone, as docs/install.md says: `pip install` of a checkout into a fresh
virtual environment (no test extras, nothing from apt), with the lowest pywikibot pyproject.toml
allows. The installed command then shows its version, renders and validates the reports of
reports/ on a machine with no pywikibot configuration, and that pywikibot knows every setting
user-config.py.sample uses.

pip resolves the dependencies with the machine's own package index configuration (pip.conf,
PIP_* variables): the same as `pip install` by a person. About half a minute."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.install

REPO = Path(__file__).parent.parent
GOLDEN = REPO / "tests" / "golden"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
NOT_SHIPPED = shutil.ignore_patterns(".git", ".venv", ".sandbox", "build", "dist", "*.egg-info",
                                     "__pycache__", ".*_cache", ".hypothesis", "preview",
                                     "test-artifacts")


def pywikibot_lower_bound() -> str:
    """The version in pyproject.toml's `pywikibot>=VERSION` requirement."""
    for requirement in PYPROJECT["project"]["dependencies"]:
        if found := re.fullmatch(r"pywikibot\s*>=\s*([0-9.]+)", requirement.split(";")[0].strip()):
            return found.group(1)
    raise AssertionError("pyproject.toml has no pywikibot>=VERSION requirement")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh virtual environment with salonbot pip-installed from a copy of
    this checkout, and pywikibot at its lower bound."""
    root = tmp_path_factory.mktemp("install")
    source = root / "salonbot"
    shutil.copytree(REPO, source, ignore=NOT_SHIPPED)
    venv.create(root / "venv", with_pip=True)
    bin_dir = root / "venv" / "bin"
    pip = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(source),
                          f"pywikibot=={pywikibot_lower_bound()}"],
                         capture_output=True, text=True, timeout=600, check=False)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    return bin_dir


@pytest.fixture
def bare_machine(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment with an empty home and an empty PYWIKIBOT_DIR (no user-config.py anywhere),
    and a workspace holding a copy of reports/."""
    home, config, workspace = tmp_path / "home", tmp_path / "pywikibot", tmp_path / "workspace"
    for folder in (home, config, workspace):
        folder.mkdir()
    shutil.copytree(REPO / "reports", workspace / "reports")
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYWIKIBOT", "PYTHON", "VIRTUAL_ENV"))}
    env |= {"HOME": str(home), "PYWIKIBOT_DIR": str(config)}
    return env, workspace


def run(bin_dir: Path, env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bin_dir / args[0]), *args[1:]], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_installed_command_shows_its_version_and_has_no_test_tools(
        installed: Path, bare_machine: tuple[dict[str, str], Path]) -> None:
    env, workspace = bare_machine

    version = run(installed, env, workspace, "salonbot", "--version")
    assert (version.returncode, version.stdout) == (0, f"salonbot {PYPROJECT['project']['version']}\n")
    probe = ("import importlib.metadata as m, importlib.util as u\n"
             "print(m.version('pywikibot'), [n for n in ('pytest', 'hypothesis', 'mypy') "
             "if u.find_spec(n)])\n")
    found = run(installed, env, workspace, "python", "-c", probe)
    assert found.stdout.split(" ", 1) == [pywikibot_lower_bound(), "[]\n"], found.stderr


def test_the_installed_package_ships_its_type_hints_and_data_files(
        installed: Path, bare_machine: tuple[dict[str, str], Path]) -> None:
    """py.typed (PEP 561: scripts that call salonbot get its type hints) and the data files."""
    env, workspace = bare_machine
    probe = ("import pathlib, salonbot\n"
             "package = pathlib.Path(salonbot.__file__).parent\n"
             "print(package.parent.name, *(int((package / name).is_file()) for name in ("
             "'py.typed', 'report/templates/strategy-salon.yaml', "
             "'report/templates/strategy-salon.lexicon.yaml', 'report/schema/report.schema.json', "
             "'report/vendor/chart.umd.min.js', 'analytics/readings.py')))\n")
    found = run(installed, env, workspace, "python", "-c", probe)
    assert found.stdout == "site-packages 1 1 1 1 1 1\n", found.stderr


def test_render_and_validate_work_without_any_pywikibot_configuration(
        installed: Path, bare_machine: tuple[dict[str, str], Path]) -> None:
    env, workspace = bare_machine
    # reports/ma-ug.yaml is the golden case `morocco` (tests/golden/README.md).
    assert (workspace / "reports" / "ma-ug.yaml").read_bytes() == (GOLDEN / "morocco.yaml").read_bytes()

    rendered = run(installed, env, workspace, "salonbot", "render", "reports/ma-ug.yaml")
    assert (rendered.returncode, rendered.stderr) == (0, "")
    assert rendered.stdout == (GOLDEN / "morocco.wiki").read_text(encoding="utf-8") + "\n"

    count = len(list((workspace / "reports").glob("*.yaml")))
    valid = run(installed, env, workspace, "salonbot", "validate")
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert f"{count} of {count} report file(s) valid" in valid.stdout

    (workspace / "reports" / "broken.yaml").write_text("title: X\nno_such_section: ''\n",
                                                        encoding="utf-8")
    invalid = run(installed, env, workspace, "salonbot", "validate")
    assert invalid.returncode == 1
    assert invalid.stderr.startswith("reports/broken.yaml:2:"), invalid.stderr
    assert "Traceback" not in invalid.stderr
    assert list(Path(env["PYWIKIBOT_DIR"]).iterdir()) == []  # nothing read or written there
    assert list(Path(env["HOME"]).iterdir()) == []


def test_pywikibot_at_the_lower_bound_knows_every_setting_of_the_sample(
        installed: Path, bare_machine: tuple[dict[str, str], Path]) -> None:
    env, workspace = bare_machine
    config = Path(env["PYWIKIBOT_DIR"])
    shutil.copy(REPO / "user-config.py.sample", config / "user-config.py")
    config.chmod(0o700)
    probe = ("import warnings; warnings.simplefilter('always')\n"
             "import pywikibot.config as c\n"
             "print(c.family, c.mylang, c.write_maxlag, c.put_throttle, c.max_retries)\n")

    loaded = run(installed, env, workspace, "python", "-c", probe)

    assert loaded.returncode == 0, loaded.stderr
    assert "unknown" not in loaded.stderr and "deprecated" not in loaded.stderr.lower(), loaded.stderr
    family, code, maxlag, throttle, retries = loaded.stdout.split()
    assert (family, code) == ("meta", "meta")
    assert int(maxlag) > 0 and float(throttle) >= 1 and int(retries) > 0

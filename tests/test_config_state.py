"""salonbot.toml settings and the state file of base revisions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salonbot.config import DEFAULT_PREFIX, Settings, load_settings
from salonbot.errors import ConfigError, SalonbotError
from salonbot.sync.state import STATE_FILE, Base, State


def test_without_a_config_file_the_defaults_are_safe(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.allowed_prefix == DEFAULT_PREFIX
    assert settings.reports_dir == "reports"
    assert settings.max_edits == 0


def test_settings_come_from_the_salonbot_table(tmp_path: Path) -> None:
    path = tmp_path / "salonbot.toml"
    path.write_text('[salonbot]\nallowed_prefix = "Sandbox/"\nsummary = "Update"\nmax_edits = 3\n')
    assert load_settings(path) == Settings(allowed_prefix="Sandbox/", summary="Update",
                                           max_edits=3)


@pytest.mark.parametrize(("text", "message"), [
    ('[salonbot]\nalowed_prefix = "x/"\n', "unknown setting 'alowed_prefix'"),
    ('[salonbot]\nmax_edits = "3"\n', "max_edits must be an integer"),
    ('[salonbot]\nallowed_prefix = ""\n', "allowed_prefix must not be empty"),
    ('[bot]\nsummary = "x"\n', "unknown table 'bot'"),
    ("[salonbot\n", "not valid TOML"),
])
def test_a_bad_config_file_is_refused_with_its_name(tmp_path: Path, text: str,
                                                    message: str) -> None:
    path = tmp_path / "salonbot.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as refused:
        load_settings(path)
    assert str(path) in str(refused.value) and message in str(refused.value)


def test_a_named_config_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_settings(tmp_path / "missing.toml")


def test_bases_are_kept_per_wiki(tmp_path: Path) -> None:
    meta = State.load(tmp_path, "meta:meta")
    meta.record("Report/A", Base(10, "2019-03-02T10:00:00Z", "a" * 40, "a.yaml"))
    sandbox = State.load(tmp_path, "sandbox:sandbox")
    assert sandbox.get("Report/A") is None
    sandbox.record("Report/A", Base(2, "2026-01-01T00:00:00Z", "b" * 40, "a.yaml"))
    assert State.load(tmp_path, "meta:meta").get("Report/A") == Base(
        10, "2019-03-02T10:00:00Z", "a" * 40, "a.yaml")
    data = json.loads((tmp_path / STATE_FILE).read_text())
    assert set(data["sites"]) == {"meta:meta", "sandbox:sandbox"}
    assert State.load(tmp_path, "meta:meta").title_of_file("a.yaml") == "Report/A"



def test_the_title_of_a_file_follows_every_change_of_the_bases(tmp_path: Path) -> None:
    state = State(tmp_path, "meta:meta")

    def base(file: str) -> Base:
        return Base(1, "2026-01-01T00:00:00Z", "a" * 40, file)

    state.record("A", base("a.yaml"))
    assert state.title_of_file("a.yaml") == "A"
    assert state.title_of_file("b.yaml") is None
    state.record("B", base("b.yaml"))
    state.record("C", base("b.yaml"))  # two titles on one file: the first recorded
    assert (state.title_of_file("b.yaml"), state.base_of_file("b.yaml")) == ("B", base("b.yaml"))
    state.record("B", base("c.yaml"))  # moved to another file
    assert (state.title_of_file("b.yaml"), state.title_of_file("c.yaml")) == ("C", "B")
    del state.bases["A"]  # as sync forgets a base
    assert state.title_of_file("a.yaml") is None
    state.record("D", base("d.yaml"))
    del state.bases["C"]
    state.record("E", base("e.yaml"))
    assert [state.title_of_file(name) for name in ("b.yaml", "c.yaml", "d.yaml", "e.yaml")] == \
        [None, "B", "D", "E"]


def test_a_damaged_state_file_says_how_to_recover(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_text("{not json")
    with pytest.raises(SalonbotError, match="damaged state file.*salonbot pull"):
        State.load(tmp_path, "meta:meta")


@pytest.mark.parametrize("file", ["../run.sh", "/etc/cron.daily/x.yaml", "sub/a.yaml",
                                  "..\\a.yaml", ".hidden.yaml", "a.sh", ".yaml", "a\n.yaml",
                                  7, None])
def test_a_state_entry_naming_anything_but_a_plain_report_file_is_refused(
        tmp_path: Path, file: object) -> None:
    entry = {"revid": 1, "timestamp": "2019-03-02T10:00:00Z", "sha1": "a" * 40, "file": file}
    (tmp_path / STATE_FILE).write_text(json.dumps({"version": 1,
                                                   "sites": {"meta:meta": {"Report/A": entry}}}))
    with pytest.raises(SalonbotError, match="damaged state file") as raised:
        State.load(tmp_path, "meta:meta")
    assert "\n" not in str(raised.value).replace(repr(file), "")


@pytest.mark.parametrize("change", [{"revid": "12"}, {"revid": True}, {"sha1": None},
                                    {"extra": 1}])
def test_a_state_entry_with_a_field_of_the_wrong_type_is_refused(tmp_path: Path,
                                                                 change: dict[str, object]) -> None:
    entry = {"revid": 1, "timestamp": "2019-03-02T10:00:00Z", "sha1": "a" * 40, "file": "a.yaml"}
    (tmp_path / STATE_FILE).write_text(json.dumps(
        {"version": 1, "sites": {"meta:meta": {"Report/A": entry | change}}}))
    with pytest.raises(SalonbotError, match="damaged state file"):
        State.load(tmp_path, "meta:meta")

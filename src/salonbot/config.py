"""salonbot's own settings: one small TOML file in the workspace, with safe defaults.

pywikibot's settings (which wiki, which account, passwords, throttles) stay in pywikibot's own
`user-config.py`; this file holds only what salonbot decides. Unknown keys are errors.

Its `[aliases]` table names headings the template's names do not know: a heading's display text
= a section key or a thematic area (`"Feedback" = "reflections"`, `"Wiki Loves Women" =
"Diversity"`). Every command that reads pages applies them (commands/common.py `run_command`).
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from salonbot.errors import ConfigError, TemplateError
from salonbot.report.template import DEFAULT_TEMPLATE, Template, get_template

CONFIG_FILE = "salonbot.toml"
DEFAULT_PREFIX = (
    "Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/Reports/"
)


@dataclass(frozen=True)
class Settings:
    """What salonbot reads from `salonbot.toml` (table `[salonbot]`)."""

    #: Only pages whose title starts with this are ever written.
    allowed_prefix: str = DEFAULT_PREFIX
    #: The edit summary of pushes and syncs instead of the one salonbot writes (empty: say
    #: what the edit did: created, which sections updated, merged).
    summary: str = ""
    #: Put in front of every edit summary in place of the word `salonbot`, e.g.
    #: `[[User:ExampleSalonBot|salonbot]]` (a link to the operator's page; empty: no link).
    summary_link: str = ""
    #: The folder of report files (`--dir` overrides it).
    reports_dir: str = "reports"
    #: A wiki page that halts every command that writes to the wiki (push, sync, index --push)
    #: when it holds anything but `run` (empty: no stop page).
    stop_page: str = ""
    #: The page `salonbot index --push` updates (empty: none).
    index_page: str = ""
    #: Most edits one `sync` may make (`--max-edits` overrides it); 0 means no limit.
    max_edits: int = 0
    #: The report template of new reports and pulled pages.
    template: str = DEFAULT_TEMPLATE
    #: Seconds one wiki request may take, retries included, before the run gives up (exit 6);
    #: salonbot shortens pywikibot's timeouts and retries to fit. 0: pywikibot's own settings.
    max_wait: int = 120
    #: The `[aliases]` table: (a heading's display text, the section key or area it names).
    aliases: tuple[tuple[str, str], ...] = ()

    def page_template(self) -> Template:
        """The report template pages are read with: `template` with the `[aliases]`."""
        return get_template(self.template).with_aliases(dict(self.aliases))

    #: Seconds after which the stop page is read again before the next edit (it is always read
    #: before the first); 0: before every edit.
    stop_page_interval: int = 60


def load_settings(path: str | Path | None = None) -> Settings:
    """Settings from `path`, or from ./salonbot.toml if it exists, else the defaults."""
    explicit = path is not None
    path = Path(path or CONFIG_FILE)
    if not path.exists():
        if explicit:
            raise ConfigError(f"{path}: no such config file")
        return Settings()
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        where = re.search(r" \(at line (\d+), column \d+\)$", str(error))
        if where is None:
            raise ConfigError(f"{path}: not valid TOML: {error}") from None
        problem = str(error)[:where.start()]
        raise ConfigError(f"{path}:{where.group(1)}: not valid TOML: {problem}") from None
    except ValueError:  # an integer of thousands of digits; tomllib does not say where
        raise ConfigError(f"{path}:{_long_number_line(path)}: a number too long to be a "
                          "setting; shorten it") from None
    settings = settings_from_data(data.get("salonbot", {}), str(path),
                                  set(data) - {"salonbot", "aliases"})
    return with_aliases(settings, data.get("aliases", {}), str(path), text)


def _line_of(alias: str, text: str) -> str:
    """The line number of `alias`'s entry in the config file's text ('' if not found)."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().lstrip("\"'").startswith(alias) and "=" in line:
            return str(number)
    return ""


def with_aliases(settings: Settings, aliases: Any, source: str = CONFIG_FILE,
                 text: str = "") -> Settings:
    """`settings` with the `[aliases]` table `aliases`; ConfigError (file, line, alias and the
    allowed values) for a target that is neither a section key nor an area of the template."""
    if not aliases:
        return settings
    if not isinstance(aliases, dict):
        raise ConfigError(f"{source}: [aliases] must be a table of \"heading\" = \"section or "
                          "area\" lines")
    try:
        template = get_template(settings.template)
    except TemplateError as error:
        raise ConfigError(f"{source}: template: {error}") from None
    found = []
    for alias, target in aliases.items():
        resolved = template.names.target_of(target) if isinstance(target, str) else None
        if resolved is None:
            allowed = ", ".join((*template.keys, *(area.name for area in template.areas)))
            line = _line_of(alias, text)
            raise ConfigError(
                f"{source}:{line}: [aliases] {alias!r} = {target!r} is neither a section nor a "
                f"thematic area of the template {template.name!r}; use one of: {allowed}")
        found.append((alias, resolved))
    return replace(settings, aliases=tuple(found))


def _long_number_line(path: Path) -> int:
    """The line of the first run of more digits than Python converts to an integer."""
    text = path.read_text(encoding="utf-8")
    found = re.search(f"[0-9_]{{{sys.get_int_max_str_digits()},}}", text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def settings_from_data(data: dict[str, Any], source: str = CONFIG_FILE,
                       other_tables: set[str] | None = None) -> Settings:
    """Settings from the `[salonbot]` table; ConfigError for unknown keys or wrong types."""
    if other_tables:
        raise ConfigError(f"{source}: unknown table {sorted(other_tables)[0]!r}; "
                          "settings go under [salonbot], heading aliases under [aliases]")
    known = {field.name: field for field in fields(Settings) if field.name != "aliases"}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(f"{source}: unknown setting {key!r} (known: {', '.join(known)})")
        wanted = type(getattr(Settings(), key))
        if type(value) is not wanted:
            kind = {int: "an integer", str: "a string"}.get(wanted, wanted.__name__)
            raise ConfigError(f"{source}: {key} must be {kind}")
    settings = Settings(**data)
    if settings.max_wait < 0:
        raise ConfigError(f"{source}: max_wait must be 0 (pywikibot's own retries) or more seconds")
    if settings.stop_page_interval < 0:
        raise ConfigError(f"{source}: stop_page_interval must be 0 (read the stop page before "
                          "every edit) or more seconds")
    if not settings.allowed_prefix.strip():
        raise ConfigError(f"{source}: allowed_prefix must not be empty")
    return settings

"""Where a sandbox wiki is: its settings (accounts, family name, timeouts), the account and
location records, and the files of its state dir that say whether it is installed and running."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

MEDIAWIKI_DIR = Path("/usr/share/mediawiki")
APT_INSTALL_COMMAND = (
    "sudo apt-get install -y mediawiki php-cli php-sqlite3 php-intl php-mbstring php-xml"
)
# Module names as `php -m` lists them; php-sqlite3 provides pdo_sqlite, which MediaWiki uses.
REQUIRED_PHP_MODULES = ("pdo_sqlite", "intl", "mbstring", "xml")
ADMIN_USER = "Admin"
BOT_USER = "SalonBot"
OTHER_USER = "OtherUser"
BOT_PASSWORD_APP = "salonbot"
# `highvolume` gives the bot flag and apihighlimits; without it a bot password has neither.
BOT_PASSWORD_GRANTS = "basic,highvolume,editpage,createeditmovepage"
# pywikibot's AutoFamily (family_files[NAME] = API URL) is a single-site family whose only site
# code is NAME, so the family name and `mylang` must both be this (checked with pywikibot 11.9).
PYWIKIBOT_FAMILY = "sandbox"
SERVER_WORKERS = 4
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


@dataclass(frozen=True)
class Account:
    """A name and password the wiki's log-in accepts (``SalonBot@salonbot`` for a bot password)."""

    user: str
    password: str


@dataclass(frozen=True)
class SandboxInfo:
    """Where a running sandbox wiki answers and where its files are."""

    port: int
    state_dir: Path
    bot_user: str = BOT_USER

    @property
    def url(self) -> str:
        """The wiki's base URL, ``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """The action API endpoint."""
        return f"{self.url}/api.php"

    @property
    def pywikibot_dir(self) -> Path:
        """The pywikibot config dir for the bot account (the value for ``PYWIKIBOT_DIR``)."""
        return self.state_dir / "pywikibot"

    @property
    def accounts_file(self) -> Path:
        """The JSON file holding the accounts' passwords."""
        return self.state_dir / "accounts.json"

    def article_url(self, title: str) -> str:
        """The URL of a page: spaces become underscores, the rest is encoded as MediaWiki does."""
        encoded = quote(title.replace(" ", "_"), safe=";@$!*(),/~:")
        return f"{self.url}/index.php?title={encoded}"


def settings_file(state_dir: Path) -> Path:
    return state_dir / "wiki" / "LocalSettings.php"


def read_pid(state_dir: Path) -> int | None:
    try:
        return int((state_dir / "server.pid").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def recorded_port(state_dir: Path) -> int | None:
    """The port of a complete install, or None."""
    try:
        return int(json.loads((state_dir / "sandbox.json").read_text(encoding="utf-8"))["port"])
    except (OSError, ValueError, KeyError, TypeError):
        return None

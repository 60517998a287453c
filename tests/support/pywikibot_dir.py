"""pywikibot configuration folders for the tests: copies of the sandbox's, optionally reaching the
wiki through the proxy."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path


def copy_pywikibot_dir(source: Path, target: Path, *, password_line: str | None = "copy",
                       extra: str = "", api_url: str | None = None, cache: bool = True) -> Path:
    """A pywikibot config folder like `source` (the sandbox's) with no saved session, so the next
    run logs in: `password_line` is the password file's line (`copy`: the source's; None: no
    password file), `extra` is added to user-config.py, `api_url` replaces the wiki's URL,
    `cache` copies pywikibot's siteinfo/paraminfo cache (`apicache`) so the copy asks no more
    than the original. The folder is mode 700 and the password file 600, as pywikibot wants."""
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    target.chmod(0o700)
    config = (source / "user-config.py").read_text(encoding="utf-8")
    if api_url:
        config, count = re.subn(r"(family_files\[[^\]]+\] = )'[^']*'",
                                lambda match: f"{match[1]}{api_url!r}", config)
        if count != 1:
            raise ValueError(f"{source / 'user-config.py'}: no single family_files line to point "
                             "elsewhere")
    (target / "user-config.py").write_text(config + extra, encoding="utf-8")
    if password_line is not None:
        text = ((source / "user-password.py").read_text(encoding="utf-8")
                if password_line == "copy" else password_line + "\n")
        descriptor = os.open(target / "user-password.py", os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                             0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
    if cache and (source / "apicache").is_dir():
        shutil.copytree(source / "apicache", target / "apicache", dirs_exist_ok=True)
    return target


def proxied_pywikibot_dir(source: Path, target: Path, api_url: str, *, fail_fast: bool = True,
                          socket_timeout: float = 3, max_retries: int = 4,
                          cache: bool = True) -> Path:
    """A copy of the pywikibot config folder `source` in `target` whose wiki URL is `api_url`
    (the proxy's `/api.php`). Only `user-config.py` and `user-password.py` are copied, so the copy
    has its own cookie jar and logs in by itself with the same bot password; the folder is mode
    700 and the password file 600, as pywikibot wants them.

    `fail_fast` adds short timeouts and retry waits (`socket_timeout` seconds to read an answer,
    `max_retries` retries waiting 1 then 2 s) so that an injected fault costs seconds, not minutes.
    `cache` copies pywikibot's siteinfo/paraminfo cache (`apicache`) too, so the copy asks no
    more than the original; without it the first run is a cold start.
    """
    extra = ""
    if fail_fast:
        extra = ("# tests through the proxy: fail fast\n"
                 f"max_retries = {max_retries}\nretry_wait = 1\nretry_max = 2\n"
                 f"socket_timeout = (2, {socket_timeout})\n")
    return copy_pywikibot_dir(source, target, extra=extra, api_url=api_url, cache=cache)

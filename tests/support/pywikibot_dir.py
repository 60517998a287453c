"""A pywikibot configuration folder that reaches the sandbox wiki through the proxy."""

from __future__ import annotations

import re
import shutil
from pathlib import Path


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
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    target.chmod(0o700)
    config = (source / "user-config.py").read_text(encoding="utf-8")
    config, count = re.subn(r"(family_files\[[^\]]+\] = )'[^']*'",
                            lambda match: f"{match[1]}{api_url!r}", config)
    if count != 1:
        raise ValueError(f"{source / 'user-config.py'}: no single family_files line to point "
                         "at the proxy")
    if fail_fast:
        config += ("# tests through the proxy: fail fast\n"
                   f"max_retries = {max_retries}\nretry_wait = 1\nretry_max = 2\n"
                   f"socket_timeout = (2, {socket_timeout})\n")
    (target / "user-config.py").write_text(config, encoding="utf-8")
    password = target / "user-password.py"
    shutil.copyfile(source / "user-password.py", password)
    password.chmod(0o600)
    if cache and (source / "apicache").is_dir():
        shutil.copytree(source / "apicache", target / "apicache", dirs_exist_ok=True)
    return target

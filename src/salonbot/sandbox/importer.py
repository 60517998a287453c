"""Pages loaded into the sandbox wiki with MediaWiki's own importDump.php, as an administrator
brings pages in from another wiki: fast (1000 pages in about 10 s) and, unlike an edit, it keeps
a text exactly as given, trailing white space included. `salonbot sandbox import` loads a
folder of hand-written pages this way, so that a coordinator can rehearse a pull."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from salonbot.errors import SandboxError
from salonbot.sandbox.info import MEDIAWIKI_DIR, SandboxInfo

TITLE_LINE = "title: "


def import_pages(info: SandboxInfo, pages: Iterable[tuple[str, str]], *,
                 user: str = "Salon organiser", timestamp: str = "2019-03-02T12:00:00Z") -> None:
    """Load each (title, text) as one revision by `user` (main namespace titles)."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".xml", delete=False) as out:
        out.write('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" '
                  'xml:lang="en">\n')
        for title, text in pages:
            out.write(f"<page><title>{escape(title)}</title><ns>0</ns><revision>"
                      f"<timestamp>{timestamp}</timestamp>"
                      f"<contributor><username>{escape(user)}</username></contributor>"
                      "<comment>report</comment><model>wikitext</model><format>text/x-wiki</format>"
                      f'<text xml:space="preserve" bytes="{len(text.encode())}">{escape(text)}'
                      "</text></revision></page>\n")
        out.write("</mediawiki>\n")
    env = {**os.environ, "MW_CONFIG_FILE": str(info.state_dir / "wiki" / "LocalSettings.php")}
    try:
        # --no-updates: no link tables (2.5 times faster on SQLite); the pages' templates and
        # links do not matter for reading them back.
        done = subprocess.run(["php", str(MEDIAWIKI_DIR / "maintenance" / "importDump.php"),
                               "--quiet", "--no-updates", out.name], env=env, check=False,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True)
    finally:
        os.unlink(out.name)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise SandboxError(f"importDump.php failed: {lines[-1] if lines else done.returncode}")


def pages_in_folder(folder: Path, prefix: str) -> list[tuple[str, str]]:
    """The (title, text) of each `*.wiki` file of `folder`, by file name: the title is the
    first line's `title: FULL TITLE` if it has one (that line is not part of the text), else
    the file name without `.wiki` under `prefix`. The text is the file's, exactly."""
    pages = []
    for path in sorted(folder.glob("*.wiki")):
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise SandboxError(f"{path}: not UTF-8 text; save it as UTF-8") from None
        first, newline, rest = text.partition("\n")
        if first.startswith(TITLE_LINE):
            pages.append((first[len(TITLE_LINE):].strip(), rest if newline else ""))
        else:
            pages.append((prefix + path.name.removesuffix(".wiki"), text))
    return pages

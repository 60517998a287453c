"""Pages loaded into the sandbox wiki with MediaWiki's own importDump.php (the package's
`salonbot.sandbox.importer`, which `salonbot sandbox import` uses)."""

from __future__ import annotations

from salonbot.sandbox.importer import import_pages

__all__ = ["import_pages"]

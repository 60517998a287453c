"""New report files: a file name for a page title, and a scaffold with every template section."""

from __future__ import annotations

import re
import unicodedata

from salonbot.report.template import DEFAULT_TEMPLATE, Template, get_template
from salonbot.report.yamlio import dump_data

# Names Windows keeps for devices, with any extension (a checkout there could not hold them).
_WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
                               *(f"lpt{n}" for n in range(1, 10))})


def windows_reserved(file_name: str) -> bool:
    """Whether `file_name` is one Windows keeps for a device (`CON`, `nul.yaml`, `com1.x.yaml`)."""
    return file_name.split(".", 1)[0].rstrip(" ").casefold() in _WINDOWS_RESERVED


def file_name_for(title: str, prefix: str = "") -> str:
    """A stable, readable file name for a page title: `.../Reports/MA UG` -> `ma-ug.yaml`.

    The part after `prefix` (or after the last `/`) is folded to lower case, with every run of
    characters other than letters and digits turned into one `-`; letters of any script are kept.
    A name Windows keeps for a device gets `-report` (`CON` -> `con-report.yaml`).
    """
    name = title[len(prefix):] if prefix and title.startswith(prefix) else title.rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFC", name).casefold()
    slug = "-".join(part for part in re.split(r"[^\w]+|_", name) if part)
    if windows_reserved(slug):
        slug = f"{slug}-report"
    return f"{slug or 'report'}.yaml"


def scaffold(title: str, template: Template | None = None) -> str:
    """YAML text of a new report: every section of the template, empty, with its guidance."""
    template = template or get_template()
    lines = [
        f"# {template.description or template.name}, kept by salonbot.",
        "# Prose is a string (use `|` for several lines), a bullet list is a YAML list; a list",
        "# right after a bullet holds its sub-bullets. Check the file with `salonbot validate`.",
        dump_data({"title": title}).rstrip("\n"),
    ]
    if template.name != DEFAULT_TEMPLATE:
        lines.append(f"template: {template.name}")
    for spec in template.sections:
        lines.append(f"# == {spec.heading} ==" + (f"  {spec.guidance}" if spec.guidance else ""))
        if spec.children is None:
            lines.append(f"{spec.key}: ''")
            continue
        example = spec.children.heading_for("Title", 1)
        lines += [
            f"{spec.key}:",
            "  text: ''",
            f"  # one entry per `{example}` heading:",
            "  #   - title: Title",
            "  #     points:",
            "  #     - A point",
            f"  {spec.children.key}: []",
        ]
    return "\n".join(lines) + "\n"

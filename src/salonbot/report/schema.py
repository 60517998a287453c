"""The JSON Schema of report files, made from a template (so a new template gets its own schema).

The schema of the default template ships as `salonbot/report/schema/report.schema.json` for editors
(`make schema` rewrites it; a test checks it is current).
"""

from __future__ import annotations

from typing import Any

from salonbot.report.areas import template_areas
from salonbot.report.template import ChildSpec, Template, get_template

SCHEMA_ID = "https://salonbot.invalid/schema/{name}.schema.json"


def _layout_schema(for_report: bool) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "before": {"type": "integer", "minimum": 0, "maximum": 1000,
                   "description": "Newlines before the content (written by parse)."},
        "after": {"type": "integer", "minimum": 0, "maximum": 1000,
                  "description": "Newlines after the content (written by parse)."},
    }
    if for_report:
        properties["order"] = {
            "type": "array",
            "description": "The page's order of the top-level nodes: section keys, and extra "
            "sections by their index in extra_sections (written by parse).",
            "items": {"type": ["string", "integer"], "minimum": 0},
        }
    else:
        properties |= {
            "heading": {"type": "string",
                        "description": "The heading line as written on the wiki."},
            "level": {"type": "integer", "minimum": 1, "maximum": 6,
                      "description": "The heading's level, where it is not the canonical one "
                      "(written by parse)."},
            "content": {"$ref": "#/$defs/content_layout"},
        }
    return {
        "type": "object",
        "additionalProperties": False,
        "description": "Where the page departs from the canonical layout; written by parse.",
        "properties": properties,
    }


def _records(*types: str) -> dict[str, Any]:
    """A list of records of len(types) values each. The values' own types are not checked
    (records that do not fit are ignored when rendering); tuple keywords are left out because
    drafts 7 and 2020-12 spell them differently (see validate._is_valid)."""
    return {"type": "array", "items": {
        "type": "array", "minItems": len(types), "maxItems": len(types),
        "items": {"type": sorted(set(types))}}}


def _content_schema() -> dict[str, Any]:
    """The content layout of salonbot.report.content: list markers, gaps, trailing white space."""
    count = {"type": "integer", "minimum": 0}
    return {
        "type": "object",
        "additionalProperties": False,
        "description": "How the page writes this node's text and list (written by parse).",
        "properties": {
            "gap": {"type": "integer", "minimum": 1, "maximum": 1000,
                    "description": "Newlines between the text and the points."},
            "marks": {"type": "string", "pattern": "^[*#:;]+$",
                      "description": "List characters by depth (# numbers the items)."},
            "space": {"type": "string", "description": "What follows the list characters."},
            "lines": count,
            "trail": _records("integer", "string", "string"),
            "items": count,
            "shapes": _records("integer", "string", "string", "string"),
            "tail": {"type": "string", "description": "Blank lines and empty list lines after "
                     "the points."},
        },
    }


def _node_schema(spec: ChildSpec | None, description: str, with_title: bool,
                 areas: tuple[str, ...] = ()) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "text": {"type": "string", "description": "Prose (wikitext), before the bullets."},
        "points": {"$ref": "#/$defs/bullets"},
        "layout": {"$ref": "#/$defs/layout"},
    }
    if with_title:
        properties = {"title": {"type": "string", "description": "The heading's title."}} \
            | properties
        if areas:  # report/areas.py
            properties["area"] = {"enum": list(areas), "description": "The thematic area, "
                                  "when the title does not name it."}
    if spec is not None:
        properties[spec.key] = {
            "type": "array",
            "description": f"Sub-headings: {spec.heading}",
            "items": _node_schema(spec.children, f"A heading {spec.heading}", with_title=True,
                                  areas=areas),
        }
    properties["extra_sections"] = {"$ref": "#/$defs/extra_sections"}
    schema: dict[str, Any] = {
        "description": description,
        "type": ["object"] if with_title else ["string", "array", "object", "null"],
        "items": {"$ref": "#/$defs/bullet"},
        "properties": properties,
        "additionalProperties": False,
    }
    if with_title:
        schema["required"] = ["title"]
        del schema["items"]
    return schema


def report_schema(template: Template | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a report file for `template`."""
    template = template or get_template()
    areas = tuple(area.name for area in template_areas(template.name))
    properties: dict[str, Any] = {
        "title": {"type": "string", "minLength": 1,
                  "description": f"The full page title, e.g. {template.title_prefix}Example"},
        "template": {"const": template.name, "description": template.description},
        "intro": {"type": "string", "description": "Wikitext before the first heading."},
        "layout": {"$ref": "#/$defs/layout_intro"},
    }
    extra = _node_schema(None, "A section the template does not name: its heading's title, "
                         "text, points and its own extra sections.", with_title=True)
    for spec in template.sections:
        description = f"== {spec.heading} ==" + (f": {spec.guidance}" if spec.guidance else "")
        properties[spec.key] = _node_schema(spec.children, description, with_title=False,
                                            areas=areas)
    properties["extra_sections"] = {"$ref": "#/$defs/extra_sections"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID.format(name=template.name),
        "title": f"salonbot report ({template.description or template.name})",
        "type": "object",
        "required": ["title"],
        "additionalProperties": False,
        "properties": properties,
        "$defs": {
            "bullet": {
                "type": ["string", "array"],
                "description": "A bullet's text, or a list of sub-bullets of the bullet before.",
                "items": {"$ref": "#/$defs/bullet"},
            },
            "bullets": {
                "type": "array",
                "description": "A bullet list: strings, each optionally followed by a list of "
                "its sub-bullets; '' is a blank line between two lists.",
                "items": {"$ref": "#/$defs/bullet"},
            },
            "layout": _layout_schema(for_report=False),
            "layout_intro": _layout_schema(for_report=True),
            "extra_sections": {
                "type": "array",
                "description": "Sections the template does not name, in page order.",
                "items": extra,
            },
            "content_layout": _content_schema(),
        },
    }

"""The JSON Schema of report files, made from a template (so a new template gets its own schema).

The schema of the default template ships as `salonbot/report/schema/report.schema.json` for editors
(`make schema` rewrites it; a test checks it is current).
"""

from __future__ import annotations

from typing import Any

from salonbot.report.template import ChildSpec, Template, get_template

SCHEMA_ID = "https://salonbot.invalid/schema/{name}.schema.json"


#: The `layout:` key of files written before the page kept its own form: read, ignored, and
#: removed the next time a pull or sync rewrites the file (docs/format.md).
LEGACY_LAYOUT = {"type": "object", "deprecated": True,
                 "description": "Written by an older salonbot (how the page wrote this node); "
                 "ignored: the page keeps its own form. Removed by the next pull or sync."}


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
        if areas:  # the template's `areas:`
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
    areas = tuple(area.name for area in template.areas)
    properties: dict[str, Any] = {
        "title": {"type": "string", "minLength": 1,
                  "description": f"The full page title, e.g. {template.title_prefix}Example"},
        "template": {"const": template.name, "description": template.description},
        "intro": {"type": "string", "description": "Wikitext before the first heading."},
        "categories": {"type": "array", "items": {"type": "string", "minLength": 1},
                       "description": "The page's categories, without `Category:`."},
        "layout": {"$ref": "#/$defs/layout"},
        "figures": {  # its values are checked by report/settled.py, with clearer messages
            "description": "Figures settled by hand; they win over what is read from the page "
            "and are never rendered to it (docs/format.md).",
            "properties": {
                "date": {"description": "The day of the salon, YYYY-MM-DD."},
                "participants": {"description": "How many people took part."},
                "budget_spent": {"description": "What was spent: "
                                 "{amount: 45000, currency: XOF}, an ISO 4217 code.",
                                 "properties": {"amount": {}, "currency": {}}},
            },
        },
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
                "type": ["string", "object", "array"],
                "description": "A bullet's text; or `text:` and `points:`, a bullet with its "
                "sub-bullets; (written by older salonbot versions) a list of sub-bullets of the "
                "bullet before.",
                "items": {"$ref": "#/$defs/bullet"},
                "properties": {"text": {"type": "string"},
                               "points": {"$ref": "#/$defs/bullets"}},
                "required": ["text"],
                "additionalProperties": False,
            },
            "bullets": {
                "type": "array",
                "description": "A bullet list; '' is a blank line between two lists.",
                "items": {"$ref": "#/$defs/bullet"},
            },
            "layout": LEGACY_LAYOUT,
            "extra_sections": {
                "type": "array",
                "description": "Sections the template does not name, in page order.",
                "items": extra,
            },
        },
    }

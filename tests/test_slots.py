"""Sections known by their place (report/slots.py): a heading that names no section is taken
for the one missing section of its place in the template's order, and for nothing else."""

from __future__ import annotations

import salonbot
import salonbot.report.template
from salonbot.report.outline import outline


def kinds(text: str) -> list[tuple[str, str]]:
    return [(entry.kind, entry.name) for entry in outline(salonbot.parse(text), text=text)]


def test_a_heading_in_the_place_of_the_one_missing_section_is_that_section() -> None:
    text = ("== Date and location ==\n2 March 2019, Oslo\n"
            "== Hvem møtte opp ==\n* Kari\n* Ola\n"          # 'who turned up': participants
            "== What happened ==\nWe talked.\n"
            "== Summary of the discussion points ==\n=== Discussion Theme 1 (Advocacy) ===\n* x\n"
            "== Other Areas ==\n* y\n"
            "== Hva deltakerne sa ==\nIt was good.\n"         # 'what the participants said'
            "== Photographs or videos ==\n[[File:A.jpg]]\n"
            "== Statement on your budget ==\n100 USD")
    assert kinds(text) == [
        ("section", "date_and_location"), ("section", "participants"),
        ("section", "what_happened"), ("section", "discussion"), ("theme", "Advocacy"),
        ("section", "other_areas"), ("section", "reflections"), ("section", "media"),
        ("section", "budget")]
    report = salonbot.parse(text)
    assert [point.text for point in report.sections["participants"].points] == ["Kari", "Ola"]
    assert salonbot.render(report, base=text) == text


def test_a_gap_with_more_headings_than_missing_sections_is_left_as_it_is() -> None:
    text = ("== Date and location ==\nOslo\n"
            "== Hvem møtte opp ==\n* Kari\n== Agenda ==\n* Coffee\n"
            "== What happened ==\nWe talked.")
    assert kinds(text) == [("section", "date_and_location"), ("extra", "Hvem møtte opp"),
                           ("extra", "Agenda"), ("section", "what_happened")]


def test_headings_before_the_first_or_after_the_last_named_section_stay_the_authors_own() -> None:
    text = ("== Bakgrunn ==\nWhy we met.\n"
            "== Participant List ==\n* Kari\n"
            "== What happened ==\nWe talked.\n"
            "== Oppfølging ==\nNext steps.")
    assert kinds(text) == [("extra", "Bakgrunn"), ("section", "participants"),
                           ("section", "what_happened"), ("extra", "Oppfølging")]


def test_a_theme_or_a_sub_heading_in_a_gap_is_never_taken_for_a_section() -> None:
    text = ("== Date and location ==\nOslo\n"
            "== Advocacy ==\n* x\n"                     # an area's name: a theme
            "== What happened ==\nWe talked.\n"
            "=== Kaffepause ===\nCoffee.\n"              # a sub-heading: the author's own
            "== Other Areas ==\n* y")
    found = kinds(text)
    assert ("section", "participants") not in found
    assert ("extra", "Kaffepause") in found
    assert ("section", "discussion") not in found or ("theme", "Advocacy") in found


ICELANDIC = ["Dagsetning og staður", "Þátttakendur", "Hvað gerðist", "Samantekt umræðna",
             "Önnur svið", "Viðbrögð þátttakenda", "Myndir", "Kostnaður"]


def test_a_page_in_a_language_no_lexicon_knows_is_read_by_its_order() -> None:
    names = salonbot.report.template.get_template().names
    assert [names.section(heading) for heading in ICELANDIC] == [None] * 8  # no name helps
    text = "\n".join(f"== {heading} ==\nText {number}." for number, heading in
                     enumerate(ICELANDIC, 1))
    assert [name for kind, name in kinds(text) if kind == "section"] == [
        "date_and_location", "participants", "what_happened", "discussion", "other_areas",
        "reflections", "media", "budget"]


def test_one_heading_more_than_the_template_has_sections_leaves_the_ends_alone() -> None:
    text = "\n".join(f"== {heading} ==\nText." for heading in [*ICELANDIC, "Eftirfylgni"])
    assert all(kind == "extra" for kind, _ in kinds(text))

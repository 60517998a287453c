"""Sections known by their place (report/slots.py): a heading that names no section is taken
for the one missing section of its place in the template's order, and for nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# A page in a language no lexicon lists (Icelandic), whose sections say what they are by what
# they hold: a date line, a narrative, themes labelled alike, a photograph, amounts.
ICELANDIC_BODIES = [
    "Laugardagur 2. mars 2019, Bókasafnið í Reykjavík.",
    "* Anna Jónsdóttir\n* Jón Sigurðsson\n* Guðrún Helgadóttir",
    "Við byrjuðum á kynningu á stefnumótuninni og völdum síðan tvö efni sem hópurinn ræddi "
    "fram að hádegi.",
    "=== Efni 1: Málsvörn ===\n* Tala við ráðuneytið.\n"
    "=== Efni 2: Samstarf ===\n* Bókasöfnin vilja vinna með okkur.",
    "* Farsímar.",
    "Þátttakendur voru ánægðir og vilja hittast aftur í haust, helst á sama stað og með "
    "sama sniði.",
    "[[Mynd:Salon Reykjavík 2019.jpg|thumb|Hópurinn]]",
    "Matur: 45.000 kr.\nSalur: 20.000 kr.",
]
TAKEAWAYS = "== Helstu niðurstöður ==\n# Samstarf við bókasöfnin.\n# Námskeið í haust."


def icelandic(bodies: list[str], first: str = "") -> str:
    return (first + "\n" if first else "") + "\n".join(
        f"== {heading} ==\n{body}" for heading, body in zip(ICELANDIC, bodies, strict=True))


def test_sections_known_by_what_they_hold_place_a_page_with_an_extra_heading_first() -> None:
    text = icelandic(ICELANDIC_BODIES, TAKEAWAYS)
    assert kinds(text) == [
        ("extra", "Helstu niðurstöður"), ("section", "date_and_location"),
        ("section", "participants"), ("section", "what_happened"), ("section", "discussion"),
        ("theme", "Málsvörn"), ("theme", "Samstarf"), ("section", "other_areas"),
        ("section", "reflections"), ("section", "media"), ("section", "budget")]
    assert salonbot.render(salonbot.parse(text), base=text) == text


def test_what_a_section_holds_is_read_in_any_script_and_with_any_currency() -> None:
    bodies = list(ICELANDIC_BODIES)
    bodies[0] = "२ मार्च २०१९, काठमाडौं"                         # Devanagari digits
    bodies[7] = "Total : 1 250 € (repas et salle)"                 # a currency sign
    found = kinds(icelandic(bodies, TAKEAWAYS))
    assert ("section", "date_and_location") in found and ("section", "budget") in found
    bodies[7] = "* Matur 45000 ISK"                                  # an ISO code
    assert ("section", "budget") in kinds(icelandic(bodies, TAKEAWAYS))


# A page in a language no lexicon lists (Chichewa): the date line goes on with the place in a
# sentence of its own (over 20 words in all), and the summary mentions a founding year and a
# past count (which alone would make it look like the date's).
CHICHEWA = "\n".join([
    "== Tsiku ndi Malo ==",
    "Loweruka, 18 Meyi 2019, kuyambira 09:00 mpaka 14:00. Ku Zomba, m'chipinda cha "
    "msonkhano cha Zomba Public Library, Plot 2210, Kamuzu Highway, pafupi ndi msika "
    "waukulu.",
    "",
    "== Mayina a Anthu Amene Anabwera ==",
    "Tonse pamodzi tinali anthu 19. Ena mwa iwo ndi:",
    "* Chikondi Banda (Chikondi.b)",
    "* Yamikani Phiri",
    "* Thoko Mwale (ThokoM)",
    "",
    "== Zomwe Zinachitika ==",
    "Tinayamba ndi kudziwana, kenako tinakambirana za Wikimedia 2030. Pambuyo pake "
    "tinagawikana m'magulu atatu kuti tikambirane mozama.",
    "",
    "== Zomwe Tinakambirana ==",
    "* Gulu la Wikipedia ku Zomba linayamba mu 2017; pa msonkhano wakale tinali anthu 11.",
    "* Wikipedia ya Chichewa ili ndi nkhani pafupifupi 700 zokha.",
    "* Tikufuna kuphunzitsa ana a sukulu.",
    "",
    "== Zina ==",
    "Nambala ya foni: 0888 214 307.",
    "",
    "== Zomwe Anthu Ananena ==",
    '"Tinasangalala kwambiri kuphunzira limodzi." — Thoko Mwale',
    "",
    "== Zithunzi ==",
    "[[File:Zomba Strategy Salon 2019.jpg|thumb|Gulu lathu]]",
    "",
    "== Ndalama Zomwe Tinagwiritsa Ntchito ==",
    "* Chakudya: MK 95,000",
    "* Mayendedwe: MK 40,000",
    "* Zonse: MK 135,000",
])


def test_a_date_in_the_first_sentence_of_a_long_first_line_is_a_date_line() -> None:
    first = CHICHEWA.splitlines()[1]
    assert len(first.split()) > 20
    assert [name for kind, name in kinds(CHICHEWA) if kind == "section"] == [
        "date_and_location", "participants", "what_happened", "discussion", "other_areas",
        "reflections", "media", "budget"]


def test_a_year_alone_or_a_narrative_with_a_year_is_no_date() -> None:
    for first in ("Félagið var stofnað árið 2016.",
                  # a year, and a number of another sentence further on: no date
                  "Félagið var stofnað árið 2016. Á síðasta fundi í febrúar vorum við 6.",
                  "Þann 2. mars 2019 hittumst við í bókasafninu og ræddum stefnuna til 2030 "
                  "í heilan dag með tuttugu þátttakendum, drukkum kaffi og skrifuðum niður "
                  "allt sem fólk sagði."):
        bodies = list(ICELANDIC_BODIES)
        bodies[0] = first
        found = kinds(icelandic(bodies, TAKEAWAYS))
        assert ("section", "date_and_location") not in found


def test_two_headings_that_hold_the_same_kind_of_thing_are_neither() -> None:
    # two amounts sections, one budget to give: nothing is guessed
    text = icelandic(ICELANDIC_BODIES, TAKEAWAYS) + "\n== Styrkur ==\nStyrkur: 70.000 kr.\n" \
        "Afgangur: 5.000 kr."
    found = kinds(text)
    assert ("section", "budget") not in found
    assert ("extra", "Styrkur") in found


def test_a_narrative_with_themes_under_it_is_both_sections_merged_in_one_heading() -> None:
    # one heading where the narrative and the discussion both are missing (a heading in a
    # language the lexicon has no names in: Icelandic, `How it went`): the narrative's, its
    # themes the discussion's, with no heading of its own
    text = ("== Date and location ==\n2 March 2019\n== Participant List ==\n* A\n"
            "== Hvernig gekk ==\nVið byrjuðum á kynningu á ferlinu og unnum svo við borð "
            "fram að hádegismat.\n=== Borð 1: Alianzas ===\n* x\n"
            "=== Borð 2: Diversidade ===\n* y\n== Other Areas ==\n* z")
    assert kinds(text) == [
        ("section", "date_and_location"), ("section", "participants"),
        ("section", "what_happened"), ("theme", "Alianzas"), ("theme", "Diversidade"),
        ("section", "other_areas")]  # (outline lists headings: the discussion has none)
    report = salonbot.parse(text)
    assert report.sections["what_happened"].text.startswith("Við byrjuðum")
    assert [theme.title for theme in report.sections["discussion"].children] == [
        "Alianzas", "Diversidade"]
    assert salonbot.render(report, base=text) == text
    # where another heading shows the narrative, the merged reading is not needed: the
    # heading with the themes under it is the discussion
    apart = text.replace("== Hvernig gekk ==", "== Hvað gerðist ==\nVið byrjuðum á kynningu á "
                         "ferlinu og unnum svo við borð fram að hádegismat í dag.\n"
                         "== Hvernig gekk ==")
    assert ("section", "what_happened") in kinds(apart)


def test_a_file_beside_prose_does_not_make_photographs() -> None:
    # a links heading after the photographs: four headings for three missing sections, so only
    # what the photographs hold can place them
    def page(media: str) -> list[tuple[str, str]]:
        bodies = list(ICELANDIC_BODIES)
        bodies[5], bodies[6] = "* Gott.", media
        text = icelandic(bodies, TAKEAWAYS).replace(
            "== Kostnaður ==", "== Tenglar ==\n* [https://example.org Vefur]\n== Kostnaður ==")
        return kinds(text)

    assert ("section", "media") in page("[[Mynd:Salon.jpg|thumb]]\n<gallery>\nA.jpg\n</gallery>")
    assert ("section", "media") not in page(
        "Við tókum margar myndir af hópnum og settum þær á Commons eftir daginn með leyfi "
        "allra.\n[[Mynd:Salon.jpg|thumb]]")


def test_a_category_under_the_photographs_does_not_hide_them() -> None:
    bodies = list(ICELANDIC_BODIES)
    bodies[6] += "\n\n[[Category:Strategy Salons 2019]]\n[[is:Stefnumótun]]"
    text = icelandic(bodies, TAKEAWAYS).replace(
        "== Kostnaður ==", "== Tenglar ==\n* [https://example.org Vefur]\n== Kostnaður ==")
    assert ("section", "media") in kinds(text)


def test_an_infobox_in_any_language_gives_the_sections_its_values_show() -> None:
    text = ("{{Informkesto Salono\n| organizanto = Grupo\n| dato = 14 aprilo 2019\n"
            "| partoprenantoj = 12\n| buĝeto = 95 EUR\n}}\nIntro.\n"
            "== What happened ==\nWe met.\n== Photographs or videos ==\n[[File:A.jpg]]")
    report = salonbot.parse(text)
    assert list(report.sections) == ["date_and_location", "budget", "what_happened", "media"]
    assert report.sections["date_and_location"].text == "14 aprilo 2019"
    assert report.sections["budget"].text == "95 EUR"
    assert salonbot.render(report, base=text) == text


def test_a_label_that_names_a_section_ends_what_the_heading_above_it_holds() -> None:
    # the amounts are the budget's, under its own run-in label: the heading above holds prose
    text = ("== Date and location ==\n2 March 2019, Oslo\n"
            "== Summary of the discussion points ==\n=== Discussion Theme 1 (Advocacy) ===\n* x\n"
            "== Hva deltakerne sa ==\nDet var en fin dag.\n\n"
            "'''Budget:''' 230 EUR (mat 190 EUR, trykk 40 EUR).")
    assert ("section", "budget") in kinds(text)
    report = salonbot.parse(text)
    assert report.sections["budget"].text == "230 EUR (mat 190 EUR, trykk 40 EUR)."
    assert salonbot.render(report, base=text) == text


def test_the_discussion_is_known_by_themes_labelled_alike_beside_a_sibling_that_is_not() -> None:
    text = ("== Wanneer en waar ==\n2 Maart 2019, Stellenbosch\n"
            "== Wie was daar? ==\n* Anna\n* Piet\n"
            "== Hoe die dag verloop het ==\nOns het gepraat oor die strategie.\n"
            "== Opsomming ==\n=== Ronde 1 ➤ Vennootskappe ===\n* a\n"
            "=== Ronde 2 ➤ Kapasiteitsbou ===\n* b\n=== Ander sake ===\n* c\n"
            "== Foto's ==\n[[File:A.jpg]]")
    assert kinds(text)[:6] == [
        ("section", "date_and_location"), ("section", "participants"),
        ("section", "what_happened"), ("section", "discussion"),
        ("theme", "Vennootskappe"), ("theme", "Kapasiteitsbou")]


def test_a_list_of_people_shows_the_participants_in_any_language() -> None:
    people = ("== Dat ak kote ==\n12 oktòb 2019, Pòtoprens\n"
              "== Ki moun ki te la? ==\n# [[User:Jean|Jean]]\n# Wilner Joseph\n"
              "# Fabienne Étienne (pwofesè)\n"
              "== Foto ==\n[[File:A.jpg]]\n== Lòt bagay ==\nNou te kontan anpil.")
    assert ("section", "participants") in kinds(people)
    # sentences, amounts or three short items without a user page are no list of people
    for body in ("# Nou te pale de estrateji a.\n# Nou te manje.",
                 "* Manje: 9 500 HTG\n* Transpò: 4 000 HTG",
                 "* Jean\n* Wilner\n* Fabienne"):
        text = people.replace("# [[User:Jean|Jean]]\n# Wilner Joseph\n"
                              "# Fabienne Étienne (pwofesè)", body)
        assert ("section", "participants") not in kinds(text), body


OTHER_INSIDE = ("== Dat ak kote ==\n12 oktòb 2019, Pòtoprens\n"
                "== Sa k te pase? ==\nNou te kòmanse ak yon ti prezantasyon sou estrateji a, "
                "apre sa nou te travay an twa gwoup.\n"
                "== Ki sa nou te diskite? ==\n=== Tèm 1 — Patenarya ===\n* a\n"
                "=== Tèm 2 — Pledwaye ===\n* b\n=== Lòt domèn ===\n* Sous revni: c\n"
                "== Sa moun yo te di ==\nNou te kontan anpil, se te yon bèl jounen pou tout moun.\n"
                "== Foto ==\n[[File:A.jpg]]")


def test_other_areas_written_as_the_last_sub_heading_of_the_discussion_is_other_areas() -> None:
    assert kinds(OTHER_INSIDE) == [
        ("section", "date_and_location"), ("section", "what_happened"),
        ("section", "discussion"), ("theme", "Patenarya"),
        ("theme", "Pledwaye"), ("section", "other_areas"), ("section", "reflections"),
        ("section", "media")]
    report = salonbot.parse(OTHER_INSIDE)
    assert [p.text for p in report.sections["other_areas"].points] == ["Sous revni: c"]
    assert salonbot.render(report, base=OTHER_INSIDE) == OTHER_INSIDE


@pytest.mark.parametrize("last", [
    "=== Tèm 3 — Divèsite ===\n* c\n",                      # labelled like the themes
    "=== Konklizyon ===\nNou pral rankontre ankò.\n",         # a closing paragraph
])
def test_a_last_sub_heading_that_is_a_theme_or_a_closing_paragraph_stays_in_the_discussion(
        last: str) -> None:
    text = OTHER_INSIDE.replace("=== Lòt domèn ===\n* Sous revni: c\n", last)
    assert ("section", "other_areas") not in kinds(text)


def test_sections_in_an_order_of_their_own_are_known_by_what_they_hold() -> None:
    text = ("== Талкуунун жыйынтыгы ==\n=== [1-тема] Өнөктөштүк ===\n* a\n"
            "=== [2-тема] Көп түрдүүлүк ===\n* b\n=== Башка тармактар ===\n* c\n"
            "== Эмне болду ==\nБиз китепканада жолугуп, стратегия жөнүндө узак сүйлөштүк, "
            "андан кийин топторго бөлүндүк.\n"
            "== Катышуучулар ==\n* [[User:Aibek|Aibek]]\n* Нургүл\n"
            "== Күнү жана орду ==\n2019-жылдын 16-марты, Бишкек\n"
            "== Сүрөттөр ==\n[[File:A.jpg]]")
    assert [entry for entry in kinds(text) if entry[0] == "section"] == [
        ("section", "discussion"), ("section", "other_areas"), ("section", "participants"),
        ("section", "date_and_location"), ("section", "media")]
    # a narrative with themes under it is the narrative or the summary: neither, out of order
    both = text.replace("== Талкуунун жыйынтыгы ==\n", "== Талкуунун жыйынтыгы ==\n"
                        "Биз китепканада жолугуп, стратегия жөнүндө узак сүйлөштүк, андан "
                        "кийин үч топко бөлүнүп, ар бир тема боюнча бир saat иштедик.\n"
                        ).replace("-тема]", "-бөлүк]")
    assert ("section", "discussion") not in kinds(both)


def test_a_table_of_numbers_under_a_currency_code_shows_the_budget_and_layout_tags_hide_nothing(
) -> None:
    text = ("== Mokolo mpe esika ==\n12 Novembre 2019, Kinshasa\n"
            "== Nini esalemaki ==\nTosangani na biblioteke mpe tolobelaki strategie ya 2030 "
            "na bato nyonso oyo bayaki na mokolo wana.\n"
            "== Bafoto ==\n<div class=\"center\">\n<gallery>\nFile:A.jpg|bato\n</gallery>\n</div>\n"
            "== Mbongo esalelamaki ==\n{| class=\"wikitable\"\n! Eloko !! Mbongo (USD)\n|-\n"
            "| Bilei || 85\n|-\n| Transport || 40\n|}")
    assert [entry for entry in kinds(text) if entry[0] == "section"] == [
        ("section", "date_and_location"), ("section", "what_happened"), ("section", "media"),
        ("section", "budget")]
    # numbers under no currency are no budget
    assert ("section", "budget") not in kinds(text.replace("Mbongo (USD)", "Motango"))


def test_a_heading_over_sections_of_the_template_is_no_section_by_what_it_holds() -> None:
    # two salons on one page, each a heading over its own sections (one named: Peserta)
    salon = ("=== Tanggal ===\nSetu, 26 Oktober 2019\n=== Peserta ===\n* [[User:Bagus|Bagus]]\n"
             "=== Ringkesan ===\n==== Rembugan 1: Kemitraan ====\n* a\n"
             "==== Rembugan 2: Karagaman ====\n* b\n")
    text = ("== Salon 1: Ngayogyakarta ==\n" + salon + "== Salon 2: Surakarta ==\n"
            + salon[:salon.index("==== ")] + "* c\n"
            + "== Foto ==\n[[File:A.jpg]]\n== Anggaran ==\n100 USD")
    sections = [entry for entry in kinds(text) if entry[0] == "section"]
    assert ("section", "discussion") not in sections
    assert ("section", "other_areas") not in sections


def test_a_heading_holding_amounts_is_not_read_by_its_place_as_another_section() -> None:
    # the budget written before the reflections: where Other Areas would stand by place
    text = ("== Date and location ==\n2 March 2019, Oslo\n"
            "== Summary of the discussion points ==\n=== Discussion Theme 1 (Advocacy) ===\n* x\n"
            "== Útreiðslur ==\n* Matur: 1 200 DKK\n* Prent: 300 DKK\n"
            "== Reflections from participants or partners ==\nIt was good.\n"
            "== Photographs or videos ==\n[[File:A.jpg]]")
    assert ("section", "other_areas") not in kinds(text)


def test_the_last_of_the_themes_labelled_alike_whose_name_is_other_areas_is_that_section() -> None:
    text = ("== Date and location ==\n2 March 2019, Jakarta\n"
            "== Ringkasan diskusi ==\n=== Sesi 1 · Kemitraan ===\n* a\n"
            "=== Sesi 2 · Keberagaman ===\n* b\n=== Sesi 3 · Other areas ===\n* c\n"
            "== Photographs or videos ==\n[[File:A.jpg]]")
    assert [entry for entry in kinds(text) if entry[0] == "section"] == [
        ("section", "date_and_location"), ("section", "discussion"), ("section", "other_areas"),
        ("section", "media")]


def test_themes_under_sessions_show_the_discussion_too() -> None:
    text = ("== Opsomming ==\n=== Oggendsessie ===\n==== Ronde 1 ➤ Vennootskappe ====\n* a\n"
            "==== Ronde 2 ➤ Kapasiteitsbou ====\n* b\n=== Middagsessie ===\n"
            "==== Ronde 3 ➤ Diversiteit ====\n* c\n"
            "== Date and location ==\n2 March 2019, Stellenbosch\n"
            "== Participant List ==\n* Anna\n* Piet")
    assert kinds(text)[:7] == [
        ("section", "discussion"), ("extra", "Oggendsessie"), ("theme", "Vennootskappe"),
        ("theme", "Kapasiteitsbou"), ("extra", "Middagsessie"), ("theme", "Diversiteit"),
        ("section", "date_and_location")]
    assert salonbot.render(salonbot.parse(text), base=text) == text


def test_a_role_in_brackets_is_no_part_of_a_name_in_a_list_of_people() -> None:
    people = ("== Dat ak kote ==\n12 oktòb 2019, Pòtoprens\n"
              "== Ki moun ki te la? ==\n* [[User:Jean|Jean]]\n* Marie-Claire de la Tour "
              "(Bibliyotèk Nasyonal Ayiti)\n* Wilner Joseph (pwofesè)\n"
              "== Foto ==\n[[File:A.jpg]]\n== Lòt bagay ==\nNou te kontan anpil.")
    assert ("section", "participants") in kinds(people)
    # (a bracket alone is no name)
    assert ("section", "participants") not in kinds(people.replace(
        "* Wilner Joseph (pwofesè)", "* (pwofesè)"))


MARKDOWN = ("== Dat ak kote ==\n12 oktòb 2019, Pòtoprens\n"
            "== Ki moun ki te la? ==\n* [[User:Jean|Jean]]\n* Wilner Joseph\n"
            "== Sa k te pase? ==\nNou te kòmanse ak yon ti prezantasyon sou estrateji a, "
            "apre sa nou te travay an twa gwoup.\n"
            "== Rezime ==\n\n### Tèm 1: Patenarya\n- Bibliyotèk la ap ba nou yon sal chak mwa pou "
            "nou ka ekri atik sou istwa vil la.\n- Radyo a ap pale de Wikipedya.\n\n"
            "### Tèm 2: Divèsite\n- Twò piti fanm ki ekri.\n\n"
            "## Lòt domèn\n- Sous revni: yon ti kòb.\n- Teknoloji: klavye kreyòl.\n\n"
            "== Sa moun yo te di ==\nNou te kontan anpil, se te yon bèl jounen pou tout moun.\n"
            "== Foto ==\n[[File:A.jpg]]")


def test_a_summary_pasted_from_markdown_is_read_by_its_headings_and_dashes() -> None:
    # `### X` standing alone is a list of one item two levels deep for MediaWiki: no list its
    # author wrote as one, but a heading pasted from Markdown; `- x` lines are typed bullets,
    # no narrative; the last `##` after the `###` themes is Other Areas
    assert kinds(MARKDOWN) == [
        ("section", "date_and_location"), ("section", "participants"),
        ("section", "what_happened"), ("section", "discussion"), ("theme", "Patenarya"),
        ("theme", "Divèsite"), ("section", "other_areas"), ("section", "reflections"),
        ("section", "media")]
    report = salonbot.parse(MARKDOWN)
    assert salonbot.render(report, base=MARKDOWN) == MARKDOWN
    report.sections["discussion"].children[1].title = "Divèsite ak enklizyon"
    assert salonbot.render(report, base=MARKDOWN) == MARKDOWN.replace(
        "### Tèm 2: Divèsite", "### Tèm 2: Divèsite ak enklizyon")
    # an item of a real numbered list two levels deep is no heading
    listed = MARKDOWN.replace("\n\n### Tèm 2: Divèsite\n", "\n# Yon lòt\n## Tèm 2: Divèsite\n")
    assert ("theme", "Divèsite") not in kinds(listed)


def test_a_section_known_at_another_level_counts_when_the_page_follows_the_template() -> None:
    # Other Areas written under the summary: the page still has a heading for each section,
    # so its last heading, in a language no lexicon knows, is the budget by its place
    text = ("== Date and location ==\n2 March 2019, Tolosa\n== Participant List ==\n* A\n* B\n"
            "== What happened ==\nWe talked.\n"
            "== Summary of the discussion points ==\n=== Discussion Theme 1 (Advocacy) ===\n* x\n"
            "=== Other Areas ===\n* y\n"
            "== Reflections from participants or partners ==\nGood.\n"
            "== Photographs or videos ==\n[[File:A.jpg]]\n"
            "== Rekeningoj ==\nKafo kaj kukoj.")
    assert kinds(text)[-1] == ("section", "budget")
    # with one heading more at the section level, the end is no anchor
    extra = text.replace("== Rekeningoj ==", "== Dankoj ==\nDankon!\n== Rekeningoj ==")
    assert ("section", "budget") not in kinds(extra)


def test_one_item_in_four_of_a_list_of_people_may_describe_a_group() -> None:
    people = ("== Dat ak kote ==\n12 oktòb 2019, Pòtoprens, nan bibliyotèk la ak tout zanmi yo\n"
              "== Ki moun ki te la? ==\n* [[User:Jean|Jean]]\n* Wilner Joseph\n* Marie Paul\n"
              "* senk etidyan ki soti nan inivèsite a\n"
              "== Foto ==\n[[File:A.jpg]]\n== Lòt bagay ==\nNou te kontan anpil.")
    assert kinds(people)[:2] == [("section", "date_and_location"), ("section", "participants")]
    # two such items in five, or a sentence, are no list of people
    for more in ("* de pwofesè ki soti nan lekòl la\n", "* Nou te kontan.\n"):
        text = people.replace("* Marie Paul\n", "* Marie Paul\n" + more)
        assert ("section", "participants") not in kinds(text), more


LABELLED_SECTIONS = ("Eng Salon zu Lëtzebuerg.\n\n"
                     "'''Datum an Uert:''' Samschdeg, 30. Mäerz 2019, Kierchbierg.\n\n"
                     "'''Participanten:''' Claude, Anne, Marc.\n\n"
                     "== What happened ==\nWe talked.\n"
                     "== Summary of the discussion points ==\n"
                     "=== Discussion Theme 1 (Advocacy) ===\n* x\n"
                     "'''Fotoen:''' [[File:Salon.jpg|thumb|D'Participanten]]\n\n"
                     "'''Budget:''' 230 EUR am Ganzen.")


def test_labels_written_like_the_sections_labels_are_sections_by_what_they_show() -> None:
    assert kinds(LABELLED_SECTIONS) == [
        ("section", "date_and_location"), ("section", "participants"),
        ("section", "what_happened"), ("section", "discussion"), ("theme", "Advocacy"),
        ("section", "media"), ("section", "budget")]
    report = salonbot.parse(LABELLED_SECTIONS)
    assert report.sections["date_and_location"].text == "Samschdeg, 30. Mäerz 2019, Kierchbierg."
    assert salonbot.render(report, base=LABELLED_SECTIONS) == LABELLED_SECTIONS
    # with no label naming a section, such labels stay text; two that show dates are neither
    plain = LABELLED_SECTIONS.replace("'''Participanten:'''", "'''Leit:'''").replace(
        "'''Budget:'''", "'''Käschten:'''")
    assert ("section", "date_and_location") not in kinds(plain)
    twice = LABELLED_SECTIONS.replace("'''Participanten:''' Claude, Anne, Marc.",
                                      "'''Participanten:''' Claude, Anne, Marc.\n\n"
                                      "'''Aneren Dag:''' Sonndeg, 31. Mäerz 2019.")
    assert ("section", "date_and_location") not in kinds(twice)


def test_a_label_alone_between_two_section_labels_is_the_section_between_them() -> None:
    title = '<div style="font-weight:bold">{}</div>'
    text = "\n".join([
        title.format("Tanggal jo tampek"), "16 Oktober 2019, Bukittinggi", "",
        title.format("Peserta"), "* Yulia", "* Rahmi", "",
        title.format("Apo nan tajadi"), "Kami mamiliah tigo tema.", "",
        title.format("Ringkasan diskusi"), "=== Tema 1: Kaberagaman ===", "* a", "",
        title.format("Other Areas"), "* b", "",
        title.format("Kesan dari nan hadir"), "Rancak bana.", "",
        title.format("Foto"), "[[File:A.jpg]]"])
    found = kinds(text)
    assert ("section", "what_happened") in found and ("section", "reflections") in found
    assert salonbot.render(salonbot.parse(text), base=text) == text
    # two unread labels between them, or a gap of two sections, leave it unread
    two = text.replace("Kami mamiliah", title.format("Lain") + "\nKami mamiliah")
    assert ("section", "what_happened") not in kinds(two)


def test_three_themes_labelled_alike_under_a_merged_heading_need_name_no_area() -> None:
    text = ("== Date and location ==\n2 March 2019\n== Participant List ==\n* A\n"
            "== Hvernig gekk ==\nVið byrjuðum á kynningu á ferlinu og unnum svo við borð "
            "fram að hádegismat.\n=== Borð A: Samstarf við söfn ===\n* x\n"
            "=== Borð B: Fjölbreytni ===\n* y\n=== Borð C: Heilsa ===\n* z\n"
            "== Other Areas ==\n* z")
    report = salonbot.parse(text)
    assert [theme.title for theme in report.sections["discussion"].children] == [
        "Samstarf við söfn", "Fjölbreytni", "Heilsa"]
    # two of them, naming no area, stay the narrative's own sub-headings
    two = text.replace("=== Borð C: Heilsa ===\n* z\n", "")
    assert "discussion" not in salonbot.parse(two).sections


def test_a_section_written_in_parts_under_one_label_is_read_by_its_first_part() -> None:
    text = ("== Date and location ==\n2 March 2019, Tartu\n== Participant List ==\n* A\n* B\n"
            "== Mis juhtus: hommikupoolik ==\nKohv.\n== Mis juhtus: pärastlõuna ==\nArutelu.\n"
            "== Summary of the discussion points ==\n=== Discussion Theme 1 (Advocacy) ===\n* x\n"
            "== Other Areas ==\n* y\n== Reflections from participants or partners ==\nHea.\n"
            "== Photographs or videos ==\n[[File:A.jpg]]\n== Eelarve aruanne ==\nKohv ja koogid.")
    assert kinds(text) == [
        ("section", "date_and_location"), ("section", "participants"),
        ("section", "what_happened"), ("extra", "Mis juhtus: pärastlõuna"),
        ("section", "discussion"), ("theme", "Advocacy"), ("section", "other_areas"),
        ("section", "reflections"), ("section", "media"), ("section", "budget")]
    # headings that share no label are two headings: the gap is not read
    apart = text.replace("== Mis juhtus: pärastlõuna ==", "== Pärastlõuna ==")
    assert ("section", "what_happened") not in kinds(apart)


def test_other_areas_written_under_the_last_theme_is_other_areas() -> None:
    # (its items name areas: a topic of the last theme need not)
    text = OTHER_INSIDE.replace("=== Lòt domèn ===\n* Sous revni: c",
                                "==== Lòt domèn ====\n* Revenue Streams: c")
    assert kinds(text)[2:] == [
        ("section", "discussion"), ("theme", "Patenarya"), ("theme", "Pledwaye"),
        ("section", "other_areas"), ("section", "reflections"), ("section", "media")]
    assert salonbot.render(salonbot.parse(text), base=text) == text
    # a sub-heading under the last theme where other themes have theirs too is a topic
    # a sub-heading whose items name no area is the last theme's topic
    assert ("section", "other_areas") not in kinds(text.replace("Revenue Streams: c", "c"))
    topics = text.replace("=== Tèm 1 — Patenarya ===\n* a\n",
                          "=== Tèm 1 — Patenarya ===\n==== Lekòl ====\n* a\n")
    assert ("section", "other_areas") not in kinds(topics)


def test_the_last_label_alike_that_gathers_labels_naming_areas_is_other_areas() -> None:
    text = ("== Dat ak kote ==\n12 oktòb 2019, Pòtoprens\n"
            "== Sa nou te diskite ==\n'''Premye: Patenarya'''\n* a\n\n"
            "'''Dezyèm: Divèsite'''\n* b\n\n'''Twazyèm: Edikasyon'''\n* c\n\n"
            "'''Katriyèm: Lòt bagay'''\n* '''Resource Allocation''': d\n"
            "* '''Revenue Streams''': e\n\n== Foto ==\n[[File:A.jpg]]")
    found = kinds(text)
    assert ("section", "other_areas") in found
    assert found[found.index(("section", "other_areas")) + 1:][:2] == [
        ("topic", "Resource Allocation"), ("topic", "Revenue Streams")]
    assert salonbot.render(salonbot.parse(text), base=text) == text
    # where an earlier label holds area labels too, the last one is a theme like the others
    theme = text.replace("'''Premye: Patenarya'''\n* a\n",
                         "'''Premye: Patenarya'''\n* '''Advocacy''': a\n* '''Diversity''': f\n")
    assert ("section", "other_areas") not in kinds(theme)


VOICES = ("== Date and location ==\n2 March 2019, Kinshasa\n== Participant List ==\n* A\n* B\n"
          "== What happened ==\nWe talked.\n"
          "== Summary of the discussion points ==\n=== Discussion Theme 1 (Advocacy) ===\n* x\n"
          "== Other Areas ==\n* y\n== Sango mosusu ==\nBoye.\n"
          "== Makanisi ya bato ==\n« Ezali mbala ya liboso. » — Patience\n"
          ": Merci mingi! — [[User:Bienvenu.K|Bienvenu]] ([[User talk:Bienvenu.K|discuter]]) "
          "16:20, 2 octobre 2019 (UTC)\n"
          "== Bafoto ==\n[[File:A.jpg]]\n== Statement on your budget ==\n30 USD")


def test_what_people_said_shows_the_reflections() -> None:
    # the quotation (or the signed reply) shows the reflections where the place alone cannot
    # tell (two unread headings after the photographs)
    assert ("section", "reflections") in kinds(VOICES)
    for voice in ("„Es war schön.“ – Anna", "{{Quote|text=Nice.|author=Anna}}",
                  ": Thanks! [[User:X|X]] 10:00, 3 May 2019 (UTC)"):
        text = VOICES.replace("« Ezali mbala ya liboso. » — Patience\n", voice + "\n")
        assert ("section", "reflections") in kinds(text), voice
    # prose alone, or labelled items (topics), show no voices
    for body in ("Ezali malamu mingi.\n", "* '''Diversity:''' « x »\n* '''Advocacy:''' y\n"):
        text = VOICES.replace("« Ezali mbala ya liboso. » — Patience\n", body).replace(
            ": Merci mingi! — [[User:Bienvenu.K|Bienvenu]] ([[User talk:Bienvenu.K|discuter]]) "
            "16:20, 2 octobre 2019 (UTC)\n", "")
        assert ("section", "reflections") not in kinds(text), body



def test_labels_naming_areas_show_other_areas() -> None:
    # after the summary, a heading no name matches whose labels name areas: Other Areas,
    # where the place alone cannot tell (an extra heading stands in the gap)
    text = VOICES.replace("== Other Areas ==\n* y\n", "== Makambo mosusu ==\n"
                          "* '''Diversity''': x\n* '''Revenue Streams''': y\n")
    assert ("section", "other_areas") in kinds(text)
    one = text.replace("* '''Revenue Streams''': y\n", "* y\n")
    assert ("section", "other_areas") not in kinds(one)


def test_every_decimal_digit_of_unicode_is_read_as_its_ascii_digit() -> None:
    import unicodedata

    from salonbot.report.slots import _digits
    digits = [chr(code) for code in range(0x110000) if unicodedata.category(chr(code)) == "Nd"]
    assert _digits("".join(digits)) == "".join(str(unicodedata.digit(char)) for char in digits)
    assert _digits("2019 · ٢٠١٩ · ২০১৯") == "2019 · 2019 · 2019"


def test_the_last_label_written_as_the_themes_but_unlabelled_gathering_areas_is_other_areas(
        ) -> None:
    text = ("== Date and location ==\n12 Oktober 2019, Makassar\n"
            "== Ringkasan diskusi ==\n{{Legend|#ffec99|Tema 1: Kerja sama}}\n* a\n\n"
            "{{Legend|#a5d8ff|Tema 2: Penguatan kapasitas}}\n* b\n\n"
            "{{Legend|#b2f2bb|Tema 3: Kebinekaan}}\n* c\n\n"
            "{{Legend|#ced4da|Lain-lain}}\n* Revenue Streams: kaos komunitas\n"
            "* Community Health: ditegur dengan kasar\n"
            "== Foto ==\n[[File:A.jpg]]")
    found = kinds(text)
    assert ("section", "other_areas") in found
    assert found.count(("theme", "Kebinekaan")) == 1
    assert salonbot.render(salonbot.parse(text), base=text) == text
    # items naming no area leave it the last theme
    assert ("section", "other_areas") not in kinds(
        text.replace("Revenue Streams:", "Kaos:").replace("Community Health:", "Kasar:"))


def test_a_close_spelling_that_what_the_heading_holds_belies_names_nothing() -> None:
    # `Ringkasang Bicara` (Buginese, 'summary of the talk') is close to the Malay `Ringkasan
    # acara` (What happened), but it holds the themes and no narrative: the page, written
    # heading for heading as the template is, is read by its order and what its headings hold
    text = ("== Esso sibawa Onrong ==\n26 Oktober 2019, Watampone\n"
            "== Tau Ripakkasiwiang ==\n* Andi\n* Nurul\n"
            "== Aga Mancaji ==\nWe met in the library at nine and talked for two whole hours "
            "about the strategy.\n"
            "== Ringkasang Bicara ==\n# '''Téma 1: Asséddingeng'''\n## x\n"
            "# '''Téma 2: Méwai Sisala-sala'''\n## y\n"
            "== Onrong Laingngé ==\n* z\n"
            "== Pangngaséng ==\n: Tongeng! [[User:A|A]] 14:22, 27 Oktober 2019 (WITA)\n"
            "== Poto ==\n[[File:A.jpg]]\n"
            "== Anggaran ==\n650.000 Rp")
    assert kinds(text) == [
        ("section", "date_and_location"), ("section", "participants"),
        ("section", "what_happened"), ("section", "discussion"),
        ("theme", "Asséddingeng"), ("theme", "Méwai Sisala-sala"),
        ("section", "other_areas"), ("section", "reflections"), ("section", "media"),
        ("section", "budget")]
    report = salonbot.parse(text)
    assert salonbot.render(report, base=text) == text
    # where it holds a narrative, the close spelling names its section still
    told = text.replace("== Ringkasang Bicara ==\n", "== Ringkasang Bicara ==\nWe met in the "
                        "library at nine and talked for two whole hours about the strategy.\n")
    node = salonbot.parse(told).sections["what_happened"]
    assert node.source is not None
    assert told[node.source.heading[0]:node.source.heading[1]] == "== Ringkasang Bicara =="


def test_a_line_giving_how_many_came_over_names_or_alone_shows_the_participants() -> None:
    # a language no lexicon knows, Reflections left out: only what the sections hold tells
    def page(people: str) -> str:
        return ("== Qelmar tu ==\nSibri, 23 March 2019, 9:00 – 15:00, Bawku Library\n"
                f"== Nidib zaam ==\n{people}\n"
                "== Bʋn maal ==\nTi daa yɛl.\n"
                "== Wuvak ==\n[[File:A.jpg]]\n"
                "== Ligidi ==\n100 GHS")
    listed = page("Nidib 19 n daa kena, ka ba ni:\n* Abugri Azumah\n* Ayamba Mary\n"
                  "* Atinga Daniel\n* Asibi Akolgo")
    assert kinds(listed)[:2] == [("section", "date_and_location"), ("section", "participants")]
    alone = page("Izua 14 a caucau a tjumaqu tua salon.")
    assert kinds(alone)[:2] == [("section", "date_and_location"), ("section", "participants")]
    # a telephone number, a year or an amount is no count
    for line in ("Têpwâtik: 780-555-0119.", "Izua 2018 a cavilj.", "Izua 14 USD."):
        assert ("section", "participants") not in kinds(page(line))


def test_a_date_that_a_narrative_mentions_once_the_date_is_read_does_not_bar_its_place() -> None:
    # the page follows the template heading for heading; the narrative's first line holds
    # `2030` and `2`, as a date would
    text = ("== Qadav ==\nSabtu, 27 a qadav 4, 2019\n"
            "== Sinicuayan ==\n* Ljavakaw Kaleng\n* Sauniaw Tjuljaviya\n* Kapi Ruvaniyaw\n"
            "* Muni Tjakisuvung\n"
            "== Anema ==\nKivadaq tua strategy 2030, ayatua pasusu tua 2 a cekeljan.\n"
            "== Pinakiljivak ==\n* Izua a sinan-qiljas.\n"
            "== Tjaivililj ==\nIzua kemasi tua kakudan.\n"
            "== Kakudan ==\n\"Nanguaq!\" — Ljavakaw\n"
            "== Qiljas ==\n[[File:A.jpg]]\n"
            "== Paysu ==\nNT$6,000")
    assert [name for kind, name in kinds(text) if kind == "section"] == [
        "date_and_location", "participants", "what_happened", "discussion", "other_areas",
        "reflections", "media", "budget"]


def test_a_line_giving_how_many_came_after_the_list_of_names_does_not_hide_it() -> None:
    text = ("== Nunal ==\nKösnunal, 2019 ar oštolez 13-tï, Ižkar\n"
            "== Pyriśkiśjos ==\nSalone vańmyz 14 adjami ljukaśkiz, soos pölyn:\n"
            "* Čupči\n* Gondyr\n* Nadi Udm\n* Kam šur\n"
            "Azvyl pumiśkone 9 adjami gine lyktiz.\n"   # 'only 9 came to the first meeting'
            "== Mar luiz ==\nStrategija sjaryś veraśkimy.\n"
            "== Sured ==\n[[File:A.jpg]]\n"
            "== Bjudžet ==\n8 450 RUB")
    assert kinds(text)[:2] == [("section", "date_and_location"), ("section", "participants")]
    # a line of running text after the names is no count: the list does not show people
    told = text.replace("Azvyl pumiśkone 9 adjami gine lyktiz.",
                        "Azvyl pumiśkone adjami gine lyktiz, no ta kyl val.")
    assert ("section", "participants") not in kinds(told)


@pytest.mark.parametrize("page", ["figures-heldout25/lus_aizawl_plain_inr",
                                  "figures-heldout28/sva_mestia_plain_gel",
                                  "figures-heldout28/kum_makhachkala_plain_rub",
                                  "figures-heldout115/tcs_badu_plain_aud",
                                  "figures-heldout115/pis_atoifi_shell_money"])
def test_a_narrative_mentioning_a_year_does_not_bar_a_page_read_by_its_order(page: str) -> None:
    # Mizo, Svan, Kumyk: one heading per section of the template, the budget (or Other
    # Areas) named; What happened's `founded in 2017, 7 came in December 2018` shows a
    # year and a small number, as the date does: once the date section is placed on the
    # heading in its place that shows a date, the narrative's is a mention. Torres Strait
    # Creole, Pijin: `Grup blo mipla bin stat lo 2018. Lo las mitin lo Pebruweri, mipla 6
    # pipel naow.`, a year and a number six words apart, is no date at all
    text = (Path(__file__).parent / f"{page}.wiki").read_text(encoding="utf-8")
    assert [name for kind, name in kinds(text) if kind == "section"] == [
        "date_and_location", "participants", "what_happened", "discussion", "other_areas",
        "reflections", "media", "budget"]



def test_a_close_spelling_of_a_section_another_heading_names_as_written_names_nothing() -> None:
    # de: `Aufgaben` (tasks) is one letter from `Ausgaben` (spending), a name of the budget;
    # the budget's own heading comes later, as written
    text = ("== Datum und Ort ==\nSamstag, 11. Mai 2019, Bielefeld\n"
            "== Teilnehmerliste ==\nAnwesend: 16 Personen\n"
            "== Was geschah ==\nWir trafen uns.\n"
            "== Zusammenfassung der Diskussionspunkte ==\n* Regionale Themen\n"
            "=== Aufgaben ===\n* Bericht auf Meta: Katrin\n"
            "== Weitere Bereiche ==\n* Kontakt\n"
            "== Erklärung zum Budget ==\nSumme der Ausgaben: 267,30 €")
    report = salonbot.parse(text)
    assert report.sections["budget"].text == "Summe der Ausgaben: 267,30 €"
    assert salonbot.render(report, base=text) == text
    # with no heading naming the budget as written, the close spelling still names it
    alone = text.replace("== Erklärung zum Budget ==\nSumme der Ausgaben: 267,30 €", "")
    assert "Bericht auf Meta" in str(salonbot.parse(alone.strip()).sections["budget"].points)


def test_a_date_line_with_a_long_gloss_in_brackets_is_a_date_line() -> None:
    # the words of a bracket (the day in another calendar) are not counted as the line's: the
    # line is no narrative
    bodies = list(ICELANDIC_BODIES)
    bodies[0] = ("Laugardagur 2. mars 2019 (ellefti dagur einmánaðar að fornu tali, eins og afi "
                 "skrifaði það alltaf í dagbókina sína), Bókasafnið í Reykjavík.")
    assert len(bodies[0].split()) > 20
    found = kinds(icelandic(bodies, TAKEAWAYS))
    assert found[:2] == [("extra", "Helstu niðurstöður"), ("section", "date_and_location")]


def test_a_sentence_that_ends_on_a_date_is_no_date_line() -> None:
    # ps, a language no lexicon knows: the date section gives no date; `Other Areas` tells that
    # the refugees' cards are valid until 30 June 2019. A date line gives its date among its
    # first words: that sentence is a mention, and its heading no date section
    text = "\n".join([
        "== نېټه او ځای ==", "د هري پور کلی، د نجونو ښوونځی.",
        "== د ګډونوالو لېست ==", "* ګل‌بشره احمدزۍ\n* ذبیح‌الله صافي\n* محمد عارف",
        "== څه وشول ==", "ذبیح‌الله پښتو ویکیپیډیا او د ویکیمیډیا د غورځنګ ستراتیژي په ساده "
        "ژبه وروپېژندله. بیا ګډونوال په درې ډلو ووېشل شول.",
        "== د بحث د ټکو لنډیز ==", "* نجونې غواړي چې روزنه یې په ښوونځي کې جلا وي.",
        "== نورې برخې ==", "ګډونوالو د PoR کارتونو په اړه اندېښنه وښوده، چې اعتبار یې تر ۳۰ "
        "جون ۲۰۱۹ پورې دی.",
        "== د ګډونوالو او همکارانو نظرونه ==", "ګل‌بشره وویل: «اوس ځواب لرم.»",
        "== انځورونه او ویډیوګانې ==", "۱۸ انځورونه واخیستل شول.",
        "== د بودیجې راپور ==", "* چای او اوبه: ۱٬۶۰۰ روپۍ\n* چاپ او کاغذ: ۱٬۳۰۰ روپۍ"])
    found = kinds(text)
    assert ("section", "date_and_location") not in found[4:]
    assert found[0] in (("section", "date_and_location"), ("extra", "نېټه او ځای"))


def test_phrases_of_thai_are_no_list_of_people() -> None:
    # tts: Thai writes no spaces between its words, only between phrases: a list of four
    # items with runs of twenty letters and more is no list of names (the summary of the
    # discussion, under a heading no lexicon names, was taken for the participants)
    text = ("__NOTOC__\nสาลอนยุทธศาสตร์ของกลุ่มวิกิพีเดียบึงกาฬ ปี 2562\n\n"
            "=== มื้อจัด บ่อนจัด ===\n* '''วันเสาร์ที่ 8 มิถุนายน 2562''' 13.00–17.00 น.\n"
            "* ศาลาการเปรียญวัดโพธิ์ชัย บ้านนาแวง หมู่ 5 ตำบลวิศิษฐ์ อำเภอเมืองบึงกาฬ\n"
            "* ติดต่อพระอาจารย์ที่ดูแลศาลา 042-491-208\n"
            "=== ผู้มาฮ่วม ===\nนับแล้วได้ 14 คน ในนั้นมี\n* [[User:Phu Tok|Phu Tok]]\n"
            "* [[User:Mekong Naga|Mekong Naga]]\n* อ้ายสุริยา ครูโรงเฮียนประถม\n"
            "และหมู่ ๆ อีกหลายคนที่บ่ได้เขียนชื่อไว้\n"
            "=== เฮ็ดหยังกันแหน่ ===\nเฮาเริ่มด้วยการเว้าเรื่องยุทธศาสตร์วิกิมีเดีย 2030 แบบง่าย ๆ\n"
            "=== สรุปที่เว้ากัน ===\n"
            "* อยากเขียนเรื่องภูทอก ที่มีทางเดินรอบภู 7 ชั้น และเรื่องหินสามวาฬ\n"
            "* อยากถ่ายฮูปบุญบั้งไฟกับบุญแข่งเฮือลงคอมมอนส์\n"
            "* คนเฒ่าคนแก่ฮู้เรื่องเก่าหลาย แต่บ่ใช้คอมพิวเตอร์ ต้องมีคนไปอัดเสียงแล้วถอดความ\n"
            "* สัญญาณอินเทอร์เน็ตในบ้านนอกยังบ่ดี ต้องเตรียมไฟล์ไว้ก่อน\n"
            "=== เรื่องอื่น ===\nครั้งก่อนเฮาพบกันที่ฮ้านกาแฟริมโขง มีคนมา 8 คน\n"
            "=== คำเว้าจากผู้มาฮ่วม ===\n\"ได้ฮู้ว่าเรื่องบ้านเฮากะเขียนลงได้\"\n"
            "=== ฮูป ===\n[[File:A.jpg|thumb]]\n=== เงิน ===\n* ค่าน้ำดื่ม: 240 บาท")
    assert ("section", "participants") not in kinds(text)[3:5]


def test_sentences_of_tibetan_are_no_list_of_people() -> None:
    # bo: Tibetan writes no spaces, its syllables apart with the tsheg (and a shad after a name
    # as after a sentence): a list of four sentences of many syllables is no list of names,
    # and the headings are read by their place
    text = ("== ཚེས་གྲངས་དང་ས་གནས། ==\n* ཕྱི་ལོ་2019ལོའི་ཟླ་3པའི་ཚེས་30 གཟའ་སྤེན་པ།\n"
            "== ཞུགས་མིའི་མིང་ཐོ། ==\nཚོགས་འདུར་མི་19ཞུགས་ཡོད། དེའི་ནང་ནས་ཁ་ཤས་ནི།\n"
            "* [[User:A|ཚེ་རིང་དོན་གྲུབ།]]\n* སྒྲོལ་མ་མཚོ།\n"
            "ཕྱི་ལོ་༢༠༡༨ལོའི་ཟླ་༡༡པའི་ཚོགས་འདུར་མི་༡༢ཞུགས་ཡོད།\n"
            "== ཅི་ཞིག་བྱུང་བ། ==\nང་ཚོས་ཐབས་ཇུས་ངོ་སྤྲོད་བྱས་ནས་ཚོ་ཆུང་གསུམ་དུ་བགོས་ཏེ་གྲོས་བསྡུར་བྱས།\n"
            "== གྲོས་བསྡུར་གྱི་གནད་དོན་བསྡུས་དོན། ==\n"
            "* བོད་ཡིག་ཝེ་ཁེ་རིག་མཛོད་ལ་ད་ལྟ་རྩོམ་ཡིག་༦,༠༠༠ལྷག་ཙམ་ལས་མེད།\n"
            "* སློབ་ཕྲུག་ཚོས་རང་ཡུལ་གྱི་ལོ་རྒྱུས་སྐོར་གྱི་རྩོམ་ཡིག་འབྲི་རྒྱུ།\n"
            "* རེབ་གོང་ཐང་ཀའི་སྐོར་གྱི་རྩོམ་ཡིག་ལེགས་བཅོས་གཏོང་རྒྱུ།\n"
            "* ཁ་པར་ནང་བོད་ཡིག་མཐེབ་གཞོང་སྤྱོད་ཐབས་སློབ་ཁྲིད་བྱེད་རྒྱུ།\n"
            "* དཔེ་མཛོད་ཁང་དང་མཉམ་དུ་ལས་འགུལ་གཞན་ཞིག་སྤེལ་རྒྱུ།\n"
            "== ཁྱབ་ཁོངས་གཞན། ==\n* x\n"
            "== ཞུགས་མི་དང་མཉམ་ལས་པའི་བསམ་ཚུལ། ==\nཡག་པོ་འདུག\n"
            "== པར་རིས་དང་བརྙན་ཟློས། ==\n[[File:A.jpg]]\n"
            "== འགྲོ་སོང་གི་གསལ་བཤད། ==\n100 USD")
    sections = [name for kind, name in kinds(text) if kind == "section"]
    assert sections[:4] == ["date_and_location", "participants", "what_happened", "discussion"]

"""The name index (report/names.py): how headings, theme labels and titles are normalised and
matched against the template's names, its lexicon (report/lexicon.py) and the coordinator's
`[aliases]` (salonbot.toml). Expected values are written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import salonbot
from salonbot.cli import main
from salonbot.config import load_settings
from salonbot.errors import ConfigError, TemplateError
from salonbot.report.names import ThemeLabel, normalize
from salonbot.report.template import get_template, load_template_file, using_template

TESTS = Path(__file__).parent
DEVSET = yaml.safe_load((TESTS / "names" / "devset.yaml").read_text(encoding="utf-8"))
NAMES = get_template().names
SECTION_NAMES = NAMES.entries("section")
AREA_NAMES = NAMES.entries("area")


# --- the normal form ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "normal"), [
    ("Date and location", "date and location"),
    ("  DATE   and\tLocation  ", "date and location"),
    ("'''Date and location'''", "date and location"),
    ("[[Meta:Salon|Date and location]]", "date and location"),
    ("<span style=\"color:red\">Budget</span>", "budget"),
    ("<translate><!--T:3--> Budget</translate>", "budget"),
    ("Budget&nbsp;", "budget"),
    ("Budget:", "budget"),
    ("«Budget»", "budget"),
    ("Date & location", "date location"),
    ("1. Budget", "budget"),
    ("1) Budget", "budget"),
    ("1 - Budget", "budget"),
    ("I. Budget", "budget"),
    ("iv) Budget", "budget"),
    ("A. Budget", "budget"),
    ("4.1 Budget", "budget"),
    ("4.2.1 Budget", "budget"),
    ("১. বাজেট", "বাজেট"),
    ("३. बजट", "बजट"),
    ("١. الميزانية", "الميزانية"),
    ("１．予算", "予算"),
    ("一、预算", "预算"),
    ("2\ufe0f\u20e3 Budget", "budget"),
    ("📷 Photos 🎉", "photos"),
    ("Ｂｕｄｇｅｔ", "budget"),
    ("Bud\u00adget\u200b", "budget"),  # a soft hyphen and a zero-width space are invisible
    ("\u200fالميزانية\u200f", "الميزانية"),  # right-to-left marks
    ("ميزانيه كلي", "ميزانيه كلي"),
    ("میزانیه کلی", "ميزانيه كلي"),  # Persian yeh and kaf read as Arabic ones
    ("KATILIMCILAR", "katilimcilar"),
    ("Katılımcılar", "katilimcilar"),  # Turkish dotless i
    ("İZLENİMLER", "izlenimler"),  # Turkish dotted capital I
    ("تصاویر\u200cویدیو", "تصاوير ويديو"),  # a Persian zero-width non-joiner is a space
    ("2019 Salon", "2019 salon"),  # a year is no numbering
    ("Budget 2019", "budget 2019"),
    ("", ""),
    ("'''  '''", ""),
])
def test_the_normal_form(text: str, normal: str) -> None:
    assert normalize(text) == normal


# --- decorating a name never changes what it names --------------------------------------------------

def _plain(name: str) -> bool:
    return not any(character in name for character in "'[]{}|<>=&:;#*")


DECORATIONS = [
    "{}", "'''{}'''", "''{}''", "'''''{}'''''", "<b>{}</b>", "<span lang=\"xx\">{}</span>",
    "<translate>{}</translate>", "<!--T:5-->{}", "[[Strategy|{}]]", "{} <!-- a note -->",
    "1. {}", "2) {}", "IV. {}", "B) {}", "3.1 {}", "１．{}", "4\ufe0f\u20e3 {}", "📌 {}", "{} ✅",
    "  {}  ", "{}:", "«{}»", "{}{{{{anchor|x}}}}",
]
CASES = [str.upper, str.lower, str.title, lambda text: text]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([entry for entry in SECTION_NAMES if _plain(entry[0])]),
       st.sampled_from(DECORATIONS), st.sampled_from(CASES))
def test_a_decorated_section_name_names_its_section(entry: tuple[str, str], decoration: str,
                                                    case: object) -> None:
    name, key = entry
    text = decoration.format(case(name))  # type: ignore[operator]
    assert NAMES.section(text) == key, text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([entry for entry in AREA_NAMES if _plain(entry[0])]),
       st.sampled_from(DECORATIONS), st.sampled_from(CASES))
def test_a_decorated_area_name_names_its_area(entry: tuple[str, str], decoration: str,
                                              case: object) -> None:
    name, area = entry
    text = decoration.format(case(name))  # type: ignore[operator]
    assert NAMES.area(text) == area, text


# --- every name of the lexicon --------------------------------------------------------------------

def test_the_lexicon_has_the_languages_of_meta() -> None:
    data = yaml.safe_load((Path(salonbot.__file__).parent / "report" / "templates"
                           / "strategy-salon.lexicon.yaml").read_text(encoding="utf-8"))
    languages = set(data["languages"])
    assert {"en", "ar", "fa", "he", "hi", "bn", "ta", "ur", "zh-hans", "zh-hant", "ja", "ko", "vi",
            "id", "sw", "yo", "tr", "ru", "uk", "pl", "de", "fr", "it", "es", "pt"} <= languages
    # the languages of active Wikipedias and affiliates added after them (issue 17)
    assert {"sv", "nb", "da", "fi", "hu", "ro", "bg", "sr-cyrl", "sr-latn", "hr", "sk", "sl", "et",
            "lv", "lt", "ka", "hy", "az", "kk", "uz", "th", "mr", "te", "kn", "ml", "gu", "pa",
            "si", "my", "km", "am", "ha", "ig", "zu", "af", "eu", "gl", "cy", "tl"} <= languages
    assert len(languages) >= 70


@pytest.mark.parametrize(("name", "key"), SECTION_NAMES)
def test_every_section_name_names_its_section_and_no_other(name: str, key: str) -> None:
    assert NAMES.section(name) == key
    assert NAMES.section(name, taken=[key]) is None  # a second one is a section of its own
    assert NAMES.area(name) is None
    report = salonbot.parse(f"== {name} ==\nx")
    assert list(report.sections) == [key] and not report.extra_sections, name


@pytest.mark.parametrize(("name", "area"), AREA_NAMES)
def test_every_area_name_names_its_area_and_no_section(name: str, area: str) -> None:
    assert NAMES.area(name) == area
    assert NAMES.section(name) is None
    page = f"== Summary of the discussion points ==\n=== {name} ===\n* x"
    themes = salonbot.parse(page).sections["discussion"].children
    assert [(theme.title, NAMES.area(theme.title or "")) for theme in themes] == [(name, area)]


@pytest.mark.parametrize("word", NAMES.theme_words)
def test_every_theme_word_labels_a_theme(word: str) -> None:
    label = NAMES.theme(f"{word} 2: Diversity")
    assert (label.title, label.labelled, label.area) == ("Diversity", True, "Diversity")
    page = f"== Budget ==\n10 USD\n=== {word} 3 (Advocacy) ===\n* x"
    report = salonbot.parse(page)
    assert [theme.title for theme in report.sections["discussion"].children] == ["Advocacy"], word


# --- headings in two languages ---------------------------------------------------------------------

@pytest.mark.parametrize(("heading", "key"), [
    ("Budget / Бюджет", "budget"),
    ("Бюджет / Budget", "budget"),
    ("Date and location (তারিখ ও স্থান)", "date_and_location"),
    ("তারিখ ও স্থান (Date and location)", "date_and_location"),
    ("Participant List – Liste des participants", "participants"),
    ("Liste des participants – Participant List", "participants"),
    ("רשימת משתתפים / Participent List", "participants"),  # a typo in one part
    ("Summary of the discussion points (Résumé)", "discussion"),  # the other part names nothing
    ("Pressupost / Budget", "budget"),
    ("預算（Budget）", "budget"),
])
def test_a_heading_in_two_languages_names_the_section_of_either_part(heading: str,
                                                                     key: str) -> None:
    assert NAMES.section(heading) == key
    assert list(salonbot.parse(f"== {heading} ==\nx").sections) == [key]


@pytest.mark.parametrize("heading", [
    "Budget / Participants",  # the parts disagree
    "Photos / Budget",
    "Theme 2 - Budget",  # a theme, not the budget
    "Discussion Theme 1 (Budget)",
])
def test_parts_that_disagree_or_a_theme_label_name_no_section(heading: str) -> None:
    assert NAMES.section(heading) is None


# --- close spellings: the dev set ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "key"), DEVSET["sections"])
def test_a_misspelt_section_name_names_its_section_or_nothing(text: str, key: str) -> None:
    assert normalize(text) not in {normalize(name) for name, _ in SECTION_NAMES}
    assert NAMES.section(text) in (key, None)


@pytest.mark.parametrize(("text", "area"), DEVSET["areas"])
def test_a_misspelt_area_name_names_its_area_or_nothing(text: str, area: str) -> None:
    assert normalize(text) not in {normalize(name) for name, _ in AREA_NAMES}
    assert NAMES.area(text) in (area, None)


def test_most_misspellings_of_the_dev_set_are_recognised() -> None:
    found = [NAMES.section(text) == key for text, key in DEVSET["sections"]]
    found += [NAMES.area(text) == area for text, area in DEVSET["areas"]]
    assert sum(found) / len(found) >= 0.95


@pytest.mark.parametrize("text", DEVSET["near_misses"]["sections"])
def test_a_near_miss_names_no_section(text: str) -> None:
    assert NAMES.section(text) is None


@pytest.mark.parametrize("text", DEVSET["near_misses"]["areas"])
def test_a_near_miss_names_no_area(text: str) -> None:
    assert NAMES.area(text) is None


@pytest.mark.parametrize(("text", "area"), [
    ("Advocay", "Advocacy"),  # 7 letters: a typo is tolerated
    ("Divrsity", "Diversity"),
    ("Partnerships Strategic", "Partnerships"),  # the words of `Strategic partnerships`
])
def test_close_spellings_of_long_names(text: str, area: str) -> None:
    assert NAMES.area(text) == area


@pytest.mark.parametrize("text", ["Budgt", "Fotso", "Médis", "Photo"])
def test_a_short_text_matches_only_exactly(text: str) -> None:
    assert NAMES.section(text) is None


# --- theme labels ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "title", "number", "area"), [
    ("Discussion Theme 1 (Advocacy)", "Advocacy", "1", "Advocacy"),
    ("Theme 2: Diversity", "Diversity", "2", "Diversity"),
    ("Theme 3 - Community Health", "Community Health", "3", "Community Health"),
    ("theme 12.  Revenue  streams", "Revenue  streams", "12", "Revenue Streams"),
    ("2. Thème : Diversité", "Diversité", "2", "Diversity"),
    ("Thème 4 : Plaidoyer", "Plaidoyer", "4", "Advocacy"),
    ("Theme: Partnerships", "Partnerships", None, "Partnerships"),
    ("3. Capacity Building", "Capacity Building", "3", "Capacity Building"),
    ("【テーマ１】アドボカシー", "アドボカシー", "１", "Advocacy"),
    ("議題二：夥伴關係", "夥伴關係", "二", "Partnerships"),
    ("B) Diversity", "Diversity", None, "Diversity"),
    ("Diskussionsthema 2 (Vielfalt)", "Vielfalt", "2", "Diversity"),
    ("Eje 1 – Incidencia política", "Incidencia política", "1", "Advocacy"),
    ("Тема обсуждения 3 (Разнообразие)", "Разнообразие", "3", "Diversity"),
    ("محور النقاش 1 (التنوع)", "التنوع", "1", "Diversity"),
    ("讨论主题2（多样性）", "多样性", "2", "Diversity"),
    ("主题3：能力建设", "能力建设", "3", "Capacity Building"),
    ("Tema diskusi 5: Kemitraan", "Kemitraan", "5", "Partnerships"),
    ("Tartışma teması 2: Çeşitlilik", "Çeşitlilik", "2", None),
])
def test_theme_labels_in_many_languages(text: str, title: str, number: str | None,
                                        area: str | None) -> None:
    label = NAMES.theme(text)
    assert label.labelled
    assert label.span is not None and text[label.span[0]:label.span[1]] == title
    assert (text[label.number[0]:label.number[1]] if label.number else None) == number
    assert label.area == (area or NAMES.area(title))
    if area is not None:
        assert label.area == area


@pytest.mark.parametrize(("text", "title", "number"), [
    ("4) Wikidata in schools", "Wikidata in schools", "4"),
    ("3. Desarrollo de la jornada", "Desarrollo de la jornada", "3"),
    ("C. Wikipedia w szkołach", "Wikipedia w szkołach", None)])
def test_a_bare_number_before_no_area_is_numbering_not_a_label(text: str, title: str,
                                                               number: str | None) -> None:
    label = NAMES.theme(text)
    assert not label.labelled and label.area is None
    assert label.span is not None and text[label.span[0]:label.span[1]] == title
    assert (text[label.number[0]:label.number[1]] if label.number else None) == number


def test_numbered_sections_are_not_taken_for_themes() -> None:
    page = ("== 3. Desarrollo de la jornada ==\nx\n== 4. Resumen de la discusión ==\n"
            "=== 4.1 Diversidad ===\n* a\n=== 4.2 Bibliotecas ===\n* b")
    report = salonbot.parse(page)
    assert list(report.sections) == ["discussion"]
    assert [extra.title for extra in report.extra_sections] == ["3. Desarrollo de la jornada"]
    assert [theme.title for theme in report.sections["discussion"].children] == [
        "Diversidad", "Bibliotecas"]


def test_a_theme_label_without_a_title() -> None:
    assert NAMES.theme("Discussion Theme 5") == ThemeLabel("", None, (17, 18), True, None)
    assert NAMES.theme("Diskussionsthema 4").number == (17, 18)


@pytest.mark.parametrize(("text", "area"), [
    ("Advocacy", "Advocacy"), ("Themes of the day", None), ("Theme park visit", None),
    ("Just bold", None)])
def test_a_text_without_a_label_is_all_title(text: str, area: str | None) -> None:
    label = NAMES.theme(text)
    assert (label.title, label.span, label.number, label.labelled, label.area) == (
        text, (0, len(text)), None, False, area)


# --- placeholders ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "placeholder"), [
    ("Write here", True), ("Write here...", True), ("''Write here''", True),
    ("Name of the theme", True), ("اكتب هنا", True), ("TBD", True),
    ("Write here about the venue we chose", False), ("Advocacy", False), ("", False)])
def test_placeholders(text: str, placeholder: bool) -> None:
    assert NAMES.is_placeholder(text) is placeholder


# --- errors in a lexicon ---------------------------------------------------------------------------

TEMPLATE = """name: lexicon-test
lexicon: test.lexicon.yaml
areas: [Advocacy, Diversity]
sections:
  - {key: budget, heading: Budget}
  - {key: media, heading: Photos}
"""


@pytest.mark.parametrize(("lexicon", "pattern"), [
    ("languages:\n  en:\n    sections:\n      budget: [Costs]\n      media: [Costs]\n",
     r"test.lexicon.yaml: languages.en.sections.media: 'Costs' names the section 'media' but "
     r"also 'budget' \(in .*languages.en.sections.budget\); keep it under one of them"),
    ("languages:\n  en:\n    sections:\n      media: [budget]\n",
     r"languages.en.sections.media: 'budget' names the section 'media' but also 'budget' "
     r"\(in lexicon-test.sections\[0\].heading|.*sections\[0\].heading\)"),
    ("languages:\n  fr:\n    areas:\n      Advocacy: [Plaidoyer]\n      Diversity: [plaidoyer!]\n",
     r"languages.fr.areas.Diversity: 'plaidoyer!' names the area 'Diversity' but also "
     r"'Advocacy'"),
    ("languages:\n  en:\n    sections:\n      costs: [Costs]\n",
     r"languages.en.sections.costs: 'costs' is not a section of the template; use one of: "
     r"budget, media"),
    ("languages:\n  en:\n    areas:\n      Health: [Health]\n",
     r"languages.en.areas.Health: 'Health' is not an area of the template"),
    ("languages:\n  en:\n    heading: [Budget]\n", r"languages.en: unknown key 'heading'"),
    ("languages:\n  en:\n    theme: {Theme: 1}\n", r"languages.en.theme: expected a list"),
    ("languages: [\n", r"test.lexicon.yaml: not valid YAML"),
    ("words: []\n", r"test.lexicon.yaml: unknown key 'words'"),
])
def test_a_bad_lexicon_is_refused_naming_its_file_and_entry(tmp_path: Path, lexicon: str,
                                                             pattern: str) -> None:
    (tmp_path / "test.yaml").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "test.lexicon.yaml").write_text(lexicon, encoding="utf-8")
    with pytest.raises(TemplateError, match=pattern) as raised:
        load_template_file(tmp_path / "test.yaml")
    assert str(tmp_path / "test") in str(raised.value)


def test_the_mini_template_has_its_own_lexicon() -> None:
    mini = load_template_file(TESTS / "templates" / "mini-report.yaml")
    assert mini.names.section("Résumé") == "summary"
    assert mini.names.section("Coûts") == "budget"
    assert mini.names.section("Statement on your budget") is None  # a Strategy Salon name
    topics = mini.section("topics").children
    assert topics is not None
    assert (topics.match("Sujet 3 : Outils").title, topics.match("Sujet 3 : Outils").specific) == (
        "Outils", True)


# --- [aliases] -------------------------------------------------------------------------------------

def _config(folder: Path, text: str) -> Path:
    path = folder / "salonbot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_aliases_name_sections_and_areas(tmp_path: Path) -> None:
    settings = load_settings(_config(tmp_path, '[aliases]\n"Feedback" = "reflections"\n'
                                               '"Wiki Loves Women" = "diversity"\n'))
    assert settings.aliases == (("Feedback", "reflections"), ("Wiki Loves Women", "Diversity"))
    template = settings.page_template()
    assert template.names.section("'''Feedback'''") == "reflections"
    assert template.names.section("1. FEEDBACK") == "reflections"
    assert template.names.area("Wiki Loves Women") == "Diversity"
    assert template.names.area("Wiki Loves Wimen") is None  # an alias is matched exactly
    assert get_template().names.section("Feedback") is None  # the shipped template is unchanged


@pytest.mark.parametrize(("config", "pattern"), [
    ('[salonbot]\nmax_edits = 3\n\n[aliases]\n"Feedback" = "reflection"\n',
     r"salonbot.toml:5: \[aliases\] 'Feedback' = 'reflection' is neither a section nor a "
     r"thematic area of the template 'strategy-salon'; use one of: date_and_location, .*, "
     r"budget, Advocacy, .*Roles & Responsibilities"),
    ('[aliases]\n"Feedback" = 3\n', r"salonbot.toml:2: \[aliases\] 'Feedback' = 3 is neither"),
    ('aliases = "Feedback"\n', r"salonbot.toml: \[aliases\] must be a table"),
])
def test_a_bad_alias_is_refused_naming_file_line_and_the_allowed_values(
        tmp_path: Path, config: str, pattern: str) -> None:
    with pytest.raises(ConfigError, match=pattern):
        load_settings(_config(tmp_path, config))


PAGE = ("== Feedback ==\nIt was good.\n\n== Summary of the discussion points ==\n"
        "=== Wiki Loves Women ===\n* More women editors")


def test_parse_with_config_applies_the_aliases(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.wiki"
    page.write_text(PAGE, encoding="utf-8")
    config = _config(tmp_path, '[aliases]\n"Feedback" = "reflections"\n')
    assert main(["parse", str(page), "--title", "T"]) == 0
    without = yaml.safe_load(capsys.readouterr().out)
    assert "reflections" not in without and without["extra_sections"][0]["title"] == "Feedback"
    assert main(["parse", str(page), "--title", "T", "--config", str(config)]) == 0
    found = yaml.safe_load(capsys.readouterr().out)
    assert found["reflections"] == "It was good." and "extra_sections" not in found
    assert get_template().names.section("Feedback") is None  # only while the command runs


def test_using_template_registers_it_for_the_block() -> None:
    shipped = get_template()
    aliased = shipped.with_aliases({"Feedback": "reflections"})
    with using_template(aliased):
        assert get_template() is aliased
        assert list(salonbot.parse("== Feedback ==\nx").sections) == ["reflections"]
    assert get_template() is shipped

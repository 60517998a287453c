"""One index of the names a template's sections, themes and thematic areas go by.

A heading, a label or a title is compared by what a reader sees of it (display.py), normalised
(`normalize`): Unicode NFKC, case folded, punctuation, symbols and emoji as spaces, invisible
characters dropped, leading numbering (`1.`, `1)`, `I.`, `iv)`, `A.`, `4.2.1`, `১.`, `١.`,
`１．`, `一、`, a keycap emoji) removed, white space folded, and letters a reader sees as one
letter made one (Arabic and Persian yeh and kaf, Turkish dotted and dotless i; a Persian
zero-width non-joiner is a space).

The names are the template's canonical headings and areas, its lexicon (lexicon.py) and the
coordinator's `[aliases]` (salonbot.toml). A text names a section or an area by, in order:
1. its whole text (an alias first);
2. its text before a trailing parenthesis (`Capacity Building (for advocacy)`);
3. the parts of a heading in two languages (`X / Y`, `X (Y)`, `X – Y`, either order; for areas
   also `X: Y`): the parts that name something must name the same one;
4. a close spelling (a typo, words in another order) that is close to the names of exactly one
   section or area (rapidfuzz; see FUZZY_THRESHOLD). Texts of fewer than 7 letters match only
   exactly.
A name that would name two sections or two areas is refused when the template loads.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from salonbot.errors import TemplateError
from salonbot.report.display import display_text

#: The lowest score (0-100) a close spelling must reach: measured on tests/names/devset.yaml by
#: benchmarks/bench_names.py (the lowest threshold with no false match; benchmarks/RESULTS.md).
FUZZY_THRESHOLD = 85
#: Fewer letters than this: a text matches only exactly (a typo of a short word is another word).
FUZZY_MIN_LETTERS = 7
#: How close a title must be for `validate` to suggest an area for it.
SUGGESTION_THRESHOLD = 60

# Letters written two ways that a reader takes for one: Persian yeh/kaf and Arabic yeh/kaf,
# alef maksura, Turkish dotless i (and the dot that case folding leaves on İ).
_SAME_LETTERS = str.maketrans({"\u06cc": "\u064a", "\u0649": "\u064a", "\u06a9": "\u0643",
                               "\u0131": "i", "\u0307": None, "\u0640": None})
_CJK_NUMERALS = "〇一二三四五六七八九十百"
_NUMBERING = re.compile(
    r"\A\s*(?:\d\ufe0f?\u20e3"  # a keycap emoji
    r"|\d+(?:\.\d+)+\.?(?=\s)"  # 4.1, 4.2.1
    rf"|(?:\d+|[ivxlcdm]{{1,7}}|[a-z]|[{_CJK_NUMERALS}]+)\s*(?:[.)、:]|\s[-\u2013\u2014](?=\s)))\s*")
_PARENTHESIS = re.compile(r"\A(.*?\S)\s*[(\uff08]([^()\uff08\uff09]*)[)\uff09]\s*\Z", re.DOTALL)
_SECTION_PARTS = re.compile(r"\s*/\s*|\s+[-\u2013\u2014]\s+|\s*[(\uff08)\uff09]\s*")
_AREA_PARTS = re.compile(r"\s*/\s*|\s+[-\u2013\u2014]\s+|\s*[(\uff08)\uff09:\uff1a]\s*")


@functools.cache
def _blanks() -> dict[int, str | None]:
    """A str.translate table of the Basic Multilingual Plane: punctuation, symbols, separators
    and control characters to a space, invisible (format) characters to nothing."""
    table: dict[int, str | None] = {}
    for code in range(0x10000):
        category = unicodedata.category(chr(code))
        if category[0] in "PSZ" or category == "Cc":
            table[code] = " "
        elif category == "Cf":
            table[code] = None
    # a Persian zero-width non-joiner separates words; emoji presentation selectors and the
    # keycap mark (after the numbering is gone) are no letters
    table.update({0x200C: " ", 0xFE0E: None, 0xFE0F: None, 0x20E3: None})
    return table


def _blank_astral(text: str) -> str:
    """Emoji and other symbols beyond the Basic Multilingual Plane as spaces."""
    return "".join(" " if ord(character) > 0xFFFF
                   and unicodedata.category(character)[0] in "PSZC" else character
                   for character in text)


@functools.lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """`text` (wikitext or plain text) as names are compared: its display text, NFKC, case
    folded, one form of letters read as one, leading numbering removed, punctuation, symbols
    and emoji as spaces, invisible characters dropped, single spaces. '' for text of none."""
    text = unicodedata.normalize("NFKC", display_text(text)).casefold().translate(_SAME_LETTERS)
    text = _NUMBERING.sub("", text, count=1).translate(_blanks())
    if text and max(text) > "\uffff":
        text = _blank_astral(text)
    return " ".join(text.split())


def _letters(text: str) -> int:
    return sum(character.isalnum() for character in text)


@dataclass(frozen=True)
class ThemeLabel:
    """What a theme's heading or label says: its `title` (without the label and number; '' for
    `Discussion Theme 2` alone), where the title stands in the text (None without one), where
    its number stands, whether it is `labelled` as a theme (a theme word, `Theme 2: X`,
    `2. Thème : X`, `Theme: X`, or numbering before an area's name, `3. Diversity`), and the
    `area` its title names."""

    title: str
    span: tuple[int, int] | None
    number: tuple[int, int] | None
    labelled: bool
    area: str | None


class _Index:
    """Normalised names -> a target (a section key or an area name), and the fuzzy choices."""

    def __init__(self, kind: str, names: Iterable[tuple[str, str, str]]):
        self.kind = kind
        self.exact: dict[str, str] = {}
        self.aliases: dict[str, str] = {}
        self.entries: list[tuple[str, str]] = []  # (name as written, target)
        where: dict[str, str] = {}
        for target, name, entry in names:
            folded = normalize(name)
            if not folded:
                continue
            owner = self.exact.setdefault(folded, target)
            if owner != target:
                raise TemplateError(
                    f"{entry}: {name!r} names the {kind} {target!r} but also {owner!r} (in "
                    f"{where[folded]}); keep it under one of them")
            where.setdefault(folded, entry)
            self.entries.append((name, target))
        self._choices: list[str] | None = None

    def with_aliases(self, aliases: Mapping[str, str]) -> _Index:
        index = _Index(self.kind, ())
        index.exact = dict(self.exact)
        index.entries = list(self.entries)
        index.aliases = dict(aliases)
        return index

    def get(self, folded: str) -> str | None:
        return self.aliases.get(folded) or self.exact.get(folded)

    def scores(self, folded: str, threshold: float) -> dict[str, float]:
        """The best score of each target with a name at least `threshold` close to `folded`."""
        if self._choices is None:
            # the coordinator's aliases are matched exactly only
            self._choices = [name for name in self.exact if _letters(name) >= FUZZY_MIN_LETTERS]
        choices = self._choices
        hits = [(name, score * 100) for name, score, _ in process.extract(
            folded, choices, scorer=OSA.normalized_similarity, score_cutoff=threshold / 100,
            limit=None)]
        if " " in folded:
            hits += [(name, score) for name, score, _ in process.extract(
                folded, choices, scorer=fuzz.token_sort_ratio, score_cutoff=threshold,
                limit=None)]
        best: dict[str, float] = {}
        for name, score in hits:
            target = self.exact[name]
            best[target] = max(best.get(target, 0.0), score)
        return best

    def close(self, folded: str, threshold: float) -> str | None:
        if _letters(folded) < FUZZY_MIN_LETTERS:
            return None
        found = self.scores(folded, threshold)
        return next(iter(found)) if len(found) == 1 else None


def _named(parts: Iterable[str], find: Callable[[str], str | None]) -> set[str]:
    """What the parts that name something name."""
    return {found for part in parts if (found := find(part))}


class Names:
    """The name index of a template: which section, area or theme label a text names."""

    def __init__(self, sections: _Index, areas: _Index, theme_words: tuple[str, ...],
                 placeholders: frozenset[str], threshold: float = FUZZY_THRESHOLD):
        self._sections = sections
        self._areas = areas
        self.area_names = tuple(dict.fromkeys(areas.exact.values()))
        self.section_keys = tuple(dict.fromkeys(sections.exact.values()))
        self.theme_words = theme_words
        self.placeholders = placeholders
        # with room for markup around it: a longer line is never one
        self._longest_placeholder = 3 * max(map(len, placeholders), default=0) + 40
        self.threshold = threshold
        self._theme = _theme_patterns(theme_words)
        self._cache: dict[tuple[str, str], str | None] = {}
        self._words: dict[str, str] | None = None

    @classmethod
    def build(cls, sections: Iterable[tuple[str, str, str]], areas: Iterable[tuple[str, str, str]],
              theme_words: Iterable[str], placeholders: Iterable[str],
              threshold: float = FUZZY_THRESHOLD) -> Names:
        """The index of `sections` and `areas` ((target, name, the entry it comes from), the
        canonical ones first), the words that label a theme and the placeholders;
        TemplateError for a name that names two sections or two areas."""
        return cls(_Index("section", sections), _Index("area", areas),
                   tuple(dict.fromkeys(word for word in theme_words if word.strip())),
                   frozenset(filter(None, (normalize(text) for text in placeholders))), threshold)

    def with_aliases(self, aliases: Mapping[str, str]) -> Names:
        """These names and the coordinator's aliases (display text -> a section key or an area
        name), which come first; a target that is neither is ignored (config.py refuses it)."""
        to_section: dict[str, str] = {}
        to_area: dict[str, str] = {}
        for alias, target in aliases.items():
            found = self.target_of(target)
            if found in self.section_keys:
                to_section[normalize(alias)] = found
            elif found is not None:
                to_area[normalize(alias)] = found
        return Names(self._sections.with_aliases(to_section), self._areas.with_aliases(to_area),
                     self.theme_words, self.placeholders, self.threshold)

    def identity(self) -> str:
        """Everything in these names that decides how a page reads, as text: equal for two
        indexes that read every text alike (kept reads of pages are keyed by it,
        sync/reads.py), different when an alias, a name or the threshold differs."""
        parts = [(index.kind, sorted(index.exact.items()), sorted(index.aliases.items()))
                 for index in (self._sections, self._areas)]
        return repr((parts, self.theme_words, sorted(self.placeholders), self.threshold))

    def with_threshold(self, threshold: float) -> Names:
        """These names with another close-matching threshold (benchmarks/bench_names.py)."""
        return Names(self._sections, self._areas, self.theme_words, self.placeholders, threshold)

    def entries(self, kind: str) -> tuple[tuple[str, str], ...]:
        """Every (name as written, target) of the `section` or `area` names, in file order."""
        return tuple((self._sections if kind == "section" else self._areas).entries)

    def target_of(self, target: str) -> str | None:
        """The section key or area name an alias's target means, or None if neither."""
        if target in self.section_keys:
            return target
        return next((name for name in self.area_names if normalize(name) == normalize(target)),
                    None)

    def _find(self, index: _Index, text: str, parts: re.Pattern[str]) -> str | None:
        key = (index.kind, text)
        if key in self._cache:
            return self._cache[key]
        found = self._search(index, text, parts)
        self._cache[key] = found
        return found

    def _search(self, index: _Index, text: str, parts: re.Pattern[str],
                close: bool = True) -> str | None:
        folded = normalize(text)
        if not folded:
            return None
        found = index.get(folded)
        if found:
            return found
        shown = display_text(text)
        bracketed = _PARENTHESIS.match(shown)
        if bracketed is not None:
            found = index.get(normalize(bracketed.group(1)))
            if found:
                return found
        if index.kind == "section" and self.theme(text).number is not None:
            return None  # `Theme 2 - Budget` is a theme, not the budget
        pieces = [piece for piece in parts.split(shown) if piece and piece.strip()]
        if len(pieces) > 1:
            named = _named(pieces, lambda piece: index.get(normalize(piece)))
            if named:  # parts that disagree name nothing, not even by a close spelling
                return named.pop() if len(named) == 1 else None
        if not close:
            return None
        found = index.close(folded, self.threshold)
        if found or len(pieces) < 2:
            return found
        named = _named(pieces, lambda piece: index.close(normalize(piece), self.threshold))
        return named.pop() if len(named) == 1 else None

    def section(self, text: str, taken: Iterable[str] = ()) -> str | None:
        """The key of the section `text` (a heading's wikitext or display text) names, unless
        it is `taken` (a page has each section once: a second one is a section of its own)."""
        found = self._find(self._sections, text, _SECTION_PARTS)
        return found if found is not None and found not in set(taken) else None

    def section_by_spelling(self, text: str) -> bool:
        """Whether `text` names a section only by a close spelling (step 4 above): a guess,
        which what the heading holds may overrule (slots.py)."""
        return self.section(text) is not None \
            and self._search(self._sections, text, _SECTION_PARTS, close=False) is None

    def area(self, text: str) -> str | None:
        """The name of the thematic area `text` (a theme's or topic's title) names, or None."""
        return self._find(self._areas, text, _AREA_PARTS)

    def closest_area(self, text: str) -> str | None:
        """The area whose names are closest to `text`, if somewhat close (for a suggestion)."""
        found = self._areas.scores(normalize(text), SUGGESTION_THRESHOLD)
        return max(found, key=lambda name: found[name]) if found else None

    def is_placeholder(self, text: str) -> bool:
        """Whether `text` (a line or a title) is guidance left in from the report template
        ("Write here...", "Name of the theme"): never a point, a theme or a figure."""
        if not text or len(text) > self._longest_placeholder:
            return False
        return normalize(text) in self.placeholders

    def theme(self, text: str) -> ThemeLabel:
        """What the theme heading or label `text` (as a reader sees it) says; a text with no
        theme label is all title. A bare number or letter (`3. X`, `B) X`) labels a theme only
        when its title names an area: else it is the numbering of any heading."""
        for pattern in self._theme:
            found = pattern.match(text)
            if found is None:
                continue
            bare = "label" not in pattern.groupindex
            number = found.span("number") if found.groupdict().get("number") else None
            start, end = found.span("title")
            raw = text[start:end]
            if len(raw) >= 2 and raw[0] in "(\uff08" and raw[-1] in ")\uff09":
                start, end = start + 1, end - 1
                raw = text[start:end]
            title = " ".join(raw.split())
            if not title:
                if number is None:
                    continue
                return ThemeLabel("", None, number, True, None)
            start += len(raw) - len(raw.lstrip())
            area = self.area(title)
            return ThemeLabel(title, (start, start + len(raw.strip())), number,
                              not bare or area is not None, area)
        start = len(text) - len(text.lstrip())
        return ThemeLabel(" ".join(text.split()), (start, start + len(text.strip())), None, False,
                          self.area(text))

    def section_word(self, word: str) -> str | None:
        """The section a single word (an infobox parameter's name: `date`, `lieu`) belongs to:
        a word of one section's names (3 letters or more, or not Latin) and no other's."""
        if self._words is None:
            owners: dict[str, set[str]] = {}
            for name, key in self._sections.exact.items():
                for piece in {name, *name.split()}:
                    if len(piece) >= 3 or not piece.isascii():
                        owners.setdefault(piece, set()).add(key)
            self._words = {piece: keys.pop() for piece, keys in owners.items() if len(keys) == 1}
        return self._words.get(normalize(word))


def _word_regex(word: str) -> str:
    return r"\s+".join(re.escape(part) for part in word.split())


def _theme_patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The forms of a theme label: `WORD 2: title`, `WORD 2 (title)`, `WORD: title`,
    `2. WORD: title`, and bare numbering: `3. title`, `3) title`, `4.1 title`, `B. title`."""
    number = rf"(?P<number>\d+|[{_CJK_NUMERALS}]+)"
    close = r"(?P<close>[\]\u3011\u300d])?"
    flags = re.IGNORECASE | re.DOTALL
    patterns = []
    if words:
        label = "(?P<label>" + "|".join(_word_regex(word)
                                        for word in sorted(words, key=len, reverse=True)) \
            + rf")(?:(?=[{_CJK_NUMERALS}])|(?![^\W\d_]))"
        # (a sign may mark the label: `► Theme 1: X`, `༄ Discussion Theme 4 (Name of the theme)`)
        opening = r"\A\s*(?:[^\w\s(\[\u3010\u300c\uff08]\s*)?[\[\u3010\u300c]?\s*"
        separator = r"\s*(?:[:\uff1a.\uff0e)\uff09\-\u2013\u2014\u3001,]+\s*|\s+|(?=[(\uff08])|\Z)"
        patterns += [
            re.compile(opening + label + r"\s*(?:n[°ºo]\.?\s*|#\s*)?" + number + r"\s*" + close
                       + rf"(?(close)\s*|{separator})(?P<title>.*)\Z", flags),
            re.compile(r"\A\s*" + number + r"\s*[.)\uff0e]\s*" + label
                       + r"\s*[:\uff1a\-\u2013\u2014]\s*(?P<title>.*)\Z", flags),
            re.compile(opening + label + r"[\]\u3011\u300d]?\s*[:\uff1a\-\u2013\u2014\u3011]\s*"
                       + r"(?P<title>.*)\Z", flags),
        ]
    # decimal numbering (`4.1 X`, `4.2.1 X`): the last part is the theme's number
    patterns.append(re.compile(r"\A\s*\d+(?:\.\d+)*\.(?P<number>\d+)\.?\s+(?P<title>\S.*)\Z",
                               re.DOTALL))
    patterns.append(re.compile(r"\A\s*" + number + r"\s*(?:[.)\uff0e\u3001]|\s[-\u2013\u2014]\s)"
                               r"\s*(?P<title>\S.*)\Z", flags))
    # one word and a colon before a title that names an area (`أولاً: الشراكات`, "first:
    # partnerships"; `Topic: Diversity`): a label in any language, as bare numbering is
    patterns.append(re.compile(r"\A\s*[^\W\d_][^\s:\uff1a]*\s*[:\uff1a](?!//)\s*(?P<title>\S.*)\Z",
                               flags))
    # a number in brackets (`(1) X`, Chinese official numbering `（一）X`)
    patterns.append(re.compile(r"\A\s*[(\uff08]\s*" + number + r"\s*[)\uff09]\s*(?P<title>\S.*)\Z",
                               flags))
    # a letter or a roman number (`B. X`, `IV) X`): numbering with no number salonbot can write
    patterns.append(re.compile(r"\A\s*(?:[A-Z]|[IVXLC]{1,6})[.)]\s+(?P<title>\S.*)\Z", re.DOTALL))
    return tuple(patterns)

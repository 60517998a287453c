"""Labels known from their siblings: what several theme titles share is a label, not a title.

The lexicon knows "Discussion Theme 2 (X)", "Thème 2 : X", "Tema 2 – X" in 31 languages; a page in
another language labels its themes in words no list has ("Første tema: Partnerskap", "หัวข้อที่ ๑:
การสนับสนุนเชิงนโยบาย", "„A” téma – Érdekképviselet", "Jigon Tattaunawa na 1 (Fafutuka)").
A reader still sees the label, because it is what the siblings have in common while their titles
differ. Among the titles of the themes (or topics) of one node, at least two:

1. **A label before a separator** (`:`, `：`, `–`, `—`, ` - `, ` · `, ` • `, ` | `; a dash
   between two digits is a range, `10.00–11.00`, and a colon between two digits a time,
   `21:06:31`): every title has one (or two or
   more have one and the others lost theirs to the lexicon already), and the parts before it
   share a word, or each holds a counter (a number in any script, a letter or a roman numeral
   standing alone, with or without punctuation). The title is what follows.
2. **A label of shared words and counters**: the titles start with the same words, position by
   position, or with counters at the same positions, and that start holds a counter or what
   follows it is in brackets in every title (`eztabaida-gaia [Aldarrikapena]`). The title is what
   follows, without its brackets. Scripts written without spaces glue the counter to the word
   before it (`ប្រធានបទពិភាក្សាទី១ (ការតស៊ូមតិ)`): a counter so glued counts as a word of its own
   where what follows is in brackets (or after a separator, rule 1); so does a counter glued
   by a hyphen or a dot to a code's letters (`SE-01 – X`, `SE-02 – Y` share `SE-`).

3. **A label after the title, in brackets**: every title ends with brackets holding shared words
   and a counter (`Advocacy (discussion theme 1)`); the title is what comes before.
4. **A shared mark**: every title starts with the same sign glued to it (`#Partnerships`).
5. **A shared note after the title**, once any label is off: in brackets, the same words and a
   number in each (`X (45 minutes)`, `Y (30 minutes)`); or after the last separator, the same
   words and a capitalised name in each (`X — led by Anna`, `Y — led by Ivan`). The title is
   what comes before.

Where not all the titles share a label, the largest set of two or more that share their first
word (or their last) and a label among themselves does (`Round 1 ➤ Partnerships`, `Round 2 ➤
Diversity` beside an `Other areas` written at the themes' level); the others keep their titles.

Titles that share a first word only ("Community Health", "Community Building") have no label:
a label has a counter, a separator or brackets after it; and counters alone are a label only
when each is marked as one (`Α΄`, `Ա.`, `3)`) and they differ ("x salon" and "1200 USD" keep
their first words).
"""

from __future__ import annotations

import re
import unicodedata

# (a dash between two digits is a range, `10.00–11.00`, and a colon between two digits a
# time or a ratio, `21:06:31`, `3:1`: no separator)
_SEPARATOR = re.compile(r"\s*(?:[:：](?!(?<=\d[:：])\d)|[｜︱])\s*|\s+[–—·•|-]\s+"
                        r"|(?<!\d)\s*[–—]\s*|\s*[–—]\s*(?!\d)")
_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_GLUE = frozenset("-.‐‑")  # what glues a code's letters to its counter (`SE-01`)
_BRACKETS = re.compile(r"\A[(\[（【〔「](?P<inner>.+)[)\]）】〕」]\Z", re.DOTALL)


def is_counter(word: str) -> bool:
    """Whether a word counts rather than names: digits in any script (`3`, `๓`, `١`, `1-ci`,
    `3rd`), or one letter or a roman numeral standing alone (`A`, `„B”`, `Α΄`, `Ա.`, `iv)`)."""
    core = "".join(char for char in word if unicodedata.category(char)[0] in "LN")
    if not core:
        return False
    if unicodedata.category(core[0]) == "Nd":
        return True
    if len(core) == 1:
        return True
    return bool(re.fullmatch(r"[ivxlcdm]{1,5}", core, re.IGNORECASE))


def strip_sibling_labels(titles: list[str]) -> list[str]:
    """`titles` with the label their siblings show removed (see the module docstring): the label
    all of them share, else the one the largest set of them shares (labelled_alike); the same
    titles where no label is shared."""
    whole = _strip_all(titles)
    if whole != titles:
        return whole
    chosen = _labelled_among(titles)
    if not chosen:
        return titles
    stripped = iter(_strip_all([titles[index] for index in chosen]))
    return [next(stripped) if index in chosen else title for index, title in enumerate(titles)]


def labelled_marks(titles: list[str]) -> list[bool]:
    """For each of `titles`, whether it loses a label its siblings show (strip_sibling_labels);
    all False for fewer than two."""
    if len(titles) < 2:
        return [False] * len(titles)
    return [rest != title for rest, title in zip(strip_sibling_labels(titles), titles,
                                                 strict=True)]


def labelled_alike(titles: list[str]) -> list[int]:
    """The indexes of the titles labelled alike: all of them when they are (a label is
    stripped), else the largest set of two or more that share the letters of their first word
    (`[1-тема]` and `[2-тема]` share `тема`; or of their last word: a label after the title)
    and are labelled alike among
    themselves (`Round 1 ➤ Partnerships`, `Round 2 ➤ Diversity` beside `Other areas`); []
    when no two are."""
    if _strip_all(titles) != titles:
        return [index for index, title in enumerate(titles) if title]
    return _labelled_among(titles)


def _labelled_among(titles: list[str]) -> list[int]:
    """labelled_alike for titles that do not all show one label: the largest set of two or
    more that do among themselves, or []."""
    firsts: dict[str, list[int]] = {}
    lasts: dict[str, list[int]] = {}
    for index, title in enumerate(titles):
        # a word's letters (`[1-тема]` is `тема`): a counter glued to it is no part of them
        words = [letters for word in _words(title)
                 if (letters := word if word.isalpha()
                     else "".join(char for char in word if char.isalpha()))]
        if words:
            firsts.setdefault(words[0].casefold(), []).append(index)
            lasts.setdefault(words[-1].casefold(), []).append(index)
    keyings: list[dict[str, list[int]]] = [firsts, lasts]
    # or the letters before their separator, counters left out (`▌议题一｜X`, `▌议题二｜Y`
    # beside `—— END`: scripts written without spaces glue the label to its title)
    labels: dict[str, list[int]] = {}
    for index, title in enumerate(titles):
        split = _SEPARATOR.search(title)
        if split is not None and split.start() > 0:
            key = "".join(char for char in title[:split.start()] if char.isalpha()
                          and not _numeral(char)).casefold()
            if key:
                labels.setdefault(key, []).append(index)
    keyings.append(labels)
    best: list[int] = []
    for groups in keyings:
        for indexes in groups.values():
            chosen = [titles[index] for index in indexes]
            if len(best) < len(indexes) < len(titles) and _strip_all(chosen) != chosen:
                best = indexes
    return best


def _strip_all(titles: list[str]) -> list[str]:
    """`titles` with the label all of them show removed; the same titles where none is."""
    present = [title for title in titles if title]
    if len(present) < 2:
        return titles
    found = _after_separator(present) or _after_shared_start(present) \
        or _after_shared_start(present, glued=True) or _before_shared_end(present) \
        or _after_shared_mark(present) or _quoted_after_shared(present)
    # and then a note after the title that the siblings share (`X (45 minutes)`, `X — led by
    # Anna`): rule 5
    noted = _before_shared_note(found or present)
    found = noted or found
    if found is None:
        return titles
    rest = iter(found)
    return [next(rest) if title else title for title in titles]


# A title that ends with a phrase in quotation marks (`... groupe de travail « Diversité »`).
_ENDS_QUOTED = re.compile(r"(?P<head>.*?\S)\s*[«„“\"「『‹](?P<name>[^«»„“”\"「」『』‹›]+)[»“”\"」』›]\s*",
                          re.DOTALL)


def _quoted_after_shared(titles: list[str]) -> list[str] | None:
    """Titles that say the same words and then each a name in quotation marks (`À l'attention
    du groupe de travail « Partenariats »`, `… « Diversité »`): the names."""
    found = [_ENDS_QUOTED.fullmatch(title) for title in titles]
    if not all(found):
        return None
    heads = {" ".join(match.group("head").casefold().split()) for match in found if match}
    if len(heads) != 1:
        return None
    return [match.group("name").strip() for match in found if match]


def _after_separator(titles: list[str]) -> list[str] | None:
    splits = [_SEPARATOR.search(title) for title in titles]
    if not all(splits):
        # a title whose label the lexicon took off already stands beside labelled ones
        labelled = [index for index, split in enumerate(splits) if split]
        if len(labelled) < 2 or len(labelled) == len(titles):
            return None
        found = _after_separator([titles[index] for index in labelled])
        if found is None:
            return None
        whole = list(titles)
        for index, title in zip(labelled, found, strict=True):
            whole[index] = title
        return whole
    labels = [_words(title[:split.start()]) for title, split in zip(titles, splits, strict=True)
              if split is not None]
    rests = [title[split.end():].strip() for title, split in zip(titles, splits, strict=True)
             if split is not None]
    if not all(labels) or not all(rests):
        return None
    shared = set.intersection(*({word.casefold() for word in label if not is_counter(word)}
                                for label in labels))
    if not shared and not all(any(is_counter(word) for word in label) for label in labels):
        return None
    return [_unwrapped(rest) for rest in rests]


_TRAILING_BRACKETS = re.compile(r"\s*[(\[（【](?P<inner>[^()\[\]（）【】]+)[)\]）】]\s*\Z")


def _before_shared_end(titles: list[str]) -> list[str] | None:
    """Rule 3: a label after the title, in brackets, of shared words and a counter
    (`Advocacy (discussion theme 1)`, `હિમાયત (ચર્ચા વિષય ૧)`): the title is what comes before."""
    ends = [_TRAILING_BRACKETS.search(title) for title in titles]
    if not all(ends) or not all(end.start() > 0 for end in ends if end):
        return None
    inners = [_words(end.group("inner")) for end in ends if end]
    if not all(any(is_counter(word) for word in inner) for inner in inners):
        return None
    shared = set.intersection(*({word.casefold() for word in inner if not is_counter(word)}
                                for inner in inners))
    counters = [" ".join(word for word in inner if is_counter(word)) for inner in inners]
    if not shared or len(set(counters)) < len(counters):
        return None
    return [title[:end.start()].strip() for title, end in zip(titles, ends, strict=True)
            if end is not None]


def _before_shared_note(titles: list[str]) -> list[str] | None:
    """Rule 5: a note after the title that the siblings share: in brackets, the same words and
    a number in each (`Ka hui pū ʻana (45 minuke)`: a time, a count); or after the title's last
    separator, the same words and a name in each, its words capitalised (`Партнерство — модерує
    Оксана`: who led it). The title is what comes before. A note of other words (`Advocacy – for
    schools`) or alike in every title is part of the title."""
    cuts: list[int] = []
    notes: list[list[str]] = []
    kinds: set[bool] = set()  # in brackets or after a separator
    for title in titles:
        end = _TRAILING_BRACKETS.search(title)
        if end is not None and end.start() > 0:
            cuts.append(end.start())
            notes.append(_words(end.group("inner")))
            kinds.add(True)
            continue
        splits = [split for split in _SEPARATOR.finditer(title) if split.start() > 0]
        if not splits:
            return None
        cuts.append(splits[-1].start())
        notes.append(_words(title[splits[-1].end():]))
        kinds.add(False)
    if len(kinds) != 1:
        return None
    shared = set.intersection(*({word.casefold() for word in note if not is_counter(word)}
                                for note in notes))
    extras = [[word for word in note if word.casefold() not in shared] for note in notes]
    if not shared or not all(extras):
        return None
    if kinds == {True}:
        if not all(any(is_counter(word) for word in extra) for extra in extras):
            return None
    elif not all(len(extra) <= 3 and all(word[:1].isupper() for word in extra)
                 for extra in extras):
        return None
    rests = [title[:cut].strip() for title, cut in zip(titles, cuts, strict=True)]
    if not all(rests) or len({rest.casefold() for rest in rests}) < len(rests):
        return None
    return rests


def _after_shared_mark(titles: list[str]) -> list[str] | None:
    """Rule 4: a mark every title starts with, glued to it (`#Partnerships`, `#Diversity`): a
    label of one sign, not a letter, a digit, a bracket, a quotation mark or the opening half
    of a question or an exclamation (`¿Qué …?`: Spanish punctuation, part of the title)."""
    first = titles[0][:1]
    if not first or first.isalnum() or first.isspace() or _is_quote(first) \
            or first in "([{（【¿¡" \
            or any(title[:1] != first or len(title) < 2 or title[1].isspace() for title in titles):
        return None
    return [title[1:] for title in titles]


def _words(text: str) -> list[str]:
    """The words of `text`, a counter glued to the word before it counted as a word of its own:
    scripts written without spaces (Khmer, Thai, Chinese...) glue it (`ប្រធានបទពិភាក្សាទី១`)."""
    return [text[start:end] for start, end in _word_spans(text)]


def _word_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        # a digit (`\d` is category Nd) glued to a letter or a mark before it starts a word,
        # and so does one glued by a hyphen or a dot to letters (`SE-01`, a record's code)
        for digit in _DIGIT.finditer(text, start + 1, end):
            index = digit.start()
            if unicodedata.category(text[index - 1])[0] in "LM" or (
                    index - 2 >= start and text[index - 1] in _GLUE
                    and unicodedata.category(text[index - 2])[0] == "L"):
                spans.append((start, index))
                start = index
        if text[end - 1] > "\u2e7f" and end - start > 1 and _numeral(text[end - 1]):
            # numerals that are letters (一, 二, 三), glued to the word before them: `議題一`
            tail = end - 1
            while tail > start + 1 and _numeral(text[tail - 1]):
                tail -= 1
            if not _numeral(text[tail - 1]):
                spans.append((start, tail))
                start = tail
        spans.append((start, end))
    return spans


def _numeral(character: str) -> bool:
    """Whether a character is a numeral that is not a digit (CJK's 一, 十, 百; ⅳ)."""
    return unicodedata.category(character) != "Nd" \
        and unicodedata.numeric(character, None) is not None


def _after_shared_start(titles: list[str], glued: bool = False) -> list[str] | None:
    """Rule 2; with `glued`, a counter glued to the word before it is a word of its own, and the
    titles must be in brackets after the label (`ប្រធានបទពិភាក្សាទី១ (X)`; "Wiki2020 plans" has
    no label)."""
    firsts = []  # (the first words, looked at before every word is found)
    for title in titles:
        first = _WORD.search(title)
        if first is None:
            return None
        firsts.append(first.group()[:_word_spans(first.group())[0][1]] if glued
                      else first.group())
    if len({word.casefold() for word in firsts}) != 1 \
            and not all(_counts_here(word) for word in firsts):
        return None
    spans = [_word_spans(title) if glued else [match.span() for match in _WORD.finditer(title)]
             for title in titles]
    words = [[title[start:end] for start, end in found]
             for title, found in zip(titles, spans, strict=True)]
    length = 0
    counted = False
    while all(len(title) > length + 1 for title in words):
        column = [title[length] for title in words]
        if len({word.casefold() for word in column}) == 1:
            length += 1
        elif all(_counts_here(word) for word in column):
            counted = True
            length += 1
        else:
            break
    if length == 0:
        return None
    labels = [title[:length] for title in words]
    if all(all(is_counter(word) for word in label) for label in labels) and (
            len({" ".join(label).casefold() for label in labels}) < len(labels)
            or not all(any(not char.isalnum() for char in label[-1]) for label in labels)):
        return None  # bare words that count ("x salon", "1200 USD"): a label has its mark
    rests = [title[found[length][0]:].strip()
             for title, found in zip(titles, spans, strict=True)]
    bracketed = all(_BRACKETS.match(rest) for rest in rests)
    if not bracketed and (glued or not counted):
        return None
    return [_unwrapped(rest) for rest in rests]


def _counts_here(word: str) -> bool:
    """A counter at the start of a title: digits, or a letter marked as a counter (`Α΄`, `Ա.`,
    `„B”`, `iv)`); a bare letter is a word ("x salon")."""
    if not is_counter(word):
        return False
    core = [char for char in word if unicodedata.category(char)[0] in "LN"]
    return unicodedata.category(core[0]) == "Nd" or any(not char.isalnum() for char in word)


_QUOTES = frozenset("\"'„‚「『」』")


def _is_quote(char: str) -> bool:
    return char in _QUOTES or unicodedata.category(char) in ("Pi", "Pf")


def unquoted(title: str) -> str:
    """`title` without the symbols before it (`🤝 Partnerships`: an emoji marks the line) and
    the quotation marks around the whole of it (`«Avokimi»`, `„Sveikata“`,
    `"Advocacy"`, `「提言」`): they mark the name, they are not part of it. A title with quotes
    inside keeps them all (`"A" and "B"`)."""
    start = 0
    while start < len(title) and (unicodedata.category(title[start]) in ("So", "Sk", "Mn", "Cf")
                                  or title[start].isspace()):
        start += 1
    if 0 < start < len(title):
        title = title[start:]
    if len(title) > 2 and _is_quote(title[0]) and _is_quote(title[-1]) \
            and not any(_is_quote(char) for char in title[1:-1]):
        return title[1:-1].strip() or title
    return title


def _unwrapped(text: str) -> str:
    found = _BRACKETS.match(text)
    return found.group("inner").strip() if found else text

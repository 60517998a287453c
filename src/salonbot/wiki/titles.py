"""The title rules salonbot writes by (no pywikibot): a title in the form MediaWiki stores it,
and why a title must not be written."""

from __future__ import annotations

import re
import unicodedata

_INVALID_TITLE_CHARS = re.compile(r"[#<>\[\]|{}\x00-\x1f\x7f\ufffd]")
# What MediaWiki's Title decodes (entities), refuses (`%XX`, over 255 bytes) or removes
# (directional marks and other format characters; ZWJ and ZWNJ, which scripts need, are kept).
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
MAX_TITLE_BYTES = 255


def _wiki_changes(title: str) -> str | None:
    """Why the wiki would refuse `title` or store it as another title, or None."""
    if _ENTITY.search(title):
        return ("the title holds an HTML entity (&...;), which the wiki turns into a character; "
                "write the character itself")
    if _PERCENT.search(title):
        return "the title holds a %XX code, which a wiki title cannot have; write the character"
    hidden = next((char for char in title if unicodedata.category(char) == "Cf"
                   and char not in "\u200c\u200d"), None)
    if hidden is not None:
        return (f"the title holds the invisible character U+{ord(hidden):04X} (a direction mark "
                "or other format character), which the wiki removes; delete it")
    if len(title.encode("utf-8")) > MAX_TITLE_BYTES:
        return f"the title is longer than the wiki's {MAX_TITLE_BYTES} bytes; shorten it"
    return None


def normalize_title(title: str) -> str:
    """A title as MediaWiki stores it: NFC, underscores as spaces, single spaces, first letter
    upper case (for the first-letter-case wikis Meta is one of)."""
    title = unicodedata.normalize("NFC", title).replace("_", " ")
    title = " ".join(title.split(" ")).strip()
    title = re.sub(r" {2,}", " ", title)
    return title[:1].upper() + title[1:]


def title_refusal(title: str, prefix: str) -> str | None:
    """Why salonbot must not write `title`, or None if it is under the allowed prefix (with an
    empty prefix: every check but the prefix).

    Refuses what the wiki would refuse or store under another title: entities, `%XX`, format
    characters such as direction marks (ZWJ and ZWNJ are kept), more than 255 bytes.
    Resists tricks: case, underscores, Unicode normalisation and look-alikes (they do not match
    the prefix, so they are refused), namespace and interwiki prefixes, `.`/`..` path segments.
    """
    if not title.strip():
        return "the title is empty"
    if _INVALID_TITLE_CHARS.search(title):
        return "the title has characters a wiki title cannot have (# < > [ ] | { } or controls)"
    changed = _wiki_changes(title)
    if changed:
        return changed
    normalized = normalize_title(title)
    wanted = normalize_title(prefix)
    if not normalized.startswith(wanted) or len(normalized) == len(wanted):
        return f"the title is outside the allowed prefix {prefix!r} (see salonbot.toml)"
    if normalized != title:
        return f"write the title as the wiki stores it: {normalized!r}"
    rest = normalized[len(wanted):]
    segments = rest.split("/")
    if any(segment.strip() in ("", ".", "..") for segment in segments):
        return "the title has an empty, '.' or '..' subpage segment"
    return None


def title_under_prefix(name: str, prefix: str) -> tuple[str, str | None]:
    """The page title a new report named `name` gets, and why it is refused (None if it is
    not): a title already under `prefix` is kept; a short name (`WM ZZ`, or `WM ZZ/2019`) is put
    under it; a title that starts like the prefix but leaves it (`Strategy/Elsewhere/X`), or that
    names a namespace or another wiki (`User:Alice/My salon`), is refused. The result is then
    checked with title_refusal (`..` segments, look-alikes, characters a title cannot have)."""
    stripped = name.strip()
    if title_refusal(stripped, prefix) is None:
        return stripped, None
    first = stripped.split("/", 1)[0]
    prefix_first = normalize_title(prefix).split("/", 1)[0]
    if normalize_title(stripped).startswith(normalize_title(prefix)) or (
            "/" in stripped and normalize_title(first) == prefix_first):
        return stripped, title_refusal(stripped, prefix)
    if ":" in first:
        return stripped, (f"{name!r} names another namespace or wiki; give a short name such as "
                          f"'WM ZZ' (it goes under the allowed prefix {prefix!r}) or a full "
                          "title under that prefix")
    title = prefix + stripped
    return title, title_refusal(title, prefix)

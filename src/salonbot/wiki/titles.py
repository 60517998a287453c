"""The title rules salonbot writes by (no pywikibot): a title in the form MediaWiki stores it,
and why a title must not be written."""

from __future__ import annotations

import re
import unicodedata

_INVALID_TITLE_CHARS = re.compile(r"[#<>\[\]|{}\x00-\x1f\x7f\ufffd]")


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

    Resists tricks: case, underscores, Unicode normalisation and look-alikes (they do not match
    the prefix, so they are refused), namespace and interwiki prefixes, `.`/`..` path segments.
    """
    if not title.strip():
        return "the title is empty"
    if _INVALID_TITLE_CHARS.search(title):
        return "the title has characters a wiki title cannot have (# < > [ ] | { } or controls)"
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

"""Where a page's text can hide a line from MediaWiki's heading search (headings.py): its
comments, and its templates, arguments, internal links and tags whose content MediaWiki does not
parse (OPAQUE_TAGS), as spans of the text.

mwparserfromhell says where they are. Only its tokenizer runs: the tokens are walked as its
builder would walk them (a token that opens a construct is matched with the one that closes
it), and only the constructs that make a span are built into nodes, to write them out. Building
the whole page's tree would cost several times the tokenizing, for nodes that are never looked
at (every list marker, bold phrase and table cell is a tag).
"""

from __future__ import annotations

import bisect

from mwparserfromhell import parser as wikitext_parser
from mwparserfromhell.parser import tokens
from mwparserfromhell.parser.builder import Builder
from mwparserfromhell.parser.tokenizer import Tokenizer

# Tags whose content MediaWiki core does not scan for headings (CoreTagHooks::register in 1.39:
# pre, nowiki, gallery, indicator, langconvert) and `<includeonly>`, hidden on the page itself.
OPAQUE_TAGS = frozenset({"pre", "nowiki", "gallery", "indicator", "langconvert", "includeonly"})

_OPENS = frozenset({tokens.TemplateOpen, tokens.ArgumentOpen, tokens.WikilinkOpen,
                    tokens.ExternalLinkOpen, tokens.HeadingStart, tokens.CommentStart,
                    tokens.TagOpenOpen, tokens.HTMLEntityStart})
_CLOSES = frozenset({tokens.TemplateClose, tokens.ArgumentClose, tokens.WikilinkClose,
                     tokens.ExternalLinkClose, tokens.HeadingEnd, tokens.CommentEnd,
                     tokens.TagCloseSelfclose, tokens.TagCloseClose, tokens.HTMLEntityEnd})
_SPAN_OPENS = frozenset({tokens.CommentStart, tokens.TemplateOpen, tokens.ArgumentOpen,
                         tokens.WikilinkOpen})
_NAME_ENDS = (tokens.TagAttrStart, tokens.TagCloseOpen, tokens.TagCloseSelfclose)


def _tokenize(text: str) -> list[tokens.Token]:
    """mwparserfromhell's tokens of `text`, from the tokenizer `mwparserfromhell.parse` uses
    (its C tokenizer where it is built)."""
    if wikitext_parser.use_c and wikitext_parser.CTokenizer is not None:
        return list(wikitext_parser.CTokenizer().tokenize(text, 0, False))
    return list(Tokenizer().tokenize(text, 0, False))


def _written(found: list[tokens.Token]) -> str:
    """The wikitext of one construct, from its tokens (as its node writes it)."""
    if type(found[0]) is tokens.CommentStart and len(found) <= 3:  # most comments: no build
        return f"<!--{found[1].text if len(found) == 3 else ''}-->"
    return str(Builder().build(found))


class Spans:
    """Comment spans and opaque spans (templates, links, unparsed tags) of a page, sorted;
    `hidden_from`: where a comment that is never closed starts (it hides everything after it).
    With `parse` False, the page holds nothing that can hide a line: no spans."""

    def __init__(self, text: str, parse: bool = True):
        self.comments: list[tuple[int, int]] = []
        self.opaque: list[tuple[int, int]] = []
        self.hidden_from = len(text)  # an unclosed comment hides everything from here
        if parse:
            found = _tokenize(text)
            self._tokens = found
            self._match, self._contents = _structure(found)
            self._walk(0, len(found), text, 0)
            del self._tokens, self._match, self._contents  # (the spans are what is kept)
        self.comments.sort()
        self.opaque.sort()
        self._comment_starts = [start for start, _ in self.comments]
        self._opaque_starts = [start for start, _ in self.opaque]

    def _walk(self, low: int, high: int, text: str, position: int) -> int | None:
        """Record the spans of the nodes the tokens low..high make, which stand in `text` at
        `position` or after; where the last of them ends, or None once a comment that is never
        closed was found (nothing after it counts).

        Only the nodes that hold a span are written out and looked for (the nodes are in page
        order and none of them can appear as plain text before itself). A tag MediaWiki reads
        the inside of (`<div>`, `<translate>`, a table) is not written out: its inside is
        walked. A list marker, bold or italics is on one line: nothing to record."""
        found = self._tokens
        index = low
        while index < high:
            token = found[index]
            kind = type(token)
            if kind is tokens.Text:
                opened = token.text.find("<!--")
                if opened != -1:
                    self.hidden_from = text.find(token.text, position) + opened
                    self.comments.append((self.hidden_from, 1 << 62))
                    return None
                index += 1
                continue
            end = self._match.get(index, index)
            if kind is tokens.TagOpenOpen:
                markup = token.get("wiki_markup")
                self_closing = type(found[end]) is tokens.TagCloseSelfclose
                if markup and (markup[0] == "'" or self_closing):
                    index = end + 1
                    continue
                name = index + 1
                while type(found[name]) not in _NAME_ENDS:
                    name = self._match.get(name, name) + 1
                tag = _written(found[index + 1:name]) if name != index + 2 \
                    or type(found[index + 1]) is not tokens.Text else found[index + 1].text
                if tag.lower() not in OPAQUE_TAGS:
                    if not self_closing:
                        inside = self._contents[index]
                        walked = self._walk(inside[0], inside[1], text, position)
                        if walked is None:
                            return None
                        position = walked
                    index = end + 1
                    continue
            elif kind not in _SPAN_OPENS:
                index = end + 1  # a heading, an external link, an entity: no span
                continue
            written = _written(found[index:end + 1])
            index = end + 1
            start = text.find(written, position)
            if start == -1:
                continue
            position = start + len(written)
            spans = self.comments if kind is tokens.CommentStart else self.opaque
            spans.append((start, position))
        return position

    @staticmethod
    def _inside(spans: list[tuple[int, int]], starts: list[int], position: int) -> tuple[int, int]:
        index = bisect.bisect_right(starts, position) - 1
        if index >= 0 and spans[index][0] <= position < spans[index][1]:
            return spans[index]
        return (-1, -1)

    def comment_at(self, position: int) -> tuple[int, int]:
        """The comment span holding `position`, or (-1, -1)."""
        return self._inside(self.comments, self._comment_starts, position)

    def opaque_from(self, position: int) -> int | None:
        """Where the opaque span that starts at `position` (a template call) ends, if one does."""
        index = bisect.bisect_left(self._opaque_starts, position)
        if index < len(self.opaque) and self.opaque[index][0] == position:
            return self.opaque[index][1]
        return None

    def opaque_at(self, position: int) -> bool:
        return self._inside(self.opaque, self._opaque_starts, position)[0] != -1

    def line_end(self, text: str, position: int) -> int:
        """Where the line that goes on at `position` ends: the first newline outside comments."""
        while True:
            newline = text.find("\n", position)
            if newline == -1:
                return len(text)
            comment = self.comment_at(newline)
            if comment[0] == -1:
                return newline
            position = comment[1]


def _structure(found: list[tokens.Token]) -> tuple[dict[int, int], dict[int, tuple[int, int]]]:
    """For each token that opens a construct, the index of the token that closes it; for each
    tag that has content (`<div>...</div>`, `'''...'''`, a table), the range of its content's
    tokens."""
    match: dict[int, int] = {}
    contents: dict[int, tuple[int, int]] = {}
    stack: list[int] = []
    content_start: dict[int, int] = {}
    for index, token in enumerate(found):
        kind = type(token)
        if kind in _OPENS:
            stack.append(index)
        elif kind in _CLOSES:
            match[stack.pop()] = index
        elif kind is tokens.TagCloseOpen:
            content_start[stack[-1]] = index + 1
        elif kind is tokens.TagOpenClose:
            contents[stack[-1]] = (content_start[stack[-1]], index)
    return match, contents

"""What was read from the last few pages, kept for the next read of the same text.

A page is often read several times in a row: a pull reads it, loads the report file it wrote
(which writes the report onto the page, reading it again) and reads the result back; a push
reads the base it writes onto. Reading is a pure function of the text, so the result of the
last few reads is kept (by the arguments' values for strings, numbers, frozen sets and bound
methods, by identity for other objects such as a Template, whose equality leaves out its
names). A result kept here is shared:
it must not be changed (parse.py hands out copies of its reports).
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from types import MethodType
from typing import Any, Protocol, TypeVar, cast

Result = TypeVar("Result")

#: How many pages' results each cache keeps.
PAGES = 8
#: How many lines' results each line cache keeps (a few pages' worth).
LINES = 4096
_CLEARS: list[Callable[[], None]] = []


class PageCache(Protocol[Result]):
    """A function with its last results kept (page_cache), called as the function."""

    def __call__(self, *args: Any) -> Result: ...

    def peek(self, *args: Any) -> Result | None:
        """The result kept for `args`, or None (nothing is computed)."""

    def remember(self, args: tuple[Any, ...], result: Result) -> None:
        """Keep `result` as what the function gives for `args` (found another way: it must be
        the same)."""


def page_cache(function: Callable[..., Result], entries: int = PAGES) -> PageCache[Result]:
    """`function` with its results for the last `entries` argument lists kept (see the module
    docstring); `clear_caches` forgets them. A bound method is an equal key while it is the
    same method of the same object (`template.names.is_placeholder` each time it is asked); a
    tuple is a key by its value (its items must hash by value: strings, numbers, frozen
    dataclasses)."""
    kept: OrderedDict[tuple[object, ...], tuple[tuple[Any, ...], Result]] = OrderedDict()
    lock = threading.Lock()  # (a thread may read pages too)

    def key_of(args: tuple[Any, ...]) -> tuple[object, ...]:
        return tuple(arg if isinstance(arg, (str, int, frozenset, tuple, MethodType)) or arg is None
                     else (id(arg),) for arg in args)

    def peek(*args: Any) -> Result | None:
        key = key_of(args)
        with lock:
            found = kept.get(key)
            if found is None:
                return None
            kept.move_to_end(key)
            return found[1]

    def remember(args: tuple[Any, ...], result: Result) -> None:
        with lock:
            kept[key_of(args)] = (args, result)  # the arguments kept with it: no other object
            while len(kept) > entries:  # takes an id
                kept.popitem(last=False)

    @functools.wraps(function)
    def cached(*args: Any) -> Result:
        key = tuple(arg if isinstance(arg, (str, int, frozenset, tuple, MethodType)) or arg is None
                    else (id(arg),) for arg in args)
        with lock:
            found = kept.get(key)
            if found is not None:
                kept.move_to_end(key)
                return found[1]
        result = function(*args)
        with lock:
            kept[key] = (args, result)
            while len(kept) > entries:
                kept.popitem(last=False)
        return result

    def clear() -> None:
        with lock:
            kept.clear()

    cached.peek = peek  # type: ignore[attr-defined]
    cached.remember = remember  # type: ignore[attr-defined]
    _CLEARS.append(clear)
    return cast("PageCache[Result]", cached)


def line_cache() -> dict[Any, Any]:
    """A dict for the results of reading one line of text (a pure function of the line and the
    other values of its key), emptied by `clear_caches`; its user empties it too once it holds
    more than LINES results. A stretch of text read after another that shares most of its
    lines (a node's content spliced, read back) reads only the lines that differ. What is
    kept is shared: it must not be changed."""
    kept: dict[Any, Any] = {}
    _CLEARS.append(kept.clear)
    return kept


def clear_with_caches(clear: Callable[[], None]) -> None:
    """Have clear_caches call `clear` too (to forget other state kept of the pages read)."""
    _CLEARS.append(clear)


def clear_caches() -> None:
    """Forget the pages read (benchmarks time a page read for the first time)."""
    for clear in _CLEARS:
        clear()

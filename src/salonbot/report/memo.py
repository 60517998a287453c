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
from typing import Any, TypeVar

Result = TypeVar("Result")

#: How many pages' results each cache keeps.
PAGES = 8
_CLEARS: list[Callable[[], None]] = []


def page_cache(function: Callable[..., Result], entries: int = PAGES) -> Callable[..., Result]:
    """`function` with its results for the last `entries` argument lists kept (see the module
    docstring); `clear_caches` forgets them. A bound method is an equal key while it is the
    same method of the same object (`template.names.is_placeholder` each time it is asked)."""
    kept: OrderedDict[tuple[object, ...], tuple[tuple[Any, ...], Result]] = OrderedDict()
    lock = threading.Lock()  # (a thread may read pages too)

    @functools.wraps(function)
    def cached(*args: Any) -> Result:
        key = tuple(arg if isinstance(arg, (str, int, frozenset, MethodType)) or arg is None
                    else (id(arg),) for arg in args)
        with lock:
            found = kept.get(key)
            if found is not None:
                kept.move_to_end(key)
                return found[1]
        result = function(*args)
        with lock:
            kept[key] = (args, result)  # the arguments kept with it: no other object takes an id
            while len(kept) > entries:
                kept.popitem(last=False)
        return result

    def clear() -> None:
        with lock:
            kept.clear()

    _CLEARS.append(clear)
    return cached


def clear_caches() -> None:
    """Forget the pages read (benchmarks time a page read for the first time)."""
    for clear in _CLEARS:
        clear()

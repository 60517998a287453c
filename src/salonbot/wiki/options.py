"""pywikibot's global options on salonbot's command line (`-simulate`, `-user:NAME`,
`-family:`, `-lang:`, `-dir:`, `-verbose`, ...): single-dash words, handed to pywikibot before
salonbot's own options are read. pywikibot is imported only when such an option is given or a
command asks whether writes are simulated."""

from __future__ import annotations

import os
from collections.abc import Sequence


def split_global_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(salonbot's arguments, pywikibot's global options): the latter are the single-dash
    words longer than one letter and its dash (`-simulate`, not `-o` or `--dir`)."""
    ours = [arg for arg in argv if not (arg.startswith("-") and not arg.startswith("--")
                                        and len(arg) > 2)]
    theirs = [arg for arg in argv if arg not in ours]
    return ours, theirs


def apply_global_options(options: Sequence[str]) -> list[str]:
    """Hand the options to pywikibot (nothing is imported when there are none); the options it
    does not know are returned. `-dir:` is put into PYWIKIBOT_DIR first, since pywikibot reads
    its configuration when it is imported."""
    if not options:
        return []
    for option in options:
        if option.startswith("-dir:"):
            os.environ["PYWIKIBOT_DIR"] = option[len("-dir:"):]
    import pywikibot

    return list(pywikibot.handle_args(list(options), do_help=False))


def simulating() -> bool:
    """Whether pywikibot's `-simulate` (config.simulate) turns every write into a no-op."""
    import pywikibot

    return bool(pywikibot.config.simulate)

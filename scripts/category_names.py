"""Write src/salonbot/report/templates/category-names.txt: the name of MediaWiki's Category
namespace (and its aliases) in every language MediaWiki is localised to, read from MediaWiki's
own localisation files (languages/messages/Messages*.php of the `mediawiki` package).

    python3 scripts/category_names.py [/usr/share/mediawiki]

Run it again after a MediaWiki upgrade; the list is data, committed with the code (report/form.py
reads it: a link such as `[[Kategorie:Strategy Salons]]` on a line of its own is a category link
written in a home wiki's language, which Meta-Wiki does not know as a category).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/salonbot/report/templates/category-names.txt"
NAME = re.compile(r"NS_CATEGORY\s*=>\s*'([^']+)'|'([^']+)'\s*=>\s*NS_CATEGORY\b")


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/mediawiki")
    names: set[str] = set()
    for path in sorted((root / "languages/messages").glob("Messages*.php")):
        for match in NAME.finditer(path.read_text(encoding="utf-8")):
            name = (match.group(1) or match.group(2)).replace("_", " ").strip()
            if name and name.casefold() != "category":
                names.add(name)
    if not names:
        print(f"{root}: no Messages*.php with a Category namespace", file=sys.stderr)
        return 1
    header = ("# The Category namespace's name in the languages MediaWiki is localised to, from "
              "MediaWiki's\n# languages/messages/Messages*.php (scripts/category_names.py); one a "
              "line, sorted.\n")
    OUT.write_text(header + "".join(f"{name}\n" for name in sorted(names)), encoding="utf-8")
    print(f"{OUT}: {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())

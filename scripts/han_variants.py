"""Write src/salonbot/analytics/han-variants.txt: each Han character that Traditional Chinese
writes one way and Simplified Chinese another, beside the simplified one, as OpenCC's
traditional-to-simplified conversion (`t2s`) gives it for the character alone. A reader reads
`新臺幣` and `新台币` as the same name, the New Taiwan dollar; CLDR writes it `新台幣` (zh_Hant) and
`新台币` (zh), and a page from Taiwan writes `新臺幣`. Names are compared folded to the
simplified characters (spoken.folded, readings' currency names).

    pip install opencc && python3 scripts/han_variants.py

The list is data, committed with the code: run it again after an OpenCC release. Its lines are
`TRADITIONAL<TAB>SIMPLIFIED`, one character each. OpenCC's dictionaries are Apache-2.0.
"""

from __future__ import annotations

import sys
from itertools import chain
from pathlib import Path

import opencc

OUT = Path(__file__).resolve().parent.parent / "src/salonbot/analytics/han-variants.txt"

#: The blocks of Han characters: Extension A, the Unified Ideographs, the Compatibility
#: Ideographs, Extension B.
BLOCKS = (range(0x3400, 0x4DC0), range(0x4E00, 0xA000), range(0xF900, 0xFB00),
          range(0x20000, 0x2A6E0))


def main() -> int:
    converter = opencc.OpenCC("t2s")
    rows = []
    for point in chain.from_iterable(BLOCKS):
        character = chr(point)
        simplified = converter.convert(character)
        if simplified != character and len(simplified) == 1:
            rows.append(f"{character}\t{simplified}")
    lines = ["# TRADITIONAL<TAB>SIMPLIFIED: Han characters folded to their simplified form, "
             "from OpenCC's t2s (Apache-2.0); scripts/han_variants.py"]
    OUT.write_text("\n".join(lines + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} characters -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write verifiers/word_villages.py: the villages whose whole name is everyday words.

"Sure: Fillon first" and "Petit, 6 % pour Hamon" open with a word that is also a village's name
(Suré, Petit-Bourg's first part). A village opening a post before a comma or a colon is only
doubted when its name is such a word; "Montagnole : Hamon en tête" names the place. Word
frequencies come from wordfreq (MIT code; data CC BY-SA 4.0, Robyn Speer and contributors),
needed only to regenerate the list, never at run time:

    .venv/bin/pip install wordfreq==3.1.1
    .venv/bin/python tools/word_villages.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from primaries.geography import Geography  # noqa: E402
from verifiers.lexicon import SMALL_TOWN, fold  # noqa: E402

# A Zipf frequency of 2 is about once per 100 million words: rarer words are names to a reader.
EVERYDAY = 2.0
OUT = ROOT / "verifiers" / "word_villages.py"


def is_word(token: str) -> bool:
    """True when a token is an everyday French or English word."""
    return max(zipf_frequency(token, "fr"), zipf_frequency(token, "en")) >= EVERYDAY


def main() -> None:
    """Write the module."""
    names = set()
    for place in Geography.load(ROOT / "data").gazetteer():
        if place.level != "commune" or not 0 < place.population < SMALL_TOWN:
            continue
        # "Suré" written without its accent is "Sure", an English word; "Vieux-Port" is two
        # words (and a district of Marseille).
        tokens = re.findall(r"[^\s'-]+", place.name.lower())
        if all(is_word(t) or is_word(fold(t)) for t in tokens):
            names.add(fold(place.name))
    lines = [
        '"""Verify stage: villages whose whole name is also an everyday word (generated).',
        "",
        "Written by tools/word_villages.py from the gazetteer and wordfreq 3.1.1's French and",
        "English frequencies (data CC BY-SA 4.0, Robyn Speer and contributors): a name is a",
        f"word when either language uses it at a Zipf frequency of {EVERYDAY} or more.",
        '"""',
        "",
        "WORD_VILLAGES = frozenset(",
        "    (",
        *(f'        "{name}",' for name in sorted(names)),
        "    )",
        ")",
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

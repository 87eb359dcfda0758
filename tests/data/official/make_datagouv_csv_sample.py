"""Test data: rebuild PR17_BVot_T1_sample.txt in the Ministry's official layout from the wide file.

Run from the repository root: `.venv/bin/python tests/data/official/make_datagouv_csv_sample.py`.
Every count comes from data/2017-presidentielle-1_par_bureau_large.csv.gz (itself the Ministry's
PR17_BVot_T1_FE.txt reshaped); labels, percentages and the nuls column are derived (see NOTICE.md).
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
WIDE = ROOT / "data" / "2017-presidentielle-1_par_bureau_large.csv.gz"
COG = ROOT / "data" / "cog" / "departements.json"
OUT = Path(__file__).with_name("PR17_BVot_T1_sample.txt")

HEADER = (
    "Code du département;Libellé du département;Code de la circonscription;"
    "Libellé de la circonscription;Code de la commune;Libellé de la commune;Code du b.vote;"
    "Inscrits;Abstentions;% Abs/Ins;Votants;% Vot/Ins;Blancs;% Blancs/Ins;% Blancs/Vot;"
    "Nuls;% Nuls/Ins;% Nuls/Vot;Exprimés;% Exp/Ins;% Exp/Vot;"
    "N°Panneau;Sexe;Nom;Prénom;Voix;% Voix/Ins;% Voix/Exp"
)

# Round 1 ballot order (panneaux) as published by the Conseil constitutionnel.
CANDIDATES = [
    ("M", "DUPONT-AIGNAN", "Nicolas"),
    ("F", "LE PEN", "Marine"),
    ("M", "MACRON", "Emmanuel"),
    ("M", "HAMON", "Benoît"),
    ("F", "ARTHAUD", "Nathalie"),
    ("M", "POUTOU", "Philippe"),
    ("M", "CHEMINADE", "Jacques"),
    ("M", "LASSALLE", "Jean"),
    ("M", "MÉLENCHON", "Jean-Luc"),
    ("M", "ASSELINEAU", "François"),
    ("M", "FILLON", "François"),
]

# The Ministry's own codes for overseas and abroad, with its labels.
MINISTRY_LABELS = {
    "ZA": "Guadeloupe",
    "ZB": "Martinique",
    "ZC": "Guyane",
    "ZD": "La Réunion",
    "ZM": "Mayotte",
    "ZN": "Nouvelle-Calédonie",
    "ZP": "Polynésie française",
    "ZS": "Saint-Pierre-et-Miquelon",
    "ZW": "Wallis et Futuna",
    "ZX": "Saint-Martin/Saint-Barthélemy",
    "ZZ": "Français établis hors de France",
}

# How many leading bureaux of each département go into the sample (None: all of them).
TAKE = {"01": 60, "2A": 20, "75": 100, "ZA": 40, "ZX": None, "ZZ": None}


def pct(part: int, whole: int) -> str:
    """A percentage the Ministry's way: two decimals, decimal comma."""
    return f"{(100 * part / whole if whole else 0):.2f}".replace(".", ",")


def circo_label(code: str) -> str:
    """'1ère circonscription', '4ème circonscription'."""
    return f"{code}{'ère' if code == '1' else 'ème'} circonscription"


def main() -> None:
    """Write the sample file: Latin-1, ';', CRLF, one row per bureau."""
    labels = {d["code"]: d["nom"] for d in json.loads(COG.read_text(encoding="utf-8"))}
    labels.update(MINISTRY_LABELS)
    taken: dict[str, int] = {}
    lines = [HEADER]
    with gzip.open(WIDE, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        columns = {name: i for i, name in enumerate(header)}
        for row in reader:
            dep = row[0]
            if dep not in TAKE:
                continue
            limit = TAKE[dep]
            if limit is not None and taken.get(dep, 0) >= limit:
                continue
            taken[dep] = taken.get(dep, 0) + 1
            com, bureau, circo, name = row[1], row[2], row[3], row[4]
            ins, vot, bla, exp = (int(v) for v in row[5:9])
            nul = vot - bla - exp
            fields = [dep, labels[dep], circo, circo_label(circo), com, name, bureau]
            fields += [str(ins), str(ins - vot), pct(ins - vot, ins), str(vot), pct(vot, ins)]
            fields += [str(bla), pct(bla, ins), pct(bla, vot), str(nul), pct(nul, ins)]
            fields += [pct(nul, vot), str(exp), pct(exp, ins), pct(exp, vot)]
            for number, (sex, surname, first) in enumerate(CANDIDATES, 1):
                voix = int(row[columns[surname]])
                fields += [str(number), sex, surname, first, str(voix)]
                fields += [pct(voix, ins), pct(voix, exp)]
            lines.append(";".join(fields))
    OUT.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))


if __name__ == "__main__":
    main()

"""Standalone reference figures: per-area sums of the raw official files, per data state.

Pure Python standard library; imports nothing of the project. Reads the 2017 per-bureau files,
the COG geography and the consular-city list from $PRIMARIES_DATA (default /work/main/data,
falling back to /work/shared/data), and the six data states from the states.json of the set being
built (SET_DIR, which build.py sets; dev2, dev3 and heldout4 hold the same copy).
Each gz CSV is parsed once; the per-area sums (split into bureaux reported / unreported under the
partial rule "département code < '50' or ZZ") are cached in /tmp.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = HERE  # the folder of the set being built: build.py points it there
CACHE = os.environ.get("EVAL_REF_CACHE", "/tmp/eval_ref_sums_v1.json")


def data_dir() -> str:
    for d in (os.environ.get("PRIMARIES_DATA"), "/work/main/data", "/work/shared/data"):
        if d and os.path.exists(os.path.join(d, "2017-presidentielle-1_par_bureau_large.csv.gz")):
            return d
    raise SystemExit("no data directory (set PRIMARIES_DATA)")


def data_file(*parts: str) -> str:
    for d in (os.environ.get("PRIMARIES_DATA"), "/work/main/data", "/work/shared/data"):
        if d and os.path.exists(os.path.join(d, *parts)):
            return os.path.join(d, *parts)
    raise SystemExit("missing data file " + "/".join(parts))


CAND_COLS = {
    "ARTHAUD": "arthaud", "ASSELINEAU": "asselineau", "CHEMINADE": "cheminade",
    "DUPONT-AIGNAN": "dupont-aignan", "FILLON": "fillon", "HAMON": "hamon",
    "LASSALLE": "lassalle", "LE PEN": "le-pen", "MACRON": "macron",
    "MÉLENCHON": "melenchon", "POUTOU": "poutou",
}
MIN_OVERSEAS = {"ZA": "971", "ZB": "972", "ZC": "973", "ZD": "974", "ZM": "976",
                "ZN": "988", "ZP": "987", "ZS": "975", "ZW": "986"}
NUMERIC = ["inscrits", "votants", "blancs", "exprimes"]
ARR_BASE = {("75", "056"): 75100, ("69", "123"): 69380, ("13", "055"): 13200}


def insee_dep(dep: str, com: str) -> str:
    if dep == "ZX":
        return "977" if com.startswith("7") else "978"
    return MIN_OVERSEAS.get(dep, dep)


def load_geo():
    deps = json.load(open(data_file("cog", "departements.json"), encoding="utf-8"))
    regs = json.load(open(data_file("cog", "regions.json"), encoding="utf-8"))
    abroad = list(csv.DictReader(open(data_file("geography", "abroad.csv"), encoding="utf-8")))
    return deps, regs, abroad


def areas_of_row(dep: str, com: str, bur: str, circ: str, dep_region: dict, abroad_country: dict):
    out = ["FR"]
    if dep == "ZZ":
        out += ["ZZ", "FE%02d" % int(circ), "ZZ" + com]
        c = abroad_country.get(com)
        if c:
            out.append("FE-" + c)
        return out
    idep = insee_dep(dep, com)
    out.append("OM" if dep.startswith("Z") else "METRO")
    out.append(idep)
    reg = dep_region.get(idep)
    if reg and len(reg) == 2:
        out.append("R" + reg)
    if dep.startswith("Z"):
        out.append(idep + com[-2:])
    else:
        out.append(dep + com)
        base = ARR_BASE.get((dep, com))
        if base:
            out.append(str(base + int(bur[:2])))
    if idep in ("971", "972", "973", "974", "976"):
        out.append("DROM")
    return out


def _add(acc: dict, key: str, vals: list):
    cur = acc.get(key)
    if cur is None:
        acc[key] = list(vals)
    else:
        for i, v in enumerate(vals):
            cur[i] += v


def build_sums() -> dict:
    deps, regs, abroad = load_geo()
    dep_region = {d["code"]: d["region"] for d in deps}
    abroad_country = {a["code"]: a["country"] for a in abroad}
    out = {"rounds": {}, "names": {}}
    for rnd in (1, 2):
        path = data_file("2017-presidentielle-%d_par_bureau_large.csv.gz" % rnd)
        with gzip.open(path, "rb") as fh:
            rdr = csv.reader(io.TextIOWrapper(fh, encoding="utf-8"))
            head = next(rdr)
            cands = [CAND_COLS[h] for h in head[9:]]
            fields = NUMERIC + ["nuls"] + cands
            rep: dict = {}
            unrep: dict = {}
            nb_rep: dict = {}
            nb_unrep: dict = {}
            for row in rdr:
                dep, com, bur, circ, lib = row[0], row[1], row[2], row[3], row[4]
                ins, vot, bla, exp = (int(x) for x in row[5:9])
                votes = [int(x) for x in row[9:]]
                vals = [ins, vot, bla, exp, vot - bla - exp] + votes
                reported = dep < "50" or dep == "ZZ"
                tgt, nb = (rep, nb_rep) if reported else (unrep, nb_unrep)
                for a in areas_of_row(dep, com, bur, circ, dep_region, abroad_country):
                    _add(tgt, a, vals)
                    nb[a] = nb.get(a, 0) + 1
                if rnd == 1:
                    key = "ZZ" + com if dep == "ZZ" else (
                        insee_dep(dep, com) + com[-2:] if dep.startswith("Z") else dep + com)
                    out["names"][key] = lib.strip()
        out["rounds"][str(rnd)] = {"fields": fields, "rep": rep, "unrep": unrep,
                                   "nb_rep": nb_rep, "nb_unrep": nb_unrep}
    return out


_SUMS = None


def sums() -> dict:
    global _SUMS
    if _SUMS is None:
        if os.path.exists(CACHE):
            with open(CACHE, encoding="utf-8") as fh:
                _SUMS = json.load(fh)
        else:
            _SUMS = build_sums()
            tmp = CACHE + ".tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(_SUMS, fh)
            os.replace(tmp, CACHE)
    return _SUMS


def states() -> dict:
    with open(os.path.join(SET_DIR, "states.json"), encoding="utf-8") as fh:
        return json.load(fh)


class Standings:
    """Counted figures of an area in a state, and R (the hard bound on ballots still to come)."""

    def __init__(self, area, votes, exprimes, votants, inscrits, blancs, nuls, bn, R,
                 n_rep, n_unrep, inscrits_published=True, blancs_split=True):
        self.area, self.votes, self.E, self.V, self.I = area, votes, exprimes, votants, inscrits
        self.blancs, self.nuls, self.bn, self.R = blancs, nuls, bn, R
        self.n_rep, self.n_unrep = n_rep, n_unrep
        self.inscrits_published, self.blancs_split = inscrits_published, blancs_split

    def brief(self) -> str:
        top = sorted(self.votes.items(), key=lambda kv: -kv[1])
        vs = ", ".join("%s %d" % kv for kv in top[:4])
        return "%s: %d/%d bureaux, exprimés %d, R %d; %s" % (
            self.area, self.n_rep, self.n_rep + self.n_unrep, self.E, self.R, vs)


def standings(state_id: str, area: str):
    st = states()["states"][state_id]
    if st["election"] == "hap2011":
        units = st.get("units") or states()["states"][st["units_from"]]["units"]
        rep_ids = set(st["reported_units"])
        votes, E, V, bn, R, nr, nu, seen = {}, 0, 0, 0, 0, 0, 0, False
        for u in units:
            if area not in u["areas"]:
                continue
            seen = True
            if u["id"] in rep_ids:
                E += u["exprimes"]
                V += u["votants"]
                bn += u["blancs_nuls"]
                nr += u["bureaux"]
                for k, v in u["votes"].items():
                    votes[k] = votes.get(k, 0) + v
            else:
                R += u["ballot_bound"]
                nu += u["bureaux"]
                for k in u["votes"]:
                    votes.setdefault(k, 0)
        if not seen:
            return None
        return Standings(area, votes, E, V, 0, None, None, bn, R, nr, nu,
                         inscrits_published=False, blancs_split=False)
    rnd = str(st["round"])
    s = sums()["rounds"][rnd]
    fields = s["fields"]
    rule = st["reported"]["rule"]
    rep = s["rep"].get(area)
    unrep = s["unrep"].get(area)
    if rep is None and unrep is None:
        return None
    zero = [0] * len(fields)
    if rule == "all":
        tot = [a + b for a, b in zip(rep or zero, unrep or zero)]
        counted, R = tot, 0
        nr = s["nb_rep"].get(area, 0) + s["nb_unrep"].get(area, 0)
        nu = 0
    else:
        assert st["reported"]["before"] == "50" and st["reported"]["plus"] == ["ZZ"]
        counted = rep or zero
        R = (unrep or zero)[0]
        nr, nu = s["nb_rep"].get(area, 0), s["nb_unrep"].get(area, 0)
    d = dict(zip(fields, counted))
    votes = {f: d[f] for f in fields[5:]}
    return Standings(area, votes, d["exprimes"], d["votants"], d["inscrits"], d["blancs"],
                     d["nuls"], d["blancs"] + d["nuls"], R, nr, nu)


def norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    for ch in "-'’.()":
        s = s.replace(ch, " ")
    s = " ".join(s.split())
    for a, b in (("st ", "saint "), ("ste ", "sainte ")):
        if s.startswith(a):
            s = b + s[len(a):]
        s = s.replace(" " + a, " " + b)
    return s


_INDEX = None


def place_index() -> dict:
    """normalized name -> list of (kind, area code, label) readings."""
    global _INDEX
    if _INDEX is not None:
        return _INDEX
    deps, regs, abroad = load_geo()
    idx: dict = {}

    def put(name, kind, code, label):
        lst = idx.setdefault(norm(name), [])
        if (kind, code) not in [(k, c) for k, c, _ in lst]:
            lst.append((kind, code, label))

    for code, lib in sums()["names"].items():
        if code.startswith("ZZ"):
            continue
        put(lib, "commune", code, "%s (%s)" % (lib, code))
    for d in deps:
        if d["code"] in ("984", "989"):
            continue
        put(d["nom"], "dep", d["code"], "département %s (%s)" % (d["nom"], d["code"]))
    for r in regs:
        if len(r["code"]) == 2 and r["code"] not in ("01", "02", "03", "04", "06"):
            put(r["nom"], "region", "R" + r["code"], "région %s (R%s)" % (r["nom"], r["code"]))
    for a in abroad:
        for n in {a["libelle"], a["name"], a["name_en"]}:
            put(n, "consulate", "ZZ" + a["code"],
                "consular city %s, %s (ZZ%s)" % (a["name"], a["country_en"], a["code"]))
        for n in {a["country_fr"], a["country_en"]}:
            put(n, "country", "FE-" + a["country"], "French voters in %s (FE-%s)" % (
                a["country_en"], a["country"]))
    _INDEX = idx
    return idx


def cog_commune_names() -> dict:
    with gzip.open(data_file("cog", "communes.json.gz"), "rt", encoding="utf-8") as fh:
        cs = json.load(fh)
    out: dict = {}
    for c in cs:
        if c["type"] == "commune-actuelle":
            out.setdefault(norm(c["nom"]), []).append(c["code"])
    return out


def area_name(code: str) -> str:
    n = sums()["names"].get(code)
    return n or code


_DESC = None


def describe(code: str) -> str:
    """'59 Nord', '75105 Paris 5e arrondissement', 'FE-CA French voters in Canada', ..."""
    global _DESC
    if _DESC is None:
        deps, regs, abroad = load_geo()
        _DESC = {d["code"]: "département " + d["nom"] for d in deps}
        _DESC.update({"R" + r["code"]: "région " + r["nom"] for r in regs})
        for a in abroad:
            _DESC["ZZ" + a["code"]] = "consular city %s (%s)" % (a["name"], a["country_en"])
            _DESC["FE-" + a["country"]] = "French voters in " + a["country_en"]
        for i in range(1, 12):
            _DESC["FE%02d" % i] = "constituency %d of the French abroad" % i
        _DESC.update({"FR": "France (all bureaux)", "ZZ": "all French voters abroad",
                      "OM": "all overseas bureaux", "METRO": "metropolitan France",
                      "DROM": "the five overseas départements-régions"})
        for base, city in ((75100, "Paris"), (69380, "Lyon"), (13200, "Marseille")):
            for k in range(1, 21):
                _DESC[str(base + k)] = "%s %d%s arrondissement" % (city, k, "er" if k == 1 else "e")
    if code in _DESC:
        return "%s %s" % (code, _DESC[code])
    n = sums()["names"].get(code)
    return "%s %s" % (code, n) if n else code


if __name__ == "__main__":
    import sys
    for a in sys.argv[2:]:
        s = standings(sys.argv[1], a)
        print(s.brief() if s else "%s: no such area" % a)

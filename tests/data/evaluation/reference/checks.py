"""Standalone reference rules: one structured check (area readings, measure, value) -> label.

Pure standard library; imports only figures.py beside it. Hard bounds only: R is the sum of the
inscrits (2011: ballot_bound) of the area's unreported units. Every strong label passes a double
test: confirmed needs the whole possible range inside the strict reading of the words; contradicted
needs it outside a loose reading too. An official figure between the two readings raises Stop (the
post must be rewritten), as does an unintended homonym or a figure too close to a boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import figures

CONF, CONTRA, UNC = "confirmed", "contradicted", "unconfirmed"
FLIP = {CONF: CONTRA, CONTRA: CONF, UNC: UNC}


class Stop(Exception):
    """The post's wording is ambiguous against the figures: rewrite it."""


# ---------------------------------------------------------------- values and their readings
@dataclass
class Val:
    op: str            # eq, approx (près de / nearly), about (environ / around), gt, ge, lt, le, range
    n: float
    p: float           # half-unit of the stated precision
    loose: float       # margin of the loose reading (contradiction needs the range outside it)
    n2: float = 0.0    # upper end of a range
    text: str = ""

    def strict(self):
        if self.op == "eq":
            return (self.n - self.p, self.n + self.p)
        if self.op == "approx":
            return (self.n - 1.5 * self.p, self.n + 0.5 * self.p)
        if self.op == "about":
            return (self.n - 1.5 * self.p, self.n + 1.5 * self.p)
        if self.op == "range":
            return (self.n, self.n2)
        if self.op in ("gt", "ge"):
            return (self.n, float("inf"))
        if self.op in ("lt", "le"):
            return (float("-inf"), self.n)
        raise ValueError(self.op)

    def loose_iv(self):
        if self.op in ("eq", "approx", "about"):
            return (self.n - self.loose, self.n + self.loose)
        if self.op == "range":
            return (self.n - self.loose, self.n2 + self.loose)
        if self.op in ("gt", "ge"):
            return (self.n - self.loose, float("inf"))
        return (float("-inf"), self.n + self.loose)


def _dec(x) -> tuple[float, int]:
    s = str(x)
    return float(s), (len(s.split(".")[1]) if "." in s else 0)


def pct_loose(n: float, nd: int, p: float) -> float:
    if nd:
        return 3 * p
    if n % 10 == 0:
        return 5.0
    if n % 5 == 0:
        return 2.5
    return 1.0


def P(x, op="eq"):
    """A percentage or points figure as written: P(24), P('24.3'), P(20, 'gt'), P(24, 'approx')."""
    n, nd = _dec(x)
    p = 0.5 * 10 ** (-nd)
    if op in ("gt", "ge", "lt", "le"):
        loose = 3 * p if nd else 1.0
    elif op in ("approx", "about"):
        loose = 5 * p
    else:
        loose = pct_loose(n, nd, p)
    return Val(op, n, p, loose, text=str(x))


def PR(a, b):
    """An inclusive range 'entre a et b %'."""
    na, nda = _dec(a)
    nb, ndb = _dec(b)
    nd = max(nda, ndb)
    return Val("range", na, 0.5 * 10 ** (-nd), 1.0 if nd == 0 else 1.5 * 10 ** (-nd), n2=nb,
               text="%s-%s" % (a, b))


FRACTIONS = {"moitie": 50.0, "tiers": 100 / 3, "deux tiers": 200 / 3, "quart": 25.0,
             "trois quarts": 75.0, "cinquieme": 20.0, "dixieme": 10.0, "un sur cinq": 20.0,
             "un sur quatre": 25.0, "un sur trois": 100 / 3, "un sur deux": 50.0,
             "quatre sur dix": 40.0, "trois sur dix": 30.0, "six sur dix": 60.0,
             "deux sur trois": 200 / 3, "sept sur dix": 70.0, "huit sur dix": 80.0,
             "un sur dix": 10.0, "neuf sur dix": 90.0, "un sur huit": 12.5}


def F(name, op="eq"):
    """A fraction in words ('un quart', 'deux tiers', 'un sur cinq'): ±1 point strict, ±3 loose."""
    n = FRACTIONS[name]
    if op in ("gt", "lt", "ge", "le"):
        return Val(op, n, 0.5, 1.0, text=name)
    return Val(op, n, 1.0, 3.0, text=name)


def N(x, p=0.5, op="eq", loose=None):
    """A count: exact (p=0.5) or rounded ('1,7 million' -> N(1.7e6, 5e4))."""
    n = float(x)
    if loose is None:
        if op in ("gt", "ge", "lt", "le"):
            loose = max(3 * p, 0.02 * n)
        elif op in ("approx", "about"):
            loose = max(5 * p, 0.02 * n)
        else:
            loose = max(3 * p, 0.01 * n)
    return Val(op, n, p, loose, text=str(x))


def NR(a, b, p=0.5):
    return Val("range", float(a), p, max(3 * p, 0.02 * float(b)), n2=float(b), text="%s-%s" % (a, b))


# ---------------------------------------------------------------- areas and readings
class Place:
    """A place as written: every reading of the name, optionally narrowed by the text."""

    def __init__(self, name, kinds=None, dep=None, only=None):
        self.name, self.kinds, self.dep, self.only = name, kinds, dep, only

    def readings(self):
        rs = figures.place_index().get(figures.norm(self.name), [])
        if self.kinds:
            rs = [r for r in rs if r[0] in self.kinds]
        if self.dep:
            rs = [r for r in rs if r[0] == "commune" and r[1].startswith(self.dep)]
        if self.only:
            rs = [r for r in rs if r[1] in self.only]
        if not rs:
            raise Stop("no reading for place %r" % self.name)
        return [(code, label) for _, code, label in rs]


def readings_of(area):
    """area: 'FR' / '59' / 'R32' / '75105' (code, checked for homonyms), '93066!' (the text
    selects this reading), a Place, or a list of codes (explicit readings)."""
    if isinstance(area, Place):
        return area.readings()
    if isinstance(area, list):
        return [(a, figures.describe(a)) for a in area]
    code = area.rstrip("!")
    if not area.endswith("!") and (code[:1].isdigit() and len(code) == 5):
        name = figures.area_name(code)
        others = figures.place_index().get(figures.norm(name), [])
        if len(others) > 1:
            raise Stop("%s (%s) has homonyms %s: use a Place or mark the code with '!'" % (
                code, name, [o[1] for o in others]))
    return [(code, figures.describe(code))]


# ---------------------------------------------------------------- checks
@dataclass
class Check:
    kind: str
    area: object = "FR"
    cands: tuple = ()
    val: Val | None = None
    neg: bool = False
    k: int = 0
    why: str = ""
    extra: dict = field(default_factory=dict)


def _iv_share(v, E, R):
    if E + R == 0:
        return None
    return (100.0 * v / (E + R), 100.0 * (v + R) / (E + R))


def _judge_iv(iv, val: Val, R, what):
    lo, hi = iv
    s_lo, s_hi = val.strict()
    l_lo, l_hi = val.loose_iv()
    strict_open = val.op in ("gt", "lt")
    if strict_open:
        inside = (lo > s_lo) if val.op == "gt" else (hi < s_hi)
    else:
        inside = s_lo <= lo and hi <= s_hi
    if inside and what == "count" and val.op == "eq" and val.p >= 1000 and (
            abs(lo - val.n) > 0.6 * val.p or abs(hi - val.n) > 0.6 * val.p):
        raise Stop("rounded count %s far from the figure %d..%d: write a closer number" % (
            val.text, lo, hi))
    if inside:
        width = (s_hi - s_lo) if s_hi != float("inf") and s_lo != float("-inf") else None
        margin = 0.03 * width if width else 0.0
        if val.op in ("gt", "ge"):
            margin = max(0.02, 0.001 * abs(val.n)) if what == "pct" else max(1, 0.0005 * val.n)
        if val.op in ("lt", "le"):
            margin = max(0.02, 0.001 * abs(val.n)) if what == "pct" else max(1, 0.0005 * val.n)
        if (s_lo != float("-inf") and lo - s_lo < margin) or (
                s_hi != float("inf") and s_hi - hi < margin):
            raise Stop("%s %.4f..%.4f too close to the strict bounds %s..%s" % (
                what, lo, hi, s_lo, s_hi))
        return CONF
    if hi < l_lo or lo > l_hi:
        return CONTRA
    if hi < s_lo or lo > s_hi or (val.op == "gt" and hi <= s_lo) or (
            val.op == "lt" and lo >= s_hi):
        raise Stop("%s %.4f..%.4f outside the strict reading %s..%s but inside the loose %s..%s"
                   % (what, lo, hi, s_lo, s_hi, l_lo, l_hi))
    if R == 0:
        raise Stop("R=0 but undecided?")
    return UNC


def _fmt(x):
    return ("%.2f" % x) if isinstance(x, float) else str(x)


def judge_area(c: Check, s) -> tuple[str, str]:
    """Label of one check on one area reading (before negation) and the figures used."""
    if s is None:
        return UNC, "no official figures for this area in this state"
    v, E, R = s.votes, s.E, s.R
    base = "%s/%s bureaux, exprimés %d, R %d" % (s.n_rep, s.n_rep + s.n_unrep, E, R)
    k = c.kind
    cands = c.cands
    for cc in cands:
        if cc not in v:
            return UNC, "%s not a candidate in this state" % cc
    if k in ("lead", "ahead", "rank", "last", "top2"):
        rivals = [r for r in v if r != cands[0]]
        me = v[cands[0]]
        if k == "ahead":
            other = v[cands[1]]
            d = me - other
            txt = "%s %d vs %s %d, diff %d, %s" % (cands[0], me, cands[1], other, d, base)
            if d > R:
                return CONF, txt
            if -d > R:
                return CONTRA, txt
            return UNC, txt
        sure_ahead = [r for r in rivals if v[r] - me > R]
        sure_behind = [r for r in rivals if me - v[r] > R]
        n_open = len(rivals) - len(sure_ahead) - len(sure_behind)
        rmin, rmax = 1 + len(sure_ahead), 1 + len(sure_ahead) + n_open
        top = sorted(v.items(), key=lambda kv: -kv[1])[:4]
        txt = "%s rank %d..%d (%s), %s" % (cands[0], rmin, rmax,
                                           ", ".join("%s %d" % t for t in top), base)
        if k == "lead":
            want = (1, 1)
        elif k == "rank":
            want = (c.k, c.k)
        elif k == "last":
            want = (len(v), len(v))
        else:  # top2: in the two first; no candidate may reach 50 % for a confirmation
            if rmax <= 2:
                can_win = [r for r in v if _iv_share(v[r], E, R)[1] > 50]
                if can_win:
                    return UNC, txt + "; a round-1 majority still possible for " + ",".join(can_win)
                return CONF, txt
            if rmin >= 3:
                return CONTRA, txt
            return UNC, txt
        if rmin == rmax == want[0]:
            return CONF, txt
        if want[1] < rmin or want[0] > rmax:
            return CONTRA, txt
        return UNC, txt
    if k in ("crush", "close"):
        d = v[cands[0]] - v[cands[1]]
        iv = _gap_iv(d, E, R)
        txt = "gap %s-%s %.2f..%.2f pts, %s" % (cands[0], cands[1], iv[0], iv[1], base)
        if k == "crush":
            if iv[0] > 15:
                return CONF, txt
            if iv[1] < 5:
                return CONTRA, txt
            if R == 0:
                raise Stop("crush between 5 and 15 points")
            return UNC, txt
        a = (min(abs(iv[0]), abs(iv[1])) if iv[0] * iv[1] > 0 else 0.0, max(abs(iv[0]), abs(iv[1])))
        if a[1] < 1:
            return CONF, txt
        if a[0] > 5:
            return CONTRA, txt
        if R == 0:
            raise Stop("close between 1 and 5 points")
        return UNC, txt
    val = c.val
    what = "pct"
    if k == "share":
        tot = sum(v[x] for x in cands)
        iv = _iv_share(tot, E, R)
        txt = "%s %d of exprimés %d (%.3f %%), %s" % ("+".join(cands), tot, E,
                                                      100.0 * tot / E if E else 0, base)
    elif k == "share_ins":
        if not s.inscrits_published:
            return UNC, "inscrits not published"
        tot = sum(v[x] for x in cands)
        iv = _iv_share(tot, s.I, R)
        txt = "%s %d of inscrits %d (%.3f %%), R %d" % ("+".join(cands), tot, s.I,
                                                        100.0 * tot / s.I, R)
    elif k == "votes":
        tot = sum(v[x] for x in cands)
        iv, what = (tot, tot + R), "count"
        txt = "%s %d votes, %s" % ("+".join(cands), tot, base)
    elif k in ("gap_pts", "gap_pts_abs"):
        d = v[cands[0]] - v[cands[1]]
        iv = _gap_iv(d, E, R)
        if k == "gap_pts_abs":
            iv = _abs_iv(iv)
        txt = "%s %d, %s %d, gap %.3f..%.3f pts, %s" % (cands[0], v[cands[0]], cands[1],
                                                       v[cands[1]], iv[0], iv[1], base)
    elif k in ("gap_votes", "gap_votes_abs"):
        d = v[cands[0]] - v[cands[1]]
        iv, what = (d - R, d + R), "count"
        if k == "gap_votes_abs":
            iv = _abs_iv(iv)
        txt = "%s %d, %s %d, gap %d..%d votes, %s" % (cands[0], v[cands[0]], cands[1],
                                                     v[cands[1]], iv[0], iv[1], base)
    elif k in ("turnout", "abst_rate", "abst", "inscrits", "blancs_pi"):
        if not s.inscrits_published:
            return UNC, "inscrits not published (open primary)"
        I, V = s.I, s.V
        if k == "turnout":
            iv = (100.0 * V / (I + R), 100.0 * (V + R) / (I + R))
        elif k == "abst_rate":
            iv = (100.0 * (I - V) / (I + R), 100.0 * (I + R - V) / (I + R))
        elif k == "abst":
            iv, what = (I - V, I + R - V), "count"
        elif k == "blancs_pi":
            iv = (100.0 * s.blancs / (I + R), 100.0 * (s.blancs + R) / (I + R))
        else:
            if R:
                raise Stop("inscrits claim on an area not fully reported")
            iv, what = (I, I), "count"
        txt = "inscrits %d (+R %d), votants %d, blancs %s, %s" % (I, R, V, s.blancs, base)
    elif k in ("votants", "exprimes", "blancs", "nuls", "bn", "blancs_pv", "nuls_pv", "bn_pv"):
        if k in ("blancs", "nuls", "blancs_pv", "nuls_pv") and not s.blancs_split:
            return UNC, "blancs and nuls not published separately"
        x = {"votants": s.V, "exprimes": E, "blancs": s.blancs, "nuls": s.nuls, "bn": s.bn,
             "blancs_pv": s.blancs, "nuls_pv": s.nuls, "bn_pv": s.bn}[k]
        if k.endswith("_pv"):
            iv = _iv_share(x, s.V, R)
        else:
            iv, what = (x, x + R), "count"
        txt = "%s %d, votants %d, %s" % (k, x, s.V, base)
    else:
        raise ValueError(k)
    if iv is None:
        return UNC, "nothing counted"
    lab = _judge_iv(iv, val, R, what)
    return lab, "%s; %s %s → %s" % (txt, val.op, val.text, lab)


def _gap_iv(d, E, R):
    if E == 0:
        return (-100.0, 100.0)
    pts = [100.0 * d / E]
    if R:
        pts += [100.0 * (d - R) / (E + R), 100.0 * (d + R) / (E + R)]
    return (min(pts), max(pts))


def _abs_iv(iv):
    lo, hi = iv
    if lo <= 0 <= hi:
        return (0, max(-lo, hi))
    return (min(abs(lo), abs(hi)), max(abs(lo), abs(hi)))


@dataclass
class Alt:
    """One part read several ways (the measure, the denominator, the candidate...)."""
    checks: tuple
    why: str = ""


def judge_part(part, state: str) -> tuple[str, str]:
    if isinstance(part, Alt):
        labs, notes, stops = [], [], []
        for c in part.checks:
            try:
                l, t = judge(c, state)
            except Stop as e:
                stops.append(str(e))
                continue
            labs.append(l)
            notes.append(t)
        if stops:
            if len(set(labs)) > 1 or UNC in labs:
                labs.append(UNC)
                notes += ["ambiguous (%s)" % s for s in stops]
            else:
                raise Stop("; ".join(stops))
        out = labs[0] if len(set(labs)) == 1 else UNC
        return out, "%d readings (%s): %s → %s" % (len(notes), part.why, " || ".join(notes), out)
    return judge(part, state)


def judge(c: Check, state: str) -> tuple[str, str]:
    """Label of a check over every reading of its area (after negation)."""
    if c.kind == "unpub":
        return UNC, "not published by the authority: " + c.why
    if c.kind == "top2" and [r[0] for r in readings_of(c.area)] != ["FR"]:
        raise Stop("qualification only nationally")
    labs, notes, stops = [], [], []
    for code, lab in readings_of(c.area):
        s = figures.standings(state, code)
        try:
            l, t = judge_area(c, s)
        except Stop as e:
            stops.append((code, str(e)))
            continue
        if c.neg:
            l = FLIP[l]
        labs.append(l)
        notes.append("%s: %s [%s]" % (lab, t, l))
    if stops:
        if len(set(labs)) > 1 or UNC in labs:
            notes += ["%s: ambiguous (%s) [unconfirmed]" % s for s in stops]
            labs.append(UNC)
        else:
            raise Stop("; ".join("%s: %s" % s for s in stops))
    if len(set(labs)) == 1:
        out = labs[0]
    else:
        out = UNC
    pre = ("NOT " if c.neg else "") + c.kind + ("(%s)" % ",".join(c.cands) if c.cands else "")
    if c.kind == "rank":
        pre += " =%d" % c.k
    if len(notes) > 1:
        return out, "%s, %d readings: %s → %s" % (pre, len(notes), " | ".join(notes), out)
    return out, "%s, %s" % (pre, notes[0])


def combine(labels):
    if CONTRA in labels:
        return CONTRA
    if labels and all(l == CONF for l in labels):
        return CONF
    return UNC


# ---------------------------------------------------------------- constructors used by cases_src.py
T1, T2 = "pr2017-t1-final", "pr2017-t2-final"
T1P, T2P = "pr2017-t1-partial", "pr2017-t2-partial"
H, HS = "hap2011-t1-final", "hap2011-t1-saturday"
M, LP, FI, JLM, BH = "macron", "le-pen", "fillon", "melenchon", "hamon"
NDA, JL, PP, FA, NA, JC = ("dupont-aignan", "lassalle", "poutou", "asselineau", "arthaud",
                           "cheminade")
HOL, AUB, MON, ROY, VAL, BAY = "hollande", "aubry", "montebourg", "royal", "valls", "baylet"


def pl(name, *kinds, dep=None, only=None):
    return Place(name, kinds or None, dep, only)


def _c(x):
    return tuple(x) if isinstance(x, (tuple, list)) else (x,)


def lead(area, c, neg=False):
    return Check("lead", area, (c,), neg=neg)


def ahead(area, a, b, neg=False):
    return Check("ahead", area, (a, b), neg=neg)


def rank(area, c, k, neg=False):
    return Check("rank", area, (c,), neg=neg, k=k)


def last(area, c, neg=False):
    return Check("last", area, (c,), neg=neg)


def top2(c, neg=False):
    return Check("top2", "FR", (c,), neg=neg)


def elim(c, neg=False):
    return Check("top2", "FR", (c,), neg=not neg)


def share(area, c, val, neg=False):
    return Check("share", area, _c(c), val, neg=neg)


def share_ins(area, c, val, neg=False):
    return Check("share_ins", area, _c(c), val, neg=neg)


def votes(area, c, val, neg=False):
    return Check("votes", area, _c(c), val, neg=neg)


def gap(area, a, b, val, neg=False, signed=True):
    return Check("gap_pts" if signed else "gap_pts_abs", area, (a, b), val, neg=neg)


def gapv(area, a, b, val, neg=False, signed=True):
    return Check("gap_votes" if signed else "gap_votes_abs", area, (a, b), val, neg=neg)


def crush(area, a, b, neg=False):
    return Check("crush", area, (a, b), neg=neg)


def close(area, a, b, neg=False):
    return Check("close", area, (a, b), neg=neg)


def measure(kind):
    def f(area, val, neg=False):
        return Check(kind, area, (), val, neg=neg)
    f.__name__ = kind
    return f


turnout, abst_rate, abst = measure("turnout"), measure("abst_rate"), measure("abst")
votants, inscrits, exprimes = measure("votants"), measure("inscrits"), measure("exprimes")
blancs, nuls, bn = measure("blancs"), measure("nuls"), measure("bn")
blancs_pv, nuls_pv, bn_pv = measure("blancs_pv"), measure("nuls_pv"), measure("bn_pv")
blancs_pi = measure("blancs_pi")


def blancs_pct(area, val, neg=False):
    """'N % de blancs': of votants or of inscrits (the Ministry publishes both)."""
    return Alt((blancs_pv(area, val, neg), blancs_pi(area, val, neg)), "blancs / votants or inscrits")


def unpub(why):
    return Check("unpub", why=why)


def alt(*checks, why=""):
    return Alt(tuple(checks), why)

"""Property tests: a strong label never survives a completion of the unreported bureaux that flips it."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from verifiers.claims import (
    AHEAD,
    ELIMINATED,
    GAP,
    LAST,
    LEADER,
    PERCENTAGE,
    QUALIFICATION,
    QUALIFIED,
    RANK,
    VOTES,
    Claim,
)
from verifiers.numbers import Quantity
from verifiers.standings import Standings, Tally
from verifiers.verdicts import CONFIRMED, CONTRADICTED, verify

IDS = ("a", "b", "c", "d", "e")


def make_standings(
    votes: dict[str, int], blank: int, bureaux: list[int], reported: int
) -> Standings:
    """Standings where the first `reported` bureaux counted and the rest are still out."""
    unreported = bureaux[reported:]
    remaining = sum(unreported)
    exprimes = sum(votes.values())
    tallies = tuple(sorted((Tally(c, c, v) for c, v in votes.items()), key=lambda t: -t.votes))
    return Standings(
        "FR",
        "France",
        "national",
        1,
        max(reported, 1),
        len(bureaux),
        exprimes + blank + remaining,
        exprimes + blank,
        blank,
        0,
        exprimes,
        tallies,
        remaining,
        None,
    )


def completions(s: Standings, draw_split) -> list[tuple[dict[str, int], int]]:
    """Adversarial completions of the uncounted ballots: each candidate takes all of R, nobody
    votes, all blank, each candidate's rivals share R to overtake it, and random splits."""
    base = {t.candidate: t.votes for t in s.tallies}
    r = s.remaining
    out: list[tuple[dict[str, int], int]] = [(dict(base), 0), (dict(base), r)]
    for c in base:
        out.append(({**base, c: base[c] + r}, 0))
        # lift rivals above c one by one, cheapest first, while ballots remain
        left, lifted = r, dict(base)
        for rival in sorted((x for x in base if x != c), key=lambda x: base[c] - base[x]):
            need = max(0, base[c] - base[rival] + 1)
            if need <= left:
                lifted[rival] += need
                left -= need
        out.append((lifted, 0))
    for split in draw_split:
        out.append(({c: base[c] + split.get(c, 0) for c in base}, 0))
    return out


def truth(claim: Claim, votes: dict[str, int]) -> bool | None:
    """Whether a claim holds on complete figures (None when undefined, as on a tie)."""
    exprimes = sum(votes.values())
    c = claim.candidates[0]
    if claim.type == VOTES:
        return claim.value.contains(votes[c])
    if exprimes == 0:
        return None  # shares and winners are undefined without a single valid vote
    if claim.type == PERCENTAGE:
        return claim.value.contains(100.0 * votes[c] / exprimes)
    if claim.type == LEADER:
        return all(votes[c] > votes[x] for x in votes if x != c)
    if claim.type == RANK and claim.value == AHEAD:
        return votes[c] > votes[claim.candidates[1]]
    if claim.type == RANK:
        k = len(votes) if claim.value == LAST else claim.value
        ahead = sum(votes[x] > votes[c] for x in votes)
        tied = sum(votes[x] == votes[c] for x in votes if x != c)
        if tied:
            return None if ahead + 1 <= k <= ahead + 1 + tied else False
        return ahead + 1 == k
    if claim.type == GAP:
        return claim.value.contains(100.0 * (votes[c] - votes[claim.candidates[1]]) / exprimes)
    if claim.type == QUALIFICATION:
        winner = next((x for x in votes if 2 * votes[x] > exprimes), None)
        if winner is not None:
            qualified = False
        else:
            ahead = sum(votes[x] > votes[c] for x in votes)
            tied = sum(votes[x] == votes[c] for x in votes if x != c)
            if tied and ahead <= 1 < ahead + tied:
                return None  # a tie straddles second place
            qualified = ahead + tied <= 1
        if claim.value == QUALIFIED:
            return qualified
        return not qualified and winner != c
    raise AssertionError(claim.type)


votes_st = st.lists(st.integers(0, 400), min_size=2, max_size=5)
bureaux_st = st.lists(st.integers(0, 150), min_size=1, max_size=6)


@st.composite
def scenario(draw):
    """Random standings with unreported bureaux and a random claim about them."""
    counts = draw(votes_st)
    votes = dict(zip(IDS, counts, strict=False))
    bureaux = draw(bureaux_st)
    reported = draw(st.integers(0, len(bureaux)))
    s = make_standings(votes, draw(st.integers(0, 20)), bureaux, reported)
    ids = list(votes)
    c = draw(st.sampled_from(ids))
    other = draw(st.sampled_from([x for x in ids if x != c]))
    kind = draw(st.sampled_from([PERCENTAGE, VOTES, LEADER, RANK, AHEAD, GAP, QUALIFICATION]))
    if kind in (PERCENTAGE, GAP):
        lo = draw(st.floats(-20 if kind == GAP else 0, 100, allow_nan=False))
        hi = lo + draw(st.floats(0, 30, allow_nan=False))
        claim = Claim(
            kind,
            (c, other) if kind == GAP else (c,),
            "FR",
            1,
            Quantity(lo, lo, hi, "points" if kind == GAP else "percent"),
        )
    elif kind == VOTES:
        lo = draw(st.integers(0, 800))
        claim = Claim(
            VOTES,
            (c,),
            "FR",
            1,
            Quantity(lo, lo, lo + draw(st.integers(0, 300)), "votes"),
            measure="candidate",
        )
    elif kind == LEADER:
        claim = Claim(LEADER, (c,), "FR", 1)
    elif kind == RANK:
        claim = Claim(RANK, (c,), "FR", 1, draw(st.sampled_from([*range(1, len(ids) + 1), LAST])))
    elif kind == AHEAD:
        claim = Claim(RANK, (c, other), "FR", 1, AHEAD)
    else:
        claim = Claim(QUALIFICATION, (c,), "FR", 1, draw(st.sampled_from([QUALIFIED, ELIMINATED])))
    splits = []
    for _ in range(draw(st.integers(0, 3))):
        left, split = s.remaining, {}
        for x in ids:
            take = draw(st.integers(0, left))
            split[x] = take
            left -= take
        splits.append(split)
    return s, claim, splits


@settings(max_examples=600, deadline=None)
@given(scenario())
def test_strong_labels_survive_every_completion(case):
    s, claim, splits = case
    verdict = verify(claim, s, s)
    if verdict.label not in (CONFIRMED, CONTRADICTED):
        return
    expected = verdict.label == CONFIRMED
    for votes, _blank in completions(s, splits):
        assert truth(claim, votes) is expected, (verdict.label, votes)


@settings(max_examples=400, deadline=None)
@given(scenario())
def test_complete_counts_are_always_decided_unless_tied(case):
    s, claim, _ = case
    done = replace(s, remaining=0, bureaux_reported=s.bureaux_total)
    votes = {t.candidate: t.votes for t in done.tallies}
    value = truth(claim, votes)
    if value is None or done.exprimes == 0:
        return
    label = verify(claim, done, done).label
    tied = len(set(votes.values())) < len(votes)
    if tied and label not in (CONFIRMED, CONTRADICTED):
        return  # a tie leaves leader, rank and qualification open (a lead must be positive)
    assert label == (CONFIRMED if value else CONTRADICTED)

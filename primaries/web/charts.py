"""Show stage: Plotly figures (standings bar chart, map of départements by leading candidate)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

from primaries.geography import Geography
from primaries.settings import Settings

MAP_CENTER = {"lat": 46.6, "lon": 2.5}
NO_RESULTS = "#e3e7ec"


@cache
def outline_names(path: Path) -> dict[str, str]:
    """The départements the outline file draws, code to name (read once per process)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["code"]: f["properties"]["nom"] for f in data["features"]}


def _pct(votes: int, exprimes: int) -> float:
    return round(100 * votes / exprimes, 2) if exprimes else 0.0


def _fmt(value: float, lang: str, digits: int = 2) -> str:
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\u202f").replace(".", ",") if lang == "fr" else text


def empty_figure(lang: str = "fr") -> go.Figure:
    """A chart with nothing to draw yet says so, instead of bare axes from −1 to 4."""
    fig = go.Figure()
    fig.update_layout(
        height=80,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis={"visible": False, "fixedrange": True},
        yaxis={"visible": False, "fixedrange": True},
        annotations=[
            {
                "text": "Pas encore de résultats." if lang == "fr" else "No results yet.",
                "showarrow": False,
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "y": 0.5,
                "font": {"size": 15, "color": "#5a6270"},
            }
        ],
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"family": "system-ui, sans-serif", "size": 13},
    )
    return fig


def bar_figure(document: dict[str, Any], settings: Settings, lang: str = "fr") -> go.Figure:
    """Horizontal bars of votes per candidate, each labelled with its share and its votes."""
    if not any(c["votes"] for c in document["candidates"]):
        return empty_figure(lang)
    colours = {c.id: c.color for c in settings.candidates}
    rows = list(reversed(document["candidates"]))  # Plotly draws the first bar at the bottom
    # Shares on the bars (short enough for a phone); exact votes in the hover and the table.
    texts = [f"{_fmt(c['pct'], lang)} %" for c in rows]
    hovers = [f"{_fmt(c['votes'], lang, 0)}" for c in rows]
    top = max((c["votes"] for c in rows), default=0)
    fig = go.Figure(
        go.Bar(
            x=[c["votes"] for c in rows],
            y=[c["name"] for c in rows],
            orientation="h",
            marker={"color": [colours.get(c["id"], "#777777") for c in rows]},
            text=texts,
            customdata=hovers,
            textposition="auto",
            cliponaxis=False,
            hovertemplate="%{y}: %{text} (%{customdata})<extra></extra>",
        )
    )
    fig.update_layout(
        margin={"l": 10, "r": 10, "t": 10, "b": 30},
        height=max(220, 34 * len(rows) + 40),
        xaxis={
            "title": None,
            "separatethousands": True,
            "fixedrange": True,
            # room for the share printed beside the shortest bars
            "range": [0, top * 1.18 if top else 1],
        },
        yaxis={"automargin": True, "fixedrange": True},
        separators=", " if lang == "fr" else ".,",
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"family": "system-ui, sans-serif", "size": 13},
    )
    return fig


def leaders(rows: list[dict[str, Any]]) -> dict[str, tuple[str, float]]:
    """Per area code: the candidate in the lead and their share of exprimés."""
    out = {}
    for row in rows:
        votes = row.get("votes") or {}
        if not votes or not row.get("exprimes"):
            continue
        best = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
        out[row["code"]] = (best[0], _pct(best[1], row["exprimes"]))
    return out


def map_figure(
    rows: list[dict[str, Any]],
    settings: Settings,
    geography: Geography,
    geojson_url: str,
    outlines: dict[str, str],
    lang: str = "fr",
) -> go.Figure:
    """Départements coloured by their leading candidate, drawn with no outside tile or style."""
    names = {c.id: c.name for c in settings.candidates}
    ordered = [c.id for c in sorted(settings.candidates, key=lambda c: c.order)]
    index = {cid: i for i, cid in enumerate(ordered)}
    colours = {c.id: c.color for c in settings.candidates}
    n = max(1, len(ordered))
    scale: list[list[Any]] = []
    for i, cid in enumerate(ordered):
        scale += [[i / n, colours[cid]], [(i + 1) / n, colours[cid]]]
    lead = leaders(rows)
    by_code = {r["code"]: r for r in rows}
    locations, z, text = [], [], []
    for code, (cid, pct) in sorted(lead.items()):
        feature = geography.map_code(code)
        if feature is None:
            continue
        row = by_code[code]
        locations.append(feature)
        z.append(index.get(cid, 0) + 0.5)
        text.append(
            f"{row['name']}: {names.get(cid, cid)} {_fmt(pct, lang)} % "
            f"({row['bureaux_reported']}/{row['bureaux_total']})"
        )
    waiting = sorted(set(outlines) - set(locations))
    no_results = "pas encore de résultats" if lang == "fr" else "no results yet"
    base = go.Choroplethmap(
        geojson=geojson_url,
        featureidkey="properties.code",
        locations=waiting,
        z=[0] * len(waiting),
        colorscale=[[0, NO_RESULTS], [1, NO_RESULTS]],
        showscale=False,
        text=[f"{outlines[c]}: {no_results}" for c in waiting],
        hovertemplate="%{text}<extra></extra>",
        marker={"line": {"color": "#ffffff", "width": 0.6}},
    )
    fig = go.Figure(
        [
            base,
            go.Choroplethmap(
                geojson=geojson_url,
                featureidkey="properties.code",
                locations=locations,
                z=z,
                zmin=0,
                zmax=n,
                colorscale=scale,
                showscale=False,
                text=text,
                hovertemplate="%{text}<extra></extra>",
                marker={"line": {"color": "#ffffff", "width": 0.6}},
            ),
        ]
    )
    fig.update_layout(
        map={"style": "white-bg", "center": MAP_CENTER, "zoom": 4.2},
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        height=460,
        paper_bgcolor="rgba(0,0,0,0)",
    )
    return fig


def legend(rows: list[dict[str, Any]], settings: Settings) -> list[dict[str, Any]]:
    """The map's legend as words: each leading candidate, their colour and how many départements."""
    counts: dict[str, int] = {}
    for cid, _pct_value in leaders(rows).values():
        counts[cid] = counts.get(cid, 0) + 1
    out = []
    for cand in settings.candidates:
        if cand.id in counts:
            out.append(
                {"id": cand.id, "name": cand.name, "color": cand.color, "count": counts[cand.id]}
            )
    return sorted(out, key=lambda c: -c["count"])


def buzz_figure(
    buzz: dict[str, Any], document: dict[str, Any], settings: Settings, lang: str = "fr"
) -> go.Figure:
    """Per candidate, three bars: the official share, the share of mentions in posts and of
    their reach; posts are not votes, and the sentence beside the chart says so."""
    if not buzz["posts"]:
        return empty_figure(lang)
    names = {c.id: c.name for c in settings.candidates}
    official = {c["id"]: c["pct"] for c in document["candidates"]}
    order = sorted(buzz["mentions"], key=lambda cid: (official.get(cid, 0), cid))
    words = {
        "official": ("Résultat officiel", "Official result"),
        "mentions": ("Part des mentions", "Share of mentions"),
        "reach": ("Part de la portée", "Share of reach"),
    }
    colours = {"official": "#12263f", "mentions": "#0b5cad", "reach": "#8fb8e6"}
    traces = []
    for key in ("reach", "mentions", "official"):  # drawn bottom-up: official on top
        values = [official.get(c, 0.0) if key == "official" else buzz[key][c] for c in order]
        traces.append(
            go.Bar(
                name=words[key][1 if lang == "en" else 0],
                x=values,
                y=[names.get(c, c) for c in order],
                orientation="h",
                marker={"color": colours[key]},
                hovertemplate="%{y}: %{x:.1f} %<extra>%{fullData.name}</extra>",
            )
        )
    fig = go.Figure(traces)
    fig.update_layout(
        barmode="group",
        margin={"l": 10, "r": 10, "t": 10, "b": 30},
        height=max(260, 54 * len(order) + 60),
        legend={"orientation": "h", "y": -0.08, "traceorder": "reversed"},
        xaxis={"ticksuffix": " %", "fixedrange": True, "rangemode": "tozero"},
        yaxis={"automargin": True, "fixedrange": True},
        separators=", " if lang == "fr" else ".,",
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"family": "system-ui, sans-serif", "size": 13},
    )
    return fig

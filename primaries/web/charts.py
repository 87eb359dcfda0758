"""Show stage: Plotly figures (standings bar chart, map of départements by leading candidate)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import plotly.graph_objects as go

from primaries.geography import ABROAD, Geography
from primaries.settings import Settings
from primaries.web import mapshapes
from primaries.web.i18n import PHRASES
from primaries.web.mapshapes import MapShapes

NO_RESULTS = "#c9d0d9"  # grey: drawn, no results yet (a legend entry says so)
REFERENCE_WIDTH = 560  # pixels the map's zoom is planned for, before the page fits it


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


def _say(key: str, lang: str) -> str:
    """A phrase of i18n.PHRASES in the figure's language (figures are built outside requests)."""
    return PHRASES[key][1 if lang == "en" else 0]


def _text_colour(background: str) -> str:
    """Dark or white text, whichever reads better on a candidate's colour (WCAG luminance)."""
    try:
        r, g, b = (int(background.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return "#12263f"

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    return "#12263f" if luminance > 0.3 else "#ffffff"


def _hover(row: dict[str, Any], cid: str, pct: float, names: dict[str, str], lang: str) -> str:
    return (
        f"{row['name']}: {names.get(cid, cid)} {_fmt(pct, lang)} % "
        f"({row['bureaux_reported']}/{row['bureaux_total']})"
    )


def drawn(rows: list[dict[str, Any]], geography: Geography, shapes: MapShapes) -> dict[str, str]:
    """The areas of `rows` that have an outline on the map: area code -> outline code."""
    out = {}
    for row in rows:
        feature = geography.map_code(row["code"])
        if feature is not None and feature in shapes.names:
            out[row["code"]] = feature
    return out


def has_geography(rows: list[dict[str, Any]], geography: Geography, shapes: MapShapes) -> bool:
    """Whether the registry has bureaux in any département the map draws (the 2011 primary's
    feed is national only: its map would stay grey all night)."""
    outlined = drawn(rows, geography, shapes)
    return any(row["bureaux_total"] for row in rows if row["code"] in outlined)


def fit_zoom(shapes: MapShapes, width: float) -> float:
    """The MapLibre zoom at which the canvas fills `width` pixels (512-pixel world at zoom 0)."""
    return math.log2(width * 360 / (512 * shapes.canvas.width))


def inset_labels(shapes: MapShapes) -> list[dict[str, Any]]:
    """Each overseas box named at its top left. MapLibre's own labels would need font files
    from a server; the page fits the map to its width, so paper positions hold."""
    labels = []
    for inset in shapes.insets:
        x, y = shapes.paper(inset.box.u0, inset.box.v1)
        labels.append(
            {
                "text": inset.name,
                "x": x + 0.006,
                "y": y - 0.004,
                "xref": "paper",
                "yref": "paper",
                "xanchor": "left",
                "yanchor": "top",
                "showarrow": False,
                "font": {"size": 10, "color": "#3d4654"},
            }
        )
    return labels


def frames_layer(shapes: MapShapes) -> dict[str, Any]:
    """The overseas boxes' frames, a line layer over the blank style."""
    return {
        "sourcetype": "geojson",
        "source": mapshapes.frames(shapes),
        "type": "line",
        "color": "#aab3bf",
        "line": {"width": 1},
    }


def map_figure(
    rows: list[dict[str, Any]],
    settings: Settings,
    geography: Geography,
    geojson_url: str,
    shapes: MapShapes,
    area_url: Callable[[str], str],
    lang: str = "fr",
) -> go.Figure:
    """Départements coloured by their leading candidate, the overseas ones in boxes under the
    mainland, drawn with no outside tile or style; each carries the link to its area page."""
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
    outlined = drawn(rows, geography, shapes)
    area_of = {feature: code for code, feature in outlined.items()}
    locations, z, text, links = [], [], [], []
    for code, (cid, pct) in sorted(lead.items()):
        if code not in outlined:
            continue
        locations.append(outlined[code])
        z.append(index.get(cid, 0) + 0.5)
        text.append(_hover(by_code[code], cid, pct, names, lang))
        links.append(area_url(code))
    waiting = sorted(set(shapes.names) - set(locations))
    no_results = _say("map_waiting", lang)
    line = {"color": "#ffffff", "width": 0.6}
    base = go.Choroplethmap(
        geojson=geojson_url,
        featureidkey="properties.code",
        locations=waiting,
        z=[0] * len(waiting),
        colorscale=[[0, NO_RESULTS], [1, NO_RESULTS]],
        showscale=False,
        text=[f"{shapes.names[c]}: {no_results}" for c in waiting],
        customdata=[area_url(area_of.get(c, c)) for c in waiting],
        hovertemplate="%{text}<extra></extra>",
        marker={"line": line},
    )
    results = go.Choroplethmap(
        geojson=geojson_url,
        featureidkey="properties.code",
        locations=locations,
        z=z,
        zmin=0,
        zmax=n,
        colorscale=scale,
        showscale=False,
        text=text,
        customdata=links,
        hovertemplate="%{text}<extra></extra>",
        marker={"line": line},
    )
    fig = go.Figure([base, results])
    fig.update_layout(
        map={
            "style": "white-bg",
            "center": shapes.center(),
            "zoom": fit_zoom(shapes, REFERENCE_WIDTH),
            "bounds": shapes.bounds(),
            "layers": [frames_layer(shapes)],
        },
        annotations=inset_labels(shapes),
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        height=round(REFERENCE_WIDTH * shapes.aspect),
        paper_bgcolor="rgba(0,0,0,0)",
        # what the page needs to fit the canvas to its width (site.js, fitMap)
        meta={"fit": {"span": shapes.canvas.width, "aspect": shapes.aspect}},
    )
    return fig


def tiles(
    rows: list[dict[str, Any]],
    settings: Settings,
    geography: Geography,
    shapes: MapShapes,
    area_url: Callable[[str], str],
    lang: str = "fr",
) -> list[dict[str, Any]]:
    """The places the map has no outline for (the French abroad, the overseas collectivities
    in the registry), as tiles coloured like the map: abroad first, then by code."""
    names = {c.id: c.name for c in settings.candidates}
    colours = {c.id: c.color for c in settings.candidates}
    lead = leaders(rows)
    outlined = drawn(rows, geography, shapes)
    out = []
    for row in sorted(rows, key=lambda r: (r["code"] != ABROAD, r["code"])):
        if row["code"] in outlined or not row["bureaux_total"]:
            continue
        found = lead.get(row["code"])
        colour = colours.get(found[0], "#777777") if found else NO_RESULTS
        if found:
            text = f"{names.get(found[0], found[0])} {_fmt(found[1], lang)} %"
            title = _hover(row, found[0], found[1], names, lang)
        else:
            text = _say("map_waiting", lang)
            title = f"{row['name']}: {text}"
        out.append(
            {
                "code": row["code"],
                "name": row["name"],
                "url": area_url(row["code"]),
                "color": colour,
                "text_color": _text_colour(colour),
                "text": text,
                "title": title,
            }
        )
    return out


def legend(
    rows: list[dict[str, Any]],
    settings: Settings,
    geography: Geography | None = None,
    shapes: MapShapes | None = None,
    lang: str = "fr",
) -> list[dict[str, Any]]:
    """The map's legend as words: each leading candidate, their colour and how many areas; then
    grey, the areas drawn (outlines and tiles) without results yet."""
    lead = leaders(rows)
    counts: dict[str, int] = {}
    for cid, _pct_value in lead.values():
        counts[cid] = counts.get(cid, 0) + 1
    out = []
    for cand in settings.candidates:
        if cand.id in counts:
            out.append(
                {"id": cand.id, "name": cand.name, "color": cand.color, "count": counts[cand.id]}
            )
    out.sort(key=lambda c: -c["count"])
    if geography is None or shapes is None:
        return out
    outlined = drawn(rows, geography, shapes)
    drawn_lead = {outlined[code] for code in lead if code in outlined}
    tiles_waiting = [
        r
        for r in rows
        if r["code"] not in outlined and r["bureaux_total"] and r["code"] not in lead
    ]
    outlines_waiting = set(shapes.names) - drawn_lead
    if not has_geography(rows, geography, shapes):
        outlines_waiting = set()  # no map is drawn: only the tiles are
    waiting = len(outlines_waiting) + len(tiles_waiting)
    if waiting:
        out.append(
            {"id": None, "name": _say("map_waiting", lang), "color": NO_RESULTS, "count": waiting}
        )
    return out


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

"""The geographic map: a pydeck Deck that needs no network, and its legend.

No basemap is used: the background is drawn from the commune boundaries (written by
the open-data import, else shipped with the app: the Val-d'Oise in full, every other
département lightened), so the map shows the same on a projector with no connection.
Tooltips are plain text (``{"text": ...}``): deck.gl puts them in the page with
``innerText``, so a name typed by someone is shown as typed and never read as HTML —
with Streamlit and in pydeck's standalone HTML alike.
"""

from __future__ import annotations

import gzip
import html
import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pydeck as pdk
import streamlit as st
from pydeck.bindings.json_tools import default_serialize

from graph.i18n import t
from graph.settings import PROJECT_ROOT, Settings
from graph.vocabularies import PRIORITY, QUALITY
from ui import palette

CENTRE_COLOUR = palette.rgb(palette.CENTRE)
SCHOOL_COLOURS = {code: palette.rgb(colour) for code, colour in palette.SCHOOLS.items()}
QUALITY_COLOURS = {code: palette.rgb(colour) for code, colour in palette.QUALITIES.items()}
QUALITY_WIDTHS = {"fragile": 1.5, "a_construire": 2.0, "solide": 3.0, "exemplaire": 4.0}  # a cue besides colour
UNKNOWN_COLOUR = palette.rgb(palette.UNKNOWN)
COMMUNE_FILL = (238, 238, 238, 200)
QPV_FILL = (240, 228, 66, 110)  # Okabe–Ito yellow, light
FALLBACK_BOUNDARIES = PROJECT_ROOT / "data" / "opendata" / "communes-95-val-d-oise.geojson"
LIGHT_BOUNDARIES = PROJECT_ROOT / "data" / "opendata" / "geographie" / "contours"  # communes-DD.geojson.gz
TOOLTIP = {"text": "{infobulle}", "style": {"fontSize": "15px", "backgroundColor": "#1f2933", "color": "#ffffff",
                                            "whiteSpace": "pre-line", "maxWidth": "28em"}}


class CompactDeck(pdk.Deck):
    """A Deck whose JSON has no indentation: pydeck indents by two spaces a level, which makes
    commune outlines four times bigger on their way to the browser."""

    def to_json(self) -> str:  # pydeck's own serialisation, in one pass, without the indentation
        return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"), ensure_ascii=False)


def boundaries_for(departements: Iterable[str]) -> list[dict[str, Any]]:
    """The commune boundaries of ``departements``: those the open-data import wrote, where it wrote
    some; else the Val-d'Oise of the repository; else the light ones shipped for every département."""
    wanted = set(departements)
    found: list[dict[str, Any]] = []
    for path in (Settings.load().boundaries, FALLBACK_BOUNDARIES):
        if wanted and path.is_file():
            features = [f for f in read_boundaries(str(path), path.stat().st_mtime) if _code(f)]
            found += [f for f in features if departement_of(_code(f)) in wanted]
            wanted -= {departement_of(_code(f)) for f in features}
    for departement in sorted(wanted):
        path = LIGHT_BOUNDARIES / f"communes-{departement}.geojson.gz"
        if path.is_file():
            found += read_boundaries(str(path), path.stat().st_mtime)
    return found


@st.cache_data(show_spinner=False, max_entries=128)
def read_boundaries(path: str, modified: float) -> list[dict[str, Any]]:  # ``modified`` keys the cache
    """The features of a boundaries file (GeoJSON, gzip-compressed when its name ends in ``.gz``);
    an unreadable file gives none (the map still shows the rest)."""
    try:
        data = Path(path).read_bytes()
        return list(json.loads(gzip.decompress(data) if path.endswith(".gz") else data.decode("utf-8-sig"))["features"])
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return []


def _code(feature: dict[str, Any]) -> str:
    return str((feature.get("properties") or {}).get("code", ""))


def departement_of(code: str) -> str:
    """The département of a commune's INSEE code (« 95018 » → « 95 », « 97411 » → « 974 »)."""
    return code[:3] if code.startswith("97") else code[:2]


def departements_shown(data: dict[str, Any]) -> set[str]:
    """The départements of the centres and schools of ``data`` (the ``carte`` query's result)."""
    return {departement_of(p["code_insee"]) for p in data["centres"] + data["ecoles"] if p["code_insee"]}


def commune_features(features: list[dict[str, Any]], data: dict[str, Any],
                     qpv_names: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Communes of the départements shown, those with a QPV shaded, each with its tooltip text."""
    departements = departements_shown(data)
    kept = []
    for feature in features:
        props = feature.get("properties") or {}
        code = str(props.get("code", ""))
        if departement_of(code) not in departements:
            continue
        names = qpv_names.get(code, [])
        text = str(props.get("nom") or code)
        if names:
            text += "\n" + t("page.carte_geo.tooltip.qpv", count=len(names), names=", ".join(names))
        kept.append({"type": "Feature", "geometry": feature.get("geometry"),
                     "properties": {"infobulle": text, "fill": list(QPV_FILL if names else COMMUNE_FILL)}})
    return kept


def view_for(points: list[tuple[float, float]], width: int = 640, height: int = 520) -> pdk.ViewState:
    """A view that frames ``points`` (latitude, longitude) in a chart of about ``width`` × ``height``
    pixels (the narrowest the page gives it); France when there are none."""
    if not points:
        return pdk.ViewState(latitude=46.6, longitude=2.4, zoom=5)
    lats, lons = [p[0] for p in points], [p[1] for p in points]

    def mercator(lat: float) -> float:
        return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))

    span_x = max(max(lons) - min(lons), 0.01)
    span_y = max(mercator(max(lats)) - mercator(min(lats)), 0.01)
    # deck.gl draws the world 512 pixels wide at zoom 0
    zoom = min(math.log2(width * 360 / (512 * span_x)), math.log2(height * 360 / (512 * span_y))) - 0.2
    return pdk.ViewState(latitude=(max(lats) + min(lats)) / 2, longitude=(max(lons) + min(lons)) / 2,
                         zoom=round(min(zoom, 14.0), 2))


def _point_rows(data: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    centres = [{"position": [c["longitude"], c["latitude"]], "color": list(CENTRE_COLOUR),
                "infobulle": t("page.carte_geo.tooltip.centre", nom=c["nom"], type=c["type_libelle"],
                               commune=c["commune"])} for c in data["centres"]]
    schools = [{"position": [s["longitude"], s["latitude"]], "color": list(SCHOOL_COLOURS.get(s["ep"], UNKNOWN_COLOUR)),
                "infobulle": t("page.carte_geo.tooltip.ecole", nom=s["nom"], niveau=s["niveau_libelle"],
                               ep=s["ep_libelle"], commune=s["commune"])} for s in data["ecoles"]]
    return centres, schools


def _line_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"source": [p["centre_longitude"], p["centre_latitude"]], "target": [p["ecole_longitude"], p["ecole_latitude"]],
             "color": list(QUALITY_COLOURS.get(p["qualite"] or "", UNKNOWN_COLOUR)),
             "width": QUALITY_WIDTHS.get(p["qualite"] or "", 1.5),
             "infobulle": t("page.carte_geo.tooltip.partenariat", centre=p["centre"], ecole=p["ecole"],
                            qualite=p["qualite_libelle"])} for p in data["partenariats"]]


def build_deck(data: dict[str, Any], communes: list[dict[str, Any]]) -> pdk.Deck:
    """The map of ``data`` (the ``carte`` query's result) over the commune features given.

    Only positions, colours and tooltip texts reach the browser: no other field of the graph.
    """
    centres, schools = _point_rows(data)
    points = [(p["position"][1], p["position"][0]) for p in centres + schools]
    layers = [
        pdk.Layer("GeoJsonLayer", {"type": "FeatureCollection", "features": communes}, id="communes", pickable=True,
                  stroked=True, filled=True, get_fill_color="properties.fill", get_line_color=[120, 120, 120, 255],
                  line_width_min_pixels=1),
        pdk.Layer("LineLayer", _line_rows(data), id="partenariats", pickable=True, get_source_position="source",
                  get_target_position="target", get_color="color", get_width="width"),  # widths in pixels
        pdk.Layer("ScatterplotLayer", schools, id="ecoles", pickable=True, get_position="position",
                  get_fill_color="color", get_radius=120, radius_min_pixels=3, radius_max_pixels=10),
        pdk.Layer("ScatterplotLayer", centres, id="centres", pickable=True, get_position="position",
                  get_fill_color="color", get_radius=300, radius_min_pixels=6, radius_max_pixels=16, stroked=True,
                  get_line_color=[255, 255, 255], line_width_min_pixels=1.5),
    ]
    # map_provider=None keeps pydeck's "no style" marker, which Streamlit honours; map_style=None
    # would make Streamlit fetch a Carto basemap from the network.
    return CompactDeck(layers=layers, map_provider=None, initial_view_state=view_for(points), tooltip=TOOLTIP)


def _swatch(colour: tuple[int, ...], label: str, round_: bool = True, thick: float = 0) -> str:
    """A coloured dot (places), bar (lines) or box (areas, ``thick`` ≥ 10) before an escaped label."""
    shape = "border-radius:50%;width:0.9em;height:0.9em" if round_ else f"width:1.8em;height:{max(thick, 2):.0f}px"
    if thick >= 10:
        shape += ";border:1px solid #787878"
    alpha = colour[3] / 255 if len(colour) > 3 else 1
    return (f'<span style="display:inline-block;{shape};background:rgba({colour[0]},{colour[1]},{colour[2]},{alpha:.2f});'
            f'vertical-align:middle;margin-right:0.4em"></span>{html.escape(label)}')


def legend() -> None:
    """The legend, in French, with the vocabulary's labels."""
    places, lines, areas = st.columns(3)
    rows = [_swatch(CENTRE_COLOUR, t("page.carte_geo.legend.centre"))]
    rows += [_swatch(SCHOOL_COLOURS[code], t("page.carte_geo.legend.ecole", ep=PRIORITY.label(code)))
             for code in ("rep_plus", "rep", "hors_ep")]
    places.markdown("  \n".join(rows), unsafe_allow_html=True)
    lines.markdown("  \n".join([f"**{html.escape(t('page.carte_geo.legend.quality'))}**"] + [
        _swatch(QUALITY_COLOURS[code], QUALITY.label(code), round_=False, thick=QUALITY_WIDTHS[code] * 2)
        for code in QUALITY.codes]), unsafe_allow_html=True)
    areas.markdown("  \n".join([_swatch(COMMUNE_FILL, t("page.carte_geo.legend.commune"), round_=False, thick=10),
                                _swatch(QPV_FILL, t("page.carte_geo.legend.qpv"), round_=False, thick=10)]),
                   unsafe_allow_html=True)

"""The colours of Passerelles' drawings, said once (graph, map, legends, exports).

Okabe–Ito colours: told apart by people with the common colour-vision deficiencies.

>>> rgb("#0072B2")
(0, 114, 178)
"""

from __future__ import annotations

CENTRE = "#0072B2"
SCHOOLS = {"rep_plus": "#D55E00", "rep": "#E69F00", "hors_ep": "#8C8C8C"}
QUALITIES = {"fragile": "#D55E00", "a_construire": "#E69F00", "solide": "#56B4E9", "exemplaire": "#009E73"}
UNKNOWN = "#BBBBBB"


def rgb(colour: str) -> tuple[int, int, int]:
    """``#RRGGBB`` as a (red, green, blue) triple, as deck.gl wants it."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)

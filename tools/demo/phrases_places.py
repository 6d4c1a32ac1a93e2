"""Phrase bank of the demo: names of places for fictional schools, centres, networks and streets.

Data only, in French. Vocabulary values are given by their codes (``graph.vocabularies``); the
generator writes their French labels. Everything here is fictional: no person, no real school,
no real centre.
"""

from __future__ import annotations

# Names of places for fictional schools, centres and networks: trees, flowers, birds and places,
# never a person's name. Each as (« de » form, « le » form): ("des Tilleuls", "Les Tilleuls").
_PLURAL = (
    "Tilleuls, Érables, Peupliers, Charmes, Bouleaux, Saules, Platanes, Acacias, Cèdres, Frênes, Noisetiers, "
    "Merisiers, Hêtres, Sorbiers, Mélèzes, Cerisiers, Pommiers, Oliviers, Magnolias, Châtaigniers, Tamaris, "
    "Coquelicots, Bleuets, Jonquilles, Primevères, Pâquerettes, Tournesols, Glycines, Lilas, Myosotis, "
    "Capucines, Iris, Violettes, Marguerites, Pervenches, Hortensias, Campanules, Mimosas, Anémones, Genêts, "
    "Bruyères, Hirondelles, Mésanges, Alouettes, Rossignols, Prés, Vignes, Sablons, Coteaux, Jardins, "
    "Closeaux, Sources, Fontaines, Ormeaux, Vergers"
).split(", ")
_MASCULINE = "Moulin, Parc, Val, Lavoir, Verger, Bois, Ruisseau, Colombier, Petit Bois, Belvédère".split(", ")
_FEMININE = "Butte, Source, Prairie, Garenne, Roseraie, Clairière".split(", ")
_VOWEL = "Étang, Orangerie".split(", ")
NAME_WORDS: tuple[tuple[str, str], ...] = (
    *((f"des {w}", f"Les {w}") for w in _PLURAL), *((f"du {w}", f"Le {w}") for w in _MASCULINE),
    *((f"de la {w}", f"La {w}") for w in _FEMININE), *((f"de l’{w}", f"L’{w}") for w in _VOWEL),
)

STREET_TYPES: tuple[str, ...] = ("rue", "rue", "rue", "allée", "avenue", "place", "square", "chemin")

# School level (code) → noun phrase used in school names, masculine/feminine agreement of « fictif ».
SCHOOL_NAME_PREFIX: dict[str, tuple[str, str]] = {
    "maternelle": ("École maternelle", "fictive"),
    "elementaire": ("École élémentaire", "fictive"),
    "primaire": ("École primaire", "fictive"),
    "college": ("Collège", "fictif"),
    "lycee": ("Lycée", "fictif"),
    "lycee_pro": ("Lycée professionnel", "fictif"),
}

"""The schema as documentation: ``python -m graph.schema_doc > docs/schema.md``.

A test checks that ``docs/schema.md`` is what this writes, so the docs never drift
from :mod:`graph.schema`.
"""

from __future__ import annotations

from graph.schema import KIND_LIST, KINDS, NODE_KINDS, Link, Prop
from graph.vocabularies import ALL as VOCABULARIES

_TYPES = {
    "text": "texte", "longtext": "texte libre", "int": "entier", "float": "décimal", "bool": "oui/non",
    "date": "date (AAAA-MM-JJ)", "month": "année ou mois (AAAA ou AAAA-MM)",
    "partial_date": "année, mois ou jour (AAAA, AAAA-MM ou AAAA-MM-JJ)", "time": "heure (HH:MM)",
    "datetime": "date et heure",
}


def _prop_row(prop: Prop) -> str:
    kind = f"liste de « {prop.vocabulary.title} »" if prop.vocabulary and prop.many else (
        f"« {prop.vocabulary.title} »" if prop.vocabulary else _TYPES[prop.type])
    notes = [note for note in (
        "obligatoire" if prop.required else "",
        "indexé" if prop.indexed else "",
        "sensible (accès restreint)" if prop.sensitive else "",
        "rempli par Passerelles" if prop.system else "",
        prop.help,
    ) if note]
    return f"| `{prop.name}` | {prop.label} | {kind} | {' ; '.join(notes)} |"


def _link_row(source: str, link: Link) -> str:
    many = "plusieurs" if link.many else "un"
    required = " ; obligatoire" if link.required else ""
    return (f"| `{link.name}` | {link.label} | `(:{source})-[:{link.type}]->(:{link.target})`, "
            f"{many}{required} | clé de `{KINDS[link.target].key}` |")


def markdown() -> str:
    """The whole schema in Markdown, in French."""
    lines = [
        "# Le schéma du graphe Passerelles",
        "",
        "Généré par `python -m graph.schema_doc` à partir de `graph/schema.py` : ne pas modifier à la main.",
        "",
        "Chaque type de nœud correspond à une feuille du classeur de la fédération ; chaque colonne est une",
        "propriété du nœud, ou un lien vers un autre nœud quand elle contient sa clé. Les éléments saisis",
        "par des personnes portent aussi `statut`, `contribue_par`, `cree_le`, `modifie_le` et `version`.",
        "",
    ]
    for kind in NODE_KINDS:
        where = f"feuille `{kind.sheet}`" if kind in KIND_LIST else "écrit par Passerelles, dans aucune feuille"
        lines += [
            f"## {kind.plural.capitalize()} — `:{kind.label}` ({where})",
            "",
            kind.description,
            "",
            f"Clé : `{kind.key}` (contrainte d’unicité dans Neo4j).",
            "",
            "| colonne | signification | type | notes |",
            "|---|---|---|---|",
            *(_prop_row(prop) for prop in kind.props),
            *(_link_row(kind.label, link) for link in kind.links),
            "",
        ]
    lines += ["## Listes de valeurs", ""]
    for vocabulary in VOCABULARIES:
        terms = " ; ".join(f"{term.label} (`{term.code}`)" for term in vocabulary.terms)
        lines += [f"- **{vocabulary.title}** : {terms}"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")

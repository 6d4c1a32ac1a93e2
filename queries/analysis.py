"""The analyst's view of the network: where the gaps are, which centres hold the network
together, and how each commune or REP/REP+ network is covered.

A *priority school* is a school of a REP or REP+ network, or a school whose commune has
a QPV: we hold no outline of the QPV, only the communes each one spans, so « in a QPV »
means here « in a commune that has a QPV ». A school's *partner centres* are the centres
that carry a partnership with it.

Every query takes an optional ``communes`` filter (INSEE codes) and returns rows sorted
the same way on both stores, so that the page, the CSV and the tests agree.

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> near, far = schools_without_partner_nearby(store, 1), schools_without_partner_nearby(store, 50)
>>> len(near) > len(far)
True
>>> all(row["centres_partenaires"] == 0 or row["distance_partenaire_km"] > 1 for row in near)
True
>>> measures = network_measures(store)
>>> [m["cle"] for m in measures["mesures"]]
['ecoles', 'exclusives', 'intermediarite', 'groupe', 'ilots']
>>> rows = territory_summary(store, communes=["95018"])
>>> [row["territoire"] for row in rows]
['Argenteuil']
>>> store.close()
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import networkx as nx

from graph.i18n import counted, t
from graph.store import GraphStore
from graph.text import spreadsheet_safe
from graph.vocabularies import ACTIVITY, CENTRE_TYPE, NETWORK_TYPE, PRIORITY
from queries.proximity import NearestPlaces, nearest_among, point
from queries.registry import named

PRIORITY_NETWORKS = ("rep_plus", "rep")
COMMUNITY_SEED = 95  # Louvain is randomised: a fixed seed keeps the groups the same from one run to the next
TOP_CENTRES = 5
Row = dict[str, Any]


def km(value: float) -> str:
    """A distance written the French way, to 100 m.

    >>> km(3.456)
    '3,5'
    """
    return f"{value:.1f}".replace(".", ",")


def _sentence(text: str) -> str:
    """``text`` with a capital first letter, as a reason shown alone in a cell."""
    return text[:1].upper() + text[1:]


def _count(n: int, key: str) -> str:
    """``n`` with its noun (see :func:`graph.i18n.t`: the ``zero`` form when the catalogue has
    one, else singular for 0 and 1 as French writes it, plural above)."""
    return t(f"analyse.n.{key}", count=n)


# --- one read of the store, shared by every query --------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """What the analysis reads from the store, read once per query; its spatial indexes are built once, at
    their first question, and serve every row (never a scan of every pair)."""

    communes: dict[str, Row]
    centres: dict[str, Row]
    schools: dict[str, Row]
    commune_of: dict[tuple[str, str], str]
    qpv_count: Counter[str]                 # INSEE code → how many QPV span the commune
    pairs: list[tuple[str, str, str]]       # (partnership, centre, school), both ends existing, sorted
    networks: dict[str, Row]
    network_of: dict[str, str]              # UAI → network id

    def commune_name(self, code: str) -> str:
        return str(self.communes.get(code, {}).get("nom") or code)

    def priority(self, uai: str) -> bool:
        school = self.schools[uai]
        return (school.get("education_prioritaire") in PRIORITY_NETWORKS
                or self.qpv_count[self.commune_of.get(("Ecole", uai), "")] > 0)

    @cached_property
    def centres_near(self) -> NearestPlaces:
        """Every centre, indexed by position: built once per snapshot, at its first question."""
        return NearestPlaces(self.centres)

    @cached_property
    def priority_schools(self) -> dict[str, Row]:
        """UAI → the priority schools (see :meth:`priority`), in key order."""
        return {uai: school for uai, school in self.schools.items() if self.priority(uai)}

    @cached_property
    def priority_near(self) -> NearestPlaces:
        """The priority schools, indexed by position (built at the first question only)."""
        return NearestPlaces(self.priority_schools)

    def partners(self) -> dict[str, set[str]]:
        """UAI → the centres that carry a partnership with that school."""
        found: dict[str, set[str]] = defaultdict(set)
        for _, centre, school in self.pairs:
            found[school].add(centre)
        return found


def snapshot(store: GraphStore) -> Snapshot:
    """Read the nodes and links the analysis needs, in key order (both stores sort them)."""
    centres = {c["id_centre"]: c for c in store.nodes("Centre")}
    # A closed school (marked so by a newer export of the Annuaire) is no longer a gap to fill.
    schools = {s["uai"]: s for s in store.nodes("Ecole") if s.get("etat") != "ferme"}
    centre_of = {r.source_key: r.target_key for r in store.links("PORTE_PAR")}
    school_of = {r.source_key: r.target_key for r in store.links("AVEC", "Partenariat")}
    pairs = sorted((key, centre_of[key], school_of[key]) for key in centre_of
                   if key in school_of and centre_of[key] in centres and school_of[key] in schools)
    network_of = {r.source_key: r.target_key for r in store.links("MEMBRE_DE")}
    for row in store.links("TETE_DE_RESEAU"):  # the head collège belongs to its network even if not listed
        network_of.setdefault(row.target_key, row.source_key)
    return Snapshot(
        communes={c["code_insee"]: c for c in store.nodes("Commune")},
        centres=centres, schools=schools,
        commune_of={(r.source_label, r.source_key): r.target_key for r in store.links("SITUE_DANS")},
        qpv_count=Counter(r.target_key for r in store.links("DANS_COMMUNE")),
        pairs=pairs, networks={n["id_reseau"]: n for n in store.nodes("Reseau")},
        network_of={uai: net for uai, net in network_of.items() if uai in schools},
    )


def _wanted(communes: Iterable[str] | None) -> set[str] | None:
    chosen = set(communes or ())
    return chosen or None


def _priority_reason(snap: Snapshot, uai: str) -> str:
    """Why a school counts as priority, in French: « REP+, commune avec 2 QPV »."""
    parts = []
    level = snap.schools[uai].get("education_prioritaire")
    if level in PRIORITY_NETWORKS:
        parts.append(PRIORITY.label(str(level)))
    qpv = snap.qpv_count[snap.commune_of.get(("Ecole", uai), "")]
    if qpv:
        parts.append(t("analyse.motif.qpv", count=qpv))
    return ", ".join(parts)


# --- gaps ------------------------------------------------------------------------------------


@named("analyse_lacunes_ecoles", "distance_km", "communes")
def schools_without_partner_nearby(store: GraphStore, distance_km: float = 2.0,
                                   communes: Iterable[str] | None = None) -> list[Row]:
    """Priority schools with no partner centre within ``distance_km``, with the reason, their
    nearest partner centre and the nearest centre of all (whom to approach), by commune and name.

    A partner whose distance cannot be measured (coordinates missing) counts as near: a gap is
    only declared on evidence. The nearest centre is looked for in every commune, since a centre
    across the boundary is as good a partner.
    """
    snap, wanted = snapshot(store), _wanted(communes)
    partners = snap.partners()
    gaps = []
    for uai, school in snap.priority_schools.items():
        code = snap.commune_of.get(("Ecole", uai), "")
        if wanted is not None and code not in wanted:
            continue
        origin = point(school)
        mine = partners.get(uai, set())
        unmeasured = origin is None or any(point(snap.centres[c]) is None for c in mine)
        partner = nearest_among(origin, snap.centres, mine)
        if not mine or not (unmeasured or (partner is not None and partner[1] <= distance_km)):
            gaps.append((uai, school, code, origin, mine, partner))
    nearest_of = snap.centres_near.nearest([origin for _, _, _, origin, _, _ in gaps])
    rows = [gap_row(snap, uai, school, code, len(mine), partner, nearest)
            for (uai, school, code, _, mine, partner), nearest in zip(gaps, nearest_of, strict=True)]
    return sorted(rows, key=lambda r: (r["commune"], r["ecole"], r["uai"]))


def gap_row(snap: Snapshot, uai: str, school: Row, code: str, partners: int, partner: tuple[str, float] | None,
            nearest: tuple[str, float] | None) -> Row:
    """The row of a priority school without a partner near enough (``partner``, ``nearest``: key and km)."""
    missing = (t("analyse.motif.partenaire_loin", distance=km(partner[1]), centre=snap.centres[partner[0]]["nom"])
               if partner else t("analyse.motif.sans_partenaire"))
    return {
        "uai": uai, "ecole": str(school.get("nom") or uai), "code_insee": code, "commune": snap.commune_name(code),
        "education_prioritaire": PRIORITY.label(str(school.get("education_prioritaire") or "hors_ep")),
        "reseau": str(snap.networks.get(snap.network_of.get(uai, ""), {}).get("nom", "")),
        "qpv_commune": snap.qpv_count[code],
        "motif": _sentence(t("analyse.motif.ecole", priorite=_priority_reason(snap, uai), manque=missing)),
        "centres_partenaires": partners,
        "partenaire_le_plus_proche": snap.centres[partner[0]]["nom"] if partner else "",
        "distance_partenaire_km": partner[1] if partner else None,
        "centre_le_plus_proche": snap.centres[nearest[0]]["nom"] if nearest else "",
        "id_centre_le_plus_proche": nearest[0] if nearest else "",
        "distance_centre_km": nearest[1] if nearest else None,
    }


@named("analyse_lacunes_centres", "communes")
def centres_without_school(store: GraphStore, communes: Iterable[str] | None = None) -> list[Row]:
    """Centres with no partnership with any school, and the nearest priority school (a first
    school to meet), by commune and name."""
    snap, wanted = snapshot(store), _wanted(communes)
    linked = {centre for _, centre, _ in snap.pairs}
    lonely = []
    for key, centre in snap.centres.items():
        code = snap.commune_of.get(("Centre", key), "")
        if key not in linked and (wanted is None or code in wanted):
            lonely.append((key, centre, code))
    priority = snap.priority_schools
    nearest_of = snap.priority_near.nearest([point(centre) for _, centre, _ in lonely]) if lonely else []
    rows = []
    for (key, centre, code), nearest in zip(lonely, nearest_of, strict=True):
        school = priority[nearest[0]] if nearest else None
        rows.append({
            "id_centre": key, "centre": str(centre.get("nom") or key), "code_insee": code,
            "commune": snap.commune_name(code), "type": CENTRE_TYPE.label(str(centre.get("type") or "")),
            "activites": " | ".join(ACTIVITY.label(a) for a in centre.get("activites") or []),
            "motif": _sentence(t("analyse.motif.centre_proche", ecole=school.get("nom") or nearest[0],
                                 distance=km(nearest[1])) if school and nearest else t("analyse.motif.centre")),
            "ecole_prioritaire_la_plus_proche": str(school.get("nom") or nearest[0]) if school and nearest else "",
            "uai_la_plus_proche": nearest[0] if nearest else "",
            "distance_km": nearest[1] if nearest else None,
        })
    return sorted(rows, key=lambda r: (r["commune"], r["centre"], r["id_centre"]))


@named("analyse_lacunes_communes", "communes")
def communes_without_centre(store: GraphStore, communes: Iterable[str] | None = None) -> list[Row]:
    """Communes with priority schools and no centre located there, most priority schools first;
    with how many of them already work with a centre from elsewhere, and the nearest centre."""
    snap, wanted = snapshot(store), _wanted(communes)
    with_centre = {code for (label, _), code in snap.commune_of.items() if label == "Centre"}
    partners = snap.partners()
    schools_in: dict[str, list[str]] = defaultdict(list)
    for uai in snap.schools:
        code = snap.commune_of.get(("Ecole", uai), "")
        if code and code not in with_centre and snap.priority(uai) and (wanted is None or code in wanted):
            schools_in[code].append(uai)
    asked = [uai for found in schools_in.values() for uai in found]
    nearest_to = dict(zip(asked, snap.centres_near.nearest([point(snap.schools[uai]) for uai in asked]), strict=True))
    rows = []
    for code, found in schools_in.items():
        levels = Counter(snap.schools[uai].get("education_prioritaire") for uai in found)
        covered = sum(1 for uai in found if partners.get(uai))
        near = [n for n in (nearest_to[uai] for uai in found) if n]
        nearest = min(near, key=lambda n: (n[1], n[0])) if near else None
        rows.append({
            "code_insee": code, "commune": snap.commune_name(code),
            "population": snap.communes.get(code, {}).get("population"), "qpv": snap.qpv_count[code],
            "ecoles_prioritaires": len(found), "rep_plus": levels["rep_plus"], "rep": levels["rep"],
            "avec_centre_partenaire": covered,
            "motif": t("analyse.motif.commune", ecoles=_count(len(found), "ecole_prioritaire"),
                       ailleurs=_count(covered, "avec_centre_ailleurs")),
            "centre_le_plus_proche": snap.centres[nearest[0]]["nom"] if nearest else "",
            "distance_centre_km": nearest[1] if nearest else None,
        })
    return sorted(rows, key=lambda r: (-r["ecoles_prioritaires"], r["commune"], r["code_insee"]))


# --- network measures ------------------------------------------------------------------------


def partnership_network(snap: Snapshot, communes: Iterable[str] | None = None) -> nx.Graph:
    """The bipartite centre–school graph: one edge per pair that has at least one partnership
    (either end in ``communes`` when given), nodes ``Centre:key`` and ``Ecole:uai`` added in
    sorted order so that seeded algorithms give the same answer on both stores."""
    wanted = _wanted(communes)
    edges = sorted({(f"Centre:{c}", f"Ecole:{s}") for _, c, s in snap.pairs
                    if wanted is None or snap.commune_of.get(("Centre", c)) in wanted
                    or snap.commune_of.get(("Ecole", s)) in wanted})
    graph = nx.Graph()
    graph.add_nodes_from(sorted({node for edge in edges for node in edge}))
    graph.add_edges_from(edges)
    return graph


def _groups(graph: nx.Graph) -> list[set[str]]:
    """Louvain communities, largest first then by their smallest node, numbered from 1 by the caller."""
    if graph.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(graph, seed=COMMUNITY_SEED)
    return sorted(found, key=lambda group: (-len(group), min(group)))


@named("analyse_reseau", "communes")
def network_measures(store: GraphStore, communes: Iterable[str] | None = None) -> dict[str, Any]:
    """How the centre–school partnership network holds together, each measure explained in a
    plain-French sentence: per centre, its partner schools (degree), the schools it is the only
    centre of, its bridging role (betweenness) and its group (Louvain community); the groups;
    the number of separate islands.

    Betweenness rather than eigenvector centrality: the graph is bipartite (centres only meet
    schools), whose adjacency spectrum is symmetric (λ and −λ), so the leading eigenvector is
    ill-defined for plain power iteration and, once shifted, mostly rewards the densest cluster —
    little more than degree. Betweenness measures brokerage, which here reads directly as « this
    centre connects schools and centres that nobody else connects »; networkx's bipartite version
    normalises it by the size of each side, so centres are compared with centres.
    """
    snap = snapshot(store)
    graph = partnership_network(snap, communes)
    centre_nodes = [node for node in graph if node.startswith("Centre:")]
    between = centre_betweenness(graph, centre_nodes)
    groups = _groups(graph)
    group_of = {node: number for number, group in enumerate(groups, start=1) for node in group}
    rows = [_centre_row(snap, graph, node, between[node], group_of) for node in centre_nodes]
    rows.sort(key=lambda r: (-r["intermediarite"], -r["ecoles"], r["centre"], r["id_centre"]))
    islands = nx.number_connected_components(graph)
    return {
        "resume": {"centres": len(centre_nodes), "ecoles": graph.number_of_nodes() - len(centre_nodes),
                   "liens": graph.number_of_edges(), "groupes": len(groups), "ilots": islands},
        "mesures": [{"cle": key, "titre": t(f"analyse.mesure.{key}.titre"), "phrase": t(f"analyse.mesure.{key}.phrase")}
                    for key in ("ecoles", "exclusives", "intermediarite", "groupe", "ilots")],
        "centres": rows,
        "en_tete": [{"id_centre": r["id_centre"], "centre": r["centre"], "phrase": r["en_clair"]}
                    for r in rows[:TOP_CENTRES] if r["intermediarite"] > 0],
        "groupes": [_group_row(snap, graph, number, group) for number, group in enumerate(groups, start=1)],
        "ilots_phrase": _count(islands, "ilots"),
    }


def centre_betweenness(graph: nx.Graph, centres: list[str]) -> dict[str, float]:
    """networkx's bipartite betweenness of ``centres`` (normalised by the sizes of both sides of the whole graph),
    computed one connected component at a time: no shortest path joins two components, so the figures are the
    same, and a country of local islands costs the sum of its islands instead of the square of the whole (the
    national Analyse page spent over 15 minutes here)."""
    n, m = len(centres), graph.number_of_nodes() - len(centres)
    if not n or not m:
        return dict.fromkeys(centres, 0.0)
    s, t = divmod(n - 1, m)  # the largest betweenness a node of the centres' side can have (networkx's formula)
    most = ((m**2) * ((s + 1) ** 2) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2.0
    found = dict.fromkeys(centres, 0.0)
    for component in nx.connected_components(graph):
        if len(component) > 2:  # a path through a node needs three
            for node, value in nx.betweenness_centrality(graph.subgraph(component), normalized=False).items():
                if node in found:
                    found[node] = value / most
    return found


def _centre_row(snap: Snapshot, graph: nx.Graph, node: str, between: float, group_of: dict[str, int]) -> Row:
    key = node.split(":", 1)[1]
    schools = list(graph[node])
    exclusive = sum(1 for school in schools if graph.degree(school) == 1)
    other_groups = len({group_of[s] for s in schools} - {group_of[node]})
    name = str(snap.centres[key].get("nom") or key)
    code = snap.commune_of.get(("Centre", key), "")
    sentence = t("analyse.en_clair", centre=name, ecoles=counted("etablissements", len(schools)),
                 exclusives=_exclusive_phrase(len(schools), exclusive), groupe=group_of[node])
    if other_groups:
        sentence += " " + t("analyse.en_clair_pont", groupes=_count(other_groups, "autre_groupe"))
    return {"id_centre": key, "centre": name, "commune": snap.commune_name(code), "ecoles": len(schools),
            "exclusives": exclusive, "intermediarite": round(between, 4), "groupe": group_of[node],
            "autres_groupes": other_groups, "en_clair": sentence}


def _exclusive_phrase(schools: int, exclusive: int) -> str:
    """How many of a centre's schools have no other partner centre, said naturally."""
    if exclusive == 0 or exclusive == schools:
        return t(f"analyse.exclusive.{'none' if exclusive == 0 else 'all'}_{'one' if schools == 1 else 'many'}")
    return _count(exclusive, "exclusive")


def _group_row(snap: Snapshot, graph: nx.Graph, number: int, group: set[str]) -> Row:
    centres = sorted((n for n in group if n.startswith("Centre:")), key=lambda n: (-graph.degree(n), n))
    schools = [n for n in group if n.startswith("Ecole:")]
    places = Counter(snap.commune_of.get((label, key), "") for label, key in (n.split(":", 1) for n in group))
    main = [snap.commune_name(code) for code, _ in sorted(places.items(), key=lambda p: (-p[1], p[0])) if code]
    return {"groupe": number, "centres": len(centres), "ecoles": len(schools),
            "liens": graph.subgraph(group).number_of_edges(),
            "centres_principaux": " | ".join(str(snap.centres[n.split(":", 1)[1]].get("nom")) for n in centres[:3]),
            "communes": " | ".join(main[:5])}


# --- per territory ---------------------------------------------------------------------------


@named("analyse_territoires", "niveau", "communes")
def territory_summary(store: GraphStore, niveau: str = "commune", communes: Iterable[str] | None = None) -> list[Row]:
    """Per commune (``niveau="commune"``) or per REP/REP+ network (``"reseau"``): centres,
    schools, priority schools, partnerships of its schools, schools with no partner centre and
    the share covered; the least covered first. A network is listed when one of its schools is
    in ``communes``, and then counted whole."""
    if niveau not in ("commune", "reseau"):
        raise ValueError(f"niveau: 'commune' or 'reseau', not {niveau!r}")
    snap, wanted = snapshot(store), _wanted(communes)
    members: dict[str, list[str]] = defaultdict(list)
    for uai in snap.schools:
        unit = snap.commune_of.get(("Ecole", uai), "") if niveau == "commune" else snap.network_of.get(uai, "")
        if unit:
            members[unit].append(uai)
    if niveau == "commune":
        located = Counter(code for (label, _), code in snap.commune_of.items() if label == "Centre")
        units = sorted(set(members) | set(located))
        units = [code for code in units if wanted is None or code in wanted]
    else:
        located = Counter()
        units = sorted(net for net in snap.networks if wanted is None or any(
            snap.commune_of.get(("Ecole", uai)) in wanted for uai in members.get(net, [])))
    partners, held = snap.partners(), Counter(school for _, _, school in snap.pairs)
    rows = [_territory_row(snap, niveau, unit, members.get(unit, []), located[unit], partners, held) for unit in units]
    return sorted(rows, key=lambda r: (-r["prioritaires_sans_partenaire"], -r["ecoles_sans_partenaire"],
                                       r["territoire"], r["code"]))


def _share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _territory_row(snap: Snapshot, niveau: str, unit: str, schools: list[str], centres_here: int,
                   partners: dict[str, set[str]], held: Counter[str]) -> Row:
    """One territory's row, in time proportional to its schools (``held``: UAI → its partnerships)."""
    priority = [uai for uai in schools if snap.priority(uai)]
    uncovered = [uai for uai in schools if not partners.get(uai)]
    uncovered_priority = [uai for uai in priority if not partners.get(uai)]
    if niveau == "commune":
        name, kind = snap.commune_name(unit), ""
    else:
        network = snap.networks[unit]
        name, kind = str(network.get("nom") or unit), NETWORK_TYPE.label(str(network.get("type") or ""))
    return {
        "territoire": name, "code": unit, "type": kind, "centres": centres_here,
        "centres_partenaires": len(set().union(*(partners.get(uai, ()) for uai in schools))),
        "ecoles": len(schools), "ecoles_prioritaires": len(priority),
        "partenariats": sum(held[uai] for uai in schools),
        "ecoles_sans_partenaire": len(uncovered), "prioritaires_sans_partenaire": len(uncovered_priority),
        "part_couverte": _share(len(schools) - len(uncovered), len(schools)),
        "part_prioritaires_couverte": _share(len(priority) - len(uncovered_priority), len(priority)),
    }


# --- tables for a spreadsheet ----------------------------------------------------------------


def csv_bytes(rows: Iterable[Mapping[str, Any]], headers: Mapping[str, str]) -> bytes:
    """``rows`` as a CSV a French spreadsheet opens as is: ``;`` separator, UTF-8 with BOM,
    decimal comma, French ``headers`` (column → title, in order), every text cell made inert.

    >>> csv_bytes([{"nom": "=1+1", "km": 2.5}], {"nom": "Nom", "km": "Distance (km)"}).decode("utf-8-sig")
    "Nom;Distance (km)\\r\\n'=1+1;2,5\\r\\n"
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([spreadsheet_safe(title) for title in headers.values()])
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in headers])
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("analyse.oui") if value else t("analyse.non")
    if isinstance(value, float):
        return str(value).replace(".", ",")
    return spreadsheet_safe(str(value))

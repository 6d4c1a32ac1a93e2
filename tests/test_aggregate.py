"""The national graph grouped by territory and opened level by level, on both stores: every
partnership is counted once, and a group holds exactly what its detailed graph shows."""

from __future__ import annotations

import pytest

from ingest.workbook import load_workbook
from queries import QUERIES
from queries.explorer import Filters
from tools.national.generate import generate


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    out = tmp_path_factory.mktemp("national")
    generate(out, 0.01, check=False)
    return out


def test_france_then_a_departement_then_a_commune(store, national):
    assert not load_workbook(store, national).report.has_blocking
    whole = QUERIES["graphe_partenariats"](store)
    france = QUERIES["graphe_agrege"](store)
    assert len(france.groups) >= 3
    assert sum(g.partenariats for g in france.groups) + sum(link.partenariats for link in france.links) == len(whole.edges)
    assert sum(g.centres for g in france.groups) == sum(1 for n in whole.nodes if n.label == "Centre")

    biggest = max(france.groups, key=lambda g: g.partenariats)
    detail = QUERIES["graphe_partenariats"](store, filters=Filters(departements=(biggest.key,)))
    communes = QUERIES["graphe_agrege"](store, level="commune", departement=biggest.key)
    assert len(communes.groups) > 1 and all(g.level == "commune" for g in communes.groups)
    # A département's communes hold its centres and schools, and its inner partnerships.
    assert sum(g.centres for g in communes.groups) == biggest.centres
    assert sum(g.ecoles for g in communes.groups) == biggest.ecoles
    assert (sum(g.partenariats for g in communes.groups)
            + sum(link.partenariats for link in communes.links)) == biggest.partenariats
    assert len(detail.edges) >= biggest.partenariats

    commune = max(communes.groups, key=lambda g: g.partenariats)
    inside = QUERIES["graphe_partenariats"](store, filters=Filters(communes=(commune.key,)))
    assert sum(1 for n in inside.nodes if n.label == "Centre" and n.commune == commune.key) == commune.centres


def test_filters_apply_to_the_groups(store, national):
    load_workbook(store, national)
    every = QUERIES["graphe_agrege"](store)
    exemplary = QUERIES["graphe_agrege"](store, filters=Filters(qualites=("exemplaire",)))
    total = sum(g.partenariats for g in every.groups) + sum(link.partenariats for link in every.links)
    kept = sum(g.partenariats for g in exemplary.groups) + sum(link.partenariats for link in exemplary.links)
    assert 0 < kept < total
    with pytest.raises(ValueError):
        QUERIES["graphe_agrege"](store, level="rue")


def test_a_network_filter_keeps_its_schools_only(store):
    from ingest.demo import load_demo

    load_demo(store)
    members = {}
    for row in store.links("MEMBRE_DE", "Ecole"):
        members.setdefault(row.target_key, set()).add(row.source_key)
    network, schools = max(members.items(), key=lambda item: len(item[1]))
    graph = QUERIES["graphe_partenariats"](store, filters=Filters(reseaux=(network,)))
    shown = {node.key for node in graph.nodes if node.label == "Ecole"}
    assert shown and shown <= schools

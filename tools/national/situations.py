"""The conflict cases between parents and schools (sheet ``situations``), pseudonymised.

The demo's model (:mod:`tools.demo.situations`): the issue depends on the centre's stance, on who
asked it to step in and on the nature of the conflict; the narrative comes from the demo's
phrase bank and holds no name, no class, no date and no place. Each case is drawn by the demo's
:func:`tools.demo.situations.draw_case`; what differs is the count, the drafts (drawn at random)
and the numbering. Stances are spread evenly.
"""

from __future__ import annotations

from graph import vocabularies as voc
from tools.demo.common import label
from tools.demo.situations import draw_case
from tools.national.common import Row, SheetWriter, rng_for, scaled
from tools.national.world import World

DRAFT_SHARE = 0.1


def build_situations(world: World, writer: SheetWriter) -> None:
    """The conflict cases, sorted by month, each reported by a centre (those with more partnerships report more)."""
    rng = rng_for(world.seed, "situations")
    total = scaled("situations", world.scale) if world.partnerships else 0
    stances = [voc.STANCE.codes[n % len(voc.STANCE.codes)] for n in range(total)]
    rng.shuffle(stances)
    rows: list[tuple[int, int, Row]] = []
    for n, stance in enumerate(stances):
        when, centre, uai, case = draw_case(rng, world, stance, world.by_centre.__getitem__)
        rows.append((when, n, {
            **case, "statut": label(voc.CONTRIBUTION_STATUS, "brouillon" if rng.random() < DRAFT_SHARE else "valide"),
            "id_centre": centre, "uai": uai}))
    rows.sort(key=lambda item: (item[0], item[1]))
    for n, (_, _, row) in enumerate(rows, start=1):
        writer.write({"id_situation": f"SC-{n:05d}", **row})
    world.counts["situations"] = writer.count

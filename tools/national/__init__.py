"""Generate a national-size dataset of Passerelles, in the federation's workbook format.

    python -m tools.national --out DIR [--scale 1.0] [--seed N] [--no-check]

The national sibling of :mod:`tools.demo`: same format (one CSV per sheet, UTF-8 with BOM, ``;``,
the schema's column names as header, ``|`` between values, French labels, decimal commas), same
models and phrase banks (imported from :mod:`tools.demo`, never copied), at the size of France:

- real territories: the 101 départements and 34,990 communes of ``communes-france-2024.csv``
  (arrondissements of Paris, Lyon and Marseille included; schools and centres go to the
  arrondissements, not to the three parent communes), the 1,400 QPV of the 2015 list with their
  communes matched by name within their département (one name, Ostricourt in QP062040, lies in
  another département and is dropped from that QPV);
- real points: each commune at its position shipped in
  ``data/opendata/geographie/communes-positions.csv`` (a point inside the commune, from the
  IGN's boundaries; :mod:`tools.national.geo`), schools and centres a little around it;
- fictional everything else, and said so in every name: ~1,100 REP/REP+ networks, ~60,000
  schools (UAIs ``<dept>9xxx`` + check letter, a range real schools never use), ~2,300 centres
  sociaux and ~1,500 EVS, ~20,000 partnerships, ~30,000 practices, ~3,000 pseudonymised conflict
  cases, ~300 meetings (2018–2025), ~1,500 questions and a few tools.

``--scale`` multiplies every fictional count; below 1 only some départements are generated (the
Val-d'Oise, Corse-du-Sud and Guadeloupe first). The generator is deterministic: every draw comes
from a :class:`random.Random` seeded with a string, nothing depends on the clock, on set order or
on hash seeds, so two runs with the same arguments write the same bytes. Rows are written as they
are made (at scale 1: about 15 s and 150 MB of memory), then read back and checked.

Modules, in the order the world is built (:mod:`tools.national.generate` runs them):

- :mod:`~tools.national.common`: seeds, sizes, apportionment, UAI stems, the streaming CSV writer;
- :mod:`~tools.national.geo`: département boxes and fictional points;
- :mod:`~tools.national.world`: the records of the world being built;
- :mod:`~tools.national.territories`: the real départements, communes and QPV;
- :mod:`~tools.national.allocation` and :mod:`~tools.national.schools`: networks and schools;
- :mod:`~tools.national.centres`, :mod:`~tools.national.partnerships`,
  :mod:`~tools.national.practices` (and :mod:`~tools.national.practice_rows`),
  :mod:`~tools.national.meetings`, :mod:`~tools.national.situations`: the other sheets;
- :mod:`~tools.national.check`: the self-check of what was written;
- :mod:`~tools.national.phrases`: the phrase bank the demo's banks lacked (meeting themes, questions).
"""

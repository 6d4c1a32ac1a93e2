"""Generate the demo dataset of Passerelles, in the federation's workbook format.

    python -m tools.make_demo [--out data/demo]      (or: python -m tools.demo)

One CSV per sheet, as a French Excel user would save them: UTF-8 with BOM, ``;`` separator,
French headers (the schema's column names), ``|`` between values of a multi-valued cell,
vocabulary values written as their French labels, decimal commas.

Territories are real (the 184 communes and the 41 QPV of the Val-d'Oise, from the open data in
``data/opendata/``); centres, schools, networks, partnerships, practices, conflict cases and
questions are fictional and say so in their names. The generator is deterministic: every
random draw comes from a :class:`random.Random` seeded with a constant string, nothing
depends on the clock, on set order or on hash seeds. It checks what it wrote against the
schema before it returns, and raises on the first inconsistency it finds.

Modules, in the order the world is built (:mod:`tools.demo.generate` runs them):

- :mod:`~tools.demo.common`: paths, seed, the demo's calendar, random streams, cell formats;
- :mod:`~tools.demo.geometry`: commune polygons, centroids, random points inside a commune;
- :mod:`~tools.demo.world`: the dataclasses of the world being built;
- :mod:`~tools.demo.model`: the plans, counts and effects that drive every outcome;
- :mod:`~tools.demo.territories`: the real department, communes and QPV;
- :mod:`~tools.demo.schools`, :mod:`~tools.demo.centres`, :mod:`~tools.demo.partnerships`,
  :mod:`~tools.demo.practices`, :mod:`~tools.demo.meetings`, :mod:`~tools.demo.situations`:
  the fictional sheets;
- :mod:`~tools.demo.capitalisation`: the centres invited to each meeting, the analysis grids and their
  evaluations, the partners' views and the reports back (each from its own random stream);
- :mod:`~tools.demo.check`: the self-check of what was written;
- ``phrases_*``: the French phrase banks (data only), by theme.
"""

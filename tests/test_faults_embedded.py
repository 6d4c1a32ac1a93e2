"""The embedded store killed with ``kill -9`` while a centre saves contributions through its guarded store, at
random moments, compactions included: it opens, and every contribution confirmed is there, whole.

:mod:`bench.faults`'s scenario, run with ``PASSERELLES_FAUTES`` kills (3 by default); the full campaign is
``python3 -m bench.faults --fois 20``.
"""

from __future__ import annotations

import os
import random

from bench.faults import embedded_faults

TIMES = int(os.environ.get("PASSERELLES_FAUTES", "3"))


def test_kill_9_during_contributions_loses_nothing_confirmed(tmp_path):
    figures = embedded_faults(TIMES, random.Random(4), tmp_path)
    assert figures.faults == TIMES
    assert figures.confirmed > 10 * TIMES, "the kills must land while contributions are being written"
    assert figures.lost == 0 and figures.inconsistent == 0, figures.problems

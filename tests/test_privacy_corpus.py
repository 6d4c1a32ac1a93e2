"""The privacy check measured on the corpus written from outside (``data/evaluation/confidentialite``): the goals of
issue 16 hold on figures computed here, by the benchmark's own code (``python3 -m bench.privacy``), never typed in.

The corpus's judgements were frozen before the check was run on it: its fingerprint is the one its README gives,
so that nobody can make a goal pass by changing what the corpus says is identifying.
"""

from __future__ import annotations

import hashlib

from bench import privacy as bench
from graph import privacy

FROZEN = "91223018c0d2afb48415137ace455825dd6ca27f946b21be90d264fd59c526ba"  # LISEZMOI.md, « Empreinte »


def test_the_corpus_is_the_frozen_one_and_large_enough():
    assert hashlib.sha256(bench.CORPUS.read_bytes()).hexdigest() == FROZEN
    assert FROZEN in (bench.CORPUS.parent / "LISEZMOI.md").read_text(encoding="utf-8")
    entries = bench.corpus()
    narratives = [e for e in entries if e["items"]]
    clean = [e for e in entries if not e["items"]]
    assert len(narratives) >= 70 and sum(len(e["items"]) for e in narratives) >= 100 and len(clean) >= 35
    for entry in entries:  # every item is where the corpus says it is
        for item in entry["items"]:
            assert entry["text"][item["start"]:item["start"] + len(item["text"])] == item["text"]


def test_the_goals_hold_on_the_corpus():
    results = bench.evaluate(bench.corpus())
    missed = [(i.text_id, i.kind, i.text) for i in results.missed]
    assert results.recall(set(bench.EXACT)) == 1.0, missed  # every phone number and e-mail address
    assert results.recall(results.rest) >= 0.98, missed
    assert results.blocked_share <= 0.10, [(text_id, [f.text for f in found]) for text_id, found in results.blocked]
    assert results.goals_met()
    assert sum(results.total.values()) == sum(len(e["items"]) for e in bench.corpus())  # nothing left uncounted


def test_an_item_counts_as_caught_only_when_a_finding_covers_it():
    """The measure itself: a text whose item the check cannot see is a miss, and a clean text flagged is a block."""
    entries = [
        {"id": "t1", "kind": "recit", "text": "La mère de Yanis est venue.",
         "items": [{"text": "Yanis", "kind": "prenom", "start": 11}]},
        {"id": "t2", "kind": "recit", "text": "Le code secret est bleu.",
         "items": [{"text": "bleu", "kind": "autre", "start": 19}]},
        {"id": "t3", "kind": "recit", "text": "Appeler le 06 12 34 56 78.", "items": []},
        {"id": "t4", "kind": "description", "text": "Une rencontre au centre.", "items": []},
    ]
    results = bench.evaluate(entries, frozenset())
    assert (results.caught["prenom"], results.total["prenom"]) == (1, 1)
    assert (results.caught["autre"], results.total["autre"]) == (0, 1) and results.recall() == 0.5
    assert [text_id for text_id, _ in results.blocked] == ["t3"] and results.clean == 2
    assert not results.goals_met()


def test_a_long_text_is_read_in_about_a_second_at_worst():
    places = bench.demo_places()
    privacy.find_identifying("Yanis.")  # the lists are read once per process
    entries = bench.corpus()
    assert bench.seconds_per_long_text(entries, places) < 1.0
    slowest = bench.worst_case_seconds(places)
    assert len(slowest) >= 10 and all(len(text) == bench.LONG for text in bench.worst_cases().values())
    assert max(slowest.values()) < 1.5, slowest  # CPU time: the machine's other work does not count

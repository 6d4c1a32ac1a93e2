#!/usr/bin/env python3
"""Valide corpus.json et affiche les effectifs par genre.

Vérifie, pour chaque texte : id unique, genre de texte connu ; pour chaque
élément : genre connu, texte présent exactement à `start`, en limite de mot
(caractère précédent et suivant non alphanumériques), pas de chevauchement.
Code de sortie 1 en cas d'erreur.
"""
import collections
import hashlib
import json
import os
import sys

TEXT_KINDS = {"recit", "actions", "enseignements", "description"}
ITEM_KINDS = {"prenom", "nom", "initiale", "telephone", "courriel", "adresse",
              "residence", "code_postal", "date_naissance", "age_classe_ecole",
              "pseudo_reseau", "plaque", "autre"}


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def main(path):
    raw = open(path, "rb").read()
    corpus = json.loads(raw.decode("utf-8"))
    errors, ids = [], set()
    for e in corpus:
        tid, text = e.get("id"), e.get("text", "")
        if tid in ids:
            errors.append(f"{tid}: id en double")
        ids.add(tid)
        if e.get("kind") not in TEXT_KINDS:
            errors.append(f"{tid}: genre de texte inconnu {e.get('kind')!r}")
        spans = []
        for it in e.get("items", []):
            s, t, k = it["start"], it["text"], it["kind"]
            if k not in ITEM_KINDS:
                errors.append(f"{tid}: genre d'élément inconnu {k!r}")
            if text[s:s + len(t)] != t:
                errors.append(f"{tid}: «{t}» absent à la position {s}")
                continue
            if s > 0 and is_word_char(text[s - 1]):
                errors.append(f"{tid}: «{t}» pas en début de mot")
            end = s + len(t)
            if end < len(text) and is_word_char(text[end]):
                errors.append(f"{tid}: «{t}» pas en fin de mot")
            spans.append((s, end, t))
        spans.sort()
        for (a0, a1, at), (b0, b1, bt) in zip(spans, spans[1:]):
            if a1 > b0:
                errors.append(f"{tid}: chevauchement «{at}» / «{bt}»")

    kinds = collections.Counter(i["kind"] for e in corpus for i in e["items"])
    tkinds = collections.Counter(e["kind"] for e in corpus)
    with_items = sum(1 for e in corpus if e["items"])
    print(f"fichier : {path}")
    print(f"sha256  : {hashlib.sha256(raw).hexdigest()}")
    print(f"textes  : {len(corpus)} (avec éléments : {with_items}, propres : {len(corpus) - with_items})")
    print("genres de textes : " + ", ".join(f"{k} {v}" for k, v in sorted(tkinds.items())))
    print(f"éléments : {sum(kinds.values())}")
    for k in sorted(ITEM_KINDS, key=lambda k: (-kinds[k], k)):
        print(f"  {k:18s} {kinds[k]}")
    if errors:
        print(f"\n{len(errors)} ERREUR(S) :")
        print("\n".join(errors))
        return 1
    print("\nvalidation : OK")
    return 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "corpus.json")))

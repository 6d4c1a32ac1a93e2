#!/usr/bin/env python3
"""Valide corpus.json et affiche les effectifs par catégorie.

Usage : python3 count.py [corpus.json]

Vérifie : champs présents, types de texte et catégories connus, identifiants uniques,
chaque élément est une sous-chaîne du texte ET se trouve à la position `start` indiquée,
pas de chevauchement entre éléments d'un même texte.
Signale (sans échouer) les autres occurrences « mot entier » d'un élément dans le même texte,
qui ne sont pas identifiantes par jugement (ex. « Noël » la fête, « Victor » de « collège Victor
Hugo ») : un contrôle doit les laisser passer, ou au moins ne pas compter cela comme une prise.
Code de sortie 1 si une erreur est trouvée.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ["prenom", "nom", "initiale", "telephone", "courriel", "adresse", "residence",
              "code_postal", "date_naissance", "age_classe_ecole", "classe_precise"]
TYPES = {"recit", "actions", "enseignements", "description"}


def mot_entier(texte, d, f):
    av = texte[d - 1] if d > 0 else " "
    ap = texte[f] if f < len(texte) else " "
    return not (av.isalnum() or av == "_") and not (ap.isalnum() or ap == "_")


def main():
    chemin = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("corpus.json")
    corpus = json.loads(chemin.read_text(encoding="utf-8"))
    erreurs, avis = [], []
    ids = Counter(t.get("id") for t in corpus)
    for i, n in ids.items():
        if n > 1:
            erreurs.append(f"identifiant en double : {i}")
    par_cat, par_type = Counter(), Counter()
    avec, propres = 0, 0
    for t in corpus:
        tid = t.get("id")
        for champ in ("id", "kind", "text", "items"):
            if champ not in t:
                erreurs.append(f"{tid}: champ manquant {champ}")
        if t.get("kind") not in TYPES:
            erreurs.append(f"{tid}: type de texte inconnu {t.get('kind')!r}")
        texte = t.get("text", "")
        items = t.get("items", [])
        par_type[t.get("kind")] += 1
        if items:
            avec += 1
        else:
            propres += 1
        spans = []
        for it in items:
            s, k = it.get("text", ""), it.get("kind")
            if k not in CATEGORIES:
                erreurs.append(f"{tid}: catégorie inconnue {k!r} pour {s!r}")
            if not s or s not in texte:
                erreurs.append(f"{tid}: {s!r} n'est pas une sous-chaîne du texte")
                continue
            d = it.get("start")
            if d is None or texte[d:d + len(s)] != s:
                erreurs.append(f"{tid}: {s!r} n'est pas à la position {d}")
                continue
            if not mot_entier(texte, d, d + len(s)):
                erreurs.append(f"{tid}: {s!r} coupe un mot à la position {d}")
            spans.append((d, d + len(s), s))
            par_cat[k] += 1
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                erreurs.append(f"{tid}: chevauchement {a[2]!r} / {b[2]!r}")
        # autres occurrences non listées
        for s in {sp[2] for sp in spans}:
            listees = {sp[0] for sp in spans if sp[2] == s}
            for m in re.finditer(re.escape(s), texte):
                if m.start() not in listees and mot_entier(texte, m.start(), m.end()) \
                        and not any(d0 <= m.start() < f0 for d0, f0, _ in spans):
                    avis.append(f"{tid}: occurrence non identifiante de {s!r} à {m.start()}")

    print(f"{len(corpus)} textes : {avec} avec éléments identifiants, {propres} propres")
    print("par type de texte : " + ", ".join(f"{k} {v}" for k, v in sorted(par_type.items())))
    print(f"{sum(par_cat.values())} éléments identifiants :")
    for k in CATEGORIES:
        print(f"  {k:<17} {par_cat[k]:>4}")
    for a in avis:
        print("avis :", a)
    for e in erreurs:
        print("ERREUR :", e)
    if erreurs:
        sys.exit(1)
    print("corpus valide")


if __name__ == "__main__":
    main()

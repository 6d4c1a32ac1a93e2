# -*- coding: utf-8 -*-
"""Contrôles indépendants du classeur : vocabulaires, identifiants, codes communes, lettres clés UAI."""
import csv, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from geo import vocab, headers, communes_france, LETTRES
D = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "classeur")
V = vocab(); H = headers(); CF = communes_france()
def lire(s):
    with open(os.path.join(D, s + ".csv"), encoding="utf-8") as f:
        r = list(csv.DictReader(f, delimiter=";"))
    with open(os.path.join(D, s + ".csv"), encoding="utf-8") as f:
        assert next(csv.reader(f, delimiter=";")) == H[s], s
    return r
S = {s: lire(s) for s in H}
err = []
def ids(s, k): return {r[k] for r in S[s]}
CEN, ECO, QPV, COM, RES, PRA, REN, QUE = ids("centres","id_centre"), ids("ecoles","uai"), ids("qpv","code_qpv"), ids("communes","code_insee"), ids("reseaux","id_reseau"), ids("pratiques","id_pratique"), ids("rencontres","id_rencontre"), ids("questions","id_question")
def multi(v): return [x for x in v.split("|") if x]
def voc(s, col, liste, free=False):
    for r in S[s]:
        for x in multi(r[col]):
            if x not in V[liste].values() and not free: err.append(f"{s}.{col}: {x!r}")
def ref(s, col, ens, opt=True):
    for r in S[s]:
        vals = multi(r[col])
        if not vals and not opt: err.append(f"{s}.{col} vide")
        for x in vals:
            if x not in ens: err.append(f"{s}.{col}: {x} inconnu")
voc("centres","type","Type de structure"); voc("centres","activites","Activité du centre"); voc("centres","statut","Statut de la contribution")
voc("ecoles","niveau","Niveau de l’établissement"); voc("ecoles","statut","Public ou privé"); voc("ecoles","education_prioritaire","Éducation prioritaire"); voc("ecoles","etat","État de l’établissement")
voc("reseaux","type","Type de réseau")
voc("partenariats","forme","Forme du partenariat"); voc("partenariats","frequence","Fréquence"); voc("partenariats","objets","Objet du partenariat"); voc("partenariats","qualite","Qualité du partenariat"); voc("partenariats","statut","Statut de la contribution")
voc("pratiques","themes","Thème"); voc("pratiques","public","Public visé"); voc("pratiques","resultat","Résultat"); voc("pratiques","statut","Statut de la contribution")
voc("questions","themes","Thème"); voc("questions","etat","État de la question")
ref("centres","code_commune",COM,False); ref("centres","qpv",QPV); ref("ecoles","code_commune",COM,False); ref("ecoles","reseau",RES)
ref("qpv","communes",COM,False); ref("reseaux","tete",ECO,False); ref("partenariats","id_centre",CEN,False); ref("partenariats","uai",ECO,False)
ref("pratiques","id_centre",CEN,False); ref("pratiques","uai",ECO); ref("pratiques","rencontre",REN)
ref("rencontres","participants",CEN); ref("rencontres","code_commune",COM); ref("rencontres","questions",QUE)
ref("questions","posee_par",CEN); ref("questions","reponses",PRA); ref("questions","rencontre",REN)
for c in COM:
    if c not in CF: err.append(f"commune {c} absente du fichier national")
for r in S["ecoles"]:
    u = r["uai"]
    if not (len(u) == 8 and u[:7].isdigit() and LETTRES[int(u[:7]) % 23] == u[7]): err.append(f"UAI {u}")
    # EP de l'école = EP du réseau
    if r["reseau"]:
        t = [x for x in S["reseaux"] if x["id_reseau"] == r["reseau"]][0]["type"]
        if t != r["education_prioritaire"]: err.append(f"EP {u}")
# pratiques : écoles de partenaires du centre ?
part = {(r["id_centre"], r["uai"]) for r in S["partenariats"]}
hors = [(r["id_pratique"], u) for r in S["pratiques"] for u in multi(r["uai"]) if (r["id_centre"], u) not in part]
# pas de données personnelles
txt = " ".join(" ".join(r.values()) for s in ("pratiques","centres","partenariats","questions") for r in S[s])
for pat in [r"@", r"\b0[1-9](?:[ .]?\d\d){4}\b", r"\bM(?:me|\.|onsieur|adame)\s+[A-Z]"]:
    if re.search(pat, txt): err.append(f"motif personnel {pat}")
n = {s: len(S[s]) for s in S}
print(n)
print("pratiques citant une école sans partenariat déclaré avec le centre :", len(hors))
print("niveaux :", {k: sum(1 for r in S['ecoles'] if r['niveau']==k) for k in set(r['niveau'] for r in S['ecoles'])})
print("EP :", {k: sum(1 for r in S['ecoles'] if r['education_prioritaire']==k) for k in set(r['education_prioritaire'] for r in S['ecoles'])})
print("résultats :", {k: sum(1 for r in S['pratiques'] if r['resultat']==k) for k in set(r['resultat'] for r in S['pratiques'])})
print("types :", {k: sum(1 for r in S['centres'] if r['type']==k) for k in set(r['type'] for r in S['centres'])})
print("ERREURS:" if err else "OK", *err, sep="\n")

# -*- coding: utf-8 -*-
"""Écrit ../classeur/*.csv (une feuille du modèle = un CSV ; ';' ; '|' ; UTF-8)."""
import csv, os, random, sys

sys.path.insert(0, os.path.dirname(__file__))
from geo import communes_france, centroides, colleges, qpv, vocab, headers, uai_cle, norm
from reseau93 import CENTRES, PRIMAIRES, PARTENARIATS, RENCONTRES
from pratiques93 import PRATIQUES

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "classeur")
os.makedirs(OUT, exist_ok=True)
V = vocab()
H = headers()
DEP = "93"


def lab(liste, code):
    d = V[liste]
    if code in d:
        return d[code]
    raise KeyError((liste, code))


def role(code):
    d = V["Rôle de l’interlocuteur"]
    return d.get(code, code)  # texte libre permis (« ATSEM », « principal adjoint »…)


def write(sheet, rows):
    cols = H[sheet]
    with open(os.path.join(OUT, sheet + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            assert set(r) <= set(cols), (sheet, set(r) - set(cols))
            w.writerow([r.get(c, "") for c in cols])


cf = communes_france()
cent = centroides("communes-93-seine-saint-denis.geojson")
col = colleges()
qp = qpv()

# --- départements, communes
write("departements", [{"code_departement": DEP, "nom": "Seine-Saint-Denis"}])
communes = sorted(c for c, r in cf.items() if r["dep_code"] == DEP)
write("communes", [{"code_insee": c, "nom": cf[c]["nom_standard"], "population": cf[c]["population"],
                    "latitude": cent[c][0], "longitude": cent[c][1], "code_departement": DEP} for c in communes])
nom2code = {norm(cf[c]["nom_standard"]): c for c in communes}

# --- QPV (tous ceux du 93, liste 2015)
qrows = []
for code, q in sorted(qp.items()):
    if not code.startswith("QP093"):
        continue
    codes = [nom2code[norm(n.strip())] for n in q["communes"].split(",")]
    qrows.append({"code_qpv": code, "nom": q["nom"], "population": q["pop"].replace("\u202f", "").replace(" ", "").replace("\xa0", ""),
                  "communes": "|".join(codes)})
write("qpv", qrows)
QPV_OK = {r["code_qpv"] for r in qrows}

# --- écoles
rng = random.Random(93)
ecoles, reseaux, cle2uai, centre_info = [], [], {}, {}
seq = 4001
for (cid, nom, typ, com, adr, qpvs, acts, cuai, ep, rid, adh) in CENTRES:
    c = col[cuai]
    assert c["code_commune"] == com, (cid, c["code_commune"], com)
    clat, clon = float(c["latitude"]), float(c["longitude"])
    ecoles.append({"uai": cuai, "nom": c["appellation_officielle"], "niveau": lab("Niveau de l’établissement", "college"),
                   "statut": lab("Public ou privé", "public"), "education_prioritaire": lab("Éducation prioritaire", ep),
                   "etat": lab("État de l’établissement", "ouvert"), "latitude": round(clat, 6), "longitude": round(clon, 6),
                   "code_commune": com, "reseau": rid})
    cle2uai[(cid, "C")] = cuai
    if rid:
        t = "REP+" if ep == "rep_plus" else "REP"
        reseaux.append({"id_reseau": rid, "nom": f"{t} collège {c['appellation_officielle'].replace('Collège ', '')} ({cf[com]['nom_standard']})",
                        "type": lab("Type de réseau", ep), "tete": cuai})
    for i, e in enumerate(PRIMAIRES[cid], start=1):
        niv, enom = e[0], e[1]
        eep = e[2] if len(e) > 2 else ep
        stat = e[3] if len(e) > 3 else "public"
        u = uai_cle("093%04d" % seq); seq += 1
        cle2uai[(cid, i)] = u
        ecoles.append({"uai": u, "nom": enom, "niveau": lab("Niveau de l’établissement", niv),
                       "statut": lab("Public ou privé", stat), "education_prioritaire": lab("Éducation prioritaire", eep),
                       "etat": lab("État de l’établissement", "ouvert"),
                       "latitude": round(clat + rng.uniform(-0.006, 0.006), 6), "longitude": round(clon + rng.uniform(-0.008, 0.008), 6),
                       "code_commune": com, "reseau": rid if eep == ep else ""})
    centre_info[cid] = (round(clat + rng.uniform(-0.004, 0.004), 6), round(clon + rng.uniform(-0.005, 0.005), 6))
write("ecoles", ecoles)
write("reseaux", reseaux)

# --- centres
crow = []
for (cid, nom, typ, com, adr, qpvs, acts, cuai, ep, rid, adh) in CENTRES:
    assert all(q in QPV_OK for q in qpvs)
    pc = cf[com]["code_postal"]
    crow.append({"id_centre": cid, "nom": nom, "type": lab("Type de structure", typ),
                 "adresse": f"{adr}, {pc} {cf[com]['nom_standard']}",
                 "latitude": centre_info[cid][0], "longitude": centre_info[cid][1],
                 "activites": "|".join(lab("Activité du centre", a) for a in acts), "adherent": adh,
                 "statut": lab("Statut de la contribution", "valide"), "code_commune": com, "qpv": "|".join(qpvs)})
write("centres", crow)

# --- partenariats
prow = []
for i, (cid, k, forme, freq, objets, qual, depuis, inter) in enumerate(PARTENARIATS, start=1):
    prow.append({"id_partenariat": "PA93-%02d" % i, "forme": lab("Forme du partenariat", forme),
                 "frequence": lab("Fréquence", freq), "objets": "|".join(lab("Objet du partenariat", o) for o in objets),
                 "qualite": lab("Qualité du partenariat", qual), "depuis": depuis,
                 "interlocuteurs": "|".join(role(r) for r in inter), "statut": lab("Statut de la contribution", "valide"),
                 "id_centre": cid, "uai": cle2uai[(cid, k)]})
write("partenariats", prow)

# --- rencontres
rrow = []
for (rid, date, hd, hf, lieu, adr, theme, com, part) in RENCONTRES:
    rrow.append({"id_rencontre": rid, "date": date, "heure_debut": hd, "heure_fin": hf, "lieu": lieu,
                 "adresse": f"{adr}, {cf[com]['code_postal']} {cf[com]['nom_standard']}", "theme": theme,
                 "statut": lab("Statut de la contribution", "valide"), "code_commune": com,
                 "participants": "|".join(part), "questions": "Q93-01" if rid == "RC93-2024-1" else ("Q93-02" if rid == "RC93-2024-2" else "")})
write("rencontres", rrow)

# --- pratiques
pr = []
for p in PRATIQUES:
    pr.append({"id_pratique": p["id"], "titre": p["titre"], "description": p["description"],
               "themes": "|".join(lab("Thème", t) for t in p["themes"]),
               "public": "|".join(lab("Public visé", t) for t in p["public"]),
               "favorise": p["favorise"], "fait_marcher": p["fait_marcher"], "ressources": p["ressources"],
               "opportunites": p["opportunites"], "outils": p["outils"], "obstacles": p["obstacles"],
               "resultat": lab("Résultat", p["resultat"]), "preuves": p["preuves"], "debut": p["debut"], "fin": p["fin"],
               "statut": lab("Statut de la contribution", "valide"), "id_centre": p["centre"],
               "uai": "|".join(cle2uai[(p["centre"], k)] for k in p["ecoles"]), "rencontre": p["rencontre"]})
write("pratiques", pr)

# --- questions (la question du brief d'origine, posée dans le 93 aussi)
write("questions", [
    {"id_question": "Q93-01", "texte": "Comment le centre social se positionne-t-il lorsqu'il est sollicité de part et d'autre autour d'un conflit entre un ou des parents et l'école ?",
     "themes": lab("Thème", "conflits"), "etat": lab("État de la question", "en_travail"), "statut": lab("Statut de la contribution", "valide"),
     "posee_par": "F93-07", "rencontre": "RC93-2024-1", "reponses": "P006|P027|P033|P066"},
    {"id_question": "Q93-02", "texte": "Que proposer aux collégiens exclus temporairement pour que l'exclusion ne devienne pas un décrochage ?",
     "themes": "|".join(lab("Thème", t) for t in ["decrochage", "conflits"]), "etat": lab("État de la question", "ouverte"),
     "statut": lab("Statut de la contribution", "valide"), "posee_par": "F93-16", "rencontre": "RC93-2024-2", "reponses": "P017|P050"},
])

# --- feuilles laissées vides (en-têtes seuls)
for s in ["situations", "outils", "retours", "avis", "grilles", "criteres", "evaluations"]:
    write(s, [])

print(len(crow), "centres", len(ecoles), "écoles", len(reseaux), "réseaux", len(prow), "partenariats", len(pr), "pratiques", len(qrows), "QPV")

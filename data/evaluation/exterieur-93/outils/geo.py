# -*- coding: utf-8 -*-
"""Géographie réelle lue dans data/opendata du dossier partagé de l’équipe (DOSSIER_PARTAGE ; lecture seule).
Aucun import du projet : bibliothèque standard + openpyxl seulement."""
import csv, json, os, unicodedata

OD = os.path.join(os.environ.get("DOSSIER_PARTAGE", "shared"), "data", "opendata")
TEMPLATE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "modele-classeur-vide.xlsx")


def norm(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in s if c.isalnum())


def communes_france():
    out = {}
    with open(os.path.join(OD, "communes-france-2024.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f, delimiter=";"):
            out[r["code_insee"]] = r
    return out


def _ring_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        cr = x0 * y1 - x1 * y0
        a += cr
        cx += (x0 + x1) * cr
        cy += (y0 + y1) * cr
    a /= 2
    return a, cx / (6 * a), cy / (6 * a)


def centroides(dep_file):
    g = json.load(open(os.path.join(OD, "contours-communes", dep_file), encoding="utf-8"))
    out = {}
    for f in g["features"]:
        geom = f["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        A = X = Y = 0.0
        for p in polys:
            a, x, y = _ring_centroid(p[0])
            A += a; X += a * x; Y += a * y
        out[f["properties"]["code"]] = (round(Y / A, 5), round(X / A, 5), f["properties"]["nom"])
    return out


def colleges():
    out = {}
    with open(os.path.join(OD, "geolocalisation-colleges-france.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f, delimiter=";"):
            out[r["numero_uai"]] = r
    return out


def qpv():
    out = {}
    with open(os.path.join(OD, "qpv-2015-demographie-2022.csv"), encoding="utf-8-sig") as f:
        rd = csv.reader(f, delimiter=";")
        head = next(rd)
        for row in rd:
            if row and row[0].startswith("QP"):
                out[row[0]] = {"nom": row[1], "pop": row[2], "communes": row[5]}
    return out


def vocab():
    """{liste: {code: valeur à écrire}} depuis la feuille « Valeurs admises »."""
    import openpyxl
    wb = openpyxl.load_workbook(TEMPLATE, read_only=True)
    ws = wb["Valeurs admises"]
    out = {}
    for i, row in enumerate(ws.iter_rows(values_only=True)):
        if i == 0 or not row or row[0] is None:
            continue
        out.setdefault(row[0], {})[row[2]] = row[1]
    return out


def headers():
    import openpyxl
    wb = openpyxl.load_workbook(TEMPLATE, read_only=True)
    out = {}
    for ws in wb.worksheets:
        if ws.title in ("Lisez-moi", "Valeurs admises"):
            continue
        out[ws.title] = [c for c in next(ws.iter_rows(values_only=True)) if c]
    return out


LETTRES = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_cle(sept):
    return sept + LETTRES[int(sept) % 23]

"""What is kept, how long, and for whom: the RGPD side of contributions.

* **Retention** — conflict cases older than a setting are flagged for the federation to review (keep, or delete).
  The setting is ``PASSERELLES_CONSERVATION_MOIS`` (months, 36 by default), read here from the environment and
  then from ``.streamlit/secrets.toml`` like every setting of :mod:`graph.settings`. A case's age runs from its
  month (``date``), or from when it was entered.
* **Export** — everything a centre owns (its profile, partnerships, practices, cases, questions, reports, partners'
  views, and the evaluations of its practices and cases), with the history of each item, as a ZIP of CSV files
  in the workbook's format, for the centre itself or the federation. Every cell is made inert for a spreadsheet.
* **Deletion on request** — the same items deleted at once (the federation only), each deletion traced.

>>> from graph.backends.embedded import EmbeddedStore
>>> from graph.guard import GuardedStore
>>> from ingest.demo import load_demo
>>> from graph.access import Access, Role
>>> import datetime as dt, io, tempfile, zipfile
>>> raw = EmbeddedStore(tempfile.mkdtemp()); _ = load_demo(raw)
>>> federation = GuardedStore(raw, Access(Role.ADMIN, account="federation"))
>>> flags = retention_review(federation, months=36, today=dt.date(2030, 1, 1))
>>> len(flags) == len(raw.nodes("Situation")), flags[0].age_months > 36
(True, True)
>>> owned = centre_items(federation, "CS95-011")
>>> owned["Centre"], len(owned["Situation"]) > 0
(['CS95-011'], True)
>>> names = zipfile.ZipFile(io.BytesIO(export_centre(federation, "CS95-011"))).namelist()
>>> "centres.csv" in names and "historique.csv" in names
True
>>> deleted = delete_centre_data(federation, "CS95-011")
>>> raw.get("Centre", "CS95-011") is None, deleted.counts["Centre"]
(True, 1)
>>> raw.close()
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph import guard as guarding
from graph.access import Role
from graph.changes import DeleteNode, Forget
from graph.dates import first_day
from graph.errors import AccessDenied, SettingsError
from graph.i18n import t
from graph.schema import KIND_LIST, KINDS, Link
from graph.settings import read_secrets
from graph.store import GraphStore
from graph.text import spreadsheet_safe
from queries.contributions import by_key, french_moment, french_month, guarded, require_admin
from queries.registry import named

RETENTION_SETTING = "PASSERELLES_CONSERVATION_MOIS"
RETENTION_DEFAULT = 36
EVALUATED = {"Pratique": "EVALUE", "Situation": "EVALUE_SITUATION"}


def retention_months(environ: Mapping[str, str] | None = None, secrets: Mapping[str, Any] | None = None) -> int:
    """How many months a conflict case is kept before review: the environment, then ``secrets.toml``, then 36.

    >>> retention_months({}, {}), retention_months({"PASSERELLES_CONSERVATION_MOIS": "24"}, {})
    (36, 24)
    """
    environ = os.environ if environ is None else environ
    secrets = read_secrets() if secrets is None else secrets
    raw = environ.get(RETENTION_SETTING, secrets.get(RETENTION_SETTING, RETENTION_DEFAULT))
    try:
        months = int(str(raw).strip())
    except ValueError:
        raise SettingsError("contributions.retention.bad_setting", name=RETENTION_SETTING, value=raw) from None
    if months < 1:
        raise SettingsError("contributions.retention.bad_setting", name=RETENTION_SETTING, value=raw)
    return months


@dataclass(frozen=True)
class RetentionFlag:
    """A conflict case kept longer than the setting: to review."""

    key: str
    centre: str
    centre_nom: str
    since: str                      # the month its age runs from, in French
    age_months: int
    limit: int


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _start(case: Mapping[str, Any]) -> dt.date | None:
    for value in (case.get("date"), str(case.get("cree_le") or "")[:7]):
        if (day := first_day(str(value)[:10] if value else None)) is not None:
            return day
    return None


@named("conservation_situations", "months", "today")
def retention_review(store: GraphStore, months: int | None = None, today: dt.date | None = None) -> list[RetentionFlag]:
    """The conflict cases older than ``months`` (the setting by default), oldest first: every case for the
    federation, its own for a centre."""
    guard = guarded(store)
    if guard.access.role is Role.READER:
        raise AccessDenied("contributions.contributors_only")
    limit = months or retention_months()
    today = today or dt.date.today()
    owners = {row.source_key: row.target_key for row in guard.links("SIGNALEE_PAR")}
    centres = {key: str(props.get("nom") or key) for key, props in by_key(guard, "Centre").items()}
    flags = []
    for case in guard.nodes("Situation"):
        key, start = str(case["id_situation"]), _start(case)
        centre = owners.get(key, "")
        if start is None or (guard.access.role is not Role.ADMIN and centre not in guard.access.centres):
            continue
        age = _months_between(start, today)
        if age > limit:
            flags.append(RetentionFlag(key, centre, centres.get(centre, centre), french_month(start.isoformat()[:7]),
                                       age, limit))
    return sorted(flags, key=lambda f: (-f.age_months, f.key))


# --- a centre's data -------------------------------------------------------------------------------------------


@named("centre_elements", "centre")
def centre_items(store: GraphStore, centre: str) -> dict[str, list[str]]:
    """Everything ``centre`` owns, by label: itself, the items it carries, and the evaluations of its practices
    and cases (for the centre's own contributors and the federation)."""
    guard = guarded(store)
    guard.access.require_write(centre)
    found: dict[str, list[str]] = {"Centre": [centre] if guard.get("Centre", centre) else []}
    for label, type_ in guarding.OWNER_LINK.items():
        found[label] = sorted(row.source_key for row in guard.links(type_, label) if row.target_key == centre)
    evaluated = {(label, key) for label in EVALUATED for key in found[label]}
    found["Evaluation"] = sorted({row.source_key for label, type_ in EVALUATED.items()
                                  for row in guard.links(type_, "Evaluation") if (label, row.target_key) in evaluated})
    return found


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("contributions.yes") if value else t("contributions.no")
    if isinstance(value, list):
        return spreadsheet_safe(" | ".join(str(v) for v in value))
    return spreadsheet_safe(str(value))


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM: a spreadsheet then reads the accents right


def _sheet(store: GraphStore, label: str, keys: list[str]) -> bytes:
    """The items in the workbook's columns (plus the contribution's own), links as keys separated by « | »."""
    kind = KINDS[label]
    columns = [p.name for p in kind.props] + [link.name for link in kind.links]
    targets = {link.name: {} for link in kind.links}
    for link in kind.links:
        for row in store.links(link.type, label):
            targets[link.name].setdefault(row.source_key, []).append(row.target_key)
    rows = []
    for key in keys:
        props = store.get(label, key) or {}
        rows.append([_cell(targets[c].get(key) if isinstance(kind.column_by_name.get(c), Link) else props.get(c))
                     for c in columns])
    return _csv(columns, rows)


@named("centre_exporter", "centre")
def export_centre(store: GraphStore, centre: str) -> bytes:
    """A ZIP of CSV files: one per kind the centre owns something of, and ``historique.csv`` (every change)."""
    guard = guarded(store)
    owned = centre_items(guard, centre)
    buffer = io.BytesIO()
    history = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for kind in KIND_LIST:
            keys = owned.get(kind.label, [])
            if keys:
                archive.writestr(f"{kind.sheet}.csv", _sheet(guard, kind.label, keys))
            for key in keys:
                history += [[_cell(v) for v in (kind.sheet, key, tr.at, french_moment(tr.at), tr.account, tr.centre,
                                                tr.action, tr.before, tr.after)] for tr in guard.history(kind.label, key)]
        header = [t(f"contributions.export.column.{name}") for name in
                  ("sheet", "key", "at", "when", "account", "centre", "action", "before", "after")]
        archive.writestr("historique.csv", _csv(header, history))
    return buffer.getvalue()


@dataclass(frozen=True)
class Deletion:
    counts: dict[str, int]          # label → items deleted
    orphans: list[str]              # other centres' reports that pointed to a deleted practice


@named("centre_supprimer", "centre")
def delete_centre_data(store: GraphStore, centre: str) -> Deletion:
    """Delete everything ``centre`` owns, all at once (the federation only, on the centre's request); each
    deletion is traced. Other centres' reports on its practices are kept, and listed."""
    guard = require_admin(store)
    owned = centre_items(guard, centre)
    practices = set(owned.get("Pratique", []))
    retours = set(owned.get("Retour", []))
    orphans = sorted(row.source_key for row in guard.links("REPREND", "Retour")
                     if row.target_key in practices and row.source_key not in retours)
    order = ["Evaluation", *guarding.OWNER_LINK, "Centre"]
    doomed = [(label, key) for label in order for key in owned.get(label, [])]
    # Deleted on request: their history goes too (only the fact of the erasure is kept).
    guard.apply([DeleteNode(label, key) for label, key in doomed] + [Forget(label, key) for label, key in doomed])
    return Deletion({label: len(owned.get(label, [])) for label in order}, orphans)

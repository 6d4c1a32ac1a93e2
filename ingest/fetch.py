"""The State's open data, fetched from where the State publishes it and kept on this computer.

``python -m ingest territoire 95 94`` (without ``--dossier``) fetches the files of
:data:`PUBLISHED` for these départements, then loads them with
:func:`ingest.opendata.load_opendata`, which records each file in the graph as a ``Source``
node (:mod:`ingest.provenance`): its address and the date it was downloaded, shown on the
home page. :data:`PUBLISHED` is the one table of the addresses:

- *Annuaire de l’éducation* (ministère de l’Éducation nationale), one file per département:
  the CSV export of the Opendatasoft API of data.education.gouv.fr, filtered on
  ``code_departement`` (three characters there: ``095``, ``02A``, ``971``); the whole
  export for ``--france``.
- *Communes de France* (code INSEE, name, département, population), one file for France:
  the stable address of the resource on data.gouv.fr, which always gives its latest version.
- *Contours des communes*, one GeoJSON per département (for ``--france`` too: the 101 of them),
  from the API Découpage administratif, geo.api.gouv.fr: the communes' positions and the map.
- *Quartiers prioritaires* (QPV): the State publishes the list in no form this loader reads
  at a stable address (the ANCT's 2024 list is a ZIP of shapefiles and GeoJSON; INSEE's
  figures are zipped spreadsheets), so the copy shipped in ``data/opendata`` is read, and
  a mirror (below) may serve a newer one as ``qpv.csv``.

These addresses were taken from the publishers' documentation and from public code that
uses them; they could not be tried from the machine this was written on (no Internet).

**The cache.** Each file is kept in ``PASSERELLES_DONNEES_OUVERTES`` (``var/donnees-ouvertes``)
under its name (``annuaire-education-95.csv``) beside a ``.json`` record: its address, when
this version was downloaded, when it was last checked, its ``ETag`` / ``Last-Modified``
and SHA-256. A file checked less than ``PASSERELLES_DONNEES_OUVERTES_JOURS`` days ago (7)
is read without the network; an older one is asked again, conditionally (``304 Not
Modified`` costs nothing); ``--rafraichir`` asks every source now. A new download with the
same content keeps the date of the first: loading it again writes nothing.

**Without network**, or when a source fails (an HTTP error, no answer within
:data:`READ_SECONDS`, a file over :data:`DOWNLOAD_LIMIT`), the copy in the cache is used and
the report says so; without one, the copy shipped with Passerelles for the datasets that
have one; otherwise nothing is loaded and :class:`DownloadFailed` names each address that
failed and how to load files already on the computer (``--dossier``).

**A mirror** (``PASSERELLES_DONNEES_OUVERTES_MIROIR``): each file is asked there under its
name (``https://miroir.exemple/annuaire-education-95.csv``) instead of the State's address
— for a network without Internet access, and for the tests, which serve real files from a
server on the loopback and never reach the Internet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from urllib.parse import quote, urlsplit

import requests

from graph.errors import PasserellesError
from graph.i18n import t
from graph.identifiers import check_departement
from graph.permissions import open_private, private_folder, write_private
from graph.settings import Settings
from ingest.demo import OPENDATA_DIR
from ingest.provenance import Origin, file_date
from queries.contributions import french_day

EDUCATION = "https://data.education.gouv.fr/api/explore/v2.1/catalog/datasets/fr-en-annuaire-education/exports/csv"
GEO = "https://geo.api.gouv.fr"
DATA_GOUV = "https://www.data.gouv.fr/fr/datasets/r"  # a resource's stable address: always its latest version
CONNECT_SECONDS = 10
READ_SECONDS = 120  # the longest wait for the next bytes: the API builds a national export as it sends it
DOWNLOAD_LIMIT = 200 * 1024 * 1024  # the whole annuaire is about 60 MB; the reader reads no more than this
USER_AGENT = "Passerelles (import des données ouvertes)"


@dataclass(frozen=True)
class Published:
    """A dataset the State publishes: its file's name in the cache, its addresses, the copy shipped with
    Passerelles. ``departement`` is the address of one département, with ``{departement}`` (95, 2A,
    971) or ``{code3}`` (095, 02A, 971) in it."""

    name: str
    suffix: str
    national: str | None = None
    departement: str | None = None
    bundled: Path | None = None


PUBLISHED: tuple[Published, ...] = (
    Published("annuaire-education", ".csv", national=f"{EDUCATION}?delimiter=%3B",
              departement=f"{EDUCATION}?delimiter=%3B&where=code_departement%3D%22{{code3}}%22"),
    Published("communes", ".csv", national=f"{DATA_GOUV}/f5df602b-3800-44d7-b2df-fa40a0350325",
              bundled=OPENDATA_DIR / "communes-france-2024.csv"),
    Published("qpv", ".csv", bundled=OPENDATA_DIR / "qpv-2015-demographie-2022.csv"),
    # Per département even for France: the contours of all the communes at once could pass the download limit.
    Published("contours-communes", ".geojson",
              departement=f"{GEO}/departements/{{departement}}/communes?format=geojson&geometry=contour"),
)
# The 101 départements, for the datasets published per département only.
FRANCE: tuple[str, ...] = (*(f"{number:02d}" for number in range(1, 96) if number != 20), "2A", "2B",
                           "971", "972", "973", "974", "976")


@dataclass(frozen=True)
class Wanted:
    """One file to fetch: a dataset for one département, or for all of France (``departement`` None)."""

    dataset: Published
    departement: str | None

    @property
    def file_name(self) -> str:
        if self.dataset.departement is None:
            return f"{self.dataset.name}{self.dataset.suffix}"
        return f"{self.dataset.name}-{self.departement or 'france'}{self.dataset.suffix}"

    @property
    def title(self) -> str:
        """What the file holds, in French: « Annuaire de l’éducation (95) »."""
        title = t(f"fetch.dataset.{self.dataset.name}")
        return f"{title} ({self.departement})" if self.departement else title

    def url(self, mirror: str = "") -> str | None:
        """Where to ask for the file: on ``mirror`` under its name, else at the State's address (None: none known)."""
        if mirror:
            return f"{mirror}/{quote(self.file_name)}"
        if self.departement is not None and self.dataset.departement is not None:
            return self.dataset.departement.format(departement=self.departement, code3=self.departement.zfill(3))
        return self.dataset.national


def wanted(departements: Sequence[str] | None) -> list[Wanted]:
    """The files a territory needs: per département when the dataset is published so, else for France.

    >>> files = wanted(["95", "2A"])
    >>> [w.file_name for w in files]  # doctest: +NORMALIZE_WHITESPACE
    ['annuaire-education-95.csv', 'annuaire-education-2A.csv', 'communes.csv', 'qpv.csv',
     'contours-communes-95.geojson', 'contours-communes-2A.geojson']
    >>> files[1].url().split("?")[1]
    'delimiter=%3B&where=code_departement%3D%2202A%22'
    >>> files[0].url("http://miroir.exemple/donnees")
    'http://miroir.exemple/donnees/annuaire-education-95.csv'
    >>> france = [w.file_name for w in wanted(None)]
    >>> france[:3], len(france), france[-1], files[3].url() is None
    (['annuaire-education-france.csv', 'communes.csv', 'qpv.csv'], 104, 'contours-communes-976.geojson', True)
    """
    found: list[Wanted] = []
    for dataset in PUBLISHED:
        if dataset.departement is None:
            scopes: Sequence[str | None] = [None]
        else:
            scopes = departements or (FRANCE if dataset.national is None else [None])
        found += [Wanted(dataset, departement) for departement in scopes]
    return found


class DownloadFailed(PasserellesError):
    """Files that could be neither downloaded nor found on this computer: nothing was loaded."""

    key = "fetch.failed_advice"

    def __init__(self, failures: Sequence[str], departements: str) -> None:
        super().__init__(self.key, departements=departements)
        self.failures = list(failures)

    def message(self) -> str:
        return "\n".join([*self.failures, super().message()])


def fetch_territory(settings: Settings, departements: Sequence[str] | None, *, refresh: bool = False,
                    tell: Callable[[str], None] | None = None, limit: int = DOWNLOAD_LIMIT) -> dict[Path, Origin]:
    """The files of the territory (all of France when ``departements`` is None), each with where it was
    downloaded from and when: fresh from the source, or from the cache (see the module's docstring).

    ``tell`` is given a French line per file (what was done). Raises :class:`DownloadFailed`,
    naming every address that failed, when a file can be neither downloaded nor found in the
    cache nor shipped with Passerelles.
    """
    say = tell or (lambda line: None)
    scope = [check_departement(d) for d in departements] if departements else None
    cache = settings.opendata_cache
    try:
        private_folder(cache)
    except OSError as error:
        raise PasserellesError("fetch.cache_unusable", folder=str(cache), error=error.strerror or error) from None
    found: dict[Path, Origin] = {}
    failures: list[str] = []
    with requests.Session() as http:
        http.headers["User-Agent"] = USER_AGENT
        for item in wanted(scope):
            try:
                path, origin = _fetch(http, item, cache / item.file_name, settings, refresh, limit, say)
            except _Failed as failure:
                failures.append(failure.message)
                continue
            found[path] = origin
    if failures:
        raise DownloadFailed(failures, " ".join(scope) if scope else "--france")
    return found


# --- one file --------------------------------------------------------------------------------------


@dataclass
class _Record:
    """What the cache knows of a file it holds (written beside it, as JSON)."""

    url: str
    downloaded: str  # when this version of the file was first downloaded
    checked: str  # when the source last confirmed it
    sha256: str
    size: int
    etag: str = ""
    last_modified: str = ""

    def origin(self, title: str, note: str | None = None) -> Origin:
        return Origin(title, self.url, self.downloaded, self.sha256, (note,) if note else ())


class _Failed(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Unreachable(Exception):
    """The source did not give the file; ``reason`` says why, in French."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _fetch(http: requests.Session, item: Wanted, target: Path, settings: Settings, refresh: bool, limit: int,
           say: Callable[[str], None]) -> tuple[Path, Origin]:
    url, bundled = item.url(settings.opendata_mirror), item.dataset.bundled
    if url is None:  # no address known: the copy shipped with Passerelles (every dataset has one or the other)
        assert bundled is not None, item
        say(t("fetch.bundled", dataset=item.title, file=bundled.name))
        return bundled, Origin(item.title, "", file_date(bundled))
    record = _read_record(target)
    same = record if record is not None and record.url == url else None  # a copy of this very address
    if same is not None and not refresh and _age_days(same.checked) < settings.opendata_max_age_days:
        days = settings.opendata_max_age_days
        say(t("fetch.fresh", dataset=item.title, date=french_day(same.downloaded), count=days,
              days=f"{days:g}".replace(".", ",")))
        return target, same.origin(item.title)
    try:
        new = _download(http, url, target, same, limit)
    except _Unreachable as problem:
        return _instead(item, url, target, record, problem.reason, say)
    if new is None:  # not modified since the copy (only a copy is asked conditionally)
        assert same is not None
        new = replace(same, checked=_now())
    elif record is not None and record.sha256 == new.sha256:
        new = replace(new, downloaded=record.downloaded)  # the same version as before: it keeps its date
    host = urlsplit(url).netloc
    if record is not None and record.sha256 == new.sha256:
        say(t("fetch.unchanged", dataset=item.title, host=host, date=french_day(new.downloaded)))
    else:
        say(t("fetch.downloaded", dataset=item.title, host=host, size=_size(new.size)))
    _write_record(target, new)
    return target, new.origin(item.title)


def _instead(item: Wanted, url: str, target: Path, record: _Record | None, reason: str,
             say: Callable[[str], None]) -> tuple[Path, Origin]:
    """The file to read when ``url`` did not give it: the cache's copy, else the copy shipped with Passerelles."""
    bundled = item.dataset.bundled
    if record is not None:
        note = t("fetch.using_cache", dataset=item.title, url=url, reason=reason, date=french_day(record.downloaded))
        say(note)
        return target, record.origin(item.title, note)
    if bundled is not None:
        note = t("fetch.using_bundled", dataset=item.title, url=url, reason=reason, file=bundled.name)
        say(note)
        return bundled, Origin(item.title, "", file_date(bundled), notes=(note,))
    raise _Failed(t("fetch.failed", dataset=item.title, url=url, reason=reason))


def _download(http: requests.Session, url: str, target: Path, record: _Record | None, limit: int) -> _Record | None:
    """Download ``url`` into ``target`` (through a temporary file: a download cut short leaves the cache as
    it was); None when the source says the version of ``record`` has not changed."""
    headers = {}
    if record is not None and target.is_file():
        if record.etag:
            headers["If-None-Match"] = record.etag
        if record.last_modified:
            headers["If-Modified-Since"] = record.last_modified
    part = target.with_name(f".{target.name}.part")
    too_big = t("fetch.reason.too_big", limit=limit // (1024 * 1024))
    try:
        with http.get(url, headers=headers, stream=True, timeout=(CONNECT_SECONDS, READ_SECONDS)) as response:
            if response.status_code == 304 and headers:
                return None
            if response.status_code != 200:
                raise _Unreachable(t("fetch.reason.http", status=response.status_code, reason=response.reason or ""))
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _Unreachable(too_big)
            digest, size = hashlib.sha256(), 0
            with open_private(part) as out:
                for chunk in response.iter_content(1 << 16):  # decompressed: the limit holds for what is written
                    size += len(chunk)
                    if size > limit:
                        raise _Unreachable(too_big)
                    digest.update(chunk)
                    out.write(chunk)
            now = _now()
            found = _Record(url, now, now, digest.hexdigest(), size, response.headers.get("ETag", ""),
                            response.headers.get("Last-Modified", ""))
        os.replace(part, target)
        return found
    except requests.Timeout:
        raise _Unreachable(t("fetch.reason.timeout")) from None
    except requests.ConnectionError:
        raise _Unreachable(t("fetch.reason.offline")) from None
    except requests.RequestException as error:
        raise _Unreachable(t("fetch.reason.other", error=type(error).__name__)) from None
    except OSError as error:
        raise PasserellesError("fetch.cache_unusable", folder=str(target.parent),
                               error=error.strerror or error) from None
    finally:
        part.unlink(missing_ok=True)


def _record_path(target: Path) -> Path:
    return target.with_name(f"{target.name}.json")


def _read_record(target: Path) -> _Record | None:
    """The cache's record of ``target``, or None when the file or its record is missing or unreadable."""
    if not target.is_file():
        return None
    try:
        return _Record(**json.loads(_record_path(target).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _write_record(target: Path, record: _Record) -> None:
    temporary = target.with_name(f".{target.name}.json.part")
    write_private(temporary, json.dumps(asdict(record), ensure_ascii=False, indent=1))
    os.replace(temporary, _record_path(target))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _age_days(stamp: str) -> float:
    try:
        return (dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(stamp)).total_seconds() / 86400
    except (ValueError, TypeError):
        return float("inf")


def _size(size: int) -> str:
    """« 850 ko », « 12,4 Mo »."""
    if size < 1_000_000:
        return f"{max(size // 1000, 1)} ko"
    return f"{size / 1_000_000:.1f} Mo".replace(".", ",")

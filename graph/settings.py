"""The one settings table of Passerelles.

Each setting has a name, a default and a line of help. A value comes from the
environment variable of that name, else from the same key at the top level of
``.streamlit/secrets.toml`` (in the current folder, then in the home folder), else
from the default. The embedded store is the default: nothing needs to be set to run
Passerelles on a laptop.

>>> Settings.load(environ={}, secrets={}).store
'embedded'
>>> Settings.load(environ={"PASSERELLES_STORE": "neo4j"}, secrets={}).store
'neo4j'
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.errors import SettingsError
from graph.i18n import t

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("PASSERELLES_STORE", "embedded",
            "Le magasin du graphe : « embedded » (sur cet ordinateur, sans serveur) ou « neo4j »."),
    Setting("PASSERELLES_DATA_DIR", str(PROJECT_ROOT / "var" / "graphe"),
            "Dossier du magasin embarqué (créé au besoin)."),
    Setting("PASSERELLES_NEO4J_URI", "bolt://localhost:7687",
            "Adresse du serveur Neo4j : bolt://, neo4j:// ou neo4j+s:// (Aura, grappe)."),
    Setting("PASSERELLES_NEO4J_USER", "neo4j", "Utilisateur Neo4j."),
    Setting("PASSERELLES_NEO4J_PASSWORD", "", "Mot de passe Neo4j (à mettre dans secrets.toml, jamais dans le dépôt).",
            secret=True),
    Setting("PASSERELLES_NEO4J_DATABASE", "neo4j", "Nom de la base Neo4j (« neo4j » en édition Community)."),
    Setting("PASSERELLES_NEO4J_ATTENTE", "10",
            "Secondes pendant lesquelles une opération réessaie quand Neo4j ne répond pas, avant de le dire."),
    Setting("PASSERELLES_CONTOURS", str(PROJECT_ROOT / "var" / "contours-communes.geojson"),
            "Fichier GeoJSON des contours de communes pour la carte, écrit par l’import des données ouvertes."),
    Setting("PASSERELLES_DONNEES_OUVERTES", str(PROJECT_ROOT / "var" / "donnees-ouvertes"),
            "Dossier où « python -m ingest territoire » garde les fichiers de données ouvertes téléchargés, "
            "avec leur adresse et leur date."),
    Setting("PASSERELLES_DONNEES_OUVERTES_JOURS", "7",
            "Âge, en jours, au-delà duquel un fichier téléchargé est redemandé à sa source ; plus récent, il est "
            "relu sur le disque sans réseau (« --rafraichir » le redemande quand même)."),
    Setting("PASSERELLES_DONNEES_OUVERTES_MIROIR", "",
            "Adresse d’un miroir des données ouvertes : chaque fichier y est demandé sous son nom "
            "(annuaire-education-95.csv, communes.csv…) au lieu de l’adresse de l’État. "
            "Vide : les adresses de l’État."),
    Setting("PASSERELLES_COMPTES", str(PROJECT_ROOT / "var" / "comptes.json"),
            "Fichier des comptes (identifiants, rôles, centres, mots de passe hachés), géré par « python -m graph.accounts »."),
    Setting("PASSERELLES_RESEAU", "non",
            "« non » : l’application ne répond qu’à cet ordinateur (127.0.0.1). « oui » : elle sert aussi les autres "
            "adresses (le réseau) ; il faut alors des comptes, sans quoi elle refuse de démarrer."),
    Setting("PASSERELLES_DEMO", "oui",
            "« oui » : au premier lancement, si le graphe est vide, l’application charge les données de démonstration."),
)

STORES = ("embedded", "neo4j")
YES, NO = frozenset({"oui", "yes", "true", "1", "vrai"}), frozenset({"non", "no", "false", "0", "faux", ""})


def secrets_files() -> list[Path]:
    return [Path.cwd() / ".streamlit" / "secrets.toml", Path.home() / ".streamlit" / "secrets.toml"]


def read_secrets() -> dict[str, Any]:
    """The top-level keys of the first ``secrets.toml`` found (empty when there is none)."""
    for path in secrets_files():
        if path.is_file():
            with path.open("rb") as handle:
                return tomllib.load(handle)
    return {}


@dataclass(frozen=True)
class Settings:
    values: Mapping[str, str]

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, secrets: Mapping[str, Any] | None = None) -> Settings:
        environ = os.environ if environ is None else environ
        secrets = read_secrets() if secrets is None else secrets
        values: dict[str, str] = {}
        for setting in SETTINGS:
            if setting.name in environ and environ[setting.name] != "":
                values[setting.name] = environ[setting.name]
            elif setting.name in secrets:
                values[setting.name] = str(secrets[setting.name])
            else:
                values[setting.name] = setting.default
        found = cls(values)
        if found.store not in STORES:
            raise SettingsError(name="PASSERELLES_STORE", value=found.store, expected=t("settings.store_expected"))
        found.neo4j_wait  # noqa: B018 — checked now, not when the server is first needed
        found.opendata_max_age_days  # noqa: B018
        found.network  # noqa: B018
        return found

    def __getitem__(self, name: str) -> str:
        return self.values[name]

    @property
    def store(self) -> str:
        return self.values["PASSERELLES_STORE"].strip().lower()

    def _path(self, name: str) -> Path:
        """The setting ``name`` as a path; a relative one is taken from the project's folder, not from
        the folder a command is run in (the same file, wherever the app or a command is started).

        >>> Settings.load(environ={"PASSERELLES_COMPTES": "var/x.json"}, secrets={}).accounts == PROJECT_ROOT / "var/x.json"
        True
        """
        path = Path(self.values[name]).expanduser()
        return path if path.is_absolute() else PROJECT_ROOT / path

    @property
    def data_dir(self) -> Path:
        return self._path("PASSERELLES_DATA_DIR")

    @property
    def presentations(self) -> Path:
        """The presentations' folder: ``presentations`` beside the embedded store's folder, whichever store is used."""
        return self.data_dir.parent / "presentations"

    @property
    def caches(self) -> Path:
        """What the app keeps to answer faster after a restart (the recommendations' index), beside the
        presentations."""
        return self.data_dir.parent / "caches"

    @property
    def accounts(self) -> Path:
        return self._path("PASSERELLES_COMPTES")

    @property
    def network(self) -> bool:
        """Whether the app serves other addresses than this computer's (an explicit « oui » only)."""
        answer = self.values["PASSERELLES_RESEAU"].strip().lower()
        if answer not in YES | NO:
            raise SettingsError(name="PASSERELLES_RESEAU", value=answer, expected=t("settings.yes_no_expected"))
        return answer in YES

    @property
    def boundaries(self) -> Path:
        return self._path("PASSERELLES_CONTOURS")

    @property
    def opendata_cache(self) -> Path:
        return self._path("PASSERELLES_DONNEES_OUVERTES")

    @property
    def opendata_max_age_days(self) -> float:
        """Days a downloaded file is used without asking its source again (0 to 3650)."""
        return self._number("PASSERELLES_DONNEES_OUVERTES_JOURS", 0, 3650, "settings.days_expected")

    @property
    def opendata_mirror(self) -> str:
        return self.values["PASSERELLES_DONNEES_OUVERTES_MIROIR"].strip().rstrip("/")

    @property
    def neo4j_wait(self) -> float:
        """Seconds the driver retries an operation while Neo4j does not answer (0.5 to 600)."""
        return self._number("PASSERELLES_NEO4J_ATTENTE", 0.5, 600, "settings.wait_expected")

    def _number(self, name: str, lowest: float, highest: float, expected: str) -> float:
        """The setting ``name`` as a number (a decimal comma allowed) between ``lowest`` and ``highest``."""
        text = self.values[name].strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            number = lowest - 1
        if not lowest <= number <= highest:
            raise SettingsError(name=name, value=text, expected=t(expected))
        return number

    @property
    def demo_on_first_run(self) -> bool:
        return self.values["PASSERELLES_DEMO"].strip().lower() in YES

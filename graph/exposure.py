"""Who the app may serve, decided at every run and failing closed.

- **Laptop mode**: no account was ever configured. The person at this computer is the
  administrator, so the app serves this computer only: the visitor's address must be
  ``127.0.0.1`` or ``::1``; every other one is refused, even ``127.0.0.2``.
- **Accounts**: the accounts file holds accounts; a visitor reads until signed in. The app
  still serves this computer only, unless ``PASSERELLES_RESEAU=oui`` opens it to the network.
- **Closed**: accounts were configured (the mark left beside the file,
  :data:`graph.accounts.MARKER_SUFFIX`) and the file is now missing, unreadable, corrupt or
  empty; or the network is asked for without any account. Nobody is served — never the
  administrator-for-everyone of the laptop mode — until the file is put back.

``python -m graph.exposure`` says the mode in French on the terminal, narrows the rights of
the files the app keeps (:mod:`graph.permissions`), and prints the address to listen on
(``127.0.0.1``, or ``0.0.0.0`` for the network); the launcher (``./passerelles demo``) uses it.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> settings = Settings.load(environ={"PASSERELLES_COMPTES": str(folder / "comptes.json")}, secrets={})
>>> exposure(settings).mode
<Mode.LAPTOP: 'portable'>
>>> exposure(settings).serves("192.168.1.20"), exposure(settings).serves(None)
(False, True)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import StrEnum
from ipaddress import IPv6Address, ip_address
from pathlib import Path

from graph.accounts import AccountBook, AccountError
from graph.errors import PasserellesError
from graph.i18n import counted, t
from graph.permissions import tighten
from graph.sessions import database_path, secret_path
from graph.settings import Settings

LOOPBACK = "127.0.0.1"
EVERY_ADDRESS = "0.0.0.0"
_LOCAL = {ip_address("127.0.0.1"), ip_address("::1")}


class Mode(StrEnum):
    LAPTOP = "portable"
    ACCOUNTS = "comptes"


class Closed(PasserellesError):
    """The app must serve nobody. Its message names files: it is for the terminal and the server's
    log; a visitor is told ``exposure.closed_public`` with a reference instead."""


@dataclass(frozen=True)
class Exposure:
    mode: Mode
    network: bool
    accounts: int
    path: Path

    def serves(self, address: str | None) -> bool:
        """Whether a visitor from ``address`` is served (``None``: this computer, see :func:`is_local`)."""
        return self.network or is_local(address)

    def summary(self) -> str:
        """The mode in one French sentence, for the terminal."""
        if self.mode is Mode.LAPTOP:
            return t("exposure.laptop")
        return t("exposure.network" if self.network else "exposure.accounts_local",
                 accounts=counted("comptes", self.accounts), path=self.path)


def is_local(address: str | None) -> bool:
    """Whether a visitor's address is this computer's own: ``127.0.0.1`` or ``::1`` (written as IPv6 too,
    when the server listens on both), or ``None`` (Streamlit's ``st.context.ip_address`` for those).

    >>> [is_local(a) for a in (None, "127.0.0.1", "::1", "::ffff:127.0.0.1", "127.0.0.2", "192.168.1.20", "x")]
    [True, True, True, True, False, False, False]
    """
    if address is None:
        return True
    try:
        found = ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(found, IPv6Address) and found.ipv4_mapped is not None:
        found = found.ipv4_mapped
    return found in _LOCAL


def exposure(settings: Settings | None = None) -> Exposure:
    """The mode the app is in now; raises :class:`Closed` when it must serve nobody."""
    settings = settings or Settings.load()
    book = AccountBook(settings.accounts)
    marker = book.marker
    try:
        accounts = book.accounts()
    except AccountError as error:
        raise Closed("exposure.accounts_unreadable", path=book.path, error=error.params.get("error", ""),
                     marker=marker) from error
    if not accounts and marker.exists():
        reason = "exposure.accounts_empty" if book.path.exists() else "exposure.accounts_missing"
        raise Closed(reason, path=book.path, marker=marker)
    if accounts and not marker.exists():
        try:
            book.mark_configured()  # a file put there by hand, or written before the mark existed
        except OSError:
            pass  # a read-only folder: the accounts still apply; only a later loss would go unnoticed
    if not accounts and settings.network:
        raise Closed("exposure.network_without_accounts", path=book.path)
    return Exposure(Mode.ACCOUNTS if accounts else Mode.LAPTOP, settings.network, len(accounts), book.path)


def private_paths(settings: Settings) -> list[Path]:
    """What the app keeps on disk and nobody else should read: the embedded store (conflict narratives
    included), the presentations, the recommendations' index (drafts included, for the federation's view), the
    accounts with their mark, history, sessions and signing secret, the open data's cache and outlines."""
    book = AccountBook(settings.accounts)
    return [settings.data_dir, settings.presentations, settings.caches, book.path, book.marker, book.history_path,
            database_path(book.path), secret_path(book.path),
            book.path.with_name(book.path.name + ".lock"), settings.opendata_cache, settings.boundaries]


def tighten_files(settings: Settings) -> list[str]:
    """Narrow the rights of :func:`private_paths`; a French line per path narrowed."""
    lines = []
    for path, count in tighten(private_paths(settings)).items():
        key = "exposure.not_tightened" if count < 0 else "exposure.tightened"
        lines.append(t(key, path=path, changed=counted("droits", max(count, 0))))
    return lines


def listen_address() -> str | None:
    """Say the mode and narrow the files' rights (on standard error); the address to listen on, or ``None`` when
    the app must not start (said why). Before Streamlit starts: ``./passerelles demo``, ``passerelles demo``."""
    try:
        settings = Settings.load()
        found = exposure(settings)
    except PasserellesError as error:
        print(error.message(), file=sys.stderr)
        return None
    for line in [found.summary(), *tighten_files(settings)]:
        print(line, file=sys.stderr)
    return EVERY_ADDRESS if found.network else LOOPBACK


def main(argv: list[str] | None = None) -> int:
    """Print the address to listen on (see :func:`listen_address`); 2 when the app must not start."""
    del argv
    address = listen_address()
    if address is None:
        return 2
    print(address)
    return 0


if __name__ == "__main__":
    sys.exit(main())

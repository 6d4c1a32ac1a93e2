"""Accounts: who may sign in, with which role and for which centres.

The accounts live in one JSON file beside the app (setting ``PASSERELLES_COMPTES``), never
in the graph: the graph is shared with every query, password hashes must not be. Passwords
are kept as Argon2id hashes (``argon2-cffi``); a person signed in through the federation's
OpenID Connect provider is found by e-mail. Writes go through a file lock and an atomic
replace, so two administrators adding accounts at once lose nothing.

    python -m graph.accounts ajouter ana --role administrateur
    python -m graph.accounts ajouter tilleuls --role contributeur --centre CS95-001 --courriel x@y.fr
    python -m graph.accounts lister

>>> import tempfile, pathlib
>>> book = AccountBook(pathlib.Path(tempfile.mkdtemp()) / "comptes.json")
>>> book.add("tilleuls", Role.CONTRIBUTOR, ["CS95-001"], "un mot de passe long")
>>> book.sign_in("tilleuls", "un mot de passe long")
Access(role=<Role.CONTRIBUTOR: 'contributeur'>, centres=frozenset({'CS95-001'}), account='tilleuls')
>>> book.sign_in("tilleuls", "mauvais") is None
True
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from filelock import FileLock

from graph.errors import PasserellesError
from graph.i18n import t
from graph.permissions import PRIVATE_FILE, private_folder, write_private
from queries.access import Access, Role

MIN_PASSWORD = 12
# Written beside the accounts file the first time it holds an account, and never removed by Passerelles:
# that accounts were configured outlives the file (deleted, moved, emptied, corrupted), so that the app
# stops instead of serving everyone as its administrator (:mod:`graph.exposure`).
MARKER_SUFFIX = ".en-service"
_HASHER = PasswordHasher()
# Checked when the account does not exist, so that an unknown name takes as long as a wrong password.
_DUMMY = _HASHER.hash("passerelles: compte inconnu")


class AccountError(PasserellesError):
    key = "accounts.invalid"


@dataclass
class Account:
    identifiant: str
    role: str
    centres: list[str] = field(default_factory=list)
    courriel: str = ""
    hachage: str = ""

    def access(self) -> Access:
        return Access(Role(self.role), frozenset(self.centres), self.identifiant)


class AccountBook:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = FileLock(str(self.path) + ".lock", timeout=30, mode=PRIVATE_FILE)

    def _locked(self) -> FileLock:
        private_folder(self.path.parent)  # first: taking the lock would make the folder with open rights
        return self._lock

    @property
    def marker(self) -> Path:
        """The mark left beside the file once it held an account (see :data:`MARKER_SUFFIX`)."""
        return self.path.with_name(self.path.name + MARKER_SUFFIX)

    def mark_configured(self) -> None:
        if not self.marker.exists():
            write_private(self.marker, t("accounts.marker", path=self.path.name) + "\n")

    def _read(self) -> dict[str, Account]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            accounts = [Account(**row) for row in data.get("comptes", [])]
            for account in accounts:
                Role(account.role)
        except FileNotFoundError:
            return {}
        # A file cut short, edited by hand or of another shape: named, never taken for « no account ».
        except (OSError, ValueError, TypeError, AttributeError) as error:
            raise AccountError("accounts.unreadable", path=str(self.path), error=str(error)) from error
        return {account.identifiant: account for account in accounts}

    def _write(self, accounts: dict[str, Account]) -> None:
        private_folder(self.path.parent)
        text = json.dumps({"comptes": [asdict(a) for a in sorted(accounts.values(), key=lambda a: a.identifiant)]},
                          ensure_ascii=False, indent=2)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, PRIVATE_FILE)
        os.replace(temporary, self.path)
        if accounts:
            self.mark_configured()

    def accounts(self) -> list[Account]:
        """Every account, hashes left out."""
        return [Account(a.identifiant, a.role, list(a.centres), a.courriel) for a in self._read().values()]

    def add(self, identifiant: str, role: Role, centres: Iterable[str] = (), password: str = "",
            courriel: str = "") -> None:
        """Create or replace an account; a password is required unless the person signs in by e-mail (SSO)."""
        identifiant = identifiant.strip()
        if not identifiant:
            raise AccountError("accounts.no_name")
        centres = sorted(set(centres))
        if role is Role.CONTRIBUTOR and not centres:
            raise AccountError("accounts.no_centre", name=identifiant)
        if password and len(password) < MIN_PASSWORD:
            raise AccountError("accounts.short_password", minimum=MIN_PASSWORD)
        if not password and not courriel:
            raise AccountError("accounts.no_way_in", name=identifiant)
        with self._locked():
            accounts = self._read()
            accounts[identifiant] = Account(identifiant, role.value, centres, courriel.strip().lower(),
                                            _HASHER.hash(password) if password else "")
            self._write(accounts)

    def remove(self, identifiant: str) -> bool:
        with self._locked():
            accounts = self._read()
            found = accounts.pop(identifiant, None) is not None
            self._write(accounts)
        return found

    def sign_in(self, identifiant: str, password: str) -> Access | None:
        """The access of the account, if the password is its own; ``None`` otherwise."""
        account = self._read().get(identifiant.strip())
        try:
            _HASHER.verify(account.hachage if account and account.hachage else _DUMMY, password)
        except (VerificationError, InvalidHashError):
            return None
        return account.access() if account and account.hachage else None

    def by_email(self, courriel: str) -> Access | None:
        """The access of the account with this e-mail (a person signed in by the federation's provider)."""
        wanted = courriel.strip().lower()
        for account in self._read().values():
            if wanted and account.courriel == wanted:
                return account.access()
        return None


def main(argv: list[str] | None = None) -> int:
    from graph.settings import Settings

    parser = argparse.ArgumentParser(prog="python -m graph.accounts", description=t("accounts.cli.description"))
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("ajouter", help=t("accounts.cli.add"))
    add.add_argument("identifiant")
    add.add_argument("--role", choices=[role.value for role in Role], required=True)
    add.add_argument("--centre", action="append", default=[], help=t("accounts.cli.centre"))
    add.add_argument("--courriel", default="", help=t("accounts.cli.email"))
    add.add_argument("--sans-mot-de-passe", action="store_true", help=t("accounts.cli.no_password"))
    commands.add_parser("lister", help=t("accounts.cli.list"))
    remove = commands.add_parser("supprimer", help=t("accounts.cli.remove"))
    remove.add_argument("identifiant")
    args = parser.parse_args(argv)
    book = AccountBook(Settings.load().accounts)
    try:
        if args.command == "ajouter":
            password = "" if args.sans_mot_de_passe else (
                sys.stdin.readline().rstrip("\n") if not sys.stdin.isatty() else getpass.getpass(t("accounts.cli.ask")))
            book.add(args.identifiant, Role(args.role), args.centre, password, args.courriel)
            print(t("accounts.cli.added", name=args.identifiant, role=Role(args.role).title))
        elif args.command == "lister":
            for account in book.accounts():
                print(f"{account.identifiant}\t{Role(account.role).title}\t{', '.join(account.centres)}\t{account.courriel}")
        elif not book.remove(args.identifiant):
            print(t("accounts.cli.unknown", name=args.identifiant), file=sys.stderr)
            return 1
        elif not book.accounts():
            print(t("accounts.cli.last_removed", marker=book.marker), file=sys.stderr)
    except PasserellesError as error:
        print(error.message(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

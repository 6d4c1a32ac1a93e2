"""Accounts: who may sign in, with which role and for which centres.

The accounts live in one JSON file beside the app (setting ``PASSERELLES_COMPTES``), never
in the graph: the graph is shared with every query, password hashes must not be. Passwords
are kept as Argon2id hashes (``argon2-cffi``), chosen under the policy of
:mod:`graph.passwords`; a person signed in through the federation's OpenID Connect provider
is found by e-mail. Writes go through a file lock and an atomic replace, so two
administrators adding accounts at once lose nothing.

Every account carries a ``version``, one more at each change (role, centres, e-mail,
password, disabled): a session opened under an older version is over (``ui/session.py``
checks it at every run), so a deleted or changed account is signed out everywhere. Every
change is appended to the accounts' history, a JSON-lines file beside them
(``comptes.historique.jsonl``): who, when, what it was and became — never a hash. It is
kept there, not in the graph's history, because the graph is read by every query and
exported to readers, and accounts (e-mails included) never go into the graph.

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
import dataclasses
import datetime as dt
import functools
import getpass
import json
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Collection, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from filelock import FileLock

from graph.access import Access, Role
from graph.errors import AccessDenied, PasserellesError
from graph.i18n import t
from graph.passwords import MIN_PASSWORD, check_password, temporary_password
from graph.permissions import PRIVATE_FILE, private_folder, write_private

__all__ = ["MARKER_SUFFIX", "MIN_PASSWORD", "Account", "AccountBook", "AccountChange", "AccountError", "administered"]

# Written beside the accounts file the first time it holds an account, and never removed by Passerelles:
# that accounts were configured outlives the file (deleted, moved, emptied, corrupted), so that the app
# stops instead of serving everyone as its administrator (:mod:`graph.exposure`).
MARKER_SUFFIX = ".en-service"

_HASHER = PasswordHasher()


@functools.cache
def _dummy() -> str:
    """Checked when the account does not exist, so that an unknown name takes as long as a wrong password.

    Made at the first sign-in, not at import: an Argon2 hash costs 64 MiB and a tenth of a second, which a
    command that lists accounts does not need."""
    return _HASHER.hash("passerelles: compte inconnu")


# What the history shows of an account: everything but the hash.
SHOWN = ("role", "centres", "courriel", "actif", "a_changer")


class AccountError(PasserellesError):
    key = "accounts.invalid"


@dataclass(frozen=True)
class Account:
    identifiant: str
    role: str
    centres: list[str] = field(default_factory=list)
    courriel: str = ""
    hachage: str = ""
    version: int = 1        # one more at every change: a session opened under an older one is over
    actif: bool = True      # a disabled account keeps its history and signs in no more
    a_changer: bool = False  # a password given by the federation: the person chooses their own at next sign-in

    def access(self) -> Access:
        return Access(Role(self.role), frozenset(self.centres), self.identifiant)

    def shown(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in SHOWN}


@dataclass(frozen=True)
class AccountChange:
    """One entry of the accounts' history (``avant``/``apres``: the account's :data:`SHOWN` fields, and
    ``mot_de_passe`` when the password changed — never the password nor its hash)."""

    le: str
    par: str
    action: str  # creation, modification, desactivation, reactivation, reinitialisation, mot_de_passe, suppression
    compte: str
    avant: dict[str, Any]
    apres: dict[str, Any]


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

    @property
    def history_path(self) -> Path:
        return self.path.with_name(self.path.stem + ".historique.jsonl")

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

    def _current(self) -> dict[str, Account]:
        """The accounts as last written, read again only when the file changed (a stat at every page run)."""
        return _CACHE.read(self.path, self._read)

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

    def _change(self, by: str, action: str, name: str,
                edit: Callable[[dict[str, Account]], tuple[Account | None, Account | None]]) -> Account | None:
        """Apply ``edit`` to the accounts under the lock (it returns the account before and after), check that an
        active administrator remains, write, and append the change to the history."""
        with self._locked():
            accounts = self._read()
            had_admin = _active_admins(accounts)
            before, after = edit(accounts)
            action = action or ("modification" if before else "creation")
            if had_admin and accounts and not _active_admins(accounts):
                raise AccountError("accounts.last_admin", name=name)
            self._write(accounts)
            self._record(AccountChange(_now(), by or _terminal_author(), action, name,
                                       before.shown() if before else {}, after.shown() if after else {}),
                         password=action in ("creation", "reinitialisation", "mot_de_passe") and after is not None
                         and bool(after.hachage))
        return after

    def _record(self, change: AccountChange, password: bool) -> None:
        if password:
            change.apres["mot_de_passe"] = t("accounts.history.temporary") if change.apres.get("a_changer") \
                else t("accounts.history.new_password")
        line = json.dumps(asdict(change), ensure_ascii=False, sort_keys=True) + "\n"
        descriptor = os.open(self.history_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
        with os.fdopen(descriptor, "a", encoding="utf-8") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())

    # --- reading ---------------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """Every account, hashes left out."""
        return [dataclasses.replace(a, hachage="") for a in self._current().values()]

    def get(self, identifiant: str) -> Account | None:
        """The account as it is now (hash left out), or ``None`` when there is none by that name."""
        found = self._current().get(identifiant)
        return dataclasses.replace(found, hachage="") if found else None

    def history(self) -> list[AccountChange]:
        """Every change of the accounts, oldest first."""
        try:
            lines = self.history_path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        return [AccountChange(**json.loads(line)) for line in lines if line.strip()]

    # --- writing ---------------------------------------------------------------------------------

    def add(self, identifiant: str, role: Role, centres: Iterable[str] = (), password: str = "",
            courriel: str = "", *, by: str = "", known_centres: Collection[str] | None = None,
            new_only: bool = False, temporary: bool = False) -> None:
        """Create or replace an account; a password is required unless the person signs in by e-mail (SSO).

        ``known_centres``: the graph's centres, against which the account's are checked; ``new_only``: refuse
        to replace an account of that name; ``temporary``: the person must choose a new password at next sign-in."""
        identifiant = identifiant.strip()
        if not identifiant:
            raise AccountError("accounts.no_name")
        centres = _checked_centres(identifiant, role, centres, known_centres)
        if password:
            check_password(password, role, identifiant, courriel)
        if not password and not courriel:
            raise AccountError("accounts.no_way_in", name=identifiant)
        hashed = _HASHER.hash(password) if password else ""

        def edit(accounts: dict[str, Account]) -> tuple[Account | None, Account | None]:
            before = accounts.get(identifiant)
            if before and new_only:
                raise AccountError("accounts.exists", name=identifiant)
            accounts[identifiant] = Account(identifiant, role.value, centres, courriel.strip().lower(), hashed,
                                            before.version + 1 if before else 1, True, temporary and bool(hashed))
            return before, accounts[identifiant]

        self._change(by, "", identifiant, edit)

    def update(self, identifiant: str, *, by: str = "", role: Role | None = None, centres: Iterable[str] | None = None,
               courriel: str | None = None, known_centres: Collection[str] | None = None) -> Account:
        """Change the role, centres or e-mail of an account (its password stays); its sessions end."""

        def edit(accounts: dict[str, Account]) -> tuple[Account | None, Account | None]:
            before = _existing(accounts, identifiant)
            new_role = role or Role(before.role)
            chosen = _checked_centres(identifiant, new_role, before.centres if centres is None else centres,
                                      known_centres if centres is not None else None)
            email = before.courriel if courriel is None else courriel.strip().lower()
            if not before.hachage and not email:
                raise AccountError("accounts.no_way_in", name=identifiant)
            accounts[identifiant] = dataclasses.replace(before, role=new_role.value, centres=chosen, courriel=email,
                                                        version=before.version + 1)
            return before, accounts[identifiant]

        return self._public(self._change(by, "modification", identifiant, edit))

    def set_active(self, identifiant: str, active: bool, *, by: str = "") -> Account:
        """Disable an account (it signs in no more, its sessions end) or enable it again."""

        def edit(accounts: dict[str, Account]) -> tuple[Account | None, Account | None]:
            before = _existing(accounts, identifiant)
            accounts[identifiant] = dataclasses.replace(before, actif=active, version=before.version + 1)
            return before, accounts[identifiant]

        return self._public(self._change(by, "reactivation" if active else "desactivation", identifiant, edit))

    def reset_password(self, identifiant: str, *, by: str = "") -> str:
        """Give the account a temporary password, returned to be handed over; the person replaces it at the next
        sign-in, and the account's sessions end."""
        password = temporary_password()
        hashed = _HASHER.hash(password)

        def edit(accounts: dict[str, Account]) -> tuple[Account | None, Account | None]:
            before = _existing(accounts, identifiant)
            accounts[identifiant] = dataclasses.replace(before, hachage=hashed, a_changer=True,
                                                        version=before.version + 1)
            return before, accounts[identifiant]

        self._change(by, "reinitialisation", identifiant, edit)
        return password

    def change_password(self, identifiant: str, password: str, *, by: str = "",
                        expected_version: int | None = None) -> Account:
        """The person's own new password (checked by the policy); the account's other sessions end.
        ``expected_version``: refused if the account changed since the person signed in."""

        def edit(accounts: dict[str, Account]) -> tuple[Account | None, Account | None]:
            before = _existing(accounts, identifiant)
            if expected_version is not None and before.version != expected_version:
                raise AccountError("accounts.changed_meanwhile", name=identifiant)
            check_password(password, Role(before.role), identifiant, before.courriel)
            accounts[identifiant] = dataclasses.replace(before, hachage=_HASHER.hash(password), a_changer=False,
                                                        version=before.version + 1)
            return before, accounts[identifiant]

        return self._public(self._change(by or identifiant, "mot_de_passe", identifiant, edit))

    def remove(self, identifiant: str, *, by: str = "") -> bool:
        """Delete an account (its sessions end); ``False`` when there is none by that name."""

        def edit(accounts: dict[str, Account]) -> tuple[Account | None, Account | None]:
            before = _existing(accounts, identifiant)
            del accounts[identifiant]
            return before, None

        try:
            self._change(by, "suppression", identifiant, edit)
        except AccountError as error:
            if error.key == "accounts.unknown":
                return False
            raise
        return True

    @staticmethod
    def _public(account: Account | None) -> Account:
        assert account is not None
        return dataclasses.replace(account, hachage="")

    # --- signing in ------------------------------------------------------------------------------

    def verify(self, identifiant: str, password: str) -> Account | None:
        """The account (hash left out, disabled or not), if the password is its own; ``None`` otherwise."""
        dummy = _dummy()  # before the look-up: the first sign-in costs the same, whoever it names
        account = self._current().get(identifiant.strip())
        try:
            _HASHER.verify(account.hachage if account and account.hachage else dummy, password)
        except (VerificationError, InvalidHashError):
            return None
        return dataclasses.replace(account, hachage="") if account and account.hachage else None

    def sign_in(self, identifiant: str, password: str) -> Access | None:
        """The access of the account, if the password is its own and the account active; ``None`` otherwise."""
        account = self.verify(identifiant, password)
        return account.access() if account and account.actif else None

    def by_email(self, courriel: str) -> Access | None:
        """The access of the active account with this e-mail (a person signed in by the federation's provider)."""
        wanted = courriel.strip().lower()
        for account in self._current().values():
            if wanted and account.courriel == wanted and account.actif:
                return account.access()
        return None


def administered(path: Path, who: Access) -> AccountBook:
    """The accounts as an administrator changes them from the app. Checked here, below the page: a button's
    callback runs before the page's own check, in a tab whose account was just made a contributor."""
    if who.role is not Role.ADMIN:
        raise AccessDenied("access.accounts_admin_only")
    return AccountBook(path)


class _StatCache:
    """The accounts of each file, kept while the file's inode, size and modification time stay the same (an
    atomic replace always gives a new inode, so no write is missed even within one tick of the clock)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[Path, tuple[tuple[int, int, int], dict[str, Account]]] = {}

    def read(self, path: Path, read: Callable[[], dict[str, Account]]) -> dict[str, Account]:
        try:
            info = path.stat()
        except OSError:
            return read()  # missing or unreachable: the reader says what that means
        stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
        with self._lock:
            kept = self._kept.get(path)
            if kept and kept[0] == stamp:
                return kept[1]
        found = read()
        with self._lock:
            self._kept[path] = (stamp, found)
        return found


_CACHE = _StatCache()


def _existing(accounts: dict[str, Account], identifiant: str) -> Account:
    if identifiant not in accounts:
        raise AccountError("accounts.unknown", name=identifiant)
    return accounts[identifiant]


def _checked_centres(identifiant: str, role: Role, centres: Iterable[str],
                     known: Collection[str] | None) -> list[str]:
    chosen = sorted({code.strip() for code in centres if code.strip()})
    if role is Role.CONTRIBUTOR and not chosen:
        raise AccountError("accounts.no_centre", name=identifiant)
    if known is not None and (unknown := [code for code in chosen if code not in known]):
        raise AccountError("accounts.unknown_centre", count=len(unknown), codes=", ".join(unknown), name=identifiant)
    return chosen


def _active_admins(accounts: dict[str, Account]) -> int:
    return sum(1 for a in accounts.values() if a.role == Role.ADMIN.value and a.actif)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _terminal_author() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return t("accounts.history.terminal", user=user)


def graph_centres() -> set[str]:
    """The centres of the graph the settings name (what an account's centres are checked against)."""
    from graph.backends import open_store
    from graph.settings import Settings

    store = open_store(Settings.load())
    try:
        return store.keys("Centre")
    finally:
        store.close()


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
    commands.add_parser("historique", help=t("accounts.cli.history"))
    for name in ("supprimer", "desactiver", "reactiver", "reinitialiser"):
        commands.add_parser(name, help=t(f"accounts.cli.{name}")).add_argument("identifiant")
    args = parser.parse_args(argv)
    book = AccountBook(Settings.load().accounts)
    try:
        return _run(book, args)
    except PasserellesError as error:
        print(error.message(), file=sys.stderr)
        return 2


def _run(book: AccountBook, args: argparse.Namespace) -> int:
    if args.command == "ajouter":
        password = "" if args.sans_mot_de_passe else (
            sys.stdin.readline().rstrip("\n") if not sys.stdin.isatty() else getpass.getpass(t("accounts.cli.ask")))
        book.add(args.identifiant, Role(args.role), args.centre, password, args.courriel,
                 known_centres=graph_centres() if args.centre else None)
        print(t("accounts.cli.added", name=args.identifiant, role=Role(args.role).title))
    elif args.command == "lister":
        for account in book.accounts():
            state = "" if account.actif else t("accounts.cli.disabled")
            print(f"{account.identifiant}\t{Role(account.role).title}\t{', '.join(account.centres)}\t"
                  f"{account.courriel}\t{state}".rstrip())
    elif args.command == "historique":
        for change in book.history():
            print(f"{change.le}\t{change.par}\t{change.action}\t{change.compte}\t"
                  f"{json.dumps(change.avant, ensure_ascii=False)} → {json.dumps(change.apres, ensure_ascii=False)}")
    elif args.command == "supprimer":
        if not book.remove(args.identifiant):
            print(t("accounts.cli.unknown", name=args.identifiant), file=sys.stderr)
            return 1
        if not book.accounts():
            print(t("accounts.cli.last_removed", marker=book.marker), file=sys.stderr)
    elif args.command in ("desactiver", "reactiver"):
        book.set_active(args.identifiant, args.command == "reactiver")
        print(t(f"accounts.cli.{args.command}_done", name=args.identifiant))
    elif args.command == "reinitialiser":
        print(t("accounts.cli.reset_done", name=args.identifiant, password=book.reset_password(args.identifiant)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Who is signed in, and who has been guessing: kept beside the accounts file, not in a browser tab.

Streamlit forgets everything about a tab when the page is reloaded, so what must outlive a
reload is kept on the server, in one SQLite file beside the accounts (``comptes.connexions.sqlite3``,
readable by the app's user only):

* **sessions** — a row per sign-in: the account, its version then, when it was opened and last
  seen. The browser keeps only a signed token naming the row (:meth:`SessionBook.token`,
  ``itsdangerous`` with a secret kept beside the accounts, 0600). A session ends after
  :data:`IDLE_SECONDS` without use, :data:`LIFETIME_SECONDS` after it opened, when its person signs
  out, and as soon as its account is deleted, disabled or changed (the account's version moves on).
  A browser receives its token by redeeming a one-time ticket, valid one minute
  (:meth:`SessionBook.ticket`): the token itself never appears in a page.
* **throttle** — failed sign-ins counted per account name and per client address
  (:class:`Throttle`): a few are free, then each failure doubles the pause before the next try,
  up to :data:`MAX_PAUSE_SECONDS`; reloading the page, or opening another tab, changes nothing.
  The pause is checked before the password: during it, even the right one is not tried.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> sessions = SessionBook(folder / "comptes.json")
>>> opened = sessions.open("tilleuls", version=3, now=1000.0)
>>> sessions.check(sessions.read_token(sessions.token(opened)), now=2000.0)
Session(id='...', account='tilleuls', version=3)
>>> sessions.check(opened, now=1000.0 + IDLE_SECONDS + 2000.0) is None  # twelve hours without use
True
>>> throttle = Throttle(folder / "comptes.json")
>>> keys = throttle_keys("tilleuls", "192.0.2.7")
>>> [throttle.failed(keys, now=100.0) for _ in range(FREE_TRIES + 2)]
[0.0, 0.0, 0.0, 0.0, 30.0, 60.0, 120.0]
>>> throttle.wait(keys, now=150.0)
70.0
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from itsdangerous import BadSignature, URLSafeTimedSerializer

from graph.permissions import PRIVATE_FILE, private_folder

IDLE_SECONDS = 12 * 3600           # a working day, so a tab left open overnight asks again in the morning
LIFETIME_SECONDS = 7 * 24 * 3600   # a week at most, however much it is used
TICKET_SECONDS = 60
TOUCH_SECONDS = 60                 # « last seen » written at most once a minute per session
FREE_TRIES = 5                     # tries before the first pause, per account name…
FREE_TRIES_ADDRESS = 10            # …and per address (colleagues behind one office router share it)
FIRST_PAUSE_SECONDS = 30.0
MAX_PAUSE_SECONDS = 15 * 60.0      # a pause never longer: a guesser cannot lock the real person out for long
FORGET_SECONDS = 24 * 3600.0       # a day without failure and the count starts again
COOKIE = "passerelles_session"

_SCHEMA = """
create table if not exists sessions (id text primary key, compte text not null, version integer not null,
                                     ouverte real not null, vue real not null);
create index if not exists sessions_compte on sessions (compte);
create table if not exists tickets (ticket text primary key, session text not null, expire real not null);
create table if not exists essais (cle text primary key, echecs integer not null, dernier real not null,
                                   pause_jusqua real not null);
"""


@dataclass(frozen=True)
class Session:
    id: str
    account: str
    version: int

    def __repr__(self) -> str:  # the id is a secret: never in a log or a doctest
        return f"Session(id='...', account={self.account!r}, version={self.version})"


def database_path(accounts: Path) -> Path:
    return accounts.with_name(accounts.stem + ".connexions.sqlite3")


def secret_path(accounts: Path) -> Path:
    return accounts.with_name(accounts.stem + ".cle")


_READY: set[Path] = set()  # files whose tables this process has made sure of


@contextlib.contextmanager
def _connected(accounts: Path) -> Iterator[sqlite3.Connection]:
    """One short transaction on the file beside ``accounts`` (created 0600 with its tables at first use); a read
    that may write (« last seen ») takes the write lock at once, so that two runs never deadlock upgrading."""
    path = database_path(accounts)
    if path not in _READY or not path.exists():
        private_folder(path.parent)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
        with contextlib.closing(sqlite3.connect(path, timeout=15)) as setup:
            setup.executescript(_SCHEMA)
        _READY.add(path)
    connection = sqlite3.connect(path, timeout=15, isolation_level=None)
    try:
        connection.execute("begin immediate")
        try:
            yield connection
        except BaseException:
            connection.execute("rollback")
            raise
        connection.execute("commit")
    finally:
        connection.close()


def _secret(accounts: Path) -> str:
    """The signing secret beside the accounts, made at first use (0600; two processes racing keep one)."""
    path = secret_path(accounts)
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    private_folder(path.parent)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(secrets.token_hex(32))
    return path.read_text(encoding="ascii").strip()


class SessionBook:
    """The sessions of the accounts in ``accounts`` (see the module's docstring)."""

    def __init__(self, accounts: Path) -> None:
        self.accounts = Path(accounts)

    def _serializer(self) -> URLSafeTimedSerializer:
        return URLSafeTimedSerializer(_secret(self.accounts), salt="passerelles-session")

    def open(self, account: str, version: int, now: float | None = None) -> Session:
        now = time.time() if now is None else now
        session = Session(secrets.token_urlsafe(32), account, version)
        with _connected(self.accounts) as db:
            db.execute("delete from sessions where vue < ? or ouverte < ?", (now - IDLE_SECONDS, now - LIFETIME_SECONDS))
            db.execute("delete from tickets where expire < ?", (now,))
            db.execute("insert into sessions values (?, ?, ?, ?, ?)", (session.id, account, version, now, now))
        return session

    def check(self, session: Session, now: float | None = None) -> Session | None:
        """``session`` as it is kept, if it is still open (and « last seen » now); ``None`` when it is over."""
        now = time.time() if now is None else now
        with _connected(self.accounts) as db:
            row = db.execute("select compte, version, ouverte, vue from sessions where id = ?", (session.id,)).fetchone()
            if row is None:
                return None
            account, version, opened, seen = row
            if now - seen > IDLE_SECONDS or now - opened > LIFETIME_SECONDS or account != session.account:
                db.execute("delete from sessions where id = ?", (session.id,))
                return None
            if now - seen > TOUCH_SECONDS:
                db.execute("update sessions set vue = ? where id = ?", (now, session.id))
        return Session(session.id, account, version)

    def close(self, session_id: str) -> None:
        with _connected(self.accounts) as db:
            db.execute("delete from sessions where id = ?", (session_id,))
            db.execute("delete from tickets where session = ?", (session_id,))

    def close_account(self, account: str) -> int:
        """End every session of ``account``; how many there were."""
        with _connected(self.accounts) as db:
            return db.execute("delete from sessions where compte = ?", (account,)).rowcount

    def count(self, account: str) -> int:
        with _connected(self.accounts) as db:
            return int(db.execute("select count(*) from sessions where compte = ?", (account,)).fetchone()[0])

    # --- what the browser keeps ----------------------------------------------------------------------

    def token(self, session: Session) -> str:
        """The signed token a browser keeps for ``session`` (in an HttpOnly cookie)."""
        return self._serializer().dumps({"s": session.id, "c": session.account, "v": session.version})

    def read_token(self, token: str) -> Session:
        """The session a token names (not yet checked against the kept sessions: :meth:`check`).
        Raises :class:`BadSignature` for a forged, altered or too old token."""
        data = self._serializer().loads(token, max_age=LIFETIME_SECONDS)
        if not isinstance(data, dict) or not all(isinstance(data.get(k), t) for k, t in (("s", str), ("c", str),
                                                                                          ("v", int))):
            raise BadSignature("malformed session token")
        return Session(data["s"], data["c"], data["v"])

    def ticket(self, session: Session, now: float | None = None) -> str:
        """A one-time ticket the browser exchanges for the token of ``session`` within a minute."""
        now = time.time() if now is None else now
        ticket = secrets.token_urlsafe(32)
        with _connected(self.accounts) as db:
            db.execute("insert into tickets values (?, ?, ?)", (ticket, session.id, now + TICKET_SECONDS))
        return ticket

    def redeem(self, ticket: str, now: float | None = None) -> str | None:
        """The token of the session ``ticket`` was given for (the ticket is used up), or ``None``."""
        now = time.time() if now is None else now
        with _connected(self.accounts) as db:
            row = db.execute("select session, expire from tickets where ticket = ?", (ticket,)).fetchone()
            db.execute("delete from tickets where ticket = ?", (ticket,))
            if row is None or row[1] < now:
                return None
            found = db.execute("select compte, version from sessions where id = ?", (row[0],)).fetchone()
        return self.token(Session(row[0], found[0], found[1])) if found else None


def throttle_keys(account: str, address: str | None) -> tuple[str, str]:
    """What a sign-in attempt is counted against: the account name as typed, and the client's address."""
    return f"compte:{account.strip().lower()}", f"adresse:{address or 'locale'}"


class Throttle:
    """Failed sign-ins, per account name and per client address, kept beside the accounts."""

    def __init__(self, accounts: Path) -> None:
        self.accounts = Path(accounts)

    def wait(self, keys: Sequence[str], now: float | None = None) -> float:
        """Seconds before a sign-in counted against ``keys`` may be tried (0: now)."""
        now = time.time() if now is None else now
        with _connected(self.accounts) as db:
            rows = db.execute(f"select pause_jusqua from essais where cle in ({','.join('?' * len(keys))})",
                              tuple(keys)).fetchall()
        return max([0.0, *(until - now for (until,) in rows)])

    def failed(self, keys: Sequence[str], now: float | None = None) -> float:
        """Count a failure against each key; the pause it now imposes, in seconds."""
        now = time.time() if now is None else now
        longest = 0.0
        with _connected(self.accounts) as db:
            db.execute("delete from essais where dernier < ? and pause_jusqua < ?", (now - FORGET_SECONDS, now))
            for key in keys:
                row = db.execute("select echecs from essais where cle = ?", (key,)).fetchone()
                failures = (row[0] if row else 0) + 1
                pause = pause_after(failures, FREE_TRIES_ADDRESS if key.startswith("adresse:") else FREE_TRIES)
                db.execute("insert or replace into essais values (?, ?, ?, ?)", (key, failures, now, now + pause))
                longest = max(longest, pause)
        return longest

    def succeeded(self, account_key: str) -> None:
        """A right password: the account's count starts again (the address's does not: one account of one's
        own must not buy more guesses at the others)."""
        with _connected(self.accounts) as db:
            db.execute("delete from essais where cle = ?", (account_key,))


def pause_after(failures: int, free: int = FREE_TRIES) -> float:
    """The pause after ``failures`` failures in a row: none before the ``free``-th, then 30 s, doubling, at most
    15 min.

    >>> [pause_after(n) for n in (1, 4, 5, 6, 7, 10, 20)]
    [0.0, 0.0, 30.0, 60.0, 120.0, 900.0, 900.0]
    """
    if failures < free:
        return 0.0
    return min(FIRST_PAUSE_SECONDS * 2 ** (failures - free), MAX_PAUSE_SECONDS)


def tries_within(seconds: float, free: int = FREE_TRIES) -> int:
    """The most passwords one account name can have tried in ``seconds``, however often the page is reloaded:
    the free tries, then one each time a pause has run out.

    >>> tries_within(10), tries_within(100), tries_within(3600), tries_within(86400)
    (5, 7, 12, 104)
    """
    tries, waited = free, 0.0
    while waited + (pause := pause_after(tries, free)) <= seconds:
        waited += pause
        tries += 1
    return tries

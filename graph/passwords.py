"""The password policy: long enough, and hard to guess.

Length alone lets ``aaaaaaaaaaaa`` through; the strength is estimated by ``zxcvbn`` (the
estimator Dropbox published, ported to Python, that PyPI itself uses): it recognises
repeats, keyboard runs, dates, common passwords and words, and the names it is given
(the account's identifier, its e-mail, the words of this project). A password passes at
score 3 — about 10⁸ guesses, out of reach of an online attacker held back by the sign-in
throttle, and costly offline against Argon2id; an administrator's, which opens every
account and every conflict case, at score 4 (10¹⁰ guesses). French passphrases of three or
four ordinary words pass (« cheval agrafe pluie »).

>>> check_password("une phrase de passe assez longue", Role.ADMIN, "federation")
>>> check_password("Jardin-Potager-2019", Role.CONTRIBUTOR, "tilleuls")
>>> check_password("Azerty123456!", Role.ADMIN, "federation")
Traceback (most recent call last):
...
graph.accounts.AccountError: accounts.weak_password
>>> check_password("aaaaaaaaaaaa", Role.ADMIN, "federation")
Traceback (most recent call last):
...
graph.accounts.AccountError: accounts.weak_password
>>> check_password("court", Role.READER, "partenaire")
Traceback (most recent call last):
...
graph.accounts.AccountError: accounts.short_password: {'minimum': 12}
"""

from __future__ import annotations

import secrets

from graph.access import Role

MIN_PASSWORD = 12
MIN_SCORE = {Role.ADMIN: 4, Role.CONTRIBUTOR: 3, Role.READER: 3}
# zxcvbn's cost grows with the length; a long passphrase is judged on its beginning, already long enough.
_JUDGED = 72
# Words anyone guessing a Passerelles password tries first (zxcvbn's lists are English).
_PROJECT_WORDS = ("passerelles", "passerelle", "federation", "fédération", "centre", "centres", "social", "sociaux",
                  "ecole", "école", "motdepasse", "valdoise", "argenteuil", "azerty", "bonjour", "soleil")


def weak(password: str, role: Role, *names: str) -> bool:
    """Whether ``password`` is too easy to guess for ``role``, even when long enough (``names``: the
    account's own words, its identifier and e-mail)."""
    from zxcvbn import zxcvbn  # here: its word lists weigh 13 MB, which listing the accounts does not need

    inputs = [*_PROJECT_WORDS, *(part for name in names for part in _parts(name))]
    return zxcvbn(password[:_JUDGED], user_inputs=inputs)["score"] < MIN_SCORE[role]


def acceptable(password: str, role: Role, *names: str) -> bool:
    """Whether ``password`` meets today's policy (a password chosen under an older one may not)."""
    return len(password) >= MIN_PASSWORD and not weak(password, role, *names)


def check_password(password: str, role: Role, *names: str) -> None:
    """Raise :class:`~graph.accounts.AccountError` (in French) unless ``password`` may be used for ``role``."""
    from graph.accounts import AccountError

    if len(password) < MIN_PASSWORD:
        raise AccountError("accounts.short_password", minimum=MIN_PASSWORD)
    if weak(password, role, *names):
        raise AccountError("accounts.weak_password")


def temporary_password() -> str:
    """A password given by the federation, to be replaced at the next sign-in: 16 random characters
    without look-alikes (``0``/``O``, ``1``/``l``), in groups of four to read it out."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4))


def _parts(name: str) -> list[str]:
    pieces = [name.strip().lower()]
    if "@" in name:
        pieces += [piece for piece in name.lower().replace("@", ".").split(".") if len(piece) > 2]
    return [piece for piece in pieces if piece]

"""Accounts: Argon2 hashes, never the password; sign-in by password or by e-mail (SSO); the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from graph.accounts import AccountBook, AccountError
from queries.access import Access, Role

ROOT = Path(__file__).resolve().parent.parent
SECRET = "une phrase de passe assez longue"


def test_passwords_are_stored_as_argon2_hashes_only(tmp_path):
    book = AccountBook(tmp_path / "comptes.json")
    book.add("ana", Role.ADMIN, [], SECRET)
    text = (tmp_path / "comptes.json").read_text(encoding="utf-8")
    assert SECRET not in text and "$argon2id$" in text
    assert oct((tmp_path / "comptes.json").stat().st_mode)[-3:] == "600"
    assert book.sign_in("ana", SECRET) == Access(Role.ADMIN, frozenset(), "ana")
    assert book.sign_in("ana", SECRET + " ") is None and book.sign_in("inconnu", SECRET) is None
    assert all(account.hachage == "" for account in book.accounts())


def test_rules_for_accounts(tmp_path):
    book = AccountBook(tmp_path / "comptes.json")
    with pytest.raises(AccountError, match="centre"):
        book.add("x", Role.CONTRIBUTOR, [], SECRET)
    with pytest.raises(AccountError) as caught:
        book.add("x", Role.READER, [], "court")
    assert "12 caractères" in caught.value.message()
    book.add("partenaire", Role.READER, [], "", courriel="Ien.Argenteuil@ac-versailles.fr")
    assert book.by_email("ien.argenteuil@ac-versailles.fr") == Access(Role.READER, frozenset(), "partenaire")
    assert book.sign_in("partenaire", "") is None  # no password: SSO only
    assert book.remove("partenaire") and not book.remove("partenaire")


def test_two_administrators_adding_at_once_lose_nothing(tmp_path):
    book = AccountBook(tmp_path / "comptes.json")
    threads = [threading.Thread(target=book.add, args=(f"centre{n}", Role.CONTRIBUTOR, [f"CS95-{n:03d}"], SECRET))
               for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.identifiant for a in book.accounts()) == [f"centre{n}" for n in range(8)]


def test_the_command_line(tmp_path):
    env = {**os.environ, "PASSERELLES_COMPTES": str(tmp_path / "comptes.json")}
    run = lambda *args, text="": subprocess.run([sys.executable, "-m", "graph.accounts", *args], cwd=ROOT, env=env,  # noqa: E731
                                                input=text, capture_output=True, text=True)
    added = run("ajouter", "tilleuls", "--role", "contributeur", "--centre", "CS95-001", text=SECRET + "\n")
    assert added.returncode == 0 and "enregistré" in added.stdout
    listed = run("lister")
    assert "tilleuls" in listed.stdout and "CS95-001" in listed.stdout and "argon2" not in listed.stdout
    refused = run("ajouter", "x", "--role", "lecteur", text="court\n")
    assert refused.returncode == 2 and "trop court" in refused.stderr
    assert json.loads((tmp_path / "comptes.json").read_text())["comptes"][0]["identifiant"] == "tilleuls"

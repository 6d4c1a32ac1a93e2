"""Accounts: Argon2 hashes, never the password; sign-in by password or by e-mail (SSO); the CLI."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from graph.access import Access, Role
from graph.accounts import AccountBook, AccountError, main
from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode

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


def _graph_with_centre(folder: Path, key: str = "CS95-001") -> Path:
    store = EmbeddedStore(folder)
    store.apply([PutNode("Centre", key, {"nom": "Centre social fictif des Tilleuls", "type": "centre_social"})])
    store.close()
    return folder


def test_the_command_line(tmp_path):
    env = {**os.environ, "PASSERELLES_COMPTES": str(tmp_path / "comptes.json")}
    run = lambda *args, text="": subprocess.run([sys.executable, "-m", "graph.accounts", *args], cwd=ROOT, env=env,  # noqa: E731
                                                input=text, capture_output=True, text=True)
    added = run("ajouter", "federation", "--role", "administrateur", text=SECRET + "\n")
    assert added.returncode == 0 and "enregistré" in added.stdout
    listed = run("lister")
    assert "federation" in listed.stdout and "argon2" not in listed.stdout
    assert json.loads((tmp_path / "comptes.json").read_text())["comptes"][0]["identifiant"] == "federation"


def test_the_command_line_checks_centres_and_passwords_and_keeps_the_history(tmp_path, monkeypatch, capsys):
    """The same commands, run in this process (each run of ``python -m`` takes seconds on a busy machine)."""
    monkeypatch.setenv("PASSERELLES_COMPTES", str(tmp_path / "comptes.json"))
    monkeypatch.setenv("PASSERELLES_STORE", "embedded")
    monkeypatch.setenv("PASSERELLES_DATA_DIR", str(_graph_with_centre(tmp_path / "graphe")))

    def run(*args: str, text: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(text))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    assert run("ajouter", "tilleuls", "--role", "contributeur", "--centre", "CS95-001", text=SECRET + "\n")[0] == 0
    code, _, err = run("ajouter", "x", "--role", "lecteur", text="court\n")
    assert code == 2 and "trop court" in err
    code, _, err = run("ajouter", "erable", "--role", "contributeur", "--centre", "CS95-999", text=SECRET + "\n")
    assert code == 2 and "CS95-999 n’est pas dans le graphe" in err and "erable" not in run("lister")[1]
    code, _, err = run("ajouter", "chef", "--role", "administrateur", text="aaaaaaaaaaaa\n")
    assert code == 2 and "trop facile à deviner" in err

    assert run("desactiver", "tilleuls")[0] == 0 and "désactivé" in run("lister")[1]
    code, out, _ = run("reinitialiser", "tilleuls")
    temporary = out.split(" : ", 1)[1].splitlines()[0]
    assert code == 0 and len(temporary) == 19
    history = run("historique")[1]
    assert [line.split("\t")[2] for line in history.splitlines()] == ["creation", "desactivation", "reinitialisation"]
    assert "(terminal)" in history and "argon2" not in history and temporary not in history
    assert run("supprimer", "tilleuls")[0] == 0 and run("supprimer", "tilleuls")[0] == 1


def test_every_change_moves_the_version_on_and_is_in_the_history_without_hashes(tmp_path):
    book = AccountBook(tmp_path / "comptes.json")
    book.add("federation", Role.ADMIN, [], SECRET, by="installation")
    book.add("tilleuls", Role.CONTRIBUTOR, ["CS95-001"], SECRET, by="federation")
    versions = [book.get("tilleuls").version]
    book.update("tilleuls", by="federation", centres=["CS95-001", "CS95-002"])
    versions.append(book.get("tilleuls").version)
    book.update("tilleuls", by="federation", role=Role.READER, centres=[])
    versions.append(book.get("tilleuls").version)
    book.set_active("tilleuls", False, by="federation")
    versions.append(book.get("tilleuls").version)
    assert book.sign_in("tilleuls", SECRET) is None and book.verify("tilleuls", SECRET).actif is False
    book.set_active("tilleuls", True, by="federation")
    temporary = book.reset_password("tilleuls", by="federation")
    assert book.get("tilleuls").a_changer and book.sign_in("tilleuls", SECRET) is None
    with pytest.raises(AccountError, match="changed_meanwhile"):
        book.change_password("tilleuls", "cheval agrafe pluie", expected_version=versions[0])
    book.change_password("tilleuls", "cheval agrafe pluie", expected_version=book.get("tilleuls").version)
    assert not book.get("tilleuls").a_changer and book.sign_in("tilleuls", "cheval agrafe pluie")
    versions.append(book.get("tilleuls").version)
    assert versions == sorted(set(versions)) and len(versions) == 5

    history = book.history()
    assert [(c.action, c.par) for c in history if c.compte == "tilleuls"] == [
        ("creation", "federation"), ("modification", "federation"), ("modification", "federation"),
        ("desactivation", "federation"), ("reactivation", "federation"), ("reinitialisation", "federation"),
        ("mot_de_passe", "tilleuls")]
    assert history[2].avant["centres"] == ["CS95-001"] and history[2].apres["centres"] == ["CS95-001", "CS95-002"]
    assert history[3].apres["role"] == "lecteur"
    text = book.history_path.read_text(encoding="utf-8")
    assert "argon2" not in text and "hachage" not in text and SECRET not in text and temporary not in text
    assert "cheval agrafe pluie" not in text
    assert oct(book.history_path.stat().st_mode)[-3:] == "600"


def test_the_last_active_administrator_stays(tmp_path):
    book = AccountBook(tmp_path / "comptes.json")
    book.add("federation", Role.ADMIN, [], SECRET)
    book.add("tilleuls", Role.CONTRIBUTOR, ["CS95-001"], SECRET)
    for change in (lambda: book.remove("federation"), lambda: book.set_active("federation", False),
                   lambda: book.update("federation", role=Role.READER)):
        with pytest.raises(AccountError) as caught:
            change()
        assert "aucun administrateur actif" in caught.value.message()
    assert book.get("federation").actif and book.get("federation").role == "administrateur"
    book.add("adjointe", Role.ADMIN, [], SECRET)
    assert book.remove("federation")


def test_centres_are_checked_against_the_graph_when_it_is_given(tmp_path):
    book = AccountBook(tmp_path / "comptes.json")
    with pytest.raises(AccountError) as caught:
        book.add("x", Role.CONTRIBUTOR, ["CS95-001", "CS95-404", "CS95-405"], SECRET, known_centres={"CS95-001"})
    assert caught.value.message().startswith("2 centres ne sont pas dans le graphe") and "CS95-404, CS95-405" in \
        caught.value.message()
    book.add("x", Role.CONTRIBUTOR, ["CS95-001"], SECRET, known_centres={"CS95-001"})
    with pytest.raises(AccountError, match="unknown_centre"):
        book.update("x", centres=["CS95-002"], known_centres={"CS95-001"})
    with pytest.raises(AccountError, match="exists"):
        book.add("x", Role.READER, [], SECRET, new_only=True)


def test_a_change_written_by_another_process_is_seen_at_once(tmp_path):
    """The app checks people against the file at every run, through a cache keyed by the file's stat."""
    book, other = AccountBook(tmp_path / "comptes.json"), AccountBook(tmp_path / "comptes.json")
    book.add("federation", Role.ADMIN, [], SECRET)
    book.add("tilleuls", Role.CONTRIBUTOR, ["CS95-001"], SECRET)
    assert book.get("tilleuls") is not None
    other.remove("tilleuls")
    assert book.get("tilleuls") is None
    other.add("tilleuls", Role.READER, [], SECRET)
    assert book.get("tilleuls").role == "lecteur"


def test_password_policy():
    from graph.passwords import acceptable, check_password

    for weak in ("aaaaaaaaaaaa", "motdepasse123", "azertyuiop123", "passerelles2024", "federation95000",
                 "123456789012", "qwertyuiopas"):
        with pytest.raises(AccountError, match="weak_password"):
            check_password(weak, Role.ADMIN, "federation")
    with pytest.raises(AccountError, match="weak_password"):
        check_password("tilleuls-tilleuls", Role.ADMIN, "tilleuls")
    for strong in (SECRET, "cheval agrafe pluie", "la mer est calme ce matin"):
        check_password(strong, Role.ADMIN, "federation")
    assert not acceptable("aaaaaaaaaaaa", Role.READER) and acceptable("Jardin-Potager-2019", Role.CONTRIBUTOR)

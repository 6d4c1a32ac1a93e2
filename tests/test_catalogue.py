"""The catalogue of French text: every key the code names is there, and every sentence that
depends on a number has its singular and its plural, with the same blanks to fill."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from graph.i18n import catalogue, t

ROOT = Path(__file__).resolve().parent.parent
# t("page.x.y", …), f("livret.x", …) and the message keys of error classes (key = "store.x").
NAMED = re.compile(r'(?:\b[tf]\(\s*|^\s+key = )"([a-z_]+(?:\.[A-Za-z_0-9]+)+)"', re.MULTILINE)


def _named_keys() -> set[str]:
    found = set()
    for path in [ROOT / "app.py", *ROOT.glob("*/**/*.py")]:
        top = path.relative_to(ROOT).parts[0]
        if top not in {"tests", "build", "var"} and not top.startswith("."):  # .venv: the installed libraries
            found |= set(NAMED.findall(path.read_text(encoding="utf-8")))
    return found


def _blanks(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_the_code_names_is_in_the_catalogue():
    named = _named_keys()
    assert len(named) > 300  # the scan finds the code's keys, not nothing
    found = catalogue()
    assert sorted(key for key in named if key not in found and f"{key}.one" not in found) == []


def test_every_sentence_with_a_number_has_both_forms_with_the_same_blanks():
    found = catalogue()
    plural = {key.rsplit(".", 1)[0] for key in found if key.endswith((".zero", ".one", ".many"))}
    assert len(plural) > 10
    for key in plural:
        forms = [found.get(f"{key}.{form}") for form in ("zero", "one", "many")]
        assert forms[1] is not None and forms[2] is not None, key
        assert all(_blanks(form) <= _blanks(forms[2]) for form in forms if form is not None), key


def test_no_sentence_leaves_the_plural_to_the_reader():
    # « 1 erreur(s) bloquante(s) » : the form is chosen from the number instead.
    found = catalogue()
    assert [key for key, text in found.items() if re.search(r"\w\((s|x|e|nt)\)", text)
            and "parent(s)" not in text] == []


@pytest.mark.parametrize(("count", "expected"), [(0, "0 erreur bloquante"), (1, "1 erreur bloquante"),
                                                 (2, "2 erreurs bloquantes"), (12, "12 erreurs bloquantes")])
def test_the_form_follows_the_number_as_in_french(count, expected):
    assert t("cli.blocked", count=count).startswith(expected + " :")


def test_a_zero_form_is_used_where_there_is_one():
    assert t("analyse.n.avec_centre_ailleurs", count=0).startswith("aucun ne travaille")
    assert t("analyse.n.avec_centre_ailleurs", count=1).startswith("1 travaille")
    assert t("analyse.n.avec_centre_ailleurs", count=4).startswith("4 travaillent")

"""National identifiers: UAI of schools, INSEE codes of communes, QPV codes, département codes.

Each ``check_*`` function returns the identifier in its canonical form or raises
:class:`~graph.errors.InvalidIdentifier`, whose ``reason`` names what is wrong and
whose ``suggestion`` (when there is one) is the value the user most likely meant.

>>> uai_check_letter("0950123")
'T'
>>> check_uai("0950123t")
'0950123T'
>>> check_insee("95018")
'95018'
>>> check_insee("1001")
Traceback (most recent call last):
...
graph.errors.InvalidIdentifier: insee_leading_zero: 1001 → 01001
"""

from __future__ import annotations

import re

from graph.errors import InvalidIdentifier

# The UAI check letter: the 7-character stem read as a number, modulo 23, indexes this
# alphabet (I, O and Q are left out so that they are never mistaken for 1, 0 and 0).
_UAI_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ"
_UAI = re.compile(r"^[0-9]{3}[0-9A-Z][0-9]{3}[A-Z]$")
_INSEE = re.compile(r"^(?:[0-9]{2}|2A|2B)[0-9]{3}$")
_QPV = re.compile(r"^Q[PN][0-9]{2}[0-9AB][0-9A-Z]{3}$")
_DEPARTEMENT = re.compile(r"^(?:0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
_FEDERATION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def _uai_stem_number(stem: str) -> int:
    # Corsican stems carry a letter in fourth place (620A…, 720B…): A and B count as 0 and 1,
    # as in the national directory.
    return int(stem.replace("A", "0").replace("B", "1"))


def uai_check_letter(stem: str) -> str:
    """The check letter of a UAI stem (its first seven characters)."""
    return _UAI_ALPHABET[_uai_stem_number(stem) % 23]


def check_uai(value: str) -> str:
    """A UAI in upper case, its check letter verified."""
    uai = value.strip().upper()
    if len(uai) == 7 and uai[:7].isdigit():
        raise InvalidIdentifier("uai_missing_letter", value, uai + uai_check_letter(uai))
    if len(uai) == 7 and _UAI.match("0" + uai) and uai_check_letter("0" + uai[:6]) == uai[6]:
        raise InvalidIdentifier("uai_leading_zero", value, "0" + uai)
    if not _UAI.match(uai):
        raise InvalidIdentifier("uai_format", value)
    expected = uai_check_letter(uai[:7])
    if uai[7] != expected:
        raise InvalidIdentifier("uai_check_letter", value, uai[:7] + expected)
    return uai


def check_insee(value: str) -> str:
    """An INSEE commune code of five characters (leading zeros kept, 2A/2B for Corsica)."""
    code = value.strip().upper()
    if code.isdigit() and len(code) == 4:
        raise InvalidIdentifier("insee_leading_zero", value, "0" + code)
    if not _INSEE.match(code):
        raise InvalidIdentifier("insee_format", value)
    return code


def check_qpv(value: str) -> str:
    """A QPV code: ``QP`` (2015 list) or ``QN`` (2024 list), the département on three characters, three more."""
    code = value.strip().upper()
    if not _QPV.match(code):
        raise InvalidIdentifier("qpv_format", value)
    return code


def check_departement(value: str) -> str:
    """A département code: two characters (``95``, ``2A``) or three overseas (``971``).

    >>> check_departement("095")
    '95'
    """
    code = value.strip().upper()
    if len(code) == 3 and code.startswith("0"):
        code = code[1:]
    if len(code) == 1 and code.isdigit():
        raise InvalidIdentifier("departement_leading_zero", value, "0" + code)
    if not _DEPARTEMENT.match(code):
        raise InvalidIdentifier("departement_format", value)
    return code


def departement_of_commune(code: str) -> str:
    """The département of an INSEE code: ``95018`` → ``95``, ``97105`` → ``971``, ``2A004`` → ``2A``.

    >>> departement_of_commune("95018"), departement_of_commune("97105"), departement_of_commune("2A004")
    ('95', '971', '2A')
    """
    return code[:3] if code.startswith("97") else code[:2]


def check_federation_id(value: str) -> str:
    """The federation's own codes: letters, digits, dot, dash, underscore (no spaces)."""
    code = value.strip()
    if not _FEDERATION_ID.match(code):
        raise InvalidIdentifier("federation_id_format", value)
    return code

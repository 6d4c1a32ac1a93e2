"""The catalogue of user-facing text: one TOML file per language under ``locales/``.

Every sentence a person reads comes from here, so that an English version is one
file away. Keys are dotted (``store.unavailable``); values are ``str.format``
templates. A sentence that depends on a number has its forms under its key: ``one``,
``many`` and, where zero is said otherwise, ``zero``; the ``count`` it is given chooses
(French: 0 and 1 take the singular).

>>> t("store.kind.embedded")
'magasin embarqué (sur cet ordinateur, sans serveur)'
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

LOCALES = Path(__file__).resolve().parent.parent / "locales"
LANGUAGE = "fr"


@cache
def catalogue(language: str = LANGUAGE) -> dict[str, str]:
    """All messages of ``language``, flattened to dotted keys: ``locales/fr.toml``, then one
    file per part of the app under ``locales/fr/`` (a key defined twice is an error)."""
    files = [LOCALES / f"{language}.toml", *sorted((LOCALES / language).glob("*.toml"))]
    flat: dict[str, str] = {}
    for path in files:
        with path.open("rb") as handle:
            _flatten(tomllib.load(handle), flat, path)
    return flat


def _flatten(tree: dict[str, Any], flat: dict[str, str], path: Path) -> None:

    def walk(prefix: str, node: dict[str, Any]) -> None:
        for name, value in node.items():
            key = f"{prefix}.{name}" if prefix else name
            if isinstance(value, dict):
                walk(key, value)
            elif key in flat:
                raise ValueError(f"{path.name}: message « {key} » already defined")
            else:
                flat[key] = str(value)

    walk("", tree)


def t(key: str, /, **params: Any) -> str:
    """The message ``key`` filled with ``params``; the key itself when it is missing.

    >>> t("cli.blocked", count=1).split(" :")[0], t("cli.blocked", count=3).split(" :")[0]
    ('1 erreur bloquante', '3 erreurs bloquantes')
    """
    found = catalogue()
    template = found.get(key)
    if template is None and "count" in params:
        count = params["count"]
        template = found.get(f"{key}.zero") if count == 0 else None
        template = template or found.get(f"{key}.{'one' if abs(count) < 2 else 'many'}")
    if template is None:
        return key
    return template.format(**params) if params else template


def counted(noun: str, count: int) -> str:
    """``count`` and its noun, in the form the number takes: « 1 centre », « 12 centres ».

    >>> counted("partenariats", 1), counted("etablissements", 0), counted("centres", 2)
    ('1 partenariat', '0 établissement', '2 centres')
    """
    return t(f"nombre.{noun}", count=count)


def number(value: int) -> str:
    """A whole number as French writes it, thousands set apart by a narrow no-break space.

    >>> number(32767), number(250000), number(12)
    ('32\u202f767', '250\u202f000', '12')
    """
    return f"{value:,}".replace(",", "\u202f")

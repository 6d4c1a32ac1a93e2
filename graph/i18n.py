"""The catalogue of user-facing text: one TOML file per language under ``locales/``.

Every sentence a person reads comes from here, so that an English version is one
file away. Keys are dotted (``store.unavailable``); values are ``str.format``
templates.

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
    """All messages of ``language``, flattened to dotted keys."""
    with (LOCALES / f"{language}.toml").open("rb") as handle:
        tree = tomllib.load(handle)
    flat: dict[str, str] = {}

    def walk(prefix: str, node: dict[str, Any]) -> None:
        for name, value in node.items():
            key = f"{prefix}.{name}" if prefix else name
            if isinstance(value, dict):
                walk(key, value)
            else:
                flat[key] = str(value)

    walk("", tree)
    return flat


def t(key: str, /, **params: Any) -> str:
    """The message ``key`` filled with ``params``; the key itself when it is missing."""
    template = catalogue().get(key)
    if template is None:
        return key
    return template.format(**params) if params else template

"""Roles of people as a federation writes them: kept as written, never a person's name.

The contacts of a partnership (``interlocuteurs``) and the author of a partner's view (``role``) are
described by their role. A role of the federation's list is stored as its code; any other is kept as
written (:func:`graph.validation.converter`, open vocabularies) — « ATSEM », « principal adjoint »,
« enseignante UPE2A ». What is kept as written must still not be a person: a role that holds a
civility (« Mme Diallo ») or a name the privacy check finds (« Karima », « Jean-Pierre Durand ») blocks
the import, and the report shows it masked.

>>> person_in("Mme Diallo"), person_in("principal adjoint"), person_in("référente famille Sophie")
('Mme [nom]', None, 'référente famille [prénom]')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from graph.i18n import t
from graph.schema import NodeKind
from ingest.report import BLOCKING, Report
from queries.privacy import replace_identifying

# A civility followed by a name (« Mme Diallo »), not by an article (« Madame la directrice »).
_CIVILITY_NAME = re.compile(r"\b(?:M\.|MM\.|Mr\.?|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle)\s+"
                            r"(?!(?:le|la|les|l['’])(?:\s|$))([A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)")


def open_columns(kind: NodeKind, present: set[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The columns of ``kind`` among ``present`` whose values outside the list are kept as written, each with
    the codes of its list."""
    return tuple((prop.name, frozenset(prop.vocabulary.codes)) for prop in kind.props
                 if prop.vocabulary is not None and prop.vocabulary.open and prop.name in present)


@lru_cache(maxsize=4096)
def person_in(role: str) -> str | None:
    """``role`` with the person it names masked, if it names one; None for a role."""
    masked = _CIVILITY_NAME.sub(lambda match: match.group(0)[:match.start(1) - match.start(0)] + "[nom]", role)
    masked = replace_identifying(masked)
    return masked if masked != role else None


def check(columns: tuple[tuple[str, frozenset[str]], ...], clean: dict[str, Any], where: tuple[str, str | None, int],
          header_of: Callable[[str], str], report: Report) -> None:
    """A blocking problem for each role kept as written in ``clean`` that names a person."""
    for name, codes in columns:
        value = clean.get(name)
        for role in (value if type(value) is list else (value,) if value else ()):
            if role not in codes and (masked := person_in(role)) is not None:
                file, sheet, number = where
                report.add(BLOCKING, file, sheet, number, header_of(name), masked,
                           t("ingest.role_is_person", value=masked))

"""Who is asking: the role and the centres a query runs for, checked here, below the pages.

A page never decides alone what a person may see or change: queries that return the
content of conflict cases, or that write, take an :class:`Access` and ask it. Accounts
(issue « Collaboration ») only have to build the right :class:`Access`.

>>> admin, reader = Access(Role.ADMIN), Access(Role.READER)
>>> mine = Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}))
>>> admin.can_read_case("CS95-002"), mine.can_read_case("CS95-001"), mine.can_read_case("CS95-002")
(True, True, False)
>>> reader.can_read_case("CS95-001"), reader.can_write("CS95-001"), mine.can_write("CS95-001")
(False, False, True)
>>> mine.require_write("CS95-002")
Traceback (most recent call last):
...
graph.errors.AccessDenied: access.denied_write: {'centre': 'CS95-002'}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from graph.errors import AccessDenied
from graph.i18n import t


class Role(StrEnum):
    ADMIN = "administrateur"      # the federation: sees and validates everything
    CONTRIBUTOR = "contributeur"  # a centre's staff: changes its own centres' data
    READER = "lecteur"            # a partner (Éducation nationale…): reads, changes nothing

    @property
    def title(self) -> str:
        return t(f"access.role.{self.value}")


@dataclass(frozen=True)
class Access:
    role: Role
    centres: frozenset[str] = field(default_factory=frozenset)  # the centres a contributor speaks for
    account: str = ""

    @property
    def view(self) -> tuple[Role, frozenset[str]]:
        """What this person is shown, whoever they are: two readers see the same graph, two contributors of the
        same centres too. What is computed for one of them (caches, indexes) serves the others.

        >>> Access(Role.READER, account="a").view == Access(Role.READER, account="b").view
        True
        >>> Access(Role.CONTRIBUTOR, frozenset({"CS95-001"})).view == Access(Role.CONTRIBUTOR).view
        False
        """
        return self.role, self.centres if self.role is Role.CONTRIBUTOR else frozenset()

    def can_read_case(self, centre: str) -> bool:
        """The narrative of a conflict case: the federation, and the centre that wrote it."""
        return self.role is Role.ADMIN or (self.role is Role.CONTRIBUTOR and centre in self.centres)

    def can_write(self, centre: str | None) -> bool:
        """Change data that belongs to ``centre`` (``None``: the federation's own data)."""
        if self.role is Role.ADMIN:
            return True
        return self.role is Role.CONTRIBUTOR and centre is not None and centre in self.centres

    def require_write(self, centre: str | None) -> None:
        if not self.can_write(centre):
            raise AccessDenied("access.denied_write", centre=centre or "")

    def require_case(self, centre: str) -> None:
        if not self.can_read_case(centre):
            raise AccessDenied("access.denied_case", centre=centre)


# Until accounts exist, the explorer is a reader: no conflict-case content, no writes.
PUBLIC = Access(Role.READER)

"""The one exception root of Passerelles, and the narrow exceptions below it.

Library code raises these and never prints; pages and command lines turn them into a
French message with :func:`graph.i18n.t` (``error.message()`` does it).
"""

from __future__ import annotations

from typing import Any


class PasserellesError(Exception):
    """Root of every error Passerelles raises on purpose.

    ``key`` names the message in the catalogue; ``params`` fill it in.
    """

    key = "error.unexpected"

    def __init__(self, message_key: str | None = None, /, **params: Any) -> None:
        self.key = message_key or self.key
        self.params = params
        super().__init__(f"{self.key}: {params}" if params else self.key)

    def message(self) -> str:
        """The French message for a person, saying what to check or do."""
        from graph.i18n import t

        return t(self.key, **self.params)


class InvalidIdentifier(PasserellesError, ValueError):
    """A national or federation identifier that is malformed."""

    def __init__(self, reason: str, value: str, suggestion: str | None = None) -> None:
        self.reason = reason
        self.value = value
        self.suggestion = suggestion
        PasserellesError.__init__(self, f"identifier.{reason}", value=value, suggestion=suggestion or "")
        self.args = (f"{reason}: {value}" + (f" → {suggestion}" if suggestion else ""),)


class SchemaError(PasserellesError):
    """A write that names a label, link or property the schema does not know."""

    key = "store.schema"


class DanglingReference(PasserellesError):
    """A link to a node that does not exist."""

    key = "store.dangling"


class StoreUnavailable(PasserellesError):
    """The store cannot be reached or opened (server down, bad credentials, unreadable folder)."""

    key = "store.unavailable"


class SettingsError(PasserellesError):
    """A setting with a value that cannot be used."""

    key = "settings.invalid"


class AccessDenied(PasserellesError):
    """An action or a content the person's role does not give access to."""

    key = "access.denied"


class ConcurrentEdit(PasserellesError):
    """Someone else saved the node since it was read: nothing of the change set was written."""

    key = "store.concurrent_edit"

    def __init__(self, label: str, key: str, expected: int, current: int) -> None:
        super().__init__(self.key, label=label, key=key, expected=expected, current=current)
        self.label, self.node_key, self.expected, self.current = label, key, expected, current


class NodeExists(PasserellesError):
    """A node to create already exists (someone created it meanwhile): nothing of the change set was written."""

    key = "store.node_exists"

    def __init__(self, label: str, key: str) -> None:
        super().__init__(self.key, label=label, key=key)
        self.label, self.node_key = label, key

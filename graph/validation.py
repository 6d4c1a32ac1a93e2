"""Validation of values typed by people, derived from the schema.

Each property type has a converter that turns the text of a cell (or a form field)
into the value the graph stores, or raises a French, actionable error. A pydantic
validator per kind, built from the schema, runs the converters of a whole row and
collects every problem at once. The workbook loader and the contribution forms use
the same models.

>>> clean, problems = validate_row(KINDS["Partenariat"], {
...     "id_partenariat": "PA-1", "forme": "Convention", "objets": "CLAS | Parentalité",
...     "qualite": "solde", "depuis": "sept. 2016", "id_centre": "CS95-001", "uai": "0950123t"})
>>> clean["forme"], clean["objets"], clean["depuis"], clean["uai"]
('convention', ['accompagnement_scolaire', 'parentalite'], '2016-09', '0950123T')
>>> [(p.field, p.suggestion) for p in problems]
[('qualite', 'Solide')]

Every bad value of a cell with several is reported, each with its own suggestion:

>>> clean, problems = validate_row(KINDS["Partenariat"], {"objets": "Parentalié | Culture | Sport | Numérque"})
>>> [(p.value, p.suggestion) for p in problems]
[('Parentalié', 'Parentalité'), ('Sport', None), ('Numérque', 'Numérique')]
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Annotated, Any, NotRequired

from pydantic import BeforeValidator, ConfigDict, TypeAdapter, ValidationError, with_config
from pydantic_core import PydanticCustomError
from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12

from graph.errors import InvalidIdentifier
from graph.i18n import t
from graph.resemblance import suggest_term
from graph.schema import KINDS, Link, NodeKind, Prop
from graph.text import fold
from graph.vocabularies import Vocabulary

LIST_SEPARATOR = "|"
MAX_TEXT = 500
MAX_LONGTEXT = 20_000
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_SLASH_DAY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_SLASH_MONTH = re.compile(r"^(\d{1,2})[/.-](\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})\s*[h:]\s*(\d{2})?(?::\d{2})?$", re.IGNORECASE)
_TRUE = {"oui", "o", "vrai", "x", "1", "yes", "true", "y"}
_FALSE = {"non", "n", "faux", "0", "no", "false"}


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field: its name, the value, a French message, maybe a fix."""

    field: str
    value: str
    message: str
    suggestion: str | None = None


def invalid(key: str, fix: str | None = None, /, **params: Any) -> PydanticCustomError:
    """A validation error with the French message ``key`` and, maybe, the value to use instead."""
    # The message travels in the context, not as the template: a user's value holding braces
    # must never be read as a placeholder.
    return PydanticCustomError("passerelles", "{message}", {"message": t(key, **params), "suggestion": fix})


# --- converters, one per property type -----------------------------------------------------


def _text(limit: int) -> Callable[[str], str]:
    def convert(value: str) -> str:
        text = value.strip()
        if len(text) > limit:
            raise invalid("validation.too_long", limit=limit, length=len(text))
        return text

    return convert


def _int(value: str) -> int:
    text = _SPACES.sub("", value).replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise invalid("validation.not_integer", value=value) from None
    if not number.is_integer():
        raise invalid("validation.not_integer", value=value)
    return int(number)


def _float(value: str) -> float:
    text = _SPACES.sub("", value).replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise invalid("validation.not_number", value=value) from None
    if not math.isfinite(number):
        raise invalid("validation.not_number", value=value)
    return number


def _bool(value: str) -> bool:
    folded = fold(value)
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise invalid("validation.not_bool", value=value)


@cache
def _date_parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["fr"], settings={
        "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"],
    })


def _checked_day(year: int, month: int, day: int, value: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise invalid("validation.date_impossible", value=value) from None


@lru_cache(maxsize=4096)
def parse_date(value: str) -> tuple[dt.date, str]:
    """A French or ISO date and its precision, ``day``, ``month`` or ``year`` (its first day then).

    >>> parse_date("5 juin 2018")
    (datetime.date(2018, 6, 5), 'day')
    >>> parse_date("06/2018")
    (datetime.date(2018, 6, 1), 'month')
    >>> parse_date("2015"), parse_date("en 2015")
    ((datetime.date(2015, 1, 1), 'year'), (datetime.date(2015, 1, 1), 'year'))
    """
    text = _SPACES.sub(" ", value.strip())
    if match := _YEAR.match(text):
        return _checked_day(int(match.group(1)), 1, 1, value), "year"
    if match := _ISO_DAY.match(text):
        year, month, day = map(int, match.groups())
        return _checked_day(year, month, day, value), "day"
    if match := _SLASH_DAY.match(text):
        day, month, year = map(int, match.groups())
        return _checked_day(year, month, day, value), "day"
    if match := _ISO_MONTH.match(text):
        year, month = map(int, match.groups())
        return _checked_day(year, month, 1, value), "month"
    if match := _SLASH_MONTH.match(text):
        month, year = map(int, match.groups())
        return _checked_day(year, month, 1, value), "month"
    found = _date_parser().get_date_data(text)
    if found.date_obj is None or found.period not in ("day", "month", "year"):
        raise invalid("validation.not_date", value=value)
    if found.period == "year":  # the month dateparser gives a year alone is today's: not said
        return _checked_day(found.date_obj.year, 1, 1, value), "year"
    return found.date_obj.date(), found.period


_ISO_LENGTH = {"year": 4, "month": 7, "day": 10}


def _day(value: str) -> str:
    date, precision = parse_date(value)
    if precision != "day":
        raise invalid("validation.date_needs_day", value=value)
    return date.isoformat()


def _month(value: str) -> str:
    """A year or a month, never a day (a conflict case is dated to the month: a day could identify a family)."""
    date, precision = parse_date(value)
    return date.isoformat()[:_ISO_LENGTH["year" if precision == "year" else "month"]]


def _partial_date(value: str) -> str:
    """A year, a month or a day, as precise as it was given (see :mod:`graph.dates`)."""
    date, precision = parse_date(value)
    return date.isoformat()[:_ISO_LENGTH[precision]]


def _time(value: str) -> str:
    match = _TIME.match(value.strip())
    if not match:
        raise invalid("validation.not_time", value=value)
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        raise invalid("validation.not_time", value=value)
    return f"{hours:02d}:{minutes:02d}"


def _datetime(value: str) -> str:
    try:
        return dt.datetime.fromisoformat(value.strip()).isoformat(timespec="seconds")
    except ValueError:
        raise invalid("validation.not_date", value=value) from None


def _term(vocabulary: Vocabulary) -> Callable[[str], str]:
    """A term of ``vocabulary``; for an open one (the roles of people), a text that is no term is kept as
    written: the federation learns who its partners talk to in their own words (« ATSEM », « enseignante
    UPE2A », « principal adjoint » — an adjoint is not the principal), and nothing typed is refused or
    bent into the nearest term. The known terms stay codes, to count and to filter on."""
    text_of = _text(MAX_TEXT)

    def convert(value: str) -> str:
        code = vocabulary.code_for(value)
        if code is not None:
            return code
        if vocabulary.open:
            return _SPACES.sub(" ", text_of(value))
        found = suggest_term(vocabulary, value)
        suggestion = vocabulary.label(found) if found else None
        allowed = " ; ".join(vocabulary.labels)
        if suggestion:
            raise invalid("validation.vocabulary_suggest", suggestion, value=value.strip(),
                          title=vocabulary.title, suggestion=suggestion, allowed=allowed)
        raise invalid("validation.vocabulary", value=value.strip(), title=vocabulary.title, allowed=allowed)

    return convert


def _identifier(check: Callable[[str], str]) -> Callable[[str], str]:
    def convert(value: str) -> str:
        try:
            return check(value)
        except InvalidIdentifier as error:
            raise invalid(error.key, error.suggestion, value=error.value, suggestion=error.suggestion or "") from None

    return convert


_BY_TYPE: Mapping[str, Callable[[str], Any]] = {
    "text": _text(MAX_TEXT), "longtext": _text(MAX_LONGTEXT), "int": _int, "float": _float,
    "bool": _bool, "date": _day, "month": _month, "partial_date": _partial_date, "time": _time, "datetime": _datetime,
}


def _bounded(convert: Callable[[str], Any], prop: Prop) -> Callable[[str], Any]:
    if prop.minimum is None and prop.maximum is None:
        return convert

    def checked(value: str) -> Any:
        number = convert(value)
        if (prop.minimum is not None and number < prop.minimum) or (prop.maximum is not None and number > prop.maximum):
            raise invalid("validation.out_of_range", value=value, minimum=prop.minimum, maximum=prop.maximum)
        return number

    return checked


def converter(column: Prop | Link) -> Callable[[str], Any]:
    """The function that turns a cell of ``column`` into its graph value (None when empty)."""
    if isinstance(column, Link):
        one = _identifier(KINDS[column.target].key_prop.check or (lambda v: v.strip()))
    elif column.check:
        one = _identifier(column.check)
    elif column.vocabulary:
        one = _term(column.vocabulary)
    else:
        one = _bounded(_BY_TYPE[column.type], column)
    if isinstance(column, Link) or column.check or column.vocabulary or column.type not in ("text", "longtext"):
        # Codes, terms, dates and numbers repeat from row to row: convert each spelling once.
        # (A failed conversion raises, and is not cached.)
        one = lru_cache(maxsize=8192)(one)

    if column.many:
        def convert_many(value: Any) -> list[Any] | None:
            if value is None:
                return None
            found, failed = [], []
            for part in str(value).split(LIST_SEPARATOR):
                if part := part.strip():
                    try:
                        found.append(one(part))
                    except PydanticCustomError as error:
                        failed.append((part, error))
            if failed:  # every bad value of the cell, each with its own message and shown alone
                raise PydanticCustomError("passerelles", "{message}", {
                    "message": " ".join(str(error) for _, error in failed), "suggestion": None,
                    "each": [(part, str(error), (error.context or {}).get("suggestion")) for part, error in failed]})
            return list(dict.fromkeys(found)) or None

        return convert_many

    def convert(value: Any) -> Any:
        if value is None:
            return None
        text = value if type(value) is str else str(value)
        return one(text) if text and not text.isspace() else None

    return convert


# --- whole rows ---------------------------------------------------------------------------


@cache
def adapter_for(kind: NodeKind) -> TypeAdapter[dict[str, Any]]:
    """A pydantic validator of one row of ``kind`` (a dict whose every key is optional): every
    column, every converter. A row comes back as a dict, with the columns it had."""
    fields: dict[str, Any] = {
        column.name: NotRequired[Annotated[Any, BeforeValidator(converter(column))]] for column in kind.columns
    }
    row = with_config(ConfigDict(extra="ignore"))(TypedDict(f"{kind.label}Row", fields))  # type: ignore[operator]
    return TypeAdapter(row)


@cache
def _required(kind: NodeKind) -> tuple[Prop | Link, ...]:
    return tuple(column for column in kind.columns if column.required)


def validate_row(kind: NodeKind, values: Mapping[str, str]) -> tuple[dict[str, Any], list[FieldProblem]]:
    """The clean values of a row, and every problem found in it (required values included).

    Columns absent from ``values`` are absent from the result; present but empty
    cells give ``None``.
    """
    problems: list[FieldProblem] = []
    try:
        clean: dict[str, Any] = adapter_for(kind).validate_python(values)
    except ValidationError as error:
        failed = set()
        for item in error.errors():
            name = str(item["loc"][0])
            failed.add(name)
            context = item.get("ctx") or {}
            if "each" in context:
                problems += [FieldProblem(name, part, message, fix) for part, message, fix in context["each"]]
                continue
            message = context.get("message", item["msg"])
            problems.append(FieldProblem(name, str(values.get(name, "")), message, context.get("suggestion")))
        clean = adapter_for(kind).validate_python({name: value for name, value in values.items() if name not in failed})
    for column in _required(kind):
        if column.name in values and clean.get(column.name) is None and not any(
            p.field == column.name for p in problems
        ):
            problems.append(FieldProblem(column.name, "", t("validation.required", column=column.label)))
    return clean, problems

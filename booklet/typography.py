"""French typography for the booklet: every text, typed by a person or taken from the catalogue, passes here.

- a narrow no-break space (U+202F) before ``;``, ``!`` and ``?``, a no-break space (U+00A0) before ``:``
  and inside guillemets « », so that a sign never starts a line;
- straight double quotes around words become guillemets « … »;
- the straight apostrophe becomes the typographic one ’;
- three dots become an ellipsis …;
- control characters (which no document format accepts) are removed, line breaks kept.

Times (``9:00``), addresses on the web (``https://``) and numbers are left alone.

>>> french('Qu\\'est-ce qui "marche"? Voici:  la "grille" ; enfin!')
'Qu’est-ce qui «\\xa0marche\\xa0»\\u202f? Voici\\xa0: la «\\xa0grille\\xa0»\\u202f; enfin\\u202f!'
>>> french("À 9:00, voir https://exemple.fr ... ou pas")
'À 9:00, voir https://exemple.fr… ou pas'
>>> french_date("2019-05-23"), french_date("2019-05-23", weekday=True), french_month("2018-09")
('23\\xa0mai\\xa02019', 'jeudi 23\\xa0mai\\xa02019', 'septembre\\xa02018')
>>> french_time("09:00")
'9\\xa0h\\xa000'
"""

from __future__ import annotations

import datetime as dt
import re

NBSP = "\u00a0"      # espace insécable
NNBSP = "\u202f"     # espace fine insécable
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = r"[ \t\u00a0\u202f\u2009]"
_QUOTED = re.compile(r'"([^"\n]+)"')
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
# A sign after a word (or a closing guillemet, bracket or quote), with or without spaces before it, and followed
# by a space, the end, or another sign: « mot ; », « mot; », « mot ?! ». Not « 9:00 », not « https:// ».
_HIGH_SIGN = re.compile(rf"(?<=[^\s;:!?«]){_SPACES}*([;!?])(?=[\s;!?»)\]]|$)")
_COLON = re.compile(rf"(?<=[^\s;:!?«]){_SPACES}*:(?=\s|$)")
_OPEN = re.compile(rf"«{_SPACES}*")
_CLOSE = re.compile(rf"{_SPACES}*»")


def clean(text: object) -> str:
    """``text`` as a string a document can hold: control characters removed, line ends made ``\\n``."""
    value = "" if text is None else str(text)
    return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def french(text: object) -> str:
    """``text`` set in French typography (see the module's docstring); idempotent."""
    value = clean(text)
    value = _QUOTED.sub(lambda m: f"«{m[1].strip()}»", value)
    value = _APOSTROPHE.sub("’", value)
    value = value.replace("...", "…")
    value = re.sub(rf"{_SPACES}+…", "…", value)
    value = _OPEN.sub(f"«{NBSP}", value)
    value = _CLOSE.sub(f"{NBSP}»", value)
    value = _HIGH_SIGN.sub(lambda m: f"{NNBSP}{m[1]}", value)
    value = re.sub(rf"([!?]){NNBSP}([!?])", r"\1\2", value)  # « ?! » stays one sign
    value = _COLON.sub(f"{NBSP}:", value)
    return re.sub(r"[ \t]{2,}", " ", value)


def french_date(iso: str, weekday: bool = False) -> str:
    """A date AAAA-MM-JJ as « 23 mai 2019 » (« jeudi 23 mai 2019 » with ``weekday``); the text as is otherwise."""
    try:
        day = dt.date.fromisoformat(str(iso)[:10])
    except ValueError:
        return clean(iso)
    text = f"{day.day}{NBSP}{MONTHS[day.month - 1]}{NBSP}{day.year}"
    if day.day == 1:
        text = f"1er{NBSP}{MONTHS[day.month - 1]}{NBSP}{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def french_month(iso: str) -> str:
    """A month AAAA-MM as « septembre 2018 », a year AAAA as « 2015 », a day AAAA-MM-JJ as « 5 juin 2018 »
    (dates as precise as people gave them, :mod:`graph.dates`); the text as is otherwise."""
    text = str(iso or "")
    if re.fullmatch(r"\d{4}", text):
        return text
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return french_date(text)
    found = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not found or not 1 <= int(found[2]) <= 12:
        return clean(iso)
    return f"{MONTHS[int(found[2]) - 1]}{NBSP}{found[1]}"


def french_time(hhmm: str) -> str:
    """A time HH:MM as « 9 h 00 »; the text as is otherwise."""
    found = re.fullmatch(r"(\d{1,2}):(\d{2})", str(hhmm or ""))
    return f"{int(found[1])}{NBSP}h{NBSP}{found[2]}" if found else clean(hhmm)


def french_list(items: list[str]) -> str:
    """« a, b et c »."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]

"""Dates as precise as people gave them: a year, a month or a day.

« Depuis 2015 » is a year, « depuis septembre 2016 » a month, « le 5 juin 2018 » a day: the graph keeps
each as the ISO prefix of its precision — ``2015``, ``2016-09``, ``2018-06-05`` —, so that sorting the
text sorts the dates, and the precision is read from the length. Comparing two dates of different
precisions compares what both say: « 2015 » is neither before nor after « 2015-03 ».

>>> precision("2015"), precision("2016-09"), precision("2018-06-05"), precision("juin")
('year', 'month', 'day', None)
>>> sorted(["2016-09", "2015", "2018-06-05", "2015-03"])
['2015', '2015-03', '2016-09', '2018-06-05']
>>> not_before("2015", "2015-03"), not_before("2014-12", "2015"), not_after("2016-12-05", "2016-12")
(True, False, True)
"""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
_PRECISION = {4: "year", 7: "month", 10: "day"}


def precision(value: str | None) -> str | None:
    """``year``, ``month`` or ``day``: how precise a stored date is (None when it is not one)."""
    text = str(value or "")
    return _PRECISION.get(len(text)) if _ISO.match(text) else None


def _common(value: str, bound: str) -> tuple[str, str]:
    size = min(len(value), len(bound))
    return value[:size], bound[:size]


def not_before(value: str, start: str) -> bool:
    """Whether ``value`` may fall on or after ``start``, at the precision both have."""
    mine, theirs = _common(value, start)
    return mine >= theirs


def not_after(value: str, end: str) -> bool:
    """Whether ``value`` may fall on or before ``end``, at the precision both have."""
    mine, theirs = _common(value, end)
    return mine <= theirs


def first_day(value: str | None) -> dt.date | None:
    """The first day ``value`` can be: 1 January of a year, the 1st of a month, the day itself.

    >>> first_day("2015"), first_day("2016-09")
    (datetime.date(2015, 1, 1), datetime.date(2016, 9, 1))
    """
    text = str(value or "")
    if precision(text) is None:
        return None
    return dt.date.fromisoformat((text + "-01-01")[:10] if len(text) == 4 else (text + "-01")[:10])

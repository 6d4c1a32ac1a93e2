"""Sessions and the sign-in throttle kept beside the accounts (graph/sessions.py): what outlives a reload."""

from __future__ import annotations

import pytest
from itsdangerous import BadSignature

from graph.sessions import (IDLE_SECONDS, LIFETIME_SECONDS, MAX_PAUSE_SECONDS, SessionBook, Throttle, database_path,
                            secret_path, throttle_keys)


@pytest.fixture
def accounts(tmp_path):
    return tmp_path / "comptes.json"


def test_a_session_lives_until_idle_too_long_or_too_old(accounts):
    book = SessionBook(accounts)
    session = book.open("tilleuls", 2, now=0.0)
    for moment in range(0, LIFETIME_SECONDS - 3600, IDLE_SECONDS - 60):  # used every twelve hours, a week long
        assert book.check(session, now=float(moment)) is not None
    assert book.check(session, now=float(LIFETIME_SECONDS + 1)) is None  # over, however used
    idle = book.open("tilleuls", 2, now=0.0)
    assert book.check(idle, now=IDLE_SECONDS - 1.0) is not None
    assert book.check(idle, now=2 * IDLE_SECONDS) is None
    assert book.check(idle, now=2 * IDLE_SECONDS - 10.0) is None  # ended for good, not revived


def test_signing_out_or_closing_an_account_ends_its_sessions(accounts):
    book = SessionBook(accounts)
    one, two = book.open("tilleuls", 1), book.open("tilleuls", 1)
    other = book.open("federation", 1)
    book.close(one.id)
    assert book.check(one) is None and book.check(two) is not None
    assert book.close_account("tilleuls") == 1 and book.check(two) is None and book.check(other) is not None


def test_the_token_is_signed_and_the_ticket_used_once(accounts, tmp_path):
    book = SessionBook(accounts)
    session = book.open("tilleuls", 4)
    ticket = book.ticket(session)
    token = book.redeem(ticket)
    assert token and book.redeem(ticket) is None and book.read_token(token) == session
    with pytest.raises(BadSignature):
        book.read_token(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    forged = SessionBook(tmp_path / "ailleurs" / "comptes.json").token(session)  # another secret
    with pytest.raises(BadSignature):
        book.read_token(forged)
    late = book.ticket(session, now=0.0)
    assert book.redeem(late) is None  # a minute at most
    for path in (database_path(accounts), secret_path(accounts)):
        assert oct(path.stat().st_mode)[-3:] == "600"
    assert "Session(id='...'" in repr(session)


def test_the_pause_grows_per_account_and_per_address_and_survives_a_new_throttle(accounts):
    keys = throttle_keys("Tilleuls ", "192.0.2.7")
    assert keys == ("compte:tilleuls", "adresse:192.0.2.7")
    pauses = [Throttle(accounts).failed(keys, now=float(n)) for n in range(12)]  # a new object each time: a reload
    assert pauses[:4] == [0.0] * 4 and pauses[4:8] == [30.0, 60.0, 120.0, 240.0]
    assert pauses[-1] == MAX_PAUSE_SECONDS and pauses == sorted(pauses)
    assert Throttle(accounts).wait(keys, now=20.0) == pytest.approx(MAX_PAUSE_SECONDS - 9.0)
    # the same address, another account: the address's own count (ten free) holds it back too
    assert Throttle(accounts).wait(throttle_keys("federation", "192.0.2.7"), now=20.0) > 0
    # the same account from elsewhere: still paused
    assert Throttle(accounts).wait(throttle_keys("tilleuls", "198.51.100.1"), now=20.0) > 0
    # someone else, elsewhere: free
    assert Throttle(accounts).wait(throttle_keys("federation", "198.51.100.1"), now=20.0) == 0
    Throttle(accounts).succeeded(keys[0])
    assert Throttle(accounts).wait(throttle_keys("tilleuls", "198.51.100.1"), now=20.0) == 0
    assert Throttle(accounts).wait(keys, now=20.0) > 0  # the address stays paused


def test_failures_are_forgotten_after_a_day(accounts):
    keys = throttle_keys("tilleuls", None)
    gate = Throttle(accounts)
    for n in range(4):
        gate.failed(keys, now=float(n))
    assert gate.failed(keys, now=2 * 86400.0) == 0.0  # counting again from one

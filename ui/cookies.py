"""The session cookie: two small HTTP routes that set and clear it, and the script that calls them.

Streamlit reads the cookies a browser sent (``st.context.cookies``) but cannot set one from a
page script; an HttpOnly cookie — out of reach of any script in the page — can only come in an
HTTP response. So the app is served as a Streamlit ``st.App`` (``serveur.py``) with two routes
of its own:

* ``POST /api/passerelles/session`` with a one-time ticket (:meth:`graph.sessions.SessionBook.ticket`)
  answers with the signed session token in a cookie: ``HttpOnly``, ``SameSite=Strict``, ``Secure``
  when the page was served over https, for :data:`~graph.sessions.LIFETIME_SECONDS`;
* ``POST /api/passerelles/fin`` ends the session its cookie names and clears the cookie.

Both refuse a request whose ``Origin`` is not the app's own. The page calls them with a few
lines of script (:func:`script`), sent once, right after a sign-in or a sign-out; nothing is
loaded from elsewhere. Run with ``streamlit run app.py`` instead, the app works the same and
simply forgets the person at a reload (:func:`served` is false, and no script is sent).
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from itsdangerous import BadSignature
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph.sessions import COOKIE, LIFETIME_SECONDS, SessionBook
from graph.settings import Settings

SET_PATH = "/api/passerelles/session"
CLEAR_PATH = "/api/passerelles/fin"
_MAX_TICKET = 200
_served = False


def routes() -> list[Route]:
    """The routes ``serveur.py`` adds to Streamlit's own (calling this tells the pages they are served)."""
    global _served
    _served = True
    return [Route(SET_PATH, set_cookie, methods=["POST"]), Route(CLEAR_PATH, clear_cookie, methods=["POST"])]


def served() -> bool:
    """Whether this process serves the routes (the app started through ``serveur.py``)."""
    return _served


def script(path: str, body: str = "") -> str:
    """The few lines a page sends to have the browser call ``path`` (our own constants and a ticket of
    URL-safe characters only: nothing a person typed)."""
    return (f"<script>fetch({json.dumps(path)}, {{method: 'POST', credentials: 'same-origin', cache: 'no-store', "
            f"body: {json.dumps(body)}}});</script>")


def _sessions() -> SessionBook:
    return SessionBook(Settings.load().accounts)


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin", "")
    return bool(origin) and urlsplit(origin).netloc == request.headers.get("host", "")


def _cookie_options(request: Request) -> dict[str, object]:
    return {"path": "/", "httponly": True, "samesite": "strict", "secure": request.url.scheme == "https"}


async def set_cookie(request: Request) -> Response:
    if not _same_origin(request):
        return Response(status_code=403)
    ticket = (await request.body())[:_MAX_TICKET].decode("ascii", errors="replace")
    token = await run_in_threadpool(_sessions().redeem, ticket)
    if token is None:
        return Response(status_code=404)
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    response.set_cookie(COOKIE, token, max_age=LIFETIME_SECONDS, **_cookie_options(request))  # type: ignore[arg-type]
    return response


async def clear_cookie(request: Request) -> Response:
    if not _same_origin(request):
        return Response(status_code=403)
    if token := request.cookies.get(COOKIE):
        sessions = _sessions()
        try:
            session = sessions.read_token(token)
        except BadSignature:
            pass
        else:
            await run_in_threadpool(sessions.close, session.id)
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    response.delete_cookie(COOKIE, **_cookie_options(request))  # type: ignore[arg-type]
    return response

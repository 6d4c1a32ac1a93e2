"""Passerelles installed from its wheel: the command ``passerelles``, what ``./passerelles`` is in a checkout.

    passerelles demo [--ouvert] [options de streamlit]    the app (serveur.py), as ./passerelles demo
    passerelles python -m graph.accounts lister           a command of the app (python -m MODULE [arguments])

The wheel installs one folder, ``passerelles/``, that holds the checkout's layout (``app.py``, ``graph/``,
``locales/``, ``data/``…): the app's own packages (``graph``, ``ui``…) are never top-level packages of
site-packages. This command puts that folder first on ``sys.path``, as running from a checkout does, so that only
the app's processes see them. What the app writes (graph, accounts, downloaded open data) goes to ``var/`` in the
current folder unless a setting says otherwise, never into site-packages; the options of the shipped
``.streamlit/config.toml`` apply unless the environment sets them.

Written with the standard library alone at the top: it runs before the app's folder is on ``sys.path``.
"""

from __future__ import annotations

import os
import re
import runpy
import sys
import tomllib
from pathlib import Path

HOME = Path(__file__).resolve().parent.parent  # the folder that holds app.py, graph/, locales/…


def streamlit_defaults(config: Path, environ: dict[str, str]) -> None:
    """The options of ``config`` as Streamlit's environment variables (``STREAMLIT_SERVER_ADDRESS``…), unless set:
    Streamlit reads ``.streamlit/config.toml`` from the current folder only, and the shipped one is not there."""
    if not config.is_file():
        return
    for section, options in tomllib.loads(config.read_text(encoding="utf-8")).items():
        for option, value in options.items():
            words = re.sub(r"(?<!^)([A-Z])", r"_\1", option)  # fileWatcherType: FILE_WATCHER_TYPE
            name = f"STREAMLIT_{section}_{words}".upper()
            environ.setdefault(name, str(value).lower() if isinstance(value, bool) else str(value))


def writable_defaults(environ: dict[str, str]) -> None:
    """Each setting whose default is under the app's ``var/`` points under ``var/`` of the current folder."""
    from graph.settings import PROJECT_ROOT, SETTINGS, read_secrets

    secrets = read_secrets()
    var = PROJECT_ROOT / "var"
    for setting in SETTINGS:
        default = Path(setting.default)
        if default.is_relative_to(var) and not environ.get(setting.name) and setting.name not in secrets:
            environ[setting.name] = str(Path.cwd() / "var" / default.relative_to(var))


def demo(args: list[str]) -> int:
    """The app, as ``./passerelles demo``: the mode said, the files' rights narrowed, then Streamlit."""
    from graph.exposure import listen_address

    if args[:1] == ["--ouvert"]:
        args = args[1:]
        os.environ["PASSERELLES_RESEAU"] = "oui"
    address = listen_address()
    if address is None:
        return 2
    os.umask(0o077)  # what the server writes is for its user only
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(HOME / "serveur.py"), "--server.address", address, *args]
    return cli.main()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if str(HOME) not in sys.path:
        sys.path.insert(0, str(HOME))
    streamlit_defaults(HOME / ".streamlit" / "config.toml", os.environ)  # type: ignore[arg-type]
    writable_defaults(os.environ)  # type: ignore[arg-type]
    if args[:1] == ["demo"]:
        return demo(args[1:])
    if args[:2] == ["python", "-m"] and len(args) > 2:
        sys.argv = [args[2], *args[3:]]
        runpy.run_module(args[2], run_name="__main__", alter_sys=True)
        return 0
    from graph.i18n import t

    print(t("launch.usage"), file=sys.stderr, end="")
    return 0 if args[:1] in (["-h"], ["--help"], ["help"]) else 2


if __name__ == "__main__":
    sys.exit(main())

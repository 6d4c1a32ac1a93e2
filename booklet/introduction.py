"""The booklet's introduction, which the federation writes in the app.

It is kept as a small UTF-8 text file, ``livret/introduction.txt`` in the data folder
(``PASSERELLES_DATA_DIR``), beside the embedded store: it is one text, not a node of the graph, and the
schema has no kind for the federation's own texts. With a shared Neo4j server, the file stays on the
machine that runs the app. Only the federation may save it (checked here, below the page); anyone may
read it. Without a saved text, the catalogue's default introduction is used.

>>> import tempfile
>>> from pathlib import Path
>>> from graph.access import Access, Role
>>> path = Path(tempfile.mkdtemp()) / "livret" / "introduction.txt"
>>> read_introduction(path).startswith("Les centres sociaux")
True
>>> save_introduction("Notre livret.", Access(Role.ADMIN), path)
>>> read_introduction(path)
'Notre livret.'
>>> save_introduction("Autre.", Access(Role.READER), path)
Traceback (most recent call last):
...
graph.errors.AccessDenied: livret.intro.denied
"""

from __future__ import annotations

from pathlib import Path

from booklet.typography import clean
from graph.access import Access, Role
from graph.errors import AccessDenied
from graph.i18n import t
from graph.permissions import private_folder, write_private
from graph.settings import Settings


def introduction_path(settings: Settings | None = None) -> Path:
    """Where the introduction is kept: ``livret/introduction.txt`` in the data folder."""
    return (settings or Settings.load()).data_dir / "livret" / "introduction.txt"


def read_introduction(path: Path | None = None) -> str:
    """The saved introduction, or the catalogue's default one."""
    path = path or introduction_path()
    if path.is_file():
        text = path.read_text(encoding="utf-8").strip()
        if text:
            return text
    return t("livret.introduction_default")


def save_introduction(text: str, access: Access, path: Path | None = None) -> None:
    """Save ``text`` as the introduction (the federation only); an empty text restores the default."""
    if access.role is not Role.ADMIN:
        raise AccessDenied("livret.intro.denied")
    path = path or introduction_path()
    private_folder(path.parent)
    temporary = path.with_suffix(".tmp")
    write_private(temporary, clean(text).strip() + "\n")
    temporary.replace(path)

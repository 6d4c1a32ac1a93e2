"""Files readable by the app's user only: what Passerelles writes (the embedded store, conflict
narratives included; the accounts; the presentations; the caches) is created ``0600`` in folders
``0700``, whatever the process's umask, and :func:`tighten` brings older files to the same rule.

>>> import tempfile, stat
>>> folder = private_folder(Path(tempfile.mkdtemp()) / "a" / "b")
>>> oct(stat.S_IMODE(folder.stat().st_mode)), oct(stat.S_IMODE(folder.parent.stat().st_mode))
('0o700', '0o700')
>>> write_private(folder / "x.json", "{}")
>>> oct(stat.S_IMODE((folder / "x.json").stat().st_mode))
'0o600'
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
# What a private file or folder never has: any right of the group or of others.
OPEN_BITS = 0o077


def private_folder(path: str | os.PathLike[str]) -> Path:
    """``path`` as a folder, created with its missing parents readable by this user only.

    A folder that already existed keeps its rights (it may be a folder the person chose, shared on
    purpose); :func:`tighten` is what narrows existing ones, and says so."""
    folder = Path(path)
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for created in reversed(missing):
        created.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        os.chmod(created, PRIVATE_FOLDER)  # mkdir's mode goes through the umask
    return folder


def open_private(path: str | os.PathLike[str], mode: str = "wb", **options: Any) -> IO[Any]:
    """``path`` opened for writing (truncated), readable by this user only, even if it existed."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
        return os.fdopen(fd, mode, **options)
    except BaseException:
        os.close(fd)
        raise


def write_private(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Write ``content`` (text in UTF-8, or bytes) to ``path``, readable by this user only."""
    if isinstance(content, str):
        with open_private(path, "w", encoding="utf-8") as out:
            out.write(content)
    else:
        with open_private(path, "wb") as out:
            out.write(content)


def too_open(path: Path) -> bool:
    """Whether the group or others have any right on ``path`` (a link is not followed)."""
    return bool(stat.S_IMODE(path.lstat().st_mode) & OPEN_BITS)


def tighten(paths: Iterable[Path]) -> dict[Path, int]:
    """Narrow every file (``0600``) and folder (``0700``) under ``paths`` that others could read;
    returns, per path given, how many were narrowed (paths with none are left out). Links are not
    followed; a file owned by someone else is left as it is (counted as ``-1``)."""
    changed: dict[Path, int] = {}
    for top in paths:
        if not top.exists() or top.is_symlink():
            continue
        count = 0
        entries = [top, *top.rglob("*")] if top.is_dir() else [top]
        for entry in entries:
            if entry.is_symlink() or not too_open(entry):
                continue
            try:
                os.chmod(entry, PRIVATE_FOLDER if entry.is_dir() else PRIVATE_FILE)
            except PermissionError:
                changed[top] = -1
                break
            count += 1
        else:
            if count:
                changed[top] = count
    return changed

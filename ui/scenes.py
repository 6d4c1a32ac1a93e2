"""Scenes and presentations of the presenter mode: what they hold, their JSON form, and the
folder where they are kept.

A *scene* is what a presenter shows at one step of a departmental meeting: the explorer's
filters, a search and a focus depth (which partnerships), the **layout** (node id → x, y in
pixels) computed once when the scene is made and kept from then on, and a French caption
(title and text). A *presentation* is a named, ordered list of scenes: the order is the
scene's place in that list, which JSON arrays keep.

The layout is saved with the scene so that the drawing never reshuffles between meetings:
a scene is drawn from its saved positions; only nodes that appeared in the data since then
get a place, next to their neighbours already placed, always the same way
(:func:`scene_positions`).

Presentations are JSON files, one per presentation, in a ``presentations`` folder beside the
embedded store's data folder (``PASSERELLES_DATA_DIR``): the same place whichever store is
used, since a presentation describes what to show, not the data. Files are validated with
pydantic when read, uploaded or imported; a bad file raises :class:`PresentationInvalid`
(a French message) and changes nothing.

Who may change them is decided here, below the page, by the person's :class:`~graph.access.Access`
given to the folder (a reader by default): everyone may open, play and download a presentation;
a presentation belongs to the federation (``owner`` empty) or to one centre, and only those who may
write that centre's data change it (:meth:`Access.can_write`): the federation every presentation,
a centre's contributor those of its centres, a reader none. Every write goes through
:meth:`PresentationFolder.save`, which checks the owner of the file as it is on disk, so a changed
``owner`` cannot take over someone else's presentation.

>>> from queries.explorer import GraphEdge, GraphNode, PartnershipGraph
>>> graph = PartnershipGraph([GraphNode("Centre:C1", "Centre", "C1", "Centre fictif", "95018"),
...                           GraphNode("Ecole:0959001T", "Ecole", "0959001T", "École fictive", "95018")],
...                          [GraphEdge("PA-1", "Centre:C1", "Ecole:0959001T", "convention", None, (), None, None)])
>>> scene = new_scene(graph, "Argenteuil", "Un centre, une école.")
>>> sorted(scene.layout) == ["Centre:C1", "Ecole:0959001T"]
True
>>> again = parse_presentation(Presentation(id="essai", name="Essai", scenes=[scene]).model_dump_json().encode())
>>> again.scenes[0] == scene
True
"""

from __future__ import annotations

import json
import math
import os
import re
import secrets
import tempfile
import zlib
from pathlib import Path
from typing import Annotated, Literal

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from graph.access import PUBLIC, Access, Role
from graph.errors import AccessDenied, PasserellesError
from graph.i18n import t
from graph.permissions import private_folder
from graph.settings import Settings
from graph.text import words
from queries.explorer import Filters, PartnershipGraph
from ui.graph_view import layout

FORMAT = "passerelles-presentation"
MAX_BYTES = 20 * 1024 * 1024  # a presentation of many département scenes stays far below this
MAX_SCENES = 200
MAX_NODES = 50_000
STARS_ABOVE = 300  # nodes: beyond, a new scene is laid out as stars around centres (see scene_layout)

Point = tuple[float, float]
NodeId = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,59}$")]


class PresentationInvalid(PasserellesError):
    """A presentation file that cannot be used (not JSON, not a presentation, a bad value)."""

    key = "presenter.error.invalid"


class Scene(BaseModel):
    """One step of a presentation (see the module's docstring)."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,40}$")]
    title: Annotated[str, StringConstraints(max_length=200)] = ""
    text: Annotated[str, StringConstraints(max_length=2000)] = ""
    filters: Filters = Filters()
    search: Annotated[str, StringConstraints(max_length=200)] = ""
    depth: Annotated[int, Field(ge=1, le=3)] = 1
    layout: Annotated[dict[NodeId, Point], Field(max_length=MAX_NODES)] = {}

    @field_validator("filters")
    @classmethod
    def _short_filter_values(cls, filters: Filters) -> Filters:
        for name, value in vars(filters).items():
            values = value if isinstance(value, tuple) else (value,)
            if len(values) > 2000 or any(isinstance(v, str) and len(v) > 100 for v in values):
                raise ValueError(f"filter {name} too long")  # shown by its place only
        return filters


class Presentation(BaseModel):
    """A named, ordered list of scenes; ``id`` names its file in the folder."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["passerelles-presentation"] = FORMAT
    version: Literal[1] = 1
    id: Identifier
    name: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    owner: Annotated[str, StringConstraints(max_length=60)] = ""  # the centre it belongs to; empty: the federation's
    scenes: Annotated[list[Scene], Field(max_length=MAX_SCENES)] = []

    def with_scenes(self, scenes: list[Scene]) -> Presentation:
        return self.model_copy(update={"scenes": list(scenes)})

    def scene(self, scene_id: str) -> Scene | None:
        return next((scene for scene in self.scenes if scene.id == scene_id), None)


# --- scenes ---------------------------------------------------------------------------------------


def new_scene(graph: PartnershipGraph, title: str, text: str = "", filters: Filters | None = None, search: str = "",
              depth: int = 1) -> Scene:
    """A scene of ``graph`` (what these filters, search and depth give), its layout computed now,
    once: it is saved with the scene and reused at every showing."""
    positions = scene_layout(frozenset(node.id for node in graph.nodes),
                             frozenset((edge.source, edge.target) for edge in graph.edges))
    return Scene(id=secrets.token_hex(6), title=title.strip(), text=text.strip(), filters=filters or Filters(),
                 search=search.strip(), depth=depth, layout={node: (round(x, 1), round(y, 1))
                                                             for node, (x, y) in positions.items()})


def scene_layout(nodes: frozenset[str], edges: frozenset[tuple[str, str]]) -> dict[str, Point]:
    """Positions (pixels) for a new scene: the explorer's own layout for a graph of up to
    ``STARS_ABOVE`` nodes; beyond (a département), the centres and the schools that work with
    several centres are laid out by force, and each school working with one centre only is put
    on a ring around it — a few tenths of a second instead of ten seconds or more for 1,500 nodes,
    and a drawing that reads as stars around centres.

    >>> ring = scene_layout(frozenset({"Centre:C", "Ecole:1", "Ecole:2"}), frozenset({("Centre:C", "Ecole:1"),
    ...                                                                            ("Centre:C", "Ecole:2")}))
    >>> sorted(ring) == ["Centre:C", "Ecole:1", "Ecole:2"]
    True
    """
    if len(nodes) <= STARS_ABOVE:
        return layout(nodes, edges)
    network = nx.Graph()
    network.add_nodes_from(sorted(nodes))
    network.add_edges_from(sorted(edges))
    hubs: dict[str, list[str]] = {}
    for node in sorted(network):
        if node.startswith("Ecole:") and network.degree(node) == 1:
            hubs.setdefault(next(iter(network[node])), []).append(node)
    core = frozenset(network) - {leaf for leaves in hubs.values() for leaf in leaves}
    placed = dict(layout(core, frozenset(network.subgraph(core).edges())))
    for hub, leaves in hubs.items():
        x, y = placed[hub]
        radius = 50 + 28 * len(leaves) / (2 * math.pi)  # about 28 px between two schools of a ring
        start = (zlib.crc32(hub.encode("utf-8")) % 360) * math.pi / 180
        for number, leaf in enumerate(leaves):
            angle = start + 2 * math.pi * number / len(leaves)
            placed[leaf] = (x + radius * math.cos(angle), y + radius * math.sin(angle))
    return placed


def moved(scenes: list[Scene], scene_id: str, step: int) -> list[Scene]:
    """``scenes`` with the scene ``scene_id`` moved ``step`` places (−1: earlier), within bounds.

    >>> [s.id for s in moved([Scene(id="a"), Scene(id="b"), Scene(id="c")], "c", -1)]
    ['a', 'c', 'b']
    """
    order = list(scenes)
    index = next((i for i, scene in enumerate(order) if scene.id == scene_id), None)
    if index is None:
        return order
    target = min(max(index + step, 0), len(order) - 1)
    order.insert(target, order.pop(index))
    return order


def scene_positions(scene: Scene, graph: PartnershipGraph) -> dict[str, Point]:
    """Where each node of ``graph`` is drawn: its saved place when it has one (never
    recomputed); a node that appeared since is placed beside its placed neighbours, and a
    group with no placed node at all is laid out on its own to the right of the drawing.

    >>> from queries.explorer import GraphEdge, GraphNode
    >>> a, b = GraphNode("Centre:A", "Centre", "A", "A", ""), GraphNode("Ecole:B", "Ecole", "B", "B", "")
    >>> graph = PartnershipGraph([a, b], [GraphEdge("P", "Centre:A", "Ecole:B", None, None, (), None, None)])
    >>> places = scene_positions(Scene(id="s", layout={"Centre:A": (10.0, 20.0)}), graph)
    >>> places["Centre:A"], round(math.dist(places["Centre:A"], places["Ecole:B"]))
    ((10.0, 20.0), 90)
    """
    ids = [node.id for node in graph.nodes]
    placed: dict[str, Point] = {node: tuple(scene.layout[node]) for node in ids if node in scene.layout}
    if len(placed) == len(ids):
        return placed
    if not placed:
        return scene_layout(frozenset(ids), frozenset((e.source, e.target) for e in graph.edges))
    network = nx.Graph()
    network.add_nodes_from(ids)
    network.add_edges_from((edge.source, edge.target) for edge in graph.edges)
    _place_beside_neighbours(network, placed)
    _place_apart(network, placed)
    return placed


def _place_beside_neighbours(network: nx.Graph, placed: dict[str, Point]) -> None:
    """Breadth first from the placed nodes: each new node at a fixed distance from the middle
    of its placed neighbours, in a direction drawn from its id (so always the same)."""
    frontier = sorted(node for node in network if node not in placed and any(n in placed for n in network[node]))
    while frontier:
        for node in frontier:
            neighbours = [placed[n] for n in network[node] if n in placed]
            x = sum(p[0] for p in neighbours) / len(neighbours)
            y = sum(p[1] for p in neighbours) / len(neighbours)
            angle = (zlib.crc32(node.encode("utf-8")) % 360) * math.pi / 180
            placed[node] = (round(x + 90 * math.cos(angle), 1), round(y + 90 * math.sin(angle), 1))
        frontier = sorted({n for node in frontier for n in network[node] if n not in placed})


def _place_apart(network: nx.Graph, placed: dict[str, Point]) -> None:
    rest = sorted(node for node in network if node not in placed)
    if not rest:
        return
    apart = scene_layout(frozenset(rest), frozenset(network.subgraph(rest).edges()))
    right = max(p[0] for p in placed.values()) + 200
    left = min(p[0] for p in apart.values())
    for node, (x, y) in apart.items():
        placed[node] = (round(x - left + right, 1), round(y, 1))


# --- files ----------------------------------------------------------------------------------------


def slug(name: str) -> str:
    """A file name for a presentation called ``name``: ASCII, lower case, hyphens.

    >>> slug("Réunion départementale — 23 mai")
    'reunion-departementale-23-mai'
    >>> slug("<script>")
    'script'
    """
    found = "-".join(words(name).split())[:60].strip("-")
    return found or "presentation"


def parse_presentation(data: bytes, source: str = "") -> Presentation:
    """The presentation in ``data`` (a JSON file's bytes), or :class:`PresentationInvalid`
    saying in French what is wrong and where."""
    if len(data) > MAX_BYTES:
        raise PresentationInvalid("presenter.error.too_big", file=source, limit=MAX_BYTES // (1024 * 1024))
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise PresentationInvalid("presenter.error.not_json", file=source, line=1) from None
    except json.JSONDecodeError as error:
        raise PresentationInvalid("presenter.error.not_json", file=source, line=error.lineno) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise PresentationInvalid("presenter.error.not_presentation", file=source)
    try:
        return Presentation.model_validate(raw)
    except ValidationError as error:
        raise PresentationInvalid(file=source, details=_details(error)) from None


def _details(error: ValidationError) -> str:
    """The first problems pydantic found, each as the place in the file (in French words)."""
    names = {"scenes": t("presenter.error.where.scene"), "layout": t("presenter.error.where.layout"),
             "filters": t("presenter.error.where.filters"), "title": t("presenter.error.where.title"),
             "text": t("presenter.error.where.text"), "name": t("presenter.error.where.name"),
             "depth": t("presenter.error.where.depth"), "id": t("presenter.error.where.id")}
    places = []
    for problem in error.errors()[:3]:
        parts = [str(part + 1) if isinstance(part, int) else names.get(str(part), str(part))
                 for part in problem["loc"]]
        places.append(" › ".join(parts) or "…")
    more = len(error.errors()) - len(places)
    return "; ".join(places) + (t("presenter.error.more", count=more) if more > 0 else "")


def default_folder(settings: Settings | None = None) -> Path:
    """``presentations`` beside the embedded store's folder, whichever store is in use."""
    return (settings or Settings.load()).presentations


class PresentationFolder:
    """The presentations saved in one folder, one JSON file each (``<id>.json``), as ``access``
    may see and change them (see the module's docstring): anyone reads, writes are checked.

    >>> from graph.access import Access, Role
    >>> path = Path(tempfile.mkdtemp())
    >>> folder = PresentationFolder(path, Access(Role.ADMIN, account="federation"))
    >>> saved = folder.create("Réunion du 23 mai")
    >>> saved.id, [p.name for p in folder.presentations()[0]]
    ('reunion-du-23-mai', ['Réunion du 23 mai'])
    >>> folder.create("Réunion du 23 mai").id
    'reunion-du-23-mai-2'
    >>> PresentationFolder(path).save(saved.model_copy(update={"name": "Piratée"}))
    Traceback (most recent call last):
    ...
    graph.errors.AccessDenied: presenter.denied
    >>> PresentationFolder(path).load(saved.id).name
    'Réunion du 23 mai'
    """

    def __init__(self, path: Path, access: Access = PUBLIC) -> None:
        self.path = Path(path)
        self.access = access

    # --- who may do what ---------------------------------------------------------------------

    def can_create(self) -> bool:
        """A new presentation (made here or uploaded): the federation, and a centre's contributor."""
        return self.access.role is Role.ADMIN or bool(self.access.role is Role.CONTRIBUTOR and self.access.centres)

    def can_change(self, presentation: Presentation) -> bool:
        """Its scenes, captions and order: whoever may write the data of its owner."""
        return self.access.can_write(presentation.owner or None)

    def _new_owner(self) -> str:
        if not self.can_create():
            raise AccessDenied("presenter.denied")
        return "" if self.access.role is Role.ADMIN else sorted(self.access.centres)[0]

    def _require_change(self, presentation_id: str, owner: str | None = None) -> None:
        """Refused unless the person may change the presentation as saved (or create it, when it
        is new) and, when ``owner`` is given, the presentation as it would be saved."""
        try:
            saved: Presentation | None = self.load(presentation_id)
        except FileNotFoundError:
            saved = None
        except (OSError, PresentationInvalid):  # an unreadable file: only the federation replaces it
            saved = Presentation(id=presentation_id, name="?")
        allowed = self.can_create() if saved is None else self.can_change(saved)
        if not allowed or (owner is not None and not self.access.can_write(owner or None)):
            raise AccessDenied("presenter.denied")

    # --- reading -------------------------------------------------------------------------------

    def file(self, presentation_id: str) -> Path:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,59}", presentation_id):
            raise PresentationInvalid("presenter.error.not_presentation", file=presentation_id)
        return self.path / f"{presentation_id}.json"

    def presentations(self) -> tuple[list[Presentation], list[str]]:
        """The presentations of the folder by name, and the names of the files that could not be read."""
        found, unreadable = [], []
        for path in sorted(self.path.glob("*.json")) if self.path.is_dir() else []:
            try:
                found.append(self.load(path.stem))
            except (OSError, PresentationInvalid):
                unreadable.append(path.name)
        return sorted(found, key=lambda p: (words(p.name), p.id)), unreadable

    def load(self, presentation_id: str) -> Presentation:
        path = self.file(presentation_id)
        return parse_presentation(path.read_bytes(), path.name)

    # --- writing (every write checks the person's access first) --------------------------------

    def save(self, presentation: Presentation) -> Presentation:
        """Write ``presentation`` to its file, whole or not at all (a temporary file renamed);
        :class:`AccessDenied` when the person may not change it (nothing written)."""
        self._require_change(presentation.id, presentation.owner)
        private_folder(self.path)
        target = self.file(presentation.id)
        handle, temporary = tempfile.mkstemp(dir=self.path, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(presentation.model_dump_json(indent=1))
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        return presentation

    def create(self, name: str, scenes: list[Scene] | None = None) -> Presentation:
        """A new presentation called ``name``, saved under a file name not yet used, owned by the
        federation (made by it) or by the contributor's centre."""
        owner = self._new_owner()
        return self.save(Presentation(id=self._free_id(slug(name)), name=name.strip()[:120] or "Présentation",
                                      owner=owner, scenes=list(scenes or [])))

    def import_bytes(self, data: bytes, source: str = "") -> Presentation:
        """Save the presentation in ``data`` (an uploaded file) as a new one of the folder, owned
        by whoever uploads it (whatever the file says); nothing is written when the file is not
        valid or the person may not create a presentation (checked before the file is read)."""
        self._new_owner()
        found = parse_presentation(data, source)
        return self.create(found.name, found.scenes)

    def delete(self, presentation_id: str) -> None:
        self._require_change(presentation_id)
        self.file(presentation_id).unlink(missing_ok=True)

    def _free_id(self, wanted: str) -> str:
        candidate, number = wanted, 1
        while self.file(candidate).exists():
            number += 1
            candidate = f"{wanted[:55]}-{number}"
        return candidate

"""The document as a list of blocks, written once and rendered three times (DOCX, PDF, HTML).

Composing (:mod:`booklet.compose`) decides what is said and in which order; the renderers only decide how
it looks. All text in a block is already set in French typography and is *plain text*: every renderer
escapes it for its own format, so that a person's ``<b>`` or ``<script>`` is shown, never interpreted.

>>> doc = Document("Livret", (Heading(1, "Introduction"), Para("Bonjour."), Heading(2, "Détail")))
>>> [(h.level, h.text) for h in doc.headings()]
[(1, 'Introduction'), (2, 'Détail')]
>>> doc.headings()[1].anchor
'h-2'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

ParaStyle = Literal["body", "lead", "meta", "quote", "small", "note"]


@dataclass(frozen=True)
class Cover:
    title: str
    subtitle: str = ""
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Toc:
    title: str
    depth: int = 2


@dataclass(frozen=True)
class Heading:
    level: int          # 1 to 3
    text: str
    anchor: str = ""    # set by Document: h-1, h-2…


@dataclass(frozen=True)
class Para:
    """A paragraph; ``label`` is set in bold before the text (« Résultat : »)."""

    text: str
    style: ParaStyle = "body"
    label: str = ""

    @property
    def lead_in(self) -> str:
        """The bold label as printed: « Résultat : » before a text, « Résultat » alone."""
        return f"{self.label}\u00a0: " if self.label and self.text else self.label


@dataclass(frozen=True)
class Bullets:
    items: tuple[Para, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()   # shares of the text width, summing to 1 (even when empty)
    caption: str = ""


@dataclass(frozen=True)
class Figure:
    png: bytes = field(repr=False)
    caption: str
    alt: str = ""
    width_share: float = 1.0


@dataclass(frozen=True)
class PageBreak:
    pass


Block: TypeAlias = Cover | Toc | Heading | Para | Bullets | Table | Figure | PageBreak


@dataclass(frozen=True)
class Document:
    """A titled sequence of blocks; headings get stable anchors (h-1, h-2… in order)."""

    title: str
    blocks: tuple[Block, ...]
    footer: str = ""
    compact: bool = False   # a one-page handout: smaller type

    def __post_init__(self) -> None:
        numbered, n = [], 0
        for block in self.blocks:
            if isinstance(block, Heading):
                n += 1
                block = Heading(block.level, block.text, f"h-{n}")
            numbered.append(block)
        object.__setattr__(self, "blocks", tuple(numbered))

    def headings(self) -> list[Heading]:
        return [block for block in self.blocks if isinstance(block, Heading)]

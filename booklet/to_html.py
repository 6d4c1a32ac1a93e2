"""The document as one standalone HTML page: its style inline, its figures as ``data:`` images, no script and
nothing fetched from the network; every text escaped (a person's ``<script>`` is shown as text). Printing it
from a browser gives one practice per page.
"""

from __future__ import annotations

import base64
from html import escape

from booklet.model import Bullets, Cover, Document, Figure, Heading, PageBreak, Para, Table, Toc

CSS = """
body { font-family: "DejaVu Serif", Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #222; }
h1, h2, h3, .cover h1 { font-family: "DejaVu Sans", Arial, sans-serif; color: #1F5C4F; }
h1 { font-size: 1.7rem; margin-top: 2.5rem; } h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .2rem; }
.cover { text-align: left; padding: 4rem 0 3rem; border-bottom: 3px solid #1F5C4F; }
.cover h1 { font-size: 2.4rem; margin: 0 0 .5rem; } .cover .subtitle { font-size: 1.25rem; color: #555; }
.cover p { color: #555; margin: .2rem 0; }
.meta, .small, .note, figcaption { font-family: "DejaVu Sans", Arial, sans-serif; color: #555; font-size: .9rem; }
.note { font-style: italic; } .lead { font-size: 1.08rem; }
.quote { font-style: italic; margin-left: 1.5rem; }
nav ul { list-style: none; padding-left: 0; } nav li.l2 { padding-left: 1.5rem; font-size: .95rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #B8C9C4; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #E3EFEC; font-family: "DejaVu Sans", Arial, sans-serif; }
figure { margin: 1rem 0; text-align: center; } figure img { max-width: 100%; height: auto; }
footer { margin-top: 3rem; color: #555; font-size: .85rem; border-top: 1px solid #ccc; padding-top: .5rem; }
.break { break-after: page; }
"""


def render_html(document: Document) -> bytes:
    """``document`` as a standalone HTML page (UTF-8 bytes)."""
    headings = document.headings()
    body = "\n".join(_block(block, headings) for block in document.blocks)
    footer = f"<footer>{escape(document.footer)}</footer>" if document.footer else ""
    page = (f'<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(document.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n{footer}\n"
            "</body>\n</html>\n")
    return page.encode("utf-8")


def _para(para: Para, tag: str = "p") -> str:
    label = f"<strong>{escape(para.lead_in)}</strong>" if para.label else ""
    return f'<{tag} class="{para.style}">{label}{escape(para.text).replace(chr(10), "<br>")}</{tag}>'


def _block(block: object, headings: list[Heading]) -> str:
    if isinstance(block, Cover):
        lines = "".join(f"<p>{escape(line)}</p>" for line in block.lines)
        return (f'<header class="cover"><h1>{escape(block.title)}</h1>'
                f'<p class="subtitle">{escape(block.subtitle)}</p>{lines}</header>')
    if isinstance(block, Toc):
        items = "".join(f'<li class="l{h.level}"><a href="#{h.anchor}">{escape(h.text)}</a></li>'
                        for h in headings if h.level <= block.depth)
        return f'<nav><h2>{escape(block.title)}</h2><ul>{items}</ul></nav>'
    if isinstance(block, Heading):
        level = min(block.level, 3)
        return f'<h{level} id="{block.anchor}">{escape(block.text)}</h{level}>'
    if isinstance(block, Para):
        return _para(block)
    if isinstance(block, Bullets):
        return "<ul>" + "".join(_para(item, "li") for item in block.items) + "</ul>"
    if isinstance(block, Table):
        head = "".join(f"<th>{escape(cell)}</th>" for cell in block.header)
        rows = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in block.rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    if isinstance(block, Figure):
        data = base64.b64encode(block.png).decode("ascii")
        return (f'<figure><img src="data:image/png;base64,{data}" alt="{escape(block.alt or block.caption)}">'
                f"<figcaption>{escape(block.caption)}</figcaption></figure>")
    if isinstance(block, PageBreak):
        return '<div class="break"></div>'
    return ""

"""What Streamlit's Markdown would make live in a text: a model of its renderer, for AppTest.

Streamlit's front end renders Markdown with react-markdown, remark-gfm (whose autolinks of
``https://…``, ``www.…`` and e-mail addresses are searched in the *text*, once backslash escapes
are taken off), remark-emoji (``:smile:``, also in the text), remark-math (``$…$``) and its own
directives (``:red[…]``, ``:material/…:``); raw HTML is escaped unless ``unsafe_allow_html``.
:func:`live` reads a Markdown source the same way — escapes first, then the structure that is
left, then the text — and names everything that would not be shown as plain text. The real
browser test of ``tests/test_markdown_inert.py`` checks this model against Chromium.

>>> live("[a](javascript:x) ![i](http://x/i.png) <img src=x> $x$ :red[r] :smile:")
['directive', 'html', 'image', 'lien', 'math', 'raccourci', 'url']
>>> live("voir https\\\\:\u2060//exemple\u2060\\\\.fr et www\u2060\\\\.exemple\u2060\\\\.fr")
[]
>>> live("voir https\\\\://exemple\\\\.fr et www\\\\.exemple\\\\.fr")  # backslashes alone do not stop autolinks
['url']
>>> live("\\\\[a\\\\]\\\\(b\\\\) &lt;img&gt; \\\\$x\\\\$ **gras** `code`")
[]
"""

from __future__ import annotations

import html
import re

ESCAPABLE = set(r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~""")
ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)
# The patterns of mdast-util-gfm-autolink-literal and remark-emoji (JavaScript's \w is ASCII).
URL = re.compile(r"(https?://|www(?=\.))([-.\w]+)", re.I | re.A)
EMAIL = re.compile(r"([-.\w+]+)@([-\w]+(?:\.[-\w]+)+)", re.A)
SHORTCODE = re.compile(r":[a-z0-9_+-]+:|:material/[a-z0-9_]+:", re.A)
# What the structure left once escapes are masked can start.
STRUCTURE = (("image", re.compile(r"!\[")), ("lien", re.compile(r"\][ \t]*[(\[]|^\s*\[[^\]]*\]:", re.M)),
             ("html", re.compile(r"<[A-Za-z/!?]")), ("math", re.compile(r"\$")),
             ("directive", re.compile(r":[A-Za-z][\w-]*\[")))


def _read(source: str) -> tuple[str, str]:
    """The source with escaped characters masked (its structure), and the text it shows."""
    structure, text, i = [], [], 0
    while i < len(source):
        char = source[i]
        if char == "\\" and i + 1 < len(source) and source[i + 1] in ESCAPABLE:
            structure.append("\0")
            text.append(source[i + 1])
            i += 2
            continue
        entity = ENTITY.match(source, i) if char == "&" else None
        if entity:
            structure.append("\0")
            text.append(html.unescape(entity[0]))
            i = entity.end()
            continue
        structure.append(char)
        text.append(char)
        i += 1
    return "".join(structure), "".join(text)


def _without_code(structure: str, text: str) -> tuple[str, str]:
    """Code spans (unescaped backticks) show their content as it is: left out of both."""
    spans = [m.span() for m in re.finditer(r"(`+)[^`]*?\1", structure)]
    for start, end in reversed(spans):
        structure = structure[:start] + "\0" * (end - start) + structure[end:]
        text = text[:start] + " " * (end - start) + text[end:] if len(text) == len(structure) else text
    return structure, text


def shown(source: str) -> str:
    """The text ``source`` shows (escapes taken off, invisible word joiners left out).

    >>> shown("\\\\[a\\\\] &lt;b&gt; www\u2060\\\\.x")
    '[a] <b> www.x'
    """
    return _read(source)[1].replace("\u2060", "")


def live(source: str) -> list[str]:
    """The kinds of things ``source`` would render as something other than text (see the module's docstring)."""
    structure, text = _without_code(*_read(source))
    found = [name for name, pattern in STRUCTURE for _ in pattern.finditer(structure)]
    found += ["url" for _ in URL.finditer(text)]
    found += ["courriel" for _ in EMAIL.finditer(text)]
    found += ["raccourci" for _ in SHORTCODE.finditer(text)]
    return sorted(set(found))

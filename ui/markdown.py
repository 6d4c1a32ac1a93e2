"""Text people typed, or read from a file, shown as itself in Streamlit's Markdown.

Streamlit renders Markdown in far more places than ``st.markdown``: titles, captions, alerts,
``st.write`` of a string, and the *labels* of every widget (a checkbox, a button, an expander,
a tab, a metric), their ``help`` tooltips and the options of ``st.radio``. Its Markdown has
extensions too: GitHub's autolinks (``https://…``, ``www.…`` and e-mail addresses become links
even with no brackets), ``:material/icon:``, ``:red[colour]``, emoji shortcodes, ``$math$``.

A name, a caption or a message that carries a value must never become a link, an image, a
heading, an icon or markup: every such value goes through :func:`plain` — through
:func:`sentence` for a catalogue sentence, through :func:`error_sentence` for an error — and
only there. :func:`plain` escapes HTML (``unsafe_allow_html`` stays off anyway), backslashes
every Markdown punctuation mark, and puts an invisible word joiner (U+2060) after each ``:``
and ``@`` and before each ``.``: GitHub's autolinks and the emoji shortcodes are found in the
text *after* the backslashes are taken off, and the joiner is what they cannot match across
(``https:⁠//``, ``www⁠.``, ``nom@⁠centre⁠.fr``, ``:⁠smile:``). It shows as nothing.

>>> plain("<b>Centre</b> [x](javascript:alert(1)) :material/home: $x$ l'école")
"&lt;b&gt;Centre&lt;/b&gt; \\\\[x\\\\]\\\\(javascript\\\\:\\u2060alert\\\\(1\\\\)\\\\) \\\\:\\u2060material/home\\\\:\\u2060 \\\\$x\\\\$ l'école"
>>> "www." in plain("www.exemple.fr"), "https://" in plain("https://exemple.fr"), "@exemple" in plain("a@exemple.fr")
(False, False, False)
>>> sentence("page.presenter.created", name="[lien](https://exemple.fr)")
'Présentation « \\\\[lien\\\\]\\\\(https\\\\:\\u2060//exemple\\u2060\\\\.fr\\\\) » créée.'
"""

from __future__ import annotations

import html
import re
from typing import Any

from graph.errors import PasserellesError
from graph.i18n import t

JOINER = "\u2060"  # WORD JOINER: zero width, no line break, and not a "word" character for a pattern
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$:])")
_UNLINKED = re.compile(r"(:|@|\\\.)")


def plain(text: object) -> str:
    """``text`` shown as itself in Markdown: no HTML, no markup, no link, no icon, no math."""
    escaped = _MARKUP.sub(r"\\\1", html.escape(str(text if text is not None else ""), quote=False))
    return _UNLINKED.sub(lambda found: JOINER + found[1] if found[1] == "\\." else found[1] + JOINER, escaped)


def sentence(key: str, /, **params: Any) -> str:
    """The catalogue's sentence ``key`` for Markdown, each value in it shown as text (:func:`plain`).

    Numbers are kept as they are (a ``count`` chooses the plural form)."""
    return t(key, **{name: value if isinstance(value, int | float) else plain(value) for name, value in params.items()})


def error_sentence(error: PasserellesError) -> str:
    """The French message of ``error`` for Markdown: its values (file names, places in a file, a
    value read) shown as text."""
    return sentence(error.key, **error.params)

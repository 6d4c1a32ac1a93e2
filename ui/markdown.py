"""Text people typed, shown as itself in Streamlit's Markdown.

Streamlit renders Markdown (and a few extensions: ``:material/icon:``, ``$math$``…) in
titles, captions, alerts and tables' neighbours. A name or a caption must never become a
link, a heading, an icon or markup: HTML is escaped (``unsafe_allow_html`` stays off anyway)
and every Markdown punctuation mark is backslashed.

>>> plain("<b>Centre</b> [x](javascript:alert(1)) :material/home: $x$ l'école")
"&lt;b&gt;Centre&lt;/b&gt; \\\\[x\\\\]\\\\(javascript\\\\:alert\\\\(1\\\\)\\\\) \\\\:material/home\\\\: \\\\$x\\\\$ l'école"
"""

from __future__ import annotations

import html
import re

_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$:])")


def plain(text: object) -> str:
    """``text`` shown as itself in Markdown: no HTML, no markup, no icon, no math."""
    return _MARKUP.sub(r"\\\1", html.escape(str(text if text is not None else ""), quote=False))

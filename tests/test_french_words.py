"""Streamlit's own English must not show through (issue 19: « Choose options », « Choose an option »): every
list to choose from, on every page, says in French what to do when nothing is chosen yet."""

from __future__ import annotations

from pathlib import Path

PAGES = sorted(p.stem for p in (Path(__file__).resolve().parent.parent / "app_pages").glob("*.py"))


def test_every_empty_choice_says_in_french_what_to_do(app_test):
    app = app_test()
    app.run()
    silent = []
    for page in PAGES:
        app.switch_page(f"app_pages/{page}.py").run()
        assert not app.exception, page
        for kind in ("selectbox", "multiselect"):
            for widget in app.get(kind):
                empty = kind == "multiselect" or not widget.proto.HasField("default")
                if empty and not widget.proto.placeholder.strip():  # Streamlit would write « Choose … »
                    silent.append((page, widget.key or widget.proto.label))
    assert silent == []

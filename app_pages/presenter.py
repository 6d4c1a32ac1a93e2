"""Mode présentation: scenes made from the explorer's filters, played full screen on a projector,
taken away as one HTML file that works with no network.

Presentations live as JSON files in the ``presentations`` folder beside the embedded store's
data folder (:mod:`ui.scenes`); every change is saved at once. Everyone opens, plays and
downloads them; the folder, given the person's access, refuses any change their role does not
allow (the federation changes every presentation, a centre its own, a reader none), and the
page offers only what the folder would accept. What a presenter typed (names, titles,
captions) is shown as text: ``st.text``, tables, option lists, or :func:`ui.markdown.plain`
in Markdown.
"""

from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st

from graph.access import Role
from graph.errors import PasserellesError
from graph.i18n import counted, t
from queries import QUERIES
from queries.explorer import Filters
from ui.graph_filters import filter_widgets, search_widgets
from ui.markdown import error_sentence, plain
from ui.presenter import NEXT_KEY, PLAY_CSS, PREVIOUS_KEY, cached_stage, presentation_file, scene_image
from ui.scenes import Presentation, PresentationFolder, PresentationInvalid, default_folder, moved, new_scene
from ui.session import access
from ui.state import store
from ui.uploads import LIMITS_MB, accepted, release

current = store()
who = access()
folder = PresentationFolder(default_folder(), who)
state = st.session_state
IMAGES = (Path(__file__).resolve().parent.parent / "ui" / "images.py").is_file()  # written by another part


# --- what the buttons do (callbacks: they run before the page is drawn again) -------------------------


def open_presentation(presentation_id: str) -> None:
    state["presenter_open"] = state["presenter_choice"] = presentation_id


def refused_in_french(action):
    """A button's action whose refusal (the person's role, a file gone) is told on the next run."""
    def run(*args) -> None:
        try:
            action(*args)
        except (PasserellesError, OSError) as error:
            state.pop("presenter_notice", None)
            state["presenter_problem"] = error_sentence(error) if isinstance(error, PasserellesError) \
                else t("page.presenter.gone")
    return run


@refused_in_french
def create() -> None:
    name = state.get("presenter_new_name", "").strip()
    if name:
        open_presentation(folder.create(name).id)
        state["presenter_new_name"] = ""
        state["presenter_notice"] = t("page.presenter.created", name=plain(name))


@refused_in_french
def add_scene(presentation_id: str, filters: Filters, search: str, depth: int) -> None:
    presentation = folder.load(presentation_id)
    graph = QUERIES["graphe_partenariats"](current, filters=filters, search=search, depth=depth)
    title = state.get("presenter_scene_title", "").strip() or t("presenter.untitled", n=len(presentation.scenes) + 1)
    scene = new_scene(graph, title, state.get("presenter_scene_text", ""), filters, search, depth)
    folder.save(presentation.with_scenes([*presentation.scenes, scene]))
    state["presenter_scene_title"] = state["presenter_scene_text"] = ""
    state["presenter_selected"] = scene.id
    state["presenter_notice"] = t("page.presenter.added", title=plain(title),
                                  partnerships=counted("partenariats", len(graph.edges)),
                                  centres=counted("centres", sum(1 for n in graph.nodes if n.label == "Centre")),
                                  schools=counted("etablissements", sum(1 for n in graph.nodes if n.label == "Ecole")))


@refused_in_french
def move(presentation_id: str, scene_id: str, step: int) -> None:
    presentation = folder.load(presentation_id)
    folder.save(presentation.with_scenes(moved(presentation.scenes, scene_id, step)))


@refused_in_french
def delete(presentation_id: str, scene_id: str) -> None:
    presentation = folder.load(presentation_id)
    folder.save(presentation.with_scenes([s for s in presentation.scenes if s.id != scene_id]))
    state["presenter_notice"] = t("page.presenter.deleted")


@refused_in_french
def save_caption(presentation_id: str, scene_id: str) -> None:
    presentation = folder.load(presentation_id)
    title, text = state.get(f"presenter_edit_title_{scene_id}", ""), state.get(f"presenter_edit_text_{scene_id}", "")
    folder.save(presentation.with_scenes([s.model_copy(update={"title": title.strip(), "text": text.strip()})
                                          if s.id == scene_id else s for s in presentation.scenes]))
    state["presenter_notice"] = t("page.presenter.caption_saved")


def play() -> None:
    state["presenter_playing"], state["presenter_index"] = True, 0


def stop() -> None:
    state["presenter_playing"] = False


def step(delta: int, total: int) -> None:
    state["presenter_index"] = max(0, min(total - 1, state.get("presenter_index", 0) + delta))


# --- the player --------------------------------------------------------------------------------------


def player(presentation: Presentation) -> None:
    st.markdown(f"<style>{PLAY_CSS}</style>", unsafe_allow_html=True)  # our own constant, no user text
    scenes = presentation.scenes
    index = min(state.get("presenter_index", 0), len(scenes) - 1)
    scene = scenes[index]
    _, drawing = cached_stage(current, scene)
    caption, controls = st.columns([3, 2])
    with caption:
        with st.container(key="presenter_caption_title"):
            st.text(scene.title or t("presenter.untitled", n=index + 1))
        if scene.text:
            with st.container(key="presenter_caption_text"):
                st.text(scene.text)
    with controls, st.container(key="presenter_nav"):
        counter, leave = st.columns([3, 2], vertical_alignment="center")
        counter.markdown(t("presenter.counter", n=index + 1, total=len(scenes)))
        leave.button(t("page.presenter.quit"), key="presenter_quit", on_click=stop, shortcut="Esc", width="stretch")
        back, forward = st.columns(2)
        back.button(t("presenter.previous"), key=PREVIOUS_KEY, on_click=step, args=(-1, len(scenes)),
                    disabled=index == 0, shortcut="Left", width="stretch")
        forward.button(t("presenter.next"), key=NEXT_KEY, on_click=step, args=(1, len(scenes)),
                       disabled=index == len(scenes) - 1, shortcut="Right", width="stretch")
    with st.container(key="presenter_stage"):
        st.iframe(drawing, height=640)


# --- building a presentation --------------------------------------------------------------------------


def chooser(presentations: list[Presentation]) -> Presentation | None:
    """Open, create or upload a presentation; the one open, if any."""
    pick, make, upload = st.columns([2, 2, 3])
    if folder.can_create():  # a reader opens, plays and downloads; the folder refuses the rest anyway
        with upload:
            presentations = uploaded_presentation(presentations)
        with make:
            st.text_input(t("page.presenter.new_name"), key="presenter_new_name", max_chars=120,
                          placeholder=t("page.presenter.new_name_hint"))
            st.button(t("page.presenter.create"), key="presenter_create", on_click=create)
    by_id = {p.id: p for p in presentations}
    if not by_id:
        pick.info(t("page.presenter.none" if folder.can_create() else "page.presenter.none_reader"))
        return None
    wanted = state.get("presenter_open")
    if state.get("presenter_choice") not in by_id:
        state["presenter_choice"] = wanted if wanted in by_id else next(iter(by_id))
    with pick:
        chosen = st.selectbox(t("page.presenter.choose"), list(by_id), key="presenter_choice",
                              format_func=lambda key: by_id[key].name)
        state["presenter_open"] = chosen
        st.button(t("page.presenter.play"), key="presenter_play", on_click=play, type="primary",
                  disabled=not by_id[chosen].scenes, icon=":material/slideshow:")
    return by_id[chosen]


def uploaded_presentation(presentations: list[Presentation]) -> list[Presentation]:
    """The upload box: a presentation file, bounded in size before it is read; the presentations then."""
    uploaded = st.file_uploader(t("page.presenter.upload"), type=["json"], key="presenter_upload",
                                help=t("page.presenter.upload_help", limit=LIMITS_MB["json"]),
                                max_upload_size=LIMITS_MB["json"])
    st.caption(t("page.presenter.upload_limit", limit=LIMITS_MB["json"]))
    if uploaded is None or state.get("presenter_uploaded") == uploaded.file_id:
        return presentations
    state["presenter_uploaded"] = uploaded.file_id
    kept, refused = accepted([uploaded])
    for message in refused:
        st.error(plain(message), icon=":material/block:")
    if not kept:
        return presentations
    try:
        made = folder.import_bytes(uploaded.getvalue(), uploaded.name)
    except PasserellesError as error:
        st.error(error_sentence(error), icon=":material/block:")
        return presentations
    finally:
        release(uploaded)  # saved in the folder, or refused: the session need not keep its bytes
    open_presentation(made.id)
    st.success(t("page.presenter.imported", name=plain(made.name), file=plain(uploaded.name)))
    return [*presentations, made]


def scene_maker(presentation: Presentation) -> None:
    st.subheader(t("page.presenter.new_scene"))
    st.caption(t("page.presenter.new_scene_help"))
    filters = filter_widgets(current, "presenter")
    search, depth = search_widgets("presenter")
    title, text = st.columns([2, 3])
    title.text_input(t("page.presenter.scene_title"), key="presenter_scene_title", max_chars=200,
                     placeholder=t("page.presenter.scene_title_hint"))
    text.text_area(t("page.presenter.scene_text"), key="presenter_scene_text", max_chars=2000, height=68)
    st.button(t("page.presenter.add"), key="presenter_add", on_click=add_scene,
              args=(presentation.id, filters, search, depth), icon=":material/add:")


def scene_list(presentation: Presentation) -> str | None:
    """The scenes in order, and the tools to reorder, re-caption or delete one; the one chosen."""
    st.subheader(t("page.presenter.scenes"))
    if not presentation.scenes:
        st.info(t("page.presenter.no_scenes"))
        return None
    st.dataframe(pd.DataFrame([{t("page.presenter.column.number"): number,
                                t("page.presenter.column.title"): scene.title,
                                t("page.presenter.column.text"): scene.text,
                                t("page.presenter.column.search"): scene.search,
                                t("page.presenter.column.depth"): scene.depth,
                                t("page.presenter.column.nodes"): len(scene.layout)}
                               for number, scene in enumerate(presentation.scenes, start=1)]), hide_index=True)
    numbers = {scene.id: number for number, scene in enumerate(presentation.scenes, start=1)}
    if state.get("presenter_selected") not in numbers:
        state["presenter_selected"] = presentation.scenes[0].id
    chosen = st.selectbox(t("page.presenter.selected"), list(numbers), key="presenter_selected",
                          format_func=lambda key: f"{numbers[key]}. {presentation.scene(key).title}")
    if not folder.can_change(presentation):  # the scene chosen is still the one downloaded as an image
        return chosen
    scene = presentation.scene(chosen)
    up, down, remove = st.columns(3)
    up.button(t("page.presenter.up"), key="presenter_up", on_click=move, args=(presentation.id, chosen, -1),
              disabled=numbers[chosen] == 1, icon=":material/arrow_upward:")
    down.button(t("page.presenter.down"), key="presenter_down", on_click=move, args=(presentation.id, chosen, 1),
                disabled=numbers[chosen] == len(numbers), icon=":material/arrow_downward:")
    remove.button(t("page.presenter.delete"), key="presenter_delete", on_click=delete, args=(presentation.id, chosen),
                  icon=":material/delete:")
    title, text = st.columns([2, 3])
    title.text_input(t("page.presenter.edit_title"), value=scene.title, key=f"presenter_edit_title_{chosen}",
                     max_chars=200)
    text.text_area(t("page.presenter.edit_text"), value=scene.text, key=f"presenter_edit_text_{chosen}",
                   max_chars=2000, height=68)
    st.button(t("page.presenter.save_caption"), key="presenter_save_caption", on_click=save_caption,
              args=(presentation.id, chosen))
    return chosen


def downloads(presentation: Presentation, chosen: str | None) -> None:
    st.subheader(t("page.presenter.downloads"))
    found = st.columns(4)
    found[0].download_button(t("page.presenter.download_json"), presentation.model_dump_json(indent=1).encode("utf-8"),
                             file_name=f"passerelles-presentation-{presentation.id}.json", mime="application/json",
                             key="presenter_download_json")
    if not presentation.scenes:
        return
    found[1].download_button(t("page.presenter.download_html"),
                             partial(presentation_file, current, presentation.name, presentation.scenes),
                             file_name=f"passerelles-presentation-{presentation.id}.html", mime="text/html",
                             key="presenter_download_html")
    scene = presentation.scene(chosen or "")
    if IMAGES and scene is not None:
        for column, kind, mime in ((found[2], "png", "image/png"), (found[3], "svg", "image/svg+xml")):
            column.download_button(t(f"page.presenter.download_{kind}"), partial(scene_image, current, scene, kind),
                                   file_name=f"passerelles-scene-{presentation.id}.{kind}", mime=mime,
                                   key=f"presenter_download_{kind}")


def builder() -> None:
    st.title(t("page.presenter.heading"))
    st.caption(t("page.presenter.intro"))
    if who.role is Role.ADMIN:  # where the files are is the server's business: the federation's only
        st.caption(t("page.presenter.folder", folder=plain(str(folder.path))))
    presentations, unreadable = folder.presentations()
    if unreadable and who.role is Role.ADMIN:
        st.warning(t("page.presenter.unreadable", files=plain(", ".join(unreadable))))
    if notice := state.pop("presenter_notice", None):
        st.success(notice)
    if problem := state.pop("presenter_problem", None):
        st.error(problem, icon=":material/block:")
    presentation = chooser(presentations)
    if presentation is None:
        return
    if folder.can_change(presentation):
        scene_maker(presentation)
    else:
        st.caption(t("page.presenter.read_only"))
    chosen = scene_list(presentation)
    downloads(presentation, chosen)


def opened() -> Presentation | None:
    try:
        return folder.load(state["presenter_open"]) if state.get("presenter_open") else None
    except (OSError, PresentationInvalid):
        return None


showing = opened() if state.get("presenter_playing") else None
if showing is not None and showing.scenes:
    player(showing)
else:
    state["presenter_playing"] = False
    builder()

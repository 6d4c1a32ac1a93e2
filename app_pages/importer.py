"""Importer des données: upload the federation's workbook or CSV files, see what would change
and every problem found, then confirm to write it all (or nothing)."""

import pandas as pd
import streamlit as st

from graph.access import Role
from graph.errors import PasserellesError
from graph.i18n import t
from ui import importing
from ui.markdown import error_sentence, plain, sentence
from ui.session import access
from ui.state import shared_store
from ui.uploads import LIMITS_MB, widget_limit_mb


def problems_table(title: str, problems) -> None:
    st.subheader(title)
    widths = {"where": "medium", "value": "small", "message": "large"}
    st.dataframe(pd.DataFrame(importing.problem_rows(problems)), hide_index=True, width="stretch",
                 column_config={t(f"page.importer.column.{name}"): st.column_config.TextColumn(width=width)
                                for name, width in widths.items()})


st.title(t("page.importer.heading"))
if access().role is not Role.ADMIN:  # the import refuses anyway (ingest.auto.load_files)
    st.warning(t("access.import_admin_only"), icon=":material/lock:")
    st.stop()
current = shared_store()
st.write(t("page.importer.intro"))
KINDS = ["xlsx", "csv", "geojson"]
st.file_uploader(t("page.importer.uploader"), type=KINDS, accept_multiple_files=True,
                 key=importing.UPLOADER_KEY, on_change=importing.take_uploads, max_upload_size=widget_limit_mb(KINDS),
                 help=t("page.importer.uploader_help", xlsx=LIMITS_MB["xlsx"], csv=LIMITS_MB["csv"],
                        geojson=LIMITS_MB["geojson"]))
st.caption(t("page.importer.upload_limits", xlsx=LIMITS_MB["xlsx"], csv=LIMITS_MB["csv"], geojson=LIMITS_MB["geojson"]))
for refused in importing.refused_uploads():
    st.error(plain(refused), icon=":material/block:")

with st.expander(t("page.importer.opendata_heading")):
    st.text_input(t("page.importer.departements"), key=importing.DEPARTEMENTS_KEY,
                  help=t("page.importer.departements_help"))

files = st.session_state.get(importing.FILES_KEY)
if not files:
    st.info(t("page.importer.waiting"), icon=":material/upload_file:")
    st.stop()

if (summary := importing.written_summary(files)) is not None:
    st.success("\n".join([t("page.importer.written"), *(f"- {line}" for line in summary)]),  # catalogue and counts
               icon=":material/check_circle:")

try:
    with st.spinner(t("page.importer.checking")):
        result = importing.preview(current, files)
except PasserellesError as error:
    st.error(error_sentence(error))
    st.stop()
report = result.report

st.subheader(t("page.importer.preview_heading"))
st.dataframe(pd.DataFrame(importing.preview_rows(result)), hide_index=True, width="stretch")
if report.blocking:
    problems_table(t("page.importer.blocking_heading", count=len(report.blocking)), report.blocking)
if report.warnings:
    problems_table(t("page.importer.warnings_heading", count=len(report.warnings)), report.warnings)
if (proposals := report.proposals()) or importing.confirmed():
    st.subheader(t("page.importer.proposals_heading"))
    for index, (name, uai) in enumerate(proposals.items()):
        st.checkbox(sentence("page.importer.proposal", name=name, uai=uai), key=f"proposal_{index}_{uai}",
                    on_change=importing.confirm, args=(name, uai))
    for name, uai in importing.confirmed().items():
        st.caption(sentence("page.importer.confirmed", name=name, uai=uai))
    if importing.confirmed():
        st.button(t("page.importer.forget"), key="forget_proposals", on_click=importing.forget_confirmations)
if report.problems:
    st.download_button(t("page.importer.download_report"), report.to_csv(), file_name="passerelles-rapport.csv",
                       mime="text/csv", key="download_import_report")

if report.has_blocking:
    st.error(t("page.importer.blocked", count=len(report.blocking)), icon=":material/block:")
elif not importing.has_changes(result):
    st.info(t("page.importer.nothing_to_write"), icon=":material/done_all:")
else:
    st.write(t("page.importer.confirm_intro"))
    if st.button(t("page.importer.confirm"), key="confirm_import", type="primary"):
        bar = st.progress(0.0, text=t("page.importer.starting"))
        try:
            written = importing.load_uploads(current, files, dry_run=False,
                                             progress=lambda fraction, message: bar.progress(fraction, text=message))
        except PasserellesError as error:
            st.error(error_sentence(error))
            st.stop()
        importing.remember_load(files, written)
        st.rerun()

"""指标详情: one indicator, its values by district and year, every supporting sentence."""

from __future__ import annotations

import streamlit as st

from districts.present.charts import (
    district_label,
    indicator_label,
    marked_number,
    when_text,
)
from districts.present.i18n import t, theme_label, unit_label
from districts.present.views import (
    SUPPORTING_PER_DISTRICT,
    display_unit,
    supporting_mentions,
)
from districts.ui import state
from districts.ui.state import link_params, sidebar, tables, write_view
from districts.ui.text import md_escape


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    st.title(t("page_indicator", lang))
    reported_ids = set(data.indicators["indicator"])
    options = [i for i in data.catalog.indicators if i.id in reported_ids]
    wanted = st.query_params.get("ind", "")
    ids = [i.id for i in options]
    if wanted and wanted not in ids:
        st.info(f"{t('ignored_params', lang)}: ind={wanted}")
    indicator = st.selectbox(
        t("choose_indicator", lang),
        options,
        index=ids.index(wanted) if wanted in ids else 0,
        format_func=lambda i: f"{indicator_label(i, lang)} · {theme_label(i.theme, lang)}",
    )
    write_view(data, view, ind=indicator.id)
    st.caption(indicator.definition_en if lang == "en" else indicator.definition)
    if not view.districts:
        st.warning(t("no_district", lang))
        return
    st.plotly_chart(state.figure([indicator], view.districts, lang, view.year), key="detail")
    st.subheader(t("values_by_year", lang))
    rows = data.indicators[
        (data.indicators["indicator"] == indicator.id)
        & data.indicators["district"].isin(view.districts)
    ]
    unit = display_unit(data, indicator, rows["value"])
    st.dataframe(
        [
            {
                t("district", lang): district_label(data, r.district, lang),
                t("year", lang): when_text(r._asdict(), lang),
                t("value", lang): marked_number(r.qualifier, r.value / unit.factor, lang),
                t("unit", lang): unit_label(unit.label, lang),
                t("conflict", lang): "⚠" if r.conflict == "true" else "",
            }
            for r in rows.itertuples(index=False)
        ],
        hide_index=True,
    )
    st.subheader(t("supporting", lang))
    titles = data.titles
    supporting, total = supporting_mentions(data, indicator.id, view.districts)
    if len(supporting) < total:
        st.caption(t("supporting_shown", lang).format(shown=SUPPORTING_PER_DISTRICT, total=total))
    for mention in supporting.itertuples(index=False):
        title, date = titles.get(mention.doc, (mention.doc, ""))
        with st.container(border=True):
            st.markdown(
                f"**{district_label(data, mention.district, lang)}** · "
                f"{md_escape(mention.as_written)} · {when_text(mention._asdict(), lang)}"
            )
            st.text(mention.sentence)
            st.page_link(
                state.page("sources"),
                label=f"{t('open_source', lang)}: {md_escape(title)} {date}",
                query_params=link_params(data, view, doc=mention.doc, at=str(mention.start)),
            )

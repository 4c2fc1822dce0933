"""区概况: everything one district reports, by theme, each value with its rank and sentence."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from districts.present.charts import indicator_label, marked_number, when_text
from districts.present.comparison import readable_quote
from districts.present.i18n import qualifier_word, t, theme_label, unit_label
from districts.present.profile import PROFILE_THEMES, district_profile, rank_text
from districts.present.views import display_unit
from districts.ui.state import link_params, sidebar, tables, write_view


def render() -> None:
    data = tables()
    view = sidebar(data)
    lang = view.lang
    st.title(t("page_profile", lang))
    registry = list(data.catalog.districts)
    codes = [d.code for d in registry]
    wanted = st.query_params.get("district", "")
    if wanted and wanted not in codes:
        st.info(f"{t('ignored_params', lang)}: district={wanted}")
    names = {d.name for d in registry}
    first = next((d for d in view.districts if d in names), registry[0].name)
    default = wanted if wanted in codes else data.catalog.district_by_name(first).code
    district = st.selectbox(
        t("choose_district", lang),
        registry,
        index=codes.index(default),
        format_func=lambda d: d.name_en if lang == "en" else d.name,
        key="profile_district",
    )
    write_view(data, view, district=district.code)
    st.header(district.name_en if lang == "en" else district.full_name)
    st.caption(f"{t('zone', lang)}: {district.zone_en if lang == 'en' else district.zone}")
    profile = district_profile(data, district.name)
    if profile.empty:
        st.info(t("profile_empty", lang))
        return
    st.markdown(
        t("profile_counts", lang).format(
            n=len(profile), k=profile["indicator"].nunique(), d=profile["doc"].nunique()
        )
    )
    st.caption(t("profile_intro", lang))
    for theme in PROFILE_THEMES:
        rows = profile[profile["theme"] == theme]
        if rows.empty:
            continue
        st.subheader(theme_label(theme, lang))
        st.dataframe(
            [_row(data, view, record) for record in rows.to_dict("records")],
            hide_index=True,
            key=f"profile_{theme}",
            column_config={
                t("open_source", lang): st.column_config.LinkColumn(display_text="↗"),
                t("indicator_detail_link", lang): st.column_config.LinkColumn(display_text="↗"),
            },
        )


def _row(data, view, record: dict) -> dict:  # type: ignore[no-untyped-def]
    lang = view.lang
    indicator = data.catalog.indicator_by_id(record["indicator"])
    unit = display_unit(data, indicator, pd.Series([record["value"]]))
    return {
        t("indicator", lang): indicator_label(indicator, lang),
        t("value", lang): marked_number(record["qualifier"], record["value"] / unit.factor, lang),
        t("unit", lang): unit_label(unit.label, lang),
        t("qualifier", lang): qualifier_word(record["qualifier"], lang),
        t("year", lang): when_text(record, lang),
        t("rank", lang): rank_text(record["rank"], lang),
        t("quote", lang): readable_quote(record["quote"]),
        t("document", lang): record["doc_title"],
        t("open_source", lang): "sources?"
        + urlencode(link_params(data, view, doc=record["doc"], at=str(record["start"]))),
        t("indicator_detail_link", lang): "indicator?"
        + urlencode(link_params(data, view, ind=record["indicator"])),
    }

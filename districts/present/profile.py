"""A district's profile and an indicator's ranking, as plain rows (no Streamlit).

A rank is given only among values that say the same kind of thing: the same indicator, the
same year (the year the text states, else the year of the document's date) and the same
period, all exact. Otherwise the row says why it has no rank, so a 2021 value is never ranked
against a 2023 one and a target never against a result.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from districts.catalog import Indicator
from districts.present.views import THEMES, Tables, indicator_values

# Themes in the order a profile lists them: the dashboard's three, then the rest.
PROFILE_THEMES = (*THEMES, "society", "other")


@dataclass(frozen=True)
class Rank:
    """``position`` of ``size`` (1 = highest value) among comparable values of ``year``; or no
    position and ``reason``: an i18n key saying why none is given."""

    position: int = 0
    size: int = 0
    year: str = ""
    reason: str = ""


def value_year(record: dict) -> str:
    """The year a value is of: stated in the text, else that of the document's date ("as of
    2023-07" is of 2023); the same rule as the chart's "years differ" note.
    value_year({"year": "", "as_of": "2023-07"}) == "2023"."""
    year = record.get("year")
    if isinstance(year, str) and year:
        return year
    return str(record.get("as_of") or "")[:4]


def rank_of(tables: Tables, record: dict) -> Rank:
    """Where one indicators.csv row stands among the districts' values of the same indicator,
    year and period. Only exact values are ranked (≥20 or 约7.6 have no place in an order)."""
    if record.get("qualifier") != "exact":
        return Rank(reason="rank_not_exact")
    rows = tables.indicators
    peers = rows[
        (rows["indicator"] == record["indicator"])
        & (rows["period"] == record.get("period", "year"))
        & (rows["qualifier"] == "exact")
    ]
    year = value_year(record)
    same_year = [p for p in peers.to_dict("records") if value_year(p) == year]
    if len({p["district"] for p in same_year}) < 2:
        others = set(rows.loc[rows["indicator"] == record["indicator"], "district"])
        return Rank(reason="rank_other_years" if len(others) > 1 else "rank_alone")
    best: dict[str, float] = {}
    for peer in same_year:
        best[peer["district"]] = max(best.get(peer["district"], float("-inf")), peer["value"])
    ordered = sorted(best.values(), reverse=True)
    return Rank(ordered.index(best[record["district"]]) + 1, len(ordered), year)


def district_profile(tables: Tables, district: str) -> pd.DataFrame:
    """Every indicators.csv row of ``district`` (all years and periods), newest first within
    each indicator, with ``rank``; ordered by theme, then by the catalog's order."""
    rows = tables.indicators[tables.indicators["district"] == district]
    if rows.empty:
        return rows.assign(rank=[])
    order = {i.id: n for n, i in enumerate(tables.catalog.indicators)}
    theme_order = {theme: n for n, theme in enumerate(PROFILE_THEMES)}
    records = rows.to_dict("records")
    for record in records:
        record["rank"] = rank_of(tables, record)
        title, date = tables.titles.get(record["doc"], (record["doc"], ""))
        record.update(doc_title=title, doc_date=date)
    records.sort(
        key=lambda r: (
            theme_order.get(r["theme"], len(theme_order)),
            order.get(r["indicator"], len(order)),
            r["period"] != "year",
            [-int(c) for c in value_year(r) if c.isdigit()] or [0],
        )
    )
    return pd.DataFrame(records)


def ranking(tables: Tables, indicator: Indicator, year: str = "") -> pd.DataFrame:
    """All registry districts on one indicator (each one's latest value, or of ``year``),
    highest first, the ones that did not report last; each reported row with its rank among
    the values of its own year (see ``rank_of``)."""
    names = [d.name for d in tables.catalog.districts]
    values = indicator_values(tables, indicator.id, names, year)
    ranks = []
    for record in values.to_dict("records"):
        if record["status"] != "reported":
            ranks.append(Rank())
            continue
        ranks.append(rank_of(tables, {**record, "indicator": indicator.id}))
    values = values.assign(rank=ranks)
    reported = values[values["status"] == "reported"].sort_values(
        "value", ascending=False, kind="stable"
    )
    return pd.concat([reported, values[values["status"] != "reported"]], ignore_index=True)


def rank_text(rank: Rank, lang: str) -> str:
    """A rank as a table cell: 2/3 (2024) with the order's direction in the column name, or
    why there is none; empty for a district that did not report."""
    from districts.present.i18n import t

    if rank.position:
        return t("rank_cell", lang).format(position=rank.position, size=rank.size, year=rank.year)
    return t(rank.reason, lang) if rank.reason else ""

"""A staffer's walk through the dashboard in a real browser (issue 16).

A bar click leads to its sentence (English and two districts kept on every sidebar page is
tests/test_browser.py's); a click on the map opens the district's profile; the
indicator page draws a trend; the ranking table sorts by value; the search (全部数字) finds an
indicator of another theme. The app is served and the
system Chromium driven as in tests/test_browser.py (its browser and page fixtures, shared
through tests/conftest.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect
from test_browser import (
    DRAW_TIMEOUT_MS,
    MISSING_CHROMIUM,
    _screenshot,
    _serve,
    _wait_until_drawn,
)

CHART = ".js-plotly-plot"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    yield from _serve({}, "walk_server.log")


SIDEBAR_PAGES = (
    "Overview", "Ecology", "Industry", "Resilience", "Indicator detail", "Sources",
    "Add documents", "About the data", "Map", "District profile", "Ranking",
)  # fmt: skip


def _chosen_districts(page: Page) -> list[str]:
    tags = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"] [data-tag]')
    return sorted((tags.nth(i).get_attribute("aria-label") or "") for i in range(tags.count()))


def _choose_english_and_two_districts(page: Page) -> None:
    """With the widgets, as a user does: the English switch, then 密云 and 昌平 only."""
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("English").click()
    expect(page.locator('[data-testid="stMain"] h1').first).to_have_text(
        re.compile(r"^[^\u3400-\u9fff]+$"), timeout=DRAW_TIMEOUT_MS
    )
    _wait_until_drawn(page, None)
    select = sidebar.locator('[data-testid="stMultiSelect"]').filter(
        has=page.get_by_role("combobox", name="Districts")
    )
    tags = select.locator("[data-tag]")
    select.get_by_role("button", name=re.compile("Clear all|清除")).click()
    expect(tags).to_have_count(0, timeout=DRAW_TIMEOUT_MS)
    _wait_until_drawn(page, None)
    for count, name in enumerate(("Miyun", "Changping"), 1):
        box = select.get_by_role("combobox", name="Districts")
        box.click()
        box.press_sequentially(name)
        page.locator('[role="option"]', has_text=re.compile(f"^{name}$")).first.click()
        expect(tags).to_have_count(count, timeout=DRAW_TIMEOUT_MS)
    page.keyboard.press("Escape")
    expect(tags).to_have_count(2, timeout=DRAW_TIMEOUT_MS)
    _wait_until_drawn(page, None)


# English + two districts kept on every sidebar page: tests/test_browser.py
# (test_every_sidebar_link_keeps_the_language_and_the_districts) walks the sidebar's own links.


def test_a_bar_click_leads_to_its_sentence(server: str, page: Page | None) -> None:
    assert page is not None, MISSING_CHROMIUM
    page.goto(f"{server}/ecology?d=miyun,changping", wait_until="domcontentloaded")
    _wait_until_drawn(page, CHART)
    chart = page.locator(CHART).first
    bars = chart.locator(".bars path")
    bars.first.wait_for(state="attached", timeout=DRAW_TIMEOUT_MS)
    box = next(
        b for b in (bars.nth(i).bounding_box() for i in range(bars.count())) if b and b["height"]
    )
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    link = page.locator('[data-testid="stPageLink"] a', has_text="打开原文").first
    link.wait_for(timeout=DRAW_TIMEOUT_MS)
    quote = link.inner_text().split("·")[-1].strip()
    link.click()
    page.wait_for_url(re.compile(r"/sources\?"), timeout=DRAW_TIMEOUT_MS)
    _wait_until_drawn(page, None)
    assert "/sources" in page.url
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert quote[:6] in body, f"the sources page does not show {quote!r}"
    _screenshot(page, "walk_bar_to_sentence")


def test_a_click_on_the_map_opens_the_district_profile(server: str, page: Page | None) -> None:
    assert page is not None, MISSING_CHROMIUM
    page.goto(f"{server}/map?ind=forest_coverage&lang=en", wait_until="domcontentloaded")
    _wait_until_drawn(page, CHART)
    _screenshot(page, "walk_map_en")
    # Where plotly drew 密云's label: its data coordinates through the axes' own mapping.
    x, y = page.evaluate(
        """() => {
            const gd = document.querySelector('.js-plotly-plot');
            const labels = gd._fullData.find(t => t.meta === 'labels');
            const i = labels.customdata.findIndex(c => c[0] === 'miyun');
            const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
            const box = gd.getBoundingClientRect();
            return [box.left + xa._offset + xa.l2p(labels.x[i]),
                    box.top + ya._offset + ya.l2p(labels.y[i])];
        }"""
    )
    page.mouse.move(x, y)
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"/profile\?"), timeout=DRAW_TIMEOUT_MS)
    _wait_until_drawn(page, '[data-testid="stDataFrame"]')
    assert "district=miyun" in page.url
    expect(page.locator('[data-testid="stMain"] h2').first).to_have_text("Miyun")
    _screenshot(page, "walk_profile_en")


def test_the_indicator_page_draws_a_trend_with_its_sources(server: str, page: Page | None) -> None:
    assert page is not None, MISSING_CHROMIUM
    page.goto(f"{server}/indicator?ind=gdp", wait_until="domcontentloaded")
    _wait_until_drawn(page, CHART)
    expect(page.locator(CHART)).to_have_count(2, timeout=DRAW_TIMEOUT_MS)
    trend = page.locator(CHART).nth(1)
    trend.scroll_into_view_if_needed()
    text = trend.inner_text()
    assert "历年变化" in text and "2020" in text and "2024" in text
    assert trend.locator(".scatterlayer .trace .lines path").count() >= 1  # a line, not dots
    # the points' table, with each point's source (drawn after the charts)
    expect(page.locator('[data-testid="stDataFrame"]', has_text="973.8").first).to_be_attached(
        timeout=DRAW_TIMEOUT_MS
    )
    _screenshot(page, "walk_trend")


def test_the_ranking_table_sorts_by_value(server: str, page: Page | None) -> None:
    from districts.ui.ranking import DISTRICT_COLUMN_PX, VALUE_COLUMN_PX

    assert page is not None, MISSING_CHROMIUM
    page.goto(f"{server}/ranking?ind=key_projects", wait_until="domcontentloaded")
    _wait_until_drawn(page, '[data-testid="stDataFrame"]')
    table = page.locator('[data-testid="stDataFrame"]').first
    table.locator('[role="gridcell"]').first.wait_for(state="attached", timeout=DRAW_TIMEOUT_MS)

    def values() -> list[float]:
        cells = table.locator('[role="row"] [role="gridcell"]:nth-child(2)')
        return [float(cells.nth(i).inner_text().replace(",", "")) for i in range(cells.count())]

    first = values()
    assert len(first) >= 2 and first == sorted(first, reverse=True), first
    box = table.bounding_box()
    assert box is not None
    # The header is drawn on a canvas: click where the value column's header is.
    page.mouse.click(box["x"] + DISTRICT_COLUMN_PX + VALUE_COLUMN_PX / 2, box["y"] + 18)
    for _ in range(20):  # the grid redraws at once; its accessible copy follows shortly
        page.wait_for_timeout(250)
        if values() != first:
            break
    resorted = values()
    assert resorted == sorted(first), f"a click on the value header gave {resorted}"
    _screenshot(page, "walk_ranking_sorted")


def test_the_search_finds_an_indicator_of_another_theme(server: str, page: Page | None) -> None:
    """From the ecology page, the sidebar's 全部数字 (every fact of every theme): a search for
    an industry measure finds it, labelled with its own theme."""
    assert page is not None, MISSING_CHROMIUM
    page.goto(f"{server}/ecology?d=shijingshan,miyun", wait_until="domcontentloaded")
    _wait_until_drawn(page, CHART)
    page.locator(
        '[data-testid="stSidebar"] [data-testid="stPageLink"] a', has_text="全部数字"
    ).click()
    page.wait_for_url(re.compile(r"/explorer\?"), timeout=DRAW_TIMEOUT_MS)
    _wait_until_drawn(page, '[data-testid="stDataFrame"]')
    box = page.get_by_label("搜索用语、原文或指标")
    box.fill("地区生产总值")
    box.press("Enter")
    table = page.locator('[data-testid="stDataFrame"]').first
    # the grid's accessible copy: a row of the industry indicator, under its own theme
    found = table.locator('[role="row"]', has_text="地区生产总值").first
    expect(found).to_contain_text("产业", timeout=DRAW_TIMEOUT_MS)
    # the search is part of the view's URL, beside the districts the ecology page had
    expect(page).to_have_url(re.compile(r"fq=%E5%9C%B0"), timeout=DRAW_TIMEOUT_MS)
    assert "d=shijingshan%2Cmiyun" in page.url
    _screenshot(page, "walk_search_other_theme")

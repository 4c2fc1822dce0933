"""Issue 15: built together into a scratch folder, the seeds and the development corpus give
every theme page comparison charts across at least six districts for its main measures, and
the resilience page has charts. The corpus is test data (realistic, not official numbers): it
is built here, in a temporary folder, and never into the shipped ``data/``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from districts.paths import PROJECT_ROOT
from districts.present.views import Tables, districts_in, indicators_for_theme, load_tables
from districts.tables.build import build

DATA = PROJECT_ROOT / "data"
CORPUS_DOCS = PROJECT_ROOT / "tests" / "corpus" / "docs"

# The measures a staffer compares first on each page. Each must be charted across six or more
# districts when the seeds and the corpus are built together (the corpus covers 15 districts).
MAIN_MEASURES = {
    "ecology": ["pm25", "good_air_days", "forest_coverage"],
    "industry": ["gdp", "gdp_growth", "general_budget_revenue"],
    "resilience": ["emergency_shelters", "people_evacuated"],
}
SIX = 6


@pytest.fixture(scope="module")
def together(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/'s catalogs in a scratch folder, with the tables of the seeds and the corpus."""
    folder = tmp_path_factory.mktemp("together") / "data"
    folder.mkdir()
    for path in DATA.iterdir():
        if path.is_file() and path.suffix in (".yaml", ".geojson"):
            shutil.copy(path, folder / path.name)
    build([PROJECT_ROOT / "seeds", CORPUS_DOCS], folder, workers=2)
    return folder


@pytest.fixture(scope="module")
def tables(together: Path) -> Tables:
    return load_tables(together)


def test_the_main_measures_are_catalog_indicators(tables: Tables) -> None:
    for theme, ids in MAIN_MEASURES.items():
        for indicator_id in ids:
            assert tables.catalog.indicator_by_id(indicator_id).theme == theme


@pytest.mark.parametrize("theme", sorted(MAIN_MEASURES))
def test_each_theme_page_compares_its_main_measures_across_six_districts(
    tables: Tables, theme: str
) -> None:
    everyone = districts_in(tables)
    shared, _single = indicators_for_theme(tables, theme, everyone)
    shared_ids = {indicator.id for indicator in shared}
    rows = tables.annual
    for indicator_id in MAIN_MEASURES[theme]:
        assert indicator_id in shared_ids, f"{indicator_id} is not charted on the {theme} page"
        reporters = set(rows.loc[rows["indicator"] == indicator_id, "district"])
        assert len(reporters) >= SIX, (indicator_id, sorted(reporters))


def test_the_corpus_never_enters_the_shipped_tables() -> None:
    shipped = (DATA / "documents.csv").read_text(encoding="utf-8-sig")
    assert not any(path.name in shipped for path in CORPUS_DOCS.glob("w*_*.txt"))


def _resilience_page() -> None:
    from districts.ui import pages

    pages.build()
    pages._PAGES["resilience"][0]()


def test_the_resilience_page_draws_charts_from_the_seeds_and_corpus(
    together: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from districts.ui import state

    monkeypatch.setattr(state, "DEFAULT_DATA_DIR", together)
    state._tables.clear()
    try:
        app = AppTest.from_function(_resilience_page, default_timeout=120)
        app.query_params["d"] = ",".join(d.code for d in load_tables(together).catalog.districts)
        app.run()
        assert not app.exception, app.exception
        assert len(app.get("plotly_chart")) >= 2
    finally:
        state._tables.clear()

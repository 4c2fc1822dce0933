"""The all-facts explorer: search across themes and scripts, filters, and a map from the page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from districts.curation import add_indicator
from districts.present.explorer import (
    FactFilter,
    fact_index,
    fold,
    folded,
    search_facts,
    unmapped_facts,
)
from districts.present.views import load_tables

DATA = Path(__file__).resolve().parent.parent / "data"


def _page(name: str) -> None:
    from districts.ui import pages

    pages.build()
    pages._PAGES[name][0]()


def run(**params: str) -> AppTest:
    app = AppTest.from_function(_page, args=("explorer",), default_timeout=120)
    for key, value in params.items():
        app.query_params[key] = value
    return app.run()


def table(app: AppTest) -> pd.DataFrame:
    return app.dataframe[0].value


def scratch_data(tmp_path: Path) -> Path:
    """A copy of data/ (catalogs and tables, no cache, no user folder) that tests may write."""
    folder = tmp_path / "data"
    folder.mkdir()
    for path in DATA.iterdir():
        if path.is_file() and path.suffix in (".yaml", ".csv", ".json", ".geojson"):
            shutil.copy(path, folder / path.name)
    shutil.copytree(DATA / "store", folder / "store")  # the working tables the pages read
    return folder


def test_a_traditional_search_finds_an_indicator_of_another_theme() -> None:
    app = run()
    app.text_input(key="fq").set_value("地區生產總值").run()
    assert not app.exception
    found = table(app)
    assert len(found) > 0
    gdp = found[found["指标"] == "地区生产总值"]
    assert len(gdp) > 0 and set(gdp["主题"]) == {"产业"}
    assert all("地区生产总值" in " ".join(map(str, row)) for row in found.itertuples())


def test_search_matches_synonyms_and_english_names() -> None:
    index = fact_index(load_tables())
    by_synonym = search_facts(index, FactFilter(query="GDP"))
    by_english = search_facts(index, FactFilter(query="gross regional product (GDP)"))
    assert "gdp" in set(by_synonym["indicator"])
    assert set(by_english["indicator"]) == {"gdp"}


def test_a_theme_filter_narrows_the_rows() -> None:
    app = run()
    everything = len(table(app))
    app.multiselect[0].set_value(["ecology"]).run()
    narrowed = table(app)
    assert 0 < len(narrowed) < everything
    assert set(narrowed["主题"]) == {"生态"}


def test_unmapped_filter_shows_only_facts_without_an_indicator() -> None:
    app = run(m="unmapped", lang="en")
    shown = table(app)
    assert len(shown) > 0 and set(shown["indicator"]) == {"no indicator"}
    assert all(link.startswith("sources?") for link in shown["Open the source"])


def test_the_csv_of_the_filtered_rows_has_a_bom_and_defused_formulas() -> None:
    from districts.present.explorer import fact_rows
    from districts.present.snapshot import csv_bytes

    tables = load_tables()
    facts = search_facts(fact_index(tables), FactFilter(query="GDP")).head(2).copy()
    facts.loc[facts.index[0], "quote"] = "=HYPERLINK(1)"
    content = csv_bytes(fact_rows(tables, facts, "zh"))
    assert content.startswith(b"\xef\xbb\xbf")
    lines = content.decode("utf-8-sig").splitlines()
    assert len(lines) == 3 and lines[0].startswith("区,主题,指标,文中用语")
    assert "'=HYPERLINK(1)" in lines[1]


def test_a_term_mapped_from_the_page_shows_up_after_the_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from districts.ui import explorer, state

    data = scratch_data(tmp_path)
    measure = add_indicator(data, name="人工智能企业数量", unit="家", theme="industry")
    monkeypatch.setattr(state, "DEFAULT_DATA_DIR", data)
    state._tables.clear()
    explorer._index.clear()
    try:
        app = run(fq="人工智能企业")
        assert set(table(app)["指标"]) == {"未归入指标"}
        app.text_input(key="curate_term").set_value("人工智能企业").run()
        app.selectbox(key="curate_indicator").set_value(
            next(i for i in state.tables().catalog.indicators if i.id == measure.id)
        )
        app.button(key="curate_map").click().run()
        assert not app.exception, app.exception
        assert not app.error, [e.value for e in app.error]
        assert "人工智能企业数量" in app.success[0].value
        assert "人工智能企业数量" in set(table(app)["指标"])
        built = (data / "indicators.csv").read_text(encoding="utf-8-sig")
        assert f",{measure.id},人工智能企业数量," in built
        assert "indicator: " + measure.id in (data / "user" / "catalog.yaml").read_text("utf-8")
    finally:
        state._tables.clear()
        explorer._index.clear()


def test_a_refused_mapping_from_the_page_says_why_in_the_reader_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from districts.ui import explorer, state

    data = scratch_data(tmp_path)
    monkeypatch.setattr(state, "DEFAULT_DATA_DIR", data)
    state._tables.clear()
    explorer._index.clear()
    try:
        app = run()
        app.text_input(key="curate_term").set_value("森林覆盖率").run()
        gdp = state.tables().catalog.indicator_by_id("gdp")
        app.selectbox(key="curate_indicator").set_value(gdp)
        app.button(key="curate_map").click().run()
        assert "森林覆盖率" in app.error[0].value and "未保存" in app.error[0].value
        assert not (data / "user" / "catalog.yaml").exists()
    finally:
        state._tables.clear()
        explorer._index.clear()


def test_a_theme_page_lists_its_unmapped_facts_below_the_charts() -> None:
    app = AppTest.from_function(_page, args=("industry",), default_timeout=120).run()
    assert not app.exception
    assert "不在上方图表中的数字" in [header.value for header in app.subheader]
    last = app.dataframe[-1].value
    index = fact_index(load_tables()).frame()
    # no indicator, or a programme's output (catalog kind "work"): in no chart either way
    unmapped = index[(index["theme"] == "industry") & ~index["charted"]]
    assert len(last) == unmapped["district"].isin(["门头沟", "密云", "昌平", "石景山"]).sum()
    assert (unmapped["indicator"] != "").any() and (unmapped["indicator"] == "").any()
    assert set(last["文中用语"]) <= set(unmapped["term"])


def test_a_long_list_of_unmapped_facts_shows_its_first_rows_and_says_how_many_there_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from districts.ui import paging

    monkeypatch.setattr(paging, "FIRST_ROWS", 5)
    app = AppTest.from_function(_page, args=("industry",), default_timeout=120).run()
    assert not app.exception
    index = fact_index(load_tables()).frame()
    unmapped = index[(index["theme"] == "industry") & ~index["charted"]]
    total = unmapped["district"].isin(["门头沟", "密云", "昌平", "石景山"]).sum()
    assert len(app.dataframe[-1].value) == 5 < total
    assert f"列出前 5 个,共 {total} 个" in " ".join(c.value for c in app.caption)


def test_a_long_search_result_is_shown_a_page_of_rows_at_a_time_and_every_page_can_be_chosen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from districts.ui import paging

    monkeypatch.setattr(paging, "FIRST_ROWS", 5)
    app = run()
    assert not app.exception
    pages = next(box for box in app.selectbox if box.label == "显示")
    total = int(next(c.value for c in app.caption if "全部" in c.value).split()[1])
    assert len(table(app)) == 5 < total
    assert pages.options[-1].endswith(f"–{total} 个")  # the last page ends at the last fact
    first_rows = table(app).iloc[:, 4].tolist()
    pages.set_value(5).run()  # the second page starts at the sixth fact
    assert not app.exception
    assert len(table(app)) == 5 and table(app).iloc[:, 4].tolist() != first_rows


@pytest.mark.parametrize("theme", ["ecology", "industry", "resilience"])
def test_a_theme_s_unmapped_facts_read_from_its_own_files_are_those_a_search_of_every_fact_finds(
    theme: str,
) -> None:
    # the theme page reads only the theme's unmapped files and the programme outputs' files,
    # not every fact: the same rows, in the same order, as the search of every fact
    tables = load_tables()
    districts = ["门头沟", "密云", "昌平", "石景山"]
    found = unmapped_facts(tables, theme, districts)
    index = fact_index(tables).frame()
    expected = index[
        (index["theme"] == theme) & ~index["charted"] & index["district"].isin(districts)
    ]
    assert len(found) > 0
    assert found[["doc", "start", "end", "term"]].values.tolist() == (
        expected[["doc", "start", "end", "term"]].values.tolist()
    )


def test_the_explorer_folds_every_fact_s_texts_as_a_search_folds_one() -> None:
    # the index folds its columns with Arrow and asks fold() only where Python's steps could
    # change a text: the same haystack as fold() row by row, tricky texts included
    facts = load_tables().mentions
    facts = facts.frame if hasattr(facts, "frame") else facts
    texts = pd.Series(
        [
            *facts["term"].tolist(),
            *facts["quote"].tolist(),
            "森林 覆蓋率",
            "ＧＤＰ\u3000增長",
            "Straße\xa0Nr.5",
            "門頭溝區\t綠化",
            "",
            "ΣΊΣΥΦΟΣ",
            # where Arrow's Unicode tables and Python's disagree: İ (Arrow lowers it to i,
            # Python folds it to i and a combining dot), İ composed by NFKC from I and the
            # dot, a letter only Arrow's version lowers (U+A7CB), one only Arrow's version
            # gives an NFKC form (U+1E030) and one after an NFKC digit (U+209D)
            "İSTANBUL",
            "I\u0307stanbul",
            "\ua7cb",
            "\U0001e030 \u209d2",
        ]
    )
    assert folded(texts).tolist() == [fold(text) for text in texts]


@pytest.mark.parametrize("theme", ["ecology", "industry", "resilience"])
def test_a_theme_s_unmapped_facts_have_numeric_values_whether_or_not_a_district_has_any(
    theme: str,
) -> None:
    # parts read from files of whole numbers, of decimals and from no file at all are
    # concatenated: the values must stay numbers (sorted and formatted as numbers)
    tables = load_tables()
    for districts in (["密云"], ["延庆"], ["门头沟", "密云", "昌平", "石景山", "延庆"]):
        assert unmapped_facts(tables, theme, districts)["value"].dtype == "float64"


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A private cache folder of the test's own, forgotten again whatever the test does."""
    from districts import paths
    from districts.present import explorer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    paths.private_cache_dir.cache_clear()
    explorer.clear_partition_indexes()  # what this process keeps is read from the folder
    yield tmp_path / "cache" / "districts"
    paths.private_cache_dir.cache_clear()
    explorer.clear_partition_indexes()


def test_the_index_of_a_store_is_the_index_of_every_fact_folded_afresh(private_cache: Path) -> None:
    # the folded texts are kept per document partition under its digest: the first index
    # folds and keeps them; both equal the index folded from every fact in one frame (the
    # path the tests' CSV tables take)
    from districts.present import explorer
    from districts.present.views import all_mentions

    tables = load_tables()
    facts = all_mentions(tables).drop(columns="sentence", errors="ignore")
    expected = explorer.described_facts(tables, facts, searchable=True)
    first = fact_index(tables).frame()
    kept = sorted((private_cache / "search").glob("*.parquet"))
    assert len(kept) > 1  # one per document partition
    assert list(first.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(first, expected)


def test_the_index_reads_the_kept_folds_instead_of_folding_again(private_cache: Path) -> None:
    # a kept fold is what the index searches: marked, every row of the kept files shows in
    # the next index's haystack (were they folded again, no row would carry the mark)
    import pyarrow as pa
    import pyarrow.parquet as pq

    from districts.present import explorer

    tables = load_tables()
    fact_index(tables)
    for path in (private_cache / "search").glob("*.parquet"):
        texts = pq.read_table(path)["text"].to_pylist()
        pq.write_table(pa.table({"text": [f"marked{text}" for text in texts]}), path)
    for path in (private_cache / "index").glob("*.arrow"):
        path.unlink()  # the partitions' kept indexes gone: the folds are what is left
    explorer.clear_partition_indexes()  # as a new process: only the folder keeps them
    index = fact_index(tables).frame()
    assert index["haystack"].str.startswith("marked").all()


def _rewrite_kept_indexes(folder: Path, change) -> None:  # type: ignore[no-untyped-def]
    import pyarrow as pa
    import pyarrow.ipc as ipc

    for path in folder.glob("*.arrow"):
        with ipc.open_file(pa.memory_map(str(path))) as reader:
            table = change(reader.read_all())
        path.unlink()  # mapped above: a new file, not the mapped one rewritten
        with ipc.new_file(str(path), table.schema) as writer:
            writer.write_table(table)


def test_a_new_process_maps_the_kept_partition_indexes_instead_of_reading_the_store(
    private_cache: Path,
) -> None:
    # marked, every row of the kept indexes shows in the next process's index: the store's
    # partitions were neither read nor folded again
    import pyarrow as pa
    import pyarrow.compute as pc

    from districts.present import explorer

    tables = load_tables()
    fact_index(tables)
    assert list((private_cache / "index").glob("*.arrow"))

    def marked(table: pa.Table) -> pa.Table:
        column = table.schema.get_field_index("haystack")
        haystack = pc.binary_join_element_wise("marked", table["haystack"], "")
        return table.set_column(column, "haystack", haystack)

    _rewrite_kept_indexes(private_cache / "index", marked)
    explorer.clear_partition_indexes()  # as a new process
    index = fact_index(tables).frame()
    assert index["haystack"].str.startswith("marked").all()


def test_a_kept_partition_index_of_another_shape_is_made_again(private_cache: Path) -> None:
    # a kept index without a column the explorer reads (an older layout, a damaged file) is
    # not trusted: the partition is read and folded again, with the same answer
    from districts.present import explorer

    tables = load_tables()
    before = fact_index(tables).frame()
    _rewrite_kept_indexes(private_cache / "index", lambda table: table.drop(["haystack"]))
    explorer.clear_partition_indexes()
    after = fact_index(tables).frame()
    assert after.equals(before)


def test_a_kept_fold_of_another_length_is_folded_again(private_cache: Path) -> None:
    # a kept file that does not fit its partition (cut short, or a digest reused by mistake)
    # is not trusted: the partition is folded again
    import pyarrow as pa
    import pyarrow.parquet as pq

    from districts.present import explorer

    table = pa.table({"term": ["森林覆蓋率", "GDP"], "quote": ["森林覆蓋率達到70%", "GDP 增长"]})
    digest = "0" * 64
    explorer.partition_search_texts(digest, table)
    (kept,) = (private_cache / "search").glob(f"{digest}.*.parquet")
    pq.write_table(pa.table({"text": ["x"]}), kept)
    texts = explorer.partition_search_texts(digest, table).to_pylist()
    assert texts == ["森林覆盖率|森林覆盖率达到70%", "gdp|gdp增长"]


def test_a_cache_folder_that_cannot_hold_the_folds_only_makes_the_index_slower(
    private_cache: Path,
) -> None:
    # a file where the folds' folder should be: nothing kept, the same answer, no error
    import pyarrow as pa

    from districts.present import explorer

    private_cache.mkdir(parents=True, exist_ok=True)
    (private_cache / "search").write_text("not a folder")
    table = pa.table({"term": ["GDP"], "quote": ["GDP 增长"]})
    assert explorer.partition_search_texts("1" * 64, table).to_pylist() == ["gdp|gdp增长"]


def test_after_an_add_the_index_reads_only_the_rewritten_partition(
    private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the partitions' facts are kept in the process under their digests: a second index of
    # the same tables reads no partition again, and its rows are the first index's
    from districts.present import explorer

    tables = load_tables()
    first = fact_index(tables).frame()
    calls: list[str] = []
    partitions = tables.mentions.document_partitions

    def counted(columns: list[str]):  # type: ignore[no-untyped-def]
        for digest, reader in partitions(columns):
            calls.append(digest)

            def reading(reader=reader):  # type: ignore[no-untyped-def]
                calls.append("read")
                return reader()

            yield digest, reading

    monkeypatch.setattr(tables.mentions, "document_partitions", counted)
    second = fact_index(tables).frame()
    assert "read" not in calls and len(calls) > 1
    pd.testing.assert_frame_equal(first, second)
    assert explorer._partition_indexes  # kept


def test_after_an_add_the_index_reads_and_folds_only_the_partition_the_add_rewrote(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from districts.present import explorer
    from districts.tables.update import update

    data = scratch_data(tmp_path)
    fact_index(load_tables(data))
    before = {digest for digest, _ in explorer._partition_indexes}
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "new_story.txt").write_text(
        "密云区生态简报\n\n2024年,密云区新建口袋公园17处。", encoding="utf-8"
    )
    assert update([docs], data, changed=["new_story.txt"]).incremental
    tables = load_tables(data)
    reads: list[str] = []
    partitions = tables.mentions.document_partitions

    def counted(columns: list[str]):  # type: ignore[no-untyped-def]
        for digest, reader in partitions(columns):

            def reading(reader=reader, digest=digest):  # type: ignore[no-untyped-def]
                reads.append(digest)
                return reader()

            yield digest, reading

    monkeypatch.setattr(tables.mentions, "document_partitions", counted)
    index = fact_index(tables).frame()
    (rewritten,) = reads  # one partition read again: the new document's
    assert rewritten not in before
    kept = {digest for digest, _ in explorer._partition_indexes}
    assert kept - before == {rewritten}  # the rewritten one kept
    assert (index["doc"] == "new_story.txt").any()
    assert index["haystack"][index["doc"] == "new_story.txt"].str.contains("口袋公园").all()


def _searched_in_pandas(frame: pd.DataFrame, wanted: FactFilter) -> pd.DataFrame:
    """What a search means, written row by row over the whole frame (the index's old way)."""
    rows = frame
    for word in wanted.query.split():
        rows = rows[rows["haystack"].str.contains(fold(word), regex=False)]
    for column, chosen in wanted.column_filters():
        rows = rows[rows[column].isin(chosen)]
    if wanted.mapped == "mapped":
        rows = rows[rows["indicator"] != ""]
    elif wanted.mapped == "unmapped":
        rows = rows[rows["indicator"] == ""]
    elif wanted.mapped == "uncharted":
        rows = rows[~rows["charted"]]
    return rows.reset_index(drop=True)


@pytest.mark.parametrize(
    "wanted",
    [
        FactFilter(),
        FactFilter(query="森林 覆蓋率"),
        FactFilter(query="gdp", districts=("石景山", "密云")),
        FactFilter(themes=("resilience",), years=("",)),
        FactFilter(districts=("门头沟",), mapped="unmapped"),
        FactFilter(themes=("industry",), mapped="uncharted", qualifiers=("change", "approx")),
        FactFilter(query="亿元", mapped="mapped"),
    ],
    ids=lambda wanted: repr(wanted)[len("FactFilter(") : -1] or "no filter",
)
def test_a_search_of_the_index_finds_the_rows_a_filter_of_every_fact_finds_in_the_same_order(
    wanted: FactFilter,
) -> None:
    index = fact_index(load_tables())
    expected = _searched_in_pandas(index.frame(), wanted)
    found = search_facts(index, wanted)
    assert len(found) > 0
    pd.testing.assert_frame_equal(found, expected)


def test_rows_taken_from_many_partitions_come_back_in_the_order_asked() -> None:
    import numpy as np

    index = fact_index(load_tables())
    assert len(index.parts) > 1
    everything = index.frame()
    order = index.search(FactFilter())
    shuffled = np.random.default_rng(7).permutation(len(order))[:40]
    rows = index.rows(order[shuffled])
    pd.testing.assert_frame_equal(rows, everything.iloc[shuffled].reset_index(drop=True))


def test_the_index_of_csv_tables_is_the_index_of_the_store(tmp_path: Path) -> None:
    # tables without a store (an older build, or CSV files alone) give the same rows, in the
    # same order and with the same column types (positions as numbers)
    import json

    data = scratch_data(tmp_path)
    manifest = json.loads((data / "manifest.json").read_text(encoding="utf-8"))
    manifest["tables"] = {k: v for k, v in manifest["tables"].items() if not k.startswith("store/")}
    (data / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    from districts.present.views import is_store

    csv_tables = load_tables(data)
    assert not is_store(csv_tables.mentions)
    from_csv = fact_index(csv_tables).frame()
    from_store = fact_index(load_tables()).frame()
    assert from_csv["start"].dtype == "int64" and from_csv["value"].dtype == "float64"
    columns = ["doc", "district", "start", "end", "term", "quote", "indicator", "haystack"]
    assert from_csv[columns].values.tolist() == from_store[columns].values.tolist()


def test_every_page_of_rows_has_the_same_columns_whichever_partitions_it_is_taken_from() -> None:
    # a partition written before a column existed (period) gets it: a page of rows taken from
    # old partitions only, or from old and new ones, has the columns and values of any other
    import pyarrow as pa

    from districts.present import explorer

    tables = load_tables()
    index = fact_index(tables)
    catalog = explorer._CatalogWords.of(tables)
    old = index.parts[0].drop_columns(["period", "charted", "haystack"])
    old = old.append_column("folded", pa.array(["x"] * old.num_rows, pa.string()))
    mixed = explorer.FactIndex(tables, [explorer._searchable(old, catalog), *index.parts[1:]])
    last = len(mixed) - 1
    alone, together = mixed.rows([0]), mixed.rows([0, last])
    assert list(alone.columns) == list(together.columns) == list(index.rows([0]).columns)
    assert alone["period"].tolist() == ["year"] and together["period"].tolist()[0] == "year"

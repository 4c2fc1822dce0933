"""Adding and removing documents, and incremental builds through the per-document cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from districts.cli import main
from districts.errors import DistrictsError
from districts.facts.pipeline import Pipeline
from districts.tables import build as tables
from districts.tables import cache as cache_module
from districts.tables import corpus
from districts.tables.cache import DocumentCache

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user"
    monkeypatch.setattr(corpus, "USER_DIR", folder)
    return folder


def source(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "uploads" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_store_keeps_text_original_and_metadata(tmp_path: Path, user_dir: Path) -> None:
    original = source(tmp_path, "怀柔 报告.txt", "怀柔区新增公园12处。")
    name = corpus.store(original, "怀柔区新增公园12处。", date="2025-01-02", district="怀柔")
    assert name == "怀柔 报告.txt"
    assert (user_dir / name).read_text(encoding="utf-8") == "怀柔区新增公园12处。"
    assert (user_dir / "originals" / "怀柔 报告.txt").exists()
    entry = yaml.safe_load((user_dir / "sources.yaml").read_text(encoding="utf-8"))["documents"][0]
    assert entry["district"] == "怀柔" and entry["date"] == "2025-01-02"


def test_a_name_already_taken_gets_a_number(tmp_path: Path, user_dir: Path) -> None:
    seed_name = next(SEEDS.glob("*.txt")).name
    name = corpus.store(source(tmp_path, seed_name, "延庆区新增公园1处。"), "延庆区新增公园1处。")
    assert name != seed_name and name.endswith("-2.txt")


def test_a_bad_date_is_refused(tmp_path: Path, user_dir: Path) -> None:
    with pytest.raises(DistrictsError, match="YYYY"):
        corpus.store(source(tmp_path, "a.txt", "x"), "x", date="next spring")
    assert not (user_dir / "a.txt").exists()


def test_remove_takes_away_everything_and_refuses_seeds(tmp_path: Path, user_dir: Path) -> None:
    name = corpus.store(source(tmp_path, "b.txt", "怀柔区新增公园12处。"), "怀柔区新增公园12处。")
    corpus.remove(name)
    assert not (user_dir / name).exists()
    assert not list((user_dir / "originals").iterdir())
    assert corpus.user_documents() == []
    with pytest.raises(DistrictsError, match="seeds cannot be removed"):
        corpus.remove(next(SEEDS.glob("*.txt")).name)


class CountingPipeline(Pipeline):
    processed: list[str]

    def facts(self, document, metadata=None):  # type: ignore[no-untyped-def]
        self.processed.append(document.name)
        return super().facts(document, metadata)


def counting_pipeline() -> CountingPipeline:
    pipeline = CountingPipeline.from_data()
    pipeline.processed = []
    return pipeline  # type: ignore[return-value]


def test_a_cached_build_processes_nothing_and_gives_the_same_tables(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / "cache")
    pipeline = counting_pipeline()
    first = tables.run_pipeline([SEEDS], pipeline, cache=cache)
    assert len(pipeline.processed) == 5
    pipeline.processed.clear()
    again = tables.run_pipeline([SEEDS], pipeline, cache=cache)
    assert pipeline.processed == []
    assert again == first


def test_adding_one_document_processes_only_that_one(tmp_path: Path, user_dir: Path) -> None:
    cache = DocumentCache(tmp_path / "cache")
    pipeline = counting_pipeline()
    tables.run_pipeline([SEEDS], pipeline, cache=cache)
    corpus.store(source(tmp_path, "new.txt", "怀柔区新增公园12处。"), "怀柔区新增公园12处。")
    pipeline.processed.clear()
    mentions, _, _ = tables.run_pipeline(corpus.corpus_dirs(), pipeline, cache=cache)
    assert pipeline.processed == ["new.txt"]
    assert ("怀柔", 12) in {(m.district, m.value) for m in mentions}


def test_changed_metadata_reprocesses_that_document_only(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    cache = DocumentCache(tmp_path / "cache")
    pipeline = counting_pipeline()
    tables.run_pipeline([docs], pipeline, cache=cache)
    sources = yaml.safe_load((docs / "sources.yaml").read_text(encoding="utf-8"))
    sources["documents"][0]["date"] = "2024-12-01"
    (docs / "sources.yaml").write_text(
        yaml.safe_dump(sources, allow_unicode=True), encoding="utf-8"
    )
    pipeline.processed.clear()
    tables.run_pipeline([docs], pipeline, cache=cache)
    assert pipeline.processed == [sources["documents"][0]["file"]]


def test_a_pipeline_change_invalidates_every_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = DocumentCache(tmp_path / "cache")
    pipeline = counting_pipeline()
    tables.run_pipeline([SEEDS], pipeline, cache=cache)
    monkeypatch.setattr(cache_module, "pipeline_fingerprint", lambda: "a new pipeline")
    pipeline.processed.clear()
    tables.run_pipeline([SEEDS], pipeline, cache=cache)
    assert len(pipeline.processed) == 5


def test_a_corrupt_cache_entry_is_recomputed(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / "cache")
    pipeline = counting_pipeline()
    first = tables.run_pipeline([SEEDS], pipeline, cache=cache)
    for entry in (tmp_path / "cache").iterdir():
        entry.write_text("{not json", encoding="utf-8")
    assert tables.run_pipeline([SEEDS], pipeline, cache=cache) == first


def test_cli_add_and_remove_rebuild_the_tables(
    tmp_path: Path,
    user_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "data"
    monkeypatch.setattr("districts.cli.DATA_DIR", out)
    monkeypatch.setattr(cache_module, "DEFAULT_CACHE_DIR", tmp_path / "cache")
    document = source(tmp_path, "huairou.txt", "怀柔区2024年森林覆盖率达到80.1%,新增公园5处。")
    assert main(["add", str(document)]) == 0
    said = capsys.readouterr().out
    assert "district 怀柔" in said and "rebuilt" in said
    indicators = (out / "indicators.csv").read_text(encoding="utf-8-sig")
    assert "怀柔,forest_coverage" in indicators
    assert main(["remove", "huairou.txt"]) == 0
    assert "怀柔" not in (out / "indicators.csv").read_text(encoding="utf-8-sig")


def test_cli_add_refuses_a_document_without_a_district(
    tmp_path: Path,
    user_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("districts.cli.DATA_DIR", tmp_path / "data")
    assert main(["add", str(source(tmp_path, "n.txt", "全市新增公园20处。"))]) == 2
    assert "give one with --district" in capsys.readouterr().err
    assert not user_dir.exists() or not list(user_dir.glob("*.txt"))


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("scan.pdf", b"%PDF-1.4 garbage", "PDF"),
        ("x.xlsx", b"PK", "unsupported"),
    ],
)
def test_a_bad_upload_is_refused_and_changes_nothing(
    tmp_path: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], name: str, content: bytes, problem: str,
) -> None:  # fmt: skip
    out = tmp_path / "data"
    monkeypatch.setattr("districts.cli.DATA_DIR", out)
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["add", str(path)]) == 2
    error = capsys.readouterr().err
    assert name in error and problem in error
    assert not user_dir.exists() and not out.exists()


@pytest.mark.parametrize("name", ["../seeds/x.txt", "..", "sources.yaml", "a/b.txt"])
def test_remove_refuses_anything_but_an_added_documents_name(user_dir: Path, name: str) -> None:
    with pytest.raises(DistrictsError, match="not an added document"):
        corpus.remove(name)


def test_an_unknown_district_in_sources_yaml_is_named(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("海淀区新增公园3处。", encoding="utf-8")
    (docs / "sources.yaml").write_text(
        "documents:\n  - {file: a.txt, district: 海淀区x}\n", encoding="utf-8"
    )
    with pytest.raises(
        DistrictsError, match=r"sources\.yaml \[a\.txt\]: '海淀区x' is not a Beijing district"
    ):
        tables.build(docs, tmp_path / "out")


def test_a_district_spelled_with_its_suffix_in_sources_yaml_is_resolved(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("本区新增公园3处。", encoding="utf-8")
    (docs / "sources.yaml").write_text(
        "documents:\n  - {file: a.txt, district: 海淀区}\n", encoding="utf-8"
    )
    result = tables.build(docs, tmp_path / "out")
    assert [row.district for row in result.documents] == ["海淀"]


def test_a_bare_list_of_entries_in_sources_yaml_is_read_as_the_documents(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("本区新增公园3处。", encoding="utf-8")
    (docs / "sources.yaml").write_text("- {file: a.txt, district: 海淀}\n", encoding="utf-8")
    result = tables.build(docs, tmp_path / "out")
    assert [row.district for row in result.documents] == ["海淀"]


def test_sources_yaml_that_holds_no_list_of_entries_is_named(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("海淀区新增公园3处。", encoding="utf-8")
    (docs / "sources.yaml").write_text("documents: a.txt\n", encoding="utf-8")
    with pytest.raises(DistrictsError, match=r"sources\.yaml.*'documents' list"):
        tables.build(docs, tmp_path / "out")


def test_the_cache_key_covers_every_module_of_the_text_and_facts_stages() -> None:
    names = {
        path.relative_to(cache_module.PACKAGE_DIR).as_posix()
        for path in cache_module.pipeline_files()
    }
    assert {
        "text/read.py",
        "facts/extract.py",
        "facts/not_facts.py",
        "facts/attribute/district_rules.py",  # a subpackage's modules count too
        "catalog.py",
        "numerals.py",
    } <= names
    assert all((cache_module.PACKAGE_DIR / name).is_file() for name in names)


def test_removing_the_originals_folder_is_refused_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_dir = tmp_path / "user"
    (user_dir / "originals").mkdir(parents=True)
    with pytest.raises(DistrictsError, match="not an added document"):
        corpus.remove("originals", user_dir)
    assert (user_dir / "originals").is_dir()

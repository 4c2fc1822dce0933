"""Caches never come from a shared place, and never in a form that can run code (issue 18.3)."""

from __future__ import annotations

import marshal
import os
import stat
import tempfile
from pathlib import Path

import pytest

from districts import paths
from districts.text import mojibake


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    paths.private_cache_dir.cache_clear()
    mojibake._lexicon.cache_clear()
    yield tmp_path
    paths.private_cache_dir.cache_clear()
    mojibake._lexicon.cache_clear()


def test_the_mojibake_lexicon_is_cached_in_a_private_folder_as_plain_data(
    cache_home: Path,
) -> None:
    before = set(Path(tempfile.gettempdir()).glob("districts-mojibake-*"))
    lexicon = mojibake._lexicon()
    folder = cache_home / "districts"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (cached,) = folder.glob("mojibake-lexicon-*.marshal")
    char_freq, _, words, heads = marshal.loads(cached.read_bytes())
    assert char_freq == lexicon.char_freq and len(words) == len(lexicon.words)
    assert set(heads) == lexicon.heads  # the words' first two characters, kept beside them
    assert set(Path(tempfile.gettempdir()).glob("districts-mojibake-*")) == before


def test_a_damaged_cache_is_ignored_and_rebuilt(cache_home: Path) -> None:
    expected = mojibake._lexicon()
    (cached,) = (cache_home / "districts").glob("mojibake-lexicon-*.marshal")
    cached.write_bytes(marshal.dumps(["not", "a", "lexicon"]))
    mojibake._lexicon.cache_clear()
    assert mojibake._lexicon().char_freq == expected.char_freq


def test_a_cache_folder_others_can_write_is_not_used(cache_home: Path) -> None:
    folder = cache_home / "districts"
    folder.mkdir()
    os.chmod(folder, 0o777)
    assert paths.private_cache_dir() is None


def test_jieba_keeps_its_cache_out_of_the_shared_temporary_folder(cache_home: Path) -> None:
    assert paths.jieba_cache_dir() == str(cache_home / "districts")
    paths.private_cache_dir.cache_clear()
    os.chmod(cache_home / "districts", 0o777)
    fallback = Path(paths.jieba_cache_dir())
    assert fallback != Path(tempfile.gettempdir())
    assert stat.S_IMODE(fallback.stat().st_mode) == 0o700
    fallback.rmdir()


_TAG_TABLE_DIGEST = """
import hashlib, jieba
from districts.facts import words
posseg = words._import_posseg()
table = posseg.dt.word_tag_tab
print(len(table), hashlib.sha256(repr(sorted(table.items())).encode()).hexdigest())
posseg.dt.load_word_tag(jieba.dt.get_dict_file())  # as jieba reads it from its dictionary
print(posseg.dt.word_tag_tab == table)
"""


def _two_new_processes(script: str, cache_home: Path) -> list[list[str]]:
    """The words ``script`` prints, run twice in new processes that share ``cache_home``: the
    first makes the kept file, the second reads it."""
    import subprocess
    import sys

    environment = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    environment["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    return [
        subprocess.run(
            [sys.executable, "-c", script],
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for _ in range(2)
    ]


def test_the_part_of_speech_table_is_cached_and_read_back_the_same(cache_home: Path) -> None:
    """jieba.posseg's table costs half a second of each new process: the second process reads
    it from the private cache folder, and gets the table jieba reads from its dictionary."""
    runs = _two_new_processes(_TAG_TABLE_DIGEST, cache_home)
    assert list((cache_home / "districts").glob("posseg-tags-*.marshal"))
    assert runs[0] == runs[1] and runs[1][-1] == "True"


def test_a_damaged_part_of_speech_cache_is_ignored(tmp_path: Path) -> None:
    from districts.facts import words

    damaged = tmp_path / "posseg-tags-damaged.marshal"
    for content in (b"junk", marshal.dumps(["a", "list"]), marshal.dumps(("a\nb", "n"))):
        damaged.write_bytes(content)
        assert words._load_tag_table(damaged) is None


_DICTIONARY_DIGEST = """
import hashlib, jieba
from districts.facts import words
words.pos_tags("门头沟区森林覆盖率")  # the dictionary loads here, from the kept file if any
freq = jieba.dt.FREQ
print(len(freq), jieba.dt.total, hashlib.sha256(repr(sorted(freq.items())).encode()).hexdigest())
print(jieba.dt.gen_pfdict(jieba.dt.get_dict_file()) == (freq, jieba.dt.total))
"""


def test_jiebas_dictionary_is_kept_and_read_back_the_same(cache_home: Path) -> None:
    """Unmarshalling jieba's own cache costs 0.65 s of each new process: the second process
    reads the dictionary kept as two plain values, and gets what jieba builds from its file."""
    runs = _two_new_processes(_DICTIONARY_DIGEST, cache_home)
    assert list((cache_home / "districts").glob("jieba-dictionary-*.marshal"))
    assert runs[0] == runs[1] and runs[1][-1] == "True"


def test_a_damaged_dictionary_cache_is_ignored(tmp_path: Path) -> None:
    from districts.facts import words

    damaged = tmp_path / "jieba-dictionary-damaged.marshal"
    for content in (
        b"junk",
        marshal.dumps(["a", "list"]),
        marshal.dumps(("a\nb", b"\x01", 3)),  # frequencies cut short
        marshal.dumps(("a\nb", b"\x00" * 16, "3")),  # a total that is no number
    ):
        damaged.write_bytes(content)
        assert words._read_dictionary(damaged) is None


def test_a_data_files_yaml_is_cached_as_plain_data_and_read_back_the_same(
    cache_home: Path, tmp_path: Path
) -> None:
    from districts.catalog import read_yaml

    source = tmp_path / "sample.yaml"
    source.write_text("words: [甲, 乙]\ncount: 3\n", encoding="utf-8")
    _, first = read_yaml(source)
    (cached,) = (cache_home / "districts").glob("yaml-*.marshal")
    assert marshal.loads(cached.read_bytes()) == first == {"words": ["甲", "乙"], "count": 3}
    _, again = read_yaml(source)
    assert again == first and again is not first  # a fresh copy each time: callers may change it


def test_a_damaged_yaml_cache_is_ignored_and_the_file_parsed(
    cache_home: Path, tmp_path: Path
) -> None:
    from districts.catalog import read_yaml

    source = tmp_path / "sample.yaml"
    source.write_text("words: [甲]\n", encoding="utf-8")
    read_yaml(source)
    (cached,) = (cache_home / "districts").glob("yaml-*.marshal")
    cached.write_bytes(b"\x00not marshal")
    assert read_yaml(source)[1] == {"words": ["甲"]}


def test_a_yaml_file_marshal_cannot_hold_is_parsed_and_not_cached(
    cache_home: Path, tmp_path: Path
) -> None:
    from districts.catalog import read_yaml

    source = tmp_path / "dated.yaml"
    source.write_text("published: 2024-03-01\n", encoding="utf-8")
    assert str(read_yaml(source)[1]["published"]) == "2024-03-01"
    assert not list((cache_home / "districts").glob("yaml-*.marshal"))


def test_the_yaml_cache_keeps_only_the_newest_parsed_files(
    cache_home: Path, tmp_path: Path
) -> None:
    import os

    from districts import catalog
    from districts.catalog import read_yaml

    folder = cache_home / "districts"
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(catalog._YAML_CACHES_KEPT + 5):
        stale = folder / f"yaml-{index:024x}.marshal"
        stale.write_bytes(marshal.dumps({"old": index}))
        os.utime(stale, (1_000_000 + index, 1_000_000 + index))  # written long ago, in order
    source = tmp_path / "sample.yaml"
    source.write_text("words: [甲, 乙]\n", encoding="utf-8")
    read_yaml(source)
    kept = list(folder.glob("yaml-*.marshal"))
    assert len(kept) == catalog._YAML_CACHES_KEPT
    assert not (folder / f"yaml-{0:024x}.marshal").exists()  # the oldest went first
    assert read_yaml(source)[1] == {"words": ["甲", "乙"]}  # the new one stayed

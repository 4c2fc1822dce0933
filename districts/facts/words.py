"""Words and their parts of speech, by jieba: the one place the facts stage segments text.

jieba keeps its digested dictionary in this user's private cache folder, never in the shared
temporary folder (see ``paths.jieba_cache_dir``).
"""

from __future__ import annotations

import functools
import hashlib
import io
import marshal
import sys
from array import array
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from districts import paths

# Phrases tagged recently, with their tags. The attributor asks for the same phrase several
# times per number (the phrase before it, read for a term, an agency, a leading noun) and for
# the same phrase at the numbers of one sentence: about half of the calls of a document.
_TAGGED_PHRASES = 4096


def pos_tags(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs by jieba, with the catalog's terms known as nouns."""
    import jieba

    _import_posseg()  # the dictionary loads on first use, not when a build only reads caches
    if not jieba.dt.initialized:
        jieba.dt.tmp_dir = paths.jieba_cache_dir()
        _load_dictionary()
    if _PENDING_TERMS:
        jieba.setLogLevel(60)
        for word in sorted(_PENDING_TERMS):
            jieba.add_word(word, freq=20000, tag="n")
        _REGISTERED_TERMS.update(_PENDING_TERMS)
        _PENDING_TERMS.clear()
        _tagged.cache_clear()  # new words segment text differently: forget earlier answers
    return list(_tagged(text))


@functools.lru_cache(maxsize=_TAGGED_PHRASES)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    """``pos_tags`` of ``text`` with the words jieba knows now (see ``pos_tags``)."""
    import jieba.posseg

    return tuple((pair.word, pair.flag) for pair in jieba.posseg.lcut(text, HMM=False))


def is_a_word(text: str) -> bool:
    """Whether jieba's dictionary holds ``text`` as a word of its own (起降: yes; 速增长: no)."""
    import jieba

    pos_tags("")  # the dictionary loads on first use
    return bool(jieba.dt.FREQ.get(text))


def register_terms(words: Iterable[str]) -> None:
    """Teach jieba the catalog's terms as nouns, so that 算力规模 is not cut into 算 + 力规模.

    Once per process: every add_word also raises jieba's total frequency, so adding the same
    words again would change how everything else is segmented.
    """
    for word in words:
        if len(word) > 1 and word.isalnum() and word not in _REGISTERED_TERMS:
            _PENDING_TERMS.add(word)


_PENDING_TERMS: set[str] = set()
_REGISTERED_TERMS: set[str] = set()


def _import_posseg() -> ModuleType:
    """``jieba.posseg``, with its table of parts of speech read from this user's cache.

    Importing ``jieba.posseg`` reads jieba's whole dictionary (349,000 lines) for each word's
    part of speech: about half a second of every new process (adding one document, say),
    twice that under load. The table is cached the way the damage finder's lexicon is
    (``mojibake._lexicon``): plain data (``marshal`` of two strings, which cannot run code
    when read), named by a hash of the dictionary it came from, written whole or not at all;
    anything else is ignored and rebuilt. Without a private cache folder nothing is cached.
    """
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    import jieba

    folder = paths.private_cache_dir()
    cached = folder / f"posseg-tags-{_dictionary_stamp()}.marshal" if folder else None
    table = _load_tag_table(cached) if cached is not None else None
    if table is None:
        import jieba.posseg

        if cached is not None:
            tags = jieba.posseg.dt.word_tag_tab
            paths.write_private(cached, marshal.dumps(("\n".join(tags), "\n".join(tags.values()))))
        return jieba.posseg
    jieba.dt.get_dict_file = lambda: io.BytesIO(b"")  # the import reads no dictionary
    try:
        import jieba.posseg
    finally:
        del jieba.dt.get_dict_file  # the tokenizer's own method again
    jieba.posseg.dt.word_tag_tab = table
    return jieba.posseg


@functools.cache
def _dictionary_stamp() -> str:
    """A hash of jieba's dictionary file, naming the files kept from it: read and hashed once
    per process (the tag table and the dictionary are both named by it)."""
    import jieba

    with jieba.dt.get_dict_file() as dictionary:
        return hashlib.sha256(dictionary.read()).hexdigest()[:24]


def _load_dictionary() -> None:
    """jieba's dictionary (every word and prefix with its frequency), read from this user's
    cache as two plain values (the words joined in one string, the frequencies as one array of
    integers) and handed to jieba as its own ``initialize`` would: about 0.25 s instead of
    jieba's 0.65 s of unmarshalling a dictionary of half a million entries, in every new
    process (``districts add`` of one document, the CLI, each test process). Named by a hash of
    the dictionary it came from and written whole or not at all, like the tag table; anything
    else is ignored and jieba loads its own way (and the file is made for the next process)."""
    import jieba

    folder = paths.private_cache_dir()
    if folder is None:
        return
    cached = folder / f"jieba-dictionary-{_dictionary_stamp()}.marshal"
    loaded = _read_dictionary(cached)
    with jieba.dt.lock:
        if jieba.dt.initialized:
            return
        if loaded is not None:
            jieba.dt.FREQ, jieba.dt.total = loaded
            jieba.dt.initialized = True
            return
    jieba.setLogLevel(60)  # its "Building prefix dict" lines are no news to a user
    jieba.dt.initialize()
    frequencies = array("q", jieba.dt.FREQ.values())
    words = "\n".join(jieba.dt.FREQ)
    paths.write_private(cached, marshal.dumps((words, frequencies.tobytes(), jieba.dt.total)))


def _read_dictionary(path: Path) -> tuple[dict[str, int], int] | None:
    """The dictionary kept by ``_load_dictionary``, or None when missing or malformed."""
    try:
        words, frequencies, total = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if (
        not isinstance(words, str)
        or not isinstance(frequencies, bytes)
        or not isinstance(total, int)
    ):
        return None
    counts = array("q")
    try:
        counts.frombytes(frequencies)
    except ValueError:
        return None
    keys = words.split("\n")
    if len(keys) != len(counts) or len(keys) < 1000:
        return None
    return dict(zip(keys, counts, strict=True)), total


def _load_tag_table(path: Path) -> dict[str, str] | None:
    """The cached table of parts of speech (see ``_import_posseg``), or None."""
    try:
        words, tags = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(words, str) or not isinstance(tags, str):
        return None
    words_list, tags_list = words.split("\n"), tags.split("\n")
    if len(words_list) != len(tags_list) or len(words_list) < 1000:
        return None
    return dict(zip(words_list, tags_list, strict=True))

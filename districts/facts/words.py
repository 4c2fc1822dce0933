"""Words and their parts of speech, by jieba: the one place the facts stage segments text.

jieba keeps its digested dictionary in this user's private cache folder, never in the shared
temporary folder (see ``paths.jieba_cache_dir``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from districts import paths

# Phrases tagged recently, with their tags. The attributor asks for the same phrase several
# times per number (the phrase before it, read for a term, an agency, a leading noun) and for
# the same phrase at the numbers of one sentence: about half of the calls of a document.
_TAGGED_PHRASES = 4096


def pos_tags(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs by jieba, with the catalog's terms known as nouns."""
    import jieba.posseg  # the dictionary loads on first use, not when a build only reads caches

    if not jieba.dt.initialized:
        jieba.dt.tmp_dir = paths.jieba_cache_dir()
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

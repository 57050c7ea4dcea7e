"""Language identification with langdetect: seeded, restricted, cached.

langdetect is random by design; a fixed seed makes it deterministic. Loading all 55
profiles costs time and lets rare languages win on short strings, so a detector factory
is built per set of candidate languages (the target, the source, and a short configurable
list), once per process. Results are cached per text.
"""

from __future__ import annotations

import functools
import json
import os

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

# Languages a news feed is commonly translated from, besides target and source.
DEFAULT_CANDIDATES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "tr")
SEED = 0

#: How many times identification actually ran in this process (for tests and benchmarks).
calls = 0


def _profile_name(code: str) -> str | None:
    code = code.lower()
    if code in ("zh", "zh-hans", "zh-cn"):
        code = "zh-cn"
    elif code in ("zh-hant", "zh-tw"):
        code = "zh-tw"
    else:
        code = code.split("-")[0]
    return code if os.path.exists(os.path.join(PROFILES_DIRECTORY, code)) else None


@functools.lru_cache(maxsize=64)
def _profile(code: str) -> str:
    with open(os.path.join(PROFILES_DIRECTORY, code), encoding="utf-8") as handle:
        return handle.read()


@functools.lru_cache(maxsize=8)
def _factory(languages: tuple[str, ...]) -> DetectorFactory:
    factory = DetectorFactory()
    factory.seed = SEED
    factory.load_json_profile([_profile(code) for code in languages])
    return factory


@functools.lru_cache(maxsize=8)
def _letters(languages: tuple[str, ...]) -> frozenset[str]:
    """The letters beyond ASCII that the languages' profiles hold (in lower case)."""
    letters: set[str] = set()
    for code in languages:
        grams = json.loads(_profile(code))["freq"]
        letters.update(g.lower() for g in grams if len(g) == 1 and g.isalpha() and not g.isascii())
    return frozenset(letters)


def written_in(text: str, languages: tuple[str, ...]) -> bool:
    """May ``text`` be in one of ``languages``: do their profiles hold each of its letters
    beyond ASCII? langdetect names one of its candidates whatever the text: Māori "ko Ngāti
    Porou te iwi" comes out Polish, though no candidate writes "ā"."""
    letters = _letters(languages)
    return all(ch in letters for ch in text.lower() if ch.isalpha() and not ch.isascii())


@functools.lru_cache(maxsize=64)
def candidates(*languages: str | None) -> tuple[str, ...]:
    """The languages to choose among (those with a profile), sorted; looked up once."""
    names = {n for n in (_profile_name(c) for c in (*languages, *DEFAULT_CANDIDATES) if c) if n}
    return tuple(sorted(names))


@functools.lru_cache(maxsize=65536)
def identify(text: str, languages: tuple[str, ...]) -> tuple[str, float] | None:
    """The most probable language of ``text`` among ``languages`` and its probability."""
    global calls
    calls += 1
    try:
        detector = _factory(languages).create()
        detector.append(text)
        best = detector.get_probabilities()[0]
    except LangDetectException:
        return None
    lang = "zh" if best.lang.startswith("zh") else best.lang
    return lang, best.prob

"""The Russian models, loaded lazily and once per process: pymorphy3 (morphology), navec + slovnet (NER).

Every model ships inside a PyPI package (pymorphy3-dicts-ru; the navec embeddings and the slovnet NER weights in
the ``natasha`` wheel's data folder), so nothing is downloaded at run time. ``natasha``'s own Python code is not
imported: it pulls in the unmaintained pymorphy2; only its bundled model files are read.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

from derek.errors import DependencyError, ModelError

NAVEC_FILE = "data/emb/navec_news_v1_1B_250K_300d_100q.tar"
NER_FILE = "data/model/slovnet_ner_news_v1.tar"


@cache
def morph() -> Any:
    """The pymorphy3 analyser with the OpenCorpora Russian dictionaries."""
    try:
        import pymorphy3
    except ImportError as exc:
        raise DependencyError("pymorphy3", "Russian morphology") from exc
    return pymorphy3.MorphAnalyzer(lang="ru")


def _natasha_data(relative: str) -> Path:
    spec = importlib.util.find_spec("natasha")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise DependencyError("natasha", "the Russian NER model files (navec, slovnet)")
    path = Path(next(iter(spec.submodule_search_locations))) / relative
    if not path.is_file():
        raise ModelError(f"{path}: the Russian NER model file is missing from the natasha package")
    return path


@cache
def ner() -> Any:
    """The slovnet news NER tagger (PER, LOC, ORG) over navec embeddings."""
    try:
        from navec import Navec
        from slovnet import NER
    except ImportError as exc:
        raise DependencyError("slovnet", "Russian named-entity recognition") from exc
    tagger = NER.load(str(_natasha_data(NER_FILE)))
    tagger.navec(Navec.load(str(_natasha_data(NAVEC_FILE))))
    return tagger

"""The shipped CRF model: where it lives, loading it once per process, and its cluster table."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

import pycrfsuite

from derek.errors import ModelError
from derek.ner.features import Featurizer

MODEL_DIR = Path(__file__).resolve().parent / "model"
DEFAULT_MODEL = MODEL_DIR / "ner.crfsuite"
VALID_ONLY_MODEL = MODEL_DIR / "ner-valid.crfsuite"


def read_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """``word<TAB>label label...`` lines → a mapping (clusters, mined lemmas); an absent file means none."""
    if not path.exists():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            word, sep, labels = line.rstrip("\n").partition("\t")
            if not sep:
                raise ModelError(f"{path}:{n}: expected 'stem<TAB>labels'")
            out[word] = tuple(labels.split())
    return out


def write_clusters(path: Path, clusters: Mapping[str, Sequence[str]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(f"{w}\t{' '.join(c)}\n" for w, c in sorted(clusters.items()))


def model_attributes(tagger: pycrfsuite.Tagger) -> frozenset[str]:
    """Every attribute the opened model has a weight for (parsing the model's dump: about 0.3 s)."""
    return frozenset(attr for attr, _ in tagger.info().state_features)


def attributes_path(model: Path) -> Path:
    return model.with_suffix(".attributes.txt")


def write_attributes(model: Path) -> None:
    """Write the model's weighted attributes beside it, one a line, so that loading need not parse the model."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    with open(attributes_path(model), "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(attr + "\n" for attr in sorted(model_attributes(tagger)))


def read_attributes(model: Path) -> frozenset[str] | None:
    """The attributes listed beside ``model``, or None when there is no list."""
    path = attributes_path(model)
    if not path.exists():
        return None
    with open(path, encoding="utf-8", newline="\n") as fh:
        return frozenset(fh.read().split("\n")[:-1])


def _feature_set(model: Path) -> str:
    """The feature set named in the model's ``.json`` sidecar (``rich`` when there is none)."""
    meta = model.with_suffix(".json")
    if not meta.exists():
        return "rich"
    try:
        return str(json.loads(meta.read_text(encoding="utf-8"))["features"])
    except (ValueError, KeyError) as exc:
        raise ModelError(f"{meta}: not a model description ({exc})") from exc


class NerModel:
    """A CRF tagger with the featurizer it was trained with."""

    def __init__(self, path: Path = DEFAULT_MODEL) -> None:
        if not path.is_file():
            raise ModelError(f"NER model missing: {path} (train it with scripts/train_ner.py final)")
        self.path = path
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(path))
        except Exception as exc:  # crfsuite raises a bare ValueError/OSError on a corrupt file
            raise ModelError(f"NER model unreadable: {path} ({exc})") from exc
        known = read_attributes(path) or model_attributes(self._tagger)
        self.featurizer = Featurizer(_feature_set(path), read_clusters(path.with_suffix(".clusters.tsv")),
                                     read_clusters(path.with_suffix(".mined.tsv")), known)
        self._lock = threading.Lock()

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """IOB2 labels for one sentence."""
        if not tokens:
            return []
        feats = self.featurizer.sentence(tokens)
        with self._lock:  # a crfsuite Tagger is not safe to share between threads
            labels: list[str] = self._tagger.tag(feats)
        return labels


_LOADED: dict[Path, NerModel] = {}
_LOAD_LOCK = threading.Lock()


def get_model(path: Path = DEFAULT_MODEL) -> NerModel:
    """The model at ``path``, loaded on first use and kept for the life of the process."""
    with _LOAD_LOCK:
        if path not in _LOADED:
            _LOADED[path] = NerModel(path)
        return _LOADED[path]

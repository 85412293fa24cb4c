"""The speed peer of ``benchmarks/ner.py``: the KazNERD paper's CRF recipe (``../shared/tools/peer_crf.py``).

The peer's code is loaded from ``../shared/tools`` (it is not part of derek). Its model is trained once on
IOB2_valid.txt with the peer's own recipe and kept in a cache folder, so later runs only time the tagging.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
PEER_SCRIPT = REPO.parent / "shared" / "tools" / "peer_crf.py"
PEER_TRAIN = REPO.parent / "shared" / "data" / "kaznerd" / "IOB2_valid.txt"
PEER_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "derek" / "peer-valid.crfsuite"


def available() -> bool:
    return PEER_SCRIPT.exists() and (PEER_CACHE.exists() or PEER_TRAIN.exists())


def load_peer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("peer_crf", PEER_SCRIPT)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"{PEER_SCRIPT}: cannot load the peer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def peer_model(model: Path = PEER_CACHE) -> Path:
    """The peer's model, trained with its own recipe on IOB2_valid.txt the first time (a few minutes)."""
    if not model.exists():
        model.parent.mkdir(parents=True, exist_ok=True)
        print(f"training the peer CRF into {model} ...", file=sys.stderr, flush=True)
        tmp = model.with_suffix(".part")
        subprocess.run([sys.executable, str(PEER_SCRIPT), "train", str(PEER_TRAIN), str(tmp)], check=True)
        tmp.replace(model)
    return model


def tag_seconds(sents: list[list[str]], model: Path, repeats: int) -> float:
    """Fastest of ``repeats`` runs of the peer featurising and tagging every sentence, in this process."""
    import pycrfsuite

    peer = load_peer()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for s in sents:
            tagger.tag(peer.feats(s))
        best = min(best, time.perf_counter() - t0)
    return best


def cli_seconds(argv: list[str], repeats: int, env: dict[str, str] | None = None) -> float:
    """Fastest wall-clock time of a command (start-up included), its output thrown away."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
        best = min(best, time.perf_counter() - t0)
    return best

#!/usr/bin/env python3
"""NER speed on one core: model load time and tagging tokens/s on the pipeline's own tokens (features included).

Prints one JSON object. Text: KazNERD's test_a sentences joined into paragraphs when ../shared is there,
else a built-in Kazakh paragraph repeated. Tokens and sentences come from derek's own stages, timed apart.

Three speeds, each the fastest of ``--repeats`` runs:

- ``tokens_per_s`` (= ``tokens_per_s_after_morph``): the ``ner`` stage as the pipeline runs it. The ``morph``
  stage has analysed the same documents first (the NER's morphological features read the analyser's cache),
  and the NER's own feature caches start cold, so every new word form is featurised inside the timing.
  ``morph_stage_s`` is that morph stage's own time, which the pipeline pays whether or not it runs the NER.
- ``tokens_per_s_stream``: the steady state of a stream of news. Caches are warmed on the first half of the
  documents; the NER is timed on the second half (sentences it has not seen), each document right after its own
  morph stage.
- ``tokens_per_s_cold_with_morph``: the NER alone with every cache cold, paying for the morphological analysis
  of each new word form itself, as ``derek tag`` does on a file of new text.

Beside them, on the same tokens in the same run (when ``../shared`` is there): the KazNERD paper's CRF recipe
(``../shared/tools/peer_crf.py``, model trained once on IOB2_valid.txt and cached; ``benchmarks/ner_peer.py``)
in this process (``peer_tokens_per_s``) and from its command line (``peer_cli_tokens_per_s``), and ``derek tag``
from the command line (``cli_tokens_per_s``: a fresh process, start-up and model loading included). The
``*_vs_peer`` ratios compare like with like. By default the model timed is ``ner-valid.crfsuite``, which never
saw test_a, so the text is new to it; ``derek tag`` runs the shipped model.

The process runs with derek's batch collector setting (:mod:`derek.collector`), as the CLI does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from derek.collector import tune_for_batch
from derek.doc import Document
from derek.morph import default_analyser, sentence_analyses
from derek.morph.segment import segment
from derek.ner.gazetteer import classes_of
from derek.ner.model import VALID_ONLY_MODEL, NerModel
from derek.ner.stem import split_suffix
from derek.pipeline import load_pipeline

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
import ner_peer  # noqa: E402

KAZNERD_TEST_A = REPO.parent / "shared" / "data" / "kaznerd" / "IOB2_test_a.txt"
FALLBACK = ("Қазақстан Президенті Астанада Жапония Сыртқы істер министрін қабылдады. Тараптар екі ел арасындағы "
            "сауда көлемі 2023 жылы 15 пайызға артқанын атап өтті. Кездесуге Ұлттық Банк төрағасы да қатысты. ")


def texts() -> list[str]:
    if KAZNERD_TEST_A.exists():
        from derek.ner.corpus import read_iob2

        sents = [" ".join(t) for t, _ in read_iob2(KAZNERD_TEST_A)]
        return [" ".join(sents[i : i + 20]) for i in range(0, len(sents), 20)]
    return [FALLBACK * 20] * 50


def _clear_caches(model: NerModel) -> None:
    """Every word form is featurised and analysed afresh."""
    model.featurizer.clear_cache()
    split_suffix.cache_clear()
    classes_of.cache_clear()
    default_analyser.cache_clear()  # a fresh analyser, with empty caches
    segment.cache_clear()
    default_analyser()


def _cold(model: NerModel, sents: list[list[str]]) -> float:
    """Seconds to tag every sentence with every cache cold (the NER pays for the morphological analysis)."""
    _clear_caches(model)
    t0 = time.perf_counter()
    for s in sents:
        model.tag(s)
    return time.perf_counter() - t0


def _after_morph(model: NerModel, docs: list[Document], sents: list[list[str]]) -> tuple[float, float]:
    """(morph stage seconds, NER seconds): the morph stage over every document, then the NER with its caches cold."""
    _clear_caches(model)
    t0 = time.perf_counter()
    for d in docs:  # what the morph stage does with each document
        sentence_analyses([[tok.text for tok in s] for s in d.sentence_tokens()])
    morph_s = time.perf_counter() - t0
    model.featurizer.clear_cache()
    split_suffix.cache_clear()
    classes_of.cache_clear()
    t0 = time.perf_counter()
    for s in sents:
        model.tag(s)
    return morph_s, time.perf_counter() - t0


def _stream(model: NerModel, docs: list[Document]) -> tuple[int, float]:
    """(tokens, seconds) for the second half of the documents, with caches warm from the first half.

    Each document is tagged right after its own morph stage, as in the pipeline; only the NER is timed.
    """
    _clear_caches(model)
    half = len(docs) // 2
    for d in docs[:half]:
        d_sents = [[tok.text for tok in s] for s in d.sentence_tokens()]
        sentence_analyses(d_sents)
        for s in d_sents:
            model.tag(s)
    seconds = 0.0
    tokens = 0
    for d in docs[half:]:
        d_sents = [[tok.text for tok in s] for s in d.sentence_tokens()]
        sentence_analyses(d_sents)
        t0 = time.perf_counter()
        for s in d_sents:
            model.tag(s)
        seconds += time.perf_counter() - t0
        tokens += sum(len(s) for s in d_sents)
    return tokens, seconds


def _against_peer(sents: list[list[str]], n_tokens: int, cold_tps: float, repeats: int) -> dict[str, object]:
    """The peer CRF on the same tokens, in process and from its command line, and ``derek tag`` from the CLI."""
    model = ner_peer.peer_model()
    peer_tps = n_tokens / ner_peer.tag_seconds(sents, model, repeats)
    with tempfile.TemporaryDirectory(prefix="ner-bench-") as tmp:
        tokens = Path(tmp) / "tokens.txt"
        tokens.write_text("".join("\n".join(s) + "\n\n" for s in sents), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
        cli_s = ner_peer.cli_seconds([sys.executable, "-m", "derek.cli", "tag", str(tokens)], repeats, env)
        peer_cli_s = ner_peer.cli_seconds([sys.executable, str(ner_peer.PEER_SCRIPT), "tag", str(model), str(tokens)],
                                          repeats)
    cli_tps, peer_cli_tps = n_tokens / cli_s, n_tokens / peer_cli_s
    return {"peer": "peer_crf.py (KazNERD paper recipe), trained on IOB2_valid", "peer_tokens_per_s": round(peer_tps),
            "cold_with_morph_vs_peer": round(cold_tps / peer_tps, 3),
            "cli_tokens_per_s": round(cli_tps), "peer_cli_tokens_per_s": round(peer_cli_tps),
            "cli_vs_peer_cli": round(cli_tps / peer_cli_tps, 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each measure; the fastest is reported")
    parser.add_argument("--model", type=Path, default=VALID_ONLY_MODEL,
                        help="the model to time (default: the valid-only model, which never saw test_a)")
    parser.add_argument("--no-peer", action="store_true", help="skip the peer CRF and the command-line timings")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    gc_threshold = tune_for_batch()  # as the CLI runs
    t0 = time.perf_counter()
    model = NerModel(args.model)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    default_analyser()  # the morph feature set needs derek's analyser; its lexicon loads once per process
    morph_load_s = time.perf_counter() - t0
    pre = load_pipeline(["normalize", "tokenize", "sentences"])
    docs = [pre(Document(text=t)) for t in texts()]
    sents = [[tok.text for tok in s] for d in docs for s in d.sentence_tokens()]
    n_tokens = sum(len(s) for s in sents)
    repeats = range(max(1, args.repeats))
    cold_s = min(_cold(model, sents) for _ in repeats)
    morph_s, after_morph_s = (min(x) for x in zip(*(_after_morph(model, docs, sents) for _ in repeats), strict=True))
    stream = [_stream(model, docs) for _ in repeats]
    stream_tokens, stream_s = stream[0][0], min(s for _, s in stream)
    extra: dict[str, object] = {}
    if not args.no_peer and ner_peer.available():
        extra = _against_peer(sents, n_tokens, n_tokens / cold_s, len(repeats))
    print(json.dumps({"benchmark": "ner", "gc_threshold": gc_threshold, "repeats": len(repeats),
                      "model": args.model.name, "model_bytes": args.model.stat().st_size,
                      "load_s": round(load_s, 3), "morph_load_s": round(morph_load_s, 3),
                      "features": model.featurizer.kind, "sentences": len(sents), "tokens": n_tokens,
                      "tokens_per_s": round(n_tokens / after_morph_s),
                      "tokens_per_s_after_morph": round(n_tokens / after_morph_s),
                      "tokens_per_s_stream": round(stream_tokens / stream_s),
                      "morph_stage_s": round(morph_s, 3),
                      "tokens_per_s_cold_with_morph": round(n_tokens / cold_s),
                      "source": KAZNERD_TEST_A.name if KAZNERD_TEST_A.exists() else "built-in", **extra},
                     allow_nan=False))
    return 0

if __name__ == "__main__":
    sys.exit(main())

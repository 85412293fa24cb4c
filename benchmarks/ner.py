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

The process runs with derek's batch collector setting (:mod:`derek.collector`), as the CLI does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from derek.collector import tune_for_batch
from derek.doc import Document
from derek.morph import default_analyser, sentence_analyses
from derek.ner.gazetteer import classes_of
from derek.ner.model import DEFAULT_MODEL, NerModel
from derek.ner.stem import split_suffix
from derek.pipeline import load_pipeline

REPO = Path(__file__).resolve().parents[1]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each measure; the fastest is reported")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="the model to time (default: shipped)")
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
    print(json.dumps({"benchmark": "ner", "gc_threshold": gc_threshold, "repeats": len(repeats),
                      "model": args.model.name, "model_bytes": args.model.stat().st_size,
                      "load_s": round(load_s, 3), "morph_load_s": round(morph_load_s, 3),
                      "features": model.featurizer.kind, "sentences": len(sents), "tokens": n_tokens,
                      "tokens_per_s": round(n_tokens / after_morph_s),
                      "tokens_per_s_after_morph": round(n_tokens / after_morph_s),
                      "tokens_per_s_stream": round(stream_tokens / stream_s),
                      "morph_stage_s": round(morph_s, 3),
                      "tokens_per_s_cold_with_morph": round(n_tokens / cold_s),
                      "source": KAZNERD_TEST_A.name if KAZNERD_TEST_A.exists() else "built-in"}))
    return 0

if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""NER speed on one core: model load time and tagging tokens/s on the pipeline's own tokens (features included).

Prints one JSON object. Text: KazNERD's test_a sentences joined into paragraphs when ../shared is there,
else a built-in Kazakh paragraph repeated. Tokens and sentences come from derek's own stages, timed apart.

Two speeds: ``tokens_per_s`` is the NER alone with every cache cold (it pays for the morphological analysis of
each new word form itself, as ``derek tag`` does); ``tokens_per_s_after_morph`` is the NER stage as the pipeline
runs it, after the ``morph`` stage has analysed the same documents (the analyser's cache is shared), with the
NER's own feature caches cold. ``morph_stage_s`` is that morph stage's time. ``tokens_per_s_stream`` is the
steady state of a stream of news: caches warmed on the first half of the documents, the NER timed on the second
half (sentences it has not seen), each document right after its own morph stage.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

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
    model.featurizer._cache.clear()
    split_suffix.cache_clear()
    classes_of.cache_clear()
    default_analyser.cache_clear()  # a fresh analyser, with empty caches
    default_analyser()


def main() -> int:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    t0 = time.perf_counter()
    model = NerModel(DEFAULT_MODEL)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    default_analyser()  # the morph feature set needs derek's analyser; its lexicon loads once per process
    morph_load_s = time.perf_counter() - t0
    pre = load_pipeline(["normalize", "tokenize", "sentences"])
    docs = [pre(Document(text=t)) for t in texts()]
    sents = [[tok.text for tok in s] for d in docs for s in d.sentence_tokens()]
    n_tokens = sum(len(s) for s in sents)
    best = float("inf")
    for _ in range(2):
        _clear_caches(model)
        t0 = time.perf_counter()
        for s in sents:
            model.tag(s)
        best = min(best, time.perf_counter() - t0)
    _clear_caches(model)
    t0 = time.perf_counter()
    for d in docs:  # what the morph stage does with each document
        sentence_analyses([[tok.text for tok in s] for s in d.sentence_tokens()])
    morph_stage_s = time.perf_counter() - t0
    model.featurizer._cache.clear()
    split_suffix.cache_clear()
    classes_of.cache_clear()
    t0 = time.perf_counter()
    for s in sents:
        model.tag(s)
    after_morph = time.perf_counter() - t0
    # A stream of news: the caches are warm from the first half of the documents, and the NER is timed on the
    # second half (sentences it has not seen), each document right after its own morph stage, as in the pipeline.
    _clear_caches(model)
    half = len(docs) // 2
    for d in docs[:half]:
        d_sents = [[tok.text for tok in s] for s in d.sentence_tokens()]
        sentence_analyses(d_sents)
        for s in d_sents:
            model.tag(s)
    stream_s = 0.0
    stream_tokens = 0
    for d in docs[half:]:
        d_sents = [[tok.text for tok in s] for s in d.sentence_tokens()]
        sentence_analyses(d_sents)
        t0 = time.perf_counter()
        for s in d_sents:
            model.tag(s)
        stream_s += time.perf_counter() - t0
        stream_tokens += sum(len(s) for s in d_sents)
    print(json.dumps({"benchmark": "ner", "model": DEFAULT_MODEL.name, "model_bytes": DEFAULT_MODEL.stat().st_size,
                      "load_s": round(load_s, 3), "morph_load_s": round(morph_load_s, 3),
                      "features": model.featurizer.kind, "sentences": len(sents), "tokens": n_tokens,
                      "tag_s": round(best, 3), "tokens_per_s": round(n_tokens / best),
                      "morph_stage_s": round(morph_stage_s, 3),
                      "tokens_per_s_after_morph": round(n_tokens / after_morph),
                      "tokens_per_s_stream": round(stream_tokens / stream_s),
                      "source": KAZNERD_TEST_A.name if KAZNERD_TEST_A.exists() else "built-in"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

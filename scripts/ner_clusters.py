#!/usr/bin/env python3
"""Distributional clusters of Kazakh stems from unlabelled tokenised text (for NER features).

Each stem (lowercase, suffix-stripped) seen at least ``min_count`` times is described by the stems to its left
and right (positive PMI), reduced by a seeded randomized SVD and grouped by k-means at several granularities.
Deterministic for a given input and seed. Needs numpy and scipy (training-time only).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from derek.ner.stem import split_suffix

_PAD = "<s>"


def _key(tok: str) -> str:
    return split_suffix(tok)[0].lower()


def _kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 20) -> np.ndarray:
    centres = x[rng.choice(len(x), size=k, replace=False)]
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        assign = np.argmax(x @ centres.T, axis=1)  # rows are unit vectors: cosine
        for c in range(k):
            members = x[assign == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / (np.linalg.norm(v) or 1.0)
    return assign


def build_clusters(sentences: Sequence[Sequence[str]], sizes: Sequence[int] = (64, 256), min_count: int = 3,
                   n_context: int = 2000, dims: int = 64, seed: int = 13) -> dict[str, tuple[str, ...]]:
    """``stem → ("k64:12", "k256:201")`` for every stem seen ``min_count`` times."""
    keyed = [[_key(t) for t in s] for s in sentences]
    freq = Counter(k for s in keyed for k in s)
    vocab = sorted((w for w, c in freq.items() if c >= min_count), key=lambda w: (-freq[w], w))
    if len(vocab) < max(sizes, default=0) * 2:
        return {}
    index = {w: i for i, w in enumerate(vocab)}
    ctx_words = [_PAD, *vocab[:n_context]]
    ctx = {w: i for i, w in enumerate(ctx_words)}
    nc = len(ctx_words)
    rows: list[int] = []
    cols: list[int] = []
    for s in keyed:
        padded = [_PAD, *s, _PAD]
        for j in range(1, len(padded) - 1):
            r = index.get(padded[j])
            if r is None:
                continue
            left, right = ctx.get(padded[j - 1]), ctx.get(padded[j + 1])
            if left is not None:
                rows.append(r)
                cols.append(left)
            if right is not None:
                rows.append(r)
                cols.append(nc + right)
    m = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 2 * nc))
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel()
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    rng = np.random.default_rng(seed)
    omega = rng.standard_normal((ppmi.shape[1], dims + 16))
    q, _ = np.linalg.qr(ppmi @ omega)
    u_small, sing, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    emb = (q @ u_small)[:, :dims] * np.sqrt(sing[:dims])
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    labels = [_kmeans(emb, k, rng) for k in sizes]
    return {w: tuple(f"k{k}:{lab[i]}" for k, lab in zip(sizes, labels, strict=True)) for i, w in enumerate(vocab)}

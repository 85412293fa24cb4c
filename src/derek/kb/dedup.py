"""Near-duplicate articles (reprints of one agency story) with MinHash over word shingles.

A signature is split into bands; two articles that agree on a whole band become candidates and
are grouped when their estimated Jaccard similarity reaches ``THRESHOLD``.
"""

from __future__ import annotations

import hashlib

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 3
THRESHOLD = 0.7
_SEED = 1
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=_SEED)  # copying it skips rebuilding the permutations


def _shingles(words: list[str]) -> set[bytes]:
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(words: list[str]) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` unsigned integers) of lowercase ``words``."""
    mh = _TEMPLATE.copy()
    shingles = _shingles([w.lower() for w in words])
    if shingles:
        mh.update_batch(list(shingles))
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def is_empty(sig: np.ndarray) -> bool:
    """True for the signature of a text with no words (it would look like every other empty text)."""
    return bool((sig == _TEMPLATE.hashvalues).all())


def band_buckets(sig: np.ndarray) -> list[int]:
    """One signed 63-bit bucket per band, stable across processes (for an indexed SQL column)."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        out.append(int.from_bytes(digest, "big") >> 1)
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype(np.uint64).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint64)

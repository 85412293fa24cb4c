"""Near-duplicate articles (reprints of one agency story) with MinHash over word shingles.

A signature is split into bands; two articles that agree on a whole band become candidates and
are grouped when their estimated Jaccard similarity reaches ``THRESHOLD``.
"""

from __future__ import annotations

import hashlib
import sqlite3

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


# --- one story across languages ----------------------------------------------------------------------------
# A Kazakh and a Russian report of one event share no shingles, so MinHash cannot group them. They do share the
# facts once entities are resolved across the languages (Тоқаев ~ Токаев, Ақорда ~ Акорда): the same date, the
# same place (or none stated in one of them) and the same people taking part.
MIN_SHARED_PEOPLE = 2


def _event_facts(conn: sqlite3.Connection, article: int) -> list[tuple[str, int | None, frozenset[int]]]:
    rows = conn.execute("SELECT id, date, location_id FROM events WHERE article = ? AND date IS NOT NULL", (article,))
    out = []
    for event_id, date, location in rows.fetchall():
        people = frozenset(
            int(r[0]) for r in conn.execute(
                "SELECT p.entity_id FROM event_participants p JOIN entities e ON e.id = p.entity_id "
                "WHERE p.event_id = ? AND e.type IN ('PERSON', 'PER')", (event_id,)
            )
        )
        out.append((str(date)[:10], int(location) if location is not None else None, people))
    return out


def story_group(conn: sqlite3.Connection, article: int) -> int | None:
    """The group of an earlier article that reports one of this article's events, or None.

    Same event: the same day, places that agree (equal, or one report names none) and the same people (at least
    ``MIN_SHARED_PEOPLE``; one report may name a person more, e.g. a host the other leaves implicit).
    """
    for date, location, people in _event_facts(conn, article):
        if len(people) < MIN_SHARED_PEOPLE:
            continue
        rows = conn.execute(
            "SELECT DISTINCT e.article, a.dup_group FROM events e JOIN articles a ON a.rowid = e.article "
            "WHERE substr(e.date, 1, 10) = ? AND e.article != ? ORDER BY e.article",
            (date, article),
        ).fetchall()
        for other, group in rows:
            for other_date, other_location, other_people in _event_facts(conn, int(other)):
                if other_date != date or (location and other_location and location != other_location):
                    continue
                shared = people & other_people
                if len(shared) >= MIN_SHARED_PEOPLE and len(shared) >= min(len(people), len(other_people)) - 1:
                    return int(group) if group is not None else int(other)
    return None

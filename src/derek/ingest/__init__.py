"""Readers: files, directories, feeds, JSON Lines, HTML and .gz → :class:`derek.doc.Article`.

``iter_articles`` never raises for a bad input: it yields an :class:`InputError` in its place,
so one bad file never stops a batch. A JSON line that is already a processed ``derek.document/1``
comes back as a :class:`derek.doc.Document`, to be stored or printed as it is.
"""

from __future__ import annotations

from derek.ingest.readers import iter_articles, read_text_article

__all__ = ["iter_articles", "read_text_article"]

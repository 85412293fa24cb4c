"""The Kazakh language layer: every Kazakh word list and table as data, loaded once.

The files live in ``derek/lang/kk/data`` (see its README for sources and licences). Code asks this module for a
table by name instead of holding word lists of its own, so that one list serves every stage and a new genre or
title is a row in a file, not a new rule.

    >>> from derek.lang import kk
    >>> "ақпан" in kk.words("months")
    True
"""

from __future__ import annotations

from pathlib import Path

from derek.lang.tables import LanguageData

DATA = Path(__file__).resolve().parent / "data"
_DATA = LanguageData(DATA)
data_file = _DATA.data_file
table = _DATA.table
words = _DATA.words
mapping = _DATA.mapping

"""The Russian language layer: every Russian word list and table as data, loaded once.

Kazakhstan's outlets publish in Russian as well as Kazakh; the Russian pipeline (:mod:`derek.lang.ru.pipeline`)
reads its titles, speech verbs, event triggers, attendance cues and units from ``derek/lang/ru/data`` (see its
README for sources). Same shape as :mod:`derek.lang.kk`.

    >>> from derek.lang import ru
    >>> "заявил" in ru.words("speech_verbs")
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

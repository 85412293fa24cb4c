"""The Kazakh pipeline: which stages run, in which order. Importing this module registers them.

normalize → tokenize → sentences → morph → ner.crf → extract. The NER is the CRF variant (``ner.crf``); another
model family registers a stage of its own name and takes its place in this list.
"""

from __future__ import annotations

# Importing a stage module registers its stages.
import derek.extract.stage
import derek.morph.stage
import derek.ner.stage
import derek.text.stages  # noqa: F401  (these imports bind one name, "derek")
from derek.stage import alias

alias("ner", "ner.crf")  # the default NER variant

STAGES: tuple[str, ...] = ("normalize", "tokenize", "sentences", "morph", "ner.crf", "extract")

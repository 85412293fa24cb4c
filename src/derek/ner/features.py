"""CRF features for a sentence of tokens.

The feature sets:

* ``paper``: the KazNERD paper's CRF recipe (word, shape, 3-letter affixes, ±2 context words), the baseline;
* ``rich``: adds the suffix-stripped stem and its ending, longer affixes, gazetteer classes, distributional
  clusters of the stem, and word bigrams, with stems and classes of the ±2 context;
* ``morph``: ``rich`` plus derek's morphological analysis (lemma, part of speech, case, 3rd-person possessive)
  of the word and its neighbours, lemmas mined from the training data as entity edges (``mined``), and
  sentence cues built on them («…» followed by an organisation head, a mined head noun ahead, capitalised runs);
* ``morph2``: ``morph`` plus cues for a place word before an organisation head: its distance to the head, its
  case, and the capitalised words up to the head;
* ``morph3``: ``morph2``, but the words that open a sentence take the analyser's sentence-start reading, which the
  pipeline's ``morph`` stage has already computed (``Президент`` at the start may be the common noun), so the
  NER does not analyse them a second time;
* ``morph3lean``: ``morph3`` without three templates that carry almost no weight: the one-letter suffix, the
  title-case flag of the neighbours, and the part of speech and case of the words two away;
* ``morph4``: ``morph3lean`` plus cues for a place word shortly before a position head (``Астана қаласының
  әкімі``, which KazNERD labels as one POSITION): its distance to the head and its case.

Everything that depends only on the word is computed once per word form and cached, so a sentence costs
a few list concatenations per token.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from derek.morph.context import sentence_starts
from derek.ner.gazetteer import classes_of
from derek.ner.morph_features import morph_tags
from derek.ner.stem import split_suffix


@dataclass(frozen=True)
class Recipe:
    """What a feature set is made of."""

    base: str  # the per-word features: paper, rich, or morph (rich + the analysis and mined lemmas)
    org_cues: bool = False  # place words before an organisation head (morph2 on)
    sentence_start: bool = False  # sentence-opening words take their sentence-start reading (morph3 on)
    lean: bool = False  # without the three weightless templates (morph3lean on)
    position_cues: bool = False  # place words before a position head (morph4)


RECIPES = {
    "paper": Recipe("paper"),
    "rich": Recipe("rich"),
    "morph": Recipe("morph"),
    "morph2": Recipe("morph", org_cues=True),
    "morph3": Recipe("morph", org_cues=True, sentence_start=True),
    "morph3lean": Recipe("morph", org_cues=True, sentence_start=True, lean=True),
    "morph4": Recipe("morph", org_cues=True, sentence_start=True, lean=True, position_cues=True),
}
FEATURE_SETS = tuple(RECIPES)
_POSITION_HEAD_FEATURES = frozenset(["g=position", "m=>POSITION"])
_OFFSETS = (-2, -1, 1, 2)
_OFFSET_NAMES = tuple(str(k) for k in _OFFSETS)
_NEAR = frozenset(["-1", "1"])
_CONTEXT_FLAGS = frozenset(["T", "U", "D", "P"])
_PREFIX_NAMES = {i: f"p{i}=" for i in range(1, 5)}
_SUFFIX_NAMES = {i: f"s{i}=" for i in range(1, 6)}
_CACHE_LIMIT = 60_000
_LATIN = re.compile(r"[A-Za-z]")
_PHRASE_BREAKS = frozenset([",", ".", ";", ":", "!", "?", "—", "–", "(", ")", "[", "]"])
_OPEN_QUOTES = ("«", '"', "“")
_CLOSE_QUOTES = ("»", "”", '"')
_ORG_HEAD_FEATURES = frozenset(["g=orghead", "m=>ORGANISATION"])
_MINED_HEADS = ("m=>ORGANISATION", "m=>POSITION", "m=>FACILITY", "m=>EVENT", "m=>LOCATION")
# the word's own features that the sentence-level cues look at, kept apart so a sentence need not scan them all
_CAPITAL = frozenset(["T", "U"])
_PLACE = frozenset(["g=country", "g=city", "g=region", "g=demonym", "m=<GPE", "m=>GPE", "m=<NORP"])
_MARKED = frozenset(["g=orghead", "g=position", "T", "U", *_MINED_HEADS, *_PLACE, "m=<ORGANISATION"])

Attr = str | bytes  # a crfsuite attribute name

# A word form's features, cached: its own, the four views its ±2 neighbours take of it, the few own features the
# sentence-level cues look at, and its case feature. Tuples of strings, not lists: the garbage collector stops
# tracking them, so a large cache does not slow every later collection down.
WordInfo = tuple[tuple[Attr, ...], tuple[tuple[Attr, ...], ...], frozenset[str], str]


def word_shape(word: str) -> str:
    """``Xxxx`` → ``Xx``: letters to X/x, digits to d, other characters kept, runs collapsed."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _is_title(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


class Featurizer:
    """Turns token lists into crfsuite feature lists.

    ``clusters`` maps a lowercase stem to its cluster labels; ``mined`` maps a lowercase lemma to its entity-edge
    tags (``>ORGANISATION`` ...), used by the ``morph`` set only.

    ``known``, when given, is the set of attributes a trained model has weights for: the others are left out of
    the feature lists. A CRF ignores an attribute it has no weight for, so the labels are the same, and the tagger
    has fewer strings to convert and look up. The per-word attributes are then cached as UTF-8 bytes, which
    pycrfsuite takes as they are. Training passes no ``known`` and gets every attribute, as strings.
    """

    def __init__(
        self,
        kind: str = "rich",
        clusters: Mapping[str, Sequence[str]] | None = None,
        mined: Mapping[str, Sequence[str]] | None = None,
        known: AbstractSet[str] | None = None,
    ) -> None:
        if kind not in RECIPES:
            raise ValueError(f"unknown feature set {kind!r}; expected one of {', '.join(FEATURE_SETS)}")
        self.kind = kind
        self.recipe = recipe = RECIPES[kind]
        self.clusters = clusters or {}
        self.mined = mined or {}
        self.known = known
        self._make = {"paper": self._paper, "rich": self._rich, "morph": self._morph}[recipe.base]
        self._first_suffix = 2 if recipe.lean else 1
        self._context_flags = _CONTEXT_FLAGS - {"T"} if recipe.lean else _CONTEXT_FLAGS
        self._pc_offsets = _NEAR if recipe.lean else frozenset(_OFFSET_NAMES)
        self._cache: dict[str, WordInfo] = {}
        self._start_cache: dict[str, WordInfo] = {}

    def clear_cache(self) -> None:
        """Forget every word form's features (benchmarks start cold with it)."""
        self._cache.clear()
        self._start_cache.clear()

    # --- per word form -----------------------------------------------------------------------
    def _paper(self, w: str, start: bool = False) -> tuple[list[str], tuple[list[str], ...]]:
        low = w.lower()
        up, title, digit = w.isupper(), _is_title(w), w.isdigit()
        own = ["b", "w=" + low, "s3=" + low[-3:], "s2=" + low[-2:], "p3=" + low[:3], "sh=" + word_shape(w)]
        own += [f for f, on in (("U", up), ("T", title), ("D", digit)) if on]
        ctx = []
        for k in _OFFSETS:
            c = [f"{k}w={low}"]
            c += [f"{k}{f}" for f, on in (("U", up), ("T", title)) if on]
            ctx.append(c)
        return own, tuple(ctx)

    def _rich(self, w: str, start: bool = False) -> tuple[list[str], tuple[list[str], ...]]:
        low = w.lower()
        stem, ending = split_suffix(w)
        st, end = stem.lower(), ending.lower() or "-"
        shape = word_shape(w)
        short = shape if len(shape) <= 4 else shape[:2] + "~" + shape[-2:]
        gaz = classes_of(w, stem)
        clus = self.clusters.get(st) or self.clusters.get(low) or ()
        title = _is_title(w)
        flags = []
        if title:
            flags.append("T")
        if w.isupper() and len(w) > 1:
            flags.append("U")
        if any(ch.isdigit() for ch in w):
            flags.append("D")
        if w.isdigit():
            flags.append("AD")
        if "-" in w:
            flags.append("H")
        if _LATIN.search(w):
            flags.append("L")
        if not any(ch.isalnum() for ch in w):
            flags.append("P")
        n = len(low)
        own = ["b", "w=" + low, "st=" + st, "sf=" + end, "sh=" + short, "len=" + str(min(n, 8))]
        own += [_PREFIX_NAMES[i] + low[:i] for i in range(1, min(n, 4) + 1)]
        own += [_SUFFIX_NAMES[i] + low[-i:] for i in range(self._first_suffix, min(n, 5) + 1)]
        own += ["sts3=" + st[-3:], "stp4=" + st[:4]]
        own += flags
        if gaz:
            own += ["g=" + g for g in gaz]
        if clus:
            own += ["c=" + c for c in clus]
        if title:
            own.append("T&sf=" + end)
        ctx_flags = [f for f in flags if f in self._context_flags]
        s3 = low[-3:]
        ctx = []
        for k in _OFFSET_NAMES:
            c = [k + "w=" + low, k + "st=" + st, k + "sh=" + short]
            if ctx_flags:
                c += [k + f for f in ctx_flags]
            if gaz:
                c += [k + "g=" + g for g in gaz]
            if k in _NEAR:
                c += [k + "sf=" + end, k + "s3=" + s3]
                if clus:
                    c += [k + "c=" + x for x in clus]
            ctx.append(c)
        return own, tuple(ctx)

    def _morph(self, w: str, start: bool = False) -> tuple[list[str], tuple[list[str], ...]]:
        own, ctx = self._rich(w)
        lem, pos, case, poss3 = morph_tags(w, start)
        mined = self.mined.get(lem, ())
        pc = pos + "|" + case
        own += ["lm=" + lem, "pos=" + pos, "case=" + case, "pc=" + pc]
        if poss3:
            own.append("P3")
        if mined:
            own += ["m=" + m for m in mined]
        if "T" in own:
            own.append("T&case=" + case)
        for k, c in zip(_OFFSET_NAMES, ctx, strict=True):
            if k in self._pc_offsets:
                c.append(k + "pc=" + pc)
            if mined:
                c += [k + "m=" + m for m in mined]
            if k in _NEAR:
                c.append(k + "lm=" + lem)
                if poss3:
                    c.append(k + "P3")
        return own, ctx

    def _word(self, w: str, start: bool = False) -> WordInfo:
        cache = self._start_cache if start else self._cache
        hit = cache.get(w)
        if hit is None:
            own, ctx = self._make(w, start)
            marked = _MARKED.intersection(own)
            # the case is read by the place cues only (_org_start_cues, _position_start_cues): place words need it
            case = "case=?" if marked.isdisjoint(_PLACE) else next((f for f in own if f.startswith("case=")), "case=?")
            known = self.known
            if known is None:
                hit = tuple(own), tuple([tuple(c) for c in ctx]), marked, case
            else:
                # as UTF-8 bytes, which pycrfsuite copies as they are instead of encoding the string at every token
                hit = (tuple([f.encode() for f in own if f in known]),
                       tuple([tuple([f.encode() for f in c if f in known]) for c in ctx]), marked, case)
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()  # about 4 KB a word form: start over rather than grow without bound
            cache[w] = hit
        return hit

    @staticmethod
    def _sentence_level(tokens: Sequence[str], info: list[WordInfo]) -> list[list[str]]:
        """Features that need more than ±2 words: inside «…», and an organisation or title word ahead."""
        n = len(tokens)
        out: list[list[str]] = [[] for _ in range(n)]
        depth = 0
        for i, t in enumerate(tokens):
            if t in ("«", '"', "“"):
                depth += 1
                out[i].append("Qopen")
            elif t in ("»", "”") and depth:
                depth -= 1
                out[i].append("Qclose")
            elif depth:
                out[i].append("inQ")
                if i and tokens[i - 1] in ("«", '"', "“"):
                    out[i].append("Qfirst")
        ahead: dict[str, int] = {}
        for i in range(n - 1, -1, -1):
            org, pos = ahead.get("orghead"), ahead.get("position")
            if org is not None and org - i <= 6:
                out[i].append("ahead=orghead")
            if pos is not None and pos - i <= 6:
                out[i].append("ahead=position")
            if org is not None and pos is not None and org < pos and pos - i <= 10:
                out[i].append("ahead=org>position")  # "X университетінің ... студенті": all one POSITION
            if tokens[i] in _PHRASE_BREAKS:
                ahead.clear()
            for f in info[i][2]:
                if f in ("g=orghead", "g=position"):
                    ahead[f[2:]] = i
        return out

    # --- per sentence --------------------------------------------------------------------------
    def sentence(self, tokens: Sequence[str]) -> list[list[Attr]]:
        """One feature list per token (strings; UTF-8 bytes as well when the featurizer has ``known``)."""
        recipe = self.recipe
        if recipe.sentence_start:
            starts = sentence_starts(list(tokens))
            info = [self._word(t, start) for t, start in zip(tokens, starts, strict=True)]
        else:
            info = [self._word(t) for t in tokens]
        n = len(tokens)
        rich = recipe.base != "paper"
        lows = [t.lower() for t in tokens] if rich else []
        extra = self._sentence_level(tokens, info) if rich else [[] for _ in tokens]
        if recipe.base == "morph":
            for i, more in enumerate(_morph_sentence_level(tokens, info)):
                extra[i] += more
        if recipe.org_cues:
            for i, more in enumerate(_org_start_cues(tokens, info)):
                extra[i] += more
        if recipe.position_cues:
            for i, more in enumerate(_position_start_cues(tokens, info)):
                extra[i] += more
        known = self.known
        out: list[list[Attr]] = []
        for i in range(n):
            feats: list[Attr] = [*info[i][0], *extra[i]]
            if i >= 2:
                feats += info[i - 2][1][0]
            if i >= 1:
                feats += info[i - 1][1][1]
                if rich:
                    bigram = "bw-=" + lows[i - 1] + "|" + lows[i]
                    if known is None or bigram in known:
                        feats.append(bigram)
            else:
                feats.append("BOS")
            if i + 1 < n:
                feats += info[i + 1][1][2]
                if rich:
                    bigram = "bw+=" + lows[i] + "|" + lows[i + 1]
                    if known is None or bigram in known:
                        feats.append(bigram)
            else:
                feats.append("EOS")
            if i + 2 < n:
                feats += info[i + 2][1][3]
            out.append(feats)
        return out


def _morph_sentence_level(tokens: Sequence[str], info: list[WordInfo]) -> list[list[str]]:
    """Cues for the ``morph`` set: «…» followed by an organisation head, mined heads ahead, capitalised runs."""
    n = len(tokens)
    out: list[list[str]] = [[] for _ in range(n)]
    own = [x[2] for x in info]
    # «Name» + organisation head noun (in any inflection): the quoted words belong to an organisation name
    open_at: int | None = None
    for i, t in enumerate(tokens):
        if t in _OPEN_QUOTES and open_at is None:
            open_at = i
        elif t in _CLOSE_QUOTES and open_at is not None:
            if i + 1 < n and own[i + 1] & _ORG_HEAD_FEATURES:
                for j in range(open_at, i + 2):
                    out[j].append("Q>orghead")
            elif i + 1 < n and "m=>POSITION" in own[i + 1]:
                for j in range(open_at, i + 2):
                    out[j].append("Q>position")
            open_at = None
    # a mined head noun ahead in the same phrase
    ahead: dict[str, int] = {}
    for i in range(n - 1, -1, -1):
        if ahead:
            for f in _MINED_HEADS:  # a fixed order, so that training is deterministic
                at = ahead.get(f)
                if at is not None and at - i <= 6:
                    out[i].append("ahead" + f[1:])
            if tokens[i] in _PHRASE_BREAKS:
                ahead.clear()
        if not own[i].isdisjoint(_MINED_HEADS):
            for f in _MINED_HEADS:
                if f in own[i]:
                    ahead[f] = i
    # length of the run of capitalised words the token is in (1, 2, 3, 4+)
    i = 0
    capital = [not x.isdisjoint(_CAPITAL) for x in own]
    while i < n:
        if capital[i]:
            j = i
            while j < n and capital[j]:
                j += 1
            for k in range(i, j):
                out[k].append("caprun=" + str(min(j - i, 4)))
            i = j
        else:
            i += 1
    return out


def _place_before_head(tokens: Sequence[str], info: list[WordInfo], heads: frozenset[str], reach: int, prefix: str,
                       count_capitals: bool = False) -> list[list[str]]:
    """Cues for a place word (country, city, region, demonym, mined GPE or NORP edge) up to ``reach`` words before a
    head word (one with a feature in ``heads``) in the same phrase: its distance to the head, and its case joined
    with whether the head is next. With ``count_capitals``, a capitalised place also gets how many capitalised words
    lie from it up to the head.
    """
    n = len(tokens)
    out: list[list[str]] = [[] for _ in range(n)]
    own = [x[2] for x in info]
    if all(x.isdisjoint(heads) for x in own):
        return out
    head: int | None = None
    caps = 0  # capitalised words after the token, up to the head
    for i in range(n - 1, -1, -1):
        if tokens[i] in _PHRASE_BREAKS:
            head = None
            continue
        capital = not own[i].isdisjoint(_CAPITAL)
        if head is not None and 0 < head - i <= reach and not own[i].isdisjoint(_PLACE):
            d = str(head - i)
            out[i].append(prefix + "hd=" + d)
            out[i].append(prefix + info[i][3] + ("&next" if d == "1" else "&ahead"))
            if count_capitals and capital:
                out[i].append("capToHead=" + str(min(caps + 1, 4)) + "|place")
        if not own[i].isdisjoint(heads):
            head = i
            caps = 0
        elif capital:
            caps += 1
    return out


def _org_start_cues(tokens: Sequence[str], info: list[WordInfo]) -> list[list[str]]:
    """Cues for ``morph2`` on: a place word up to 6 words before an organisation head (gazetteer or mined).

    A genitive place before a name is often outside it; the capitalised words up to the head tell how long the
    name is.
    """
    return _place_before_head(tokens, info, _ORG_HEAD_FEATURES, 6, "place&", count_capitals=True)


def _position_start_cues(tokens: Sequence[str], info: list[WordInfo]) -> list[list[str]]:
    """Cues for ``morph4``: a place word up to 4 words before a position head (gazetteer or mined).

    KazNERD takes the place into the POSITION span (``Астана қаласының әкімі``, ``Ақтөбе облысы әкімінің
    орынбасары``).
    """
    return _place_before_head(tokens, info, _POSITION_HEAD_FEATURES, 4, "place>pos&")

"""The suffix inventory: every written form (allomorph) of the nominal and verbal suffixes.

Each allomorph says which harmony it belongs to, after which final-sound classes of the
word-so-far it is written, and whether it needs a particular suffix right before it
(the "pronominal n" forms need a 3rd-person possessive). Tables: docs/language.md §2.3–2.7, §3.1–3.2.
"""

from __future__ import annotations

from dataclasses import dataclass

from derek.lang.kk.phonology import K, L, N, R, V, Z

ANY = frozenset({V, R, L, N, Z, K})
CONS = frozenset({R, L, N, Z, K})
VRL = frozenset({V, R, L})
VRLNZ = frozenset({V, R, L, N, Z})
NZ = frozenset({N, Z})
ONLY_K = frozenset({K})
ONLY_V = frozenset({V})


@dataclass(frozen=True)
class Allo:
    """One written form of a suffix."""

    text: str
    harmony: str | None  # "back", "front" or None (no harmony)
    after: frozenset[str]  # final-sound classes it follows
    needs: str | None = None  # tag the suffix to its left must carry (e.g. "P3")
    restore: str = ""  # letters the stem regains (оқиды = оқы + й + ды, written оқи-ды)


@dataclass(frozen=True)
class Morpheme:
    tag: str
    allos: tuple[Allo, ...]
    feats: tuple[tuple[str, str], ...] = ()


def _pair(back: str, front: str, after: frozenset[str], needs: str | None = None) -> tuple[Allo, ...]:
    return Allo(back, "back", after, needs), Allo(front, "front", after, needs)


def _m(tag: str, feats: tuple[tuple[str, str], ...], *groups: tuple[Allo, ...]) -> Morpheme:
    return Morpheme(tag, tuple(a for g in groups for a in g), feats)


# --- nominal suffixes --------------------------------------------------------------------------
PL = _m("PL", (("Number", "Plur"),), _pair("лар", "лер", frozenset({V, R})), _pair("дар", "дер", frozenset({L, N, Z})),
        _pair("тар", "тер", ONLY_K))
P3 = _m("P3", (("Person[psor]", "3"),), _pair("ы", "і", CONS), _pair("сы", "сі", ONLY_V))
P1S = _m("P1S", (("Person[psor]", "1"), ("Number[psor]", "Sing")), (Allo("м", None, ONLY_V),),
         _pair("ым", "ім", CONS))
P2S = _m("P2S", (("Person[psor]", "2"), ("Number[psor]", "Sing")), (Allo("ң", None, ONLY_V),),
         _pair("ың", "ің", CONS))
P2P = _m("P2P", (("Person[psor]", "2"), ("Polite", "Form")), _pair("ңыз", "ңіз", ONLY_V),
         _pair("ыңыз", "іңіз", CONS))
P1P = _m("P1P", (("Person[psor]", "1"), ("Number[psor]", "Plur")), _pair("мыз", "міз", ONLY_V),
         _pair("ымыз", "іміз", CONS))
POSSESSIVES = (P3, P1S, P2S, P2P, P1P)

GEN = _m("gen", (("Case", "Gen"),), _pair("ның", "нің", frozenset({V, N})), _pair("дың", "дің", frozenset({R, L, Z})),
         _pair("тың", "тің", ONLY_K), _pair("ның", "нің", ANY, "P3"))
DAT = _m("dat", (("Case", "Dat"),), _pair("ға", "ге", VRLNZ), _pair("қа", "ке", ONLY_K), _pair("на", "не", ANY, "P3"),
         _pair("а", "е", ANY, "P12"))
ACC = _m("acc", (("Case", "Acc"),), _pair("ны", "ні", ONLY_V), _pair("ды", "ді", CONS - {K}), _pair("ты", "ті", ONLY_K),
         (Allo("н", None, ANY, "P3"),))
LOC = _m("loc", (("Case", "Loc"),), _pair("да", "де", VRLNZ), _pair("та", "те", ONLY_K), _pair("нда", "нде", ANY, "P3"))
ABL = _m("abl", (("Case", "Abl"),), _pair("дан", "ден", frozenset({V, R, L, Z})), _pair("нан", "нен", frozenset({N})),
         _pair("тан", "тен", ONLY_K), _pair("нан", "нен", ANY, "P3"))
INS = _m("ins", (("Case", "Ins"),), (Allo("мен", None, frozenset({V, R, L, N})), Allo("бен", None, frozenset({Z})),
                                     Allo("пен", None, ONLY_K), Allo("менен", None, frozenset({V, R, L, N})),
                                     Allo("мен", None, ANY, "P3")))
CASES = (GEN, DAT, ACC, LOC, ABL, INS)

# -ғы after the locative (Астанадағы) and on time words (жылғы); -дай "like"; -ша "in the manner of".
GY = _m("gy", (), _pair("ғы", "гі", VRLNZ), _pair("қы", "кі", ONLY_K))
EQU = _m("equ", (("Case", "Equ"),), _pair("дай", "дей", VRLNZ), _pair("тай", "тей", ONLY_K),
         _pair("ндай", "ндей", ANY, "P3"))
SIM = _m("sim", (), _pair("ша", "ше", ANY), _pair("нша", "нше", ANY, "P3"))

PRED = _m("pred", (), _pair("мын", "мін", frozenset({V, R, L, N})), _pair("бын", "бін", NZ),
          _pair("пын", "пін", ONLY_K), _pair("мыз", "міз", VRL), _pair("быз", "біз", NZ),
          _pair("пыз", "піз", ONLY_K), _pair("дыр", "дір", VRLNZ), _pair("тыр", "тір", ONLY_K))

# --- verbal suffixes ---------------------------------------------------------------------------
PASS = _m("pass", (("Voice", "Pass"),), _pair("ыл", "іл", frozenset({R, N, Z, K})), _pair("ын", "ін", frozenset({L})),
          _pair("л", "л", ONLY_V), _pair("н", "н", ONLY_V))
RCP = _m("rcp", (("Voice", "Rcp"),), _pair("ыс", "іс", CONS), _pair("с", "с", ONLY_V))
NEG = _m("neg", (("Polarity", "Neg"),), _pair("ма", "ме", VRL), _pair("ба", "бе", NZ), _pair("па", "пе", ONLY_K))

PAST = _m("past", (("Tense", "Past"), ("VerbForm", "Fin")), _pair("ды", "ді", VRLNZ), _pair("ты", "ті", ONLY_K))
PAST_PERSON = _m("pers", (), (Allo("м", None, ANY), Allo("ң", None, ANY), Allo("ңыз", "back", ANY),
                              Allo("ңіз", "front", ANY), Allo("қ", "back", ANY), Allo("к", "front", ANY),
                              Allo("ңдар", "back", ANY), Allo("ңдер", "front", ANY), Allo("ңыздар", "back", ANY),
                              Allo("ңіздер", "front", ANY)))
# Present-future stem -а/-е/-й (also the imperfective converb); ы/і + й is written и, й + а is written я.
AOR = _m("aor", (("Tense", "Pres"),), _pair("а", "е", CONS), (Allo("й", None, ONLY_V),),
         (Allo("и", "back", ANY, restore="ы"), Allo("и", "front", ANY, restore="і"),
          Allo("я", "back", ANY, restore="й")))
AOR_PERSON = _m("pers", (("VerbForm", "Fin"),), _pair("ды", "ді", ANY), _pair("мын", "мін", ANY),
                _pair("сың", "сің", ANY), _pair("сыз", "сіз", ANY), _pair("мыз", "міз", ANY),
                _pair("сыздар", "сіздер", ANY), _pair("сыңдар", "сіңдер", ANY))
PRES_PART = _m("prpart", (("Aspect", "Imp"), ("VerbForm", "Part")), _pair("тын", "тін", ANY))
PPART = _m("ppart", (("Tense", "Past"), ("VerbForm", "Part")), _pair("ған", "ген", VRLNZ), _pair("қан", "кен", ONLY_K))
FPART = _m("fpart", (("VerbForm", "Part"),), _pair("ар", "ер", CONS), _pair("р", "р", ONLY_V),
           _pair("мас", "мес", VRL), _pair("бас", "бес", NZ), _pair("пас", "пес", ONLY_K))
INTENT = _m("intent", (("Mood", "Int"),), _pair("мақ", "мек", VRL), _pair("бақ", "бек", NZ),
            _pair("пақ", "пек", ONLY_K))
EVID = _m("evid", (("Evident", "Fh"),), _pair("ыпты", "іпті", CONS), _pair("пты", "пті", ONLY_V))
CONV = _m("conv", (("VerbForm", "Conv"),), _pair("ып", "іп", CONS), _pair("п", "п", ONLY_V),
          _pair("ғалы", "гелі", VRLNZ), _pair("қалы", "келі", ONLY_K))
COND = _m("cond", (("Mood", "Cnd"),), _pair("са", "се", ANY))
OPT = _m("opt", (("Mood", "Imp"),), _pair("сын", "сін", ANY))
VNOUN = _m("vn", (("VerbForm", "Ger"),), (Allo("у", None, ANY), Allo("у", "back", ANY, restore="ы"),
                                          Allo("у", "front", ANY, restore="і"), Allo("ю", None, ANY, restore="й")))
AGENT = _m("agent", (("VerbForm", "Part"),), _pair("ушы", "уші", ANY), _pair("йтын", "йтін", ONLY_V))
DESID = _m("desid", (("Mood", "Des"),), _pair("ғы", "гі", VRLNZ), _pair("қы", "кі", ONLY_K))
IMP = _m("imp", (("Mood", "Imp"),), _pair("ыңыз", "іңіз", CONS), _pair("ңыз", "ңіз", ONLY_V),
         _pair("ыңыздар", "іңіздер", CONS), _pair("ңыздар", "ңіздер", ONLY_V), _pair("айын", "ейін", CONS),
         _pair("йын", "йін", ONLY_V), _pair("айық", "ейік", CONS), _pair("йық", "йік", ONLY_V))
COMP = _m("comp", (("Degree", "Cmp"),), _pair("рақ", "рек", ONLY_V), _pair("ырақ", "ірек", CONS))
# 2nd-person endings on participles and the future (барарсың, келгенсіз).
PERS2 = _m("pers", (), _pair("сың", "сің", ANY), _pair("сыз", "сіз", ANY), _pair("сыздар", "сіздер", ANY),
           _pair("сыңдар", "сіңдер", ANY))

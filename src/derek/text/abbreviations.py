"""Kazakh abbreviations written with dots (docs/language.md §9.2), split by how they behave at a sentence end."""

from __future__ import annotations

from derek.lang.kk import months

# May end a sentence ("... 2025 ж." / "... т.б."): the splitter ends one after them only before a capitalised
# word that is not a month, a number or an initial.
MAY_END_SENTENCE: frozenset[str] = frozenset(
    {
        "т.б.", "т.с.с.", "т.с.", "ж.", "жж.", "ғ.", "ғғ.", "млн.", "млрд.", "трлн.", "сағ.", "мин.", "мөлш.", "долл.",
        "тг.", "км.", "шақ.", "б.з.б.", "б.з.", "т.ғ.д.", "т.ғ.к.", "ф.ғ.д.", "ф.ғ.к.", "э.ғ.д.", "э.ғ.к.",
        "з.ғ.д.", "з.ғ.к.", "п.ғ.д.", "п.ғ.к.", "х.ғ.д.", "х.ғ.к.", "м.ғ.д.", "м.ғ.к.", "б.ғ.д.", "б.ғ.к.",
        "ө.ғ.д.", "ө.ғ.к.", "с.ғ.д.", "с.ғ.к.",
    }
)  # fmt: skip

# Stand before a name or a number ("проф. Әлиев", "қ. Алматы", "б. 15"): never a sentence end.
BEFORE_NAME: frozenset[str] = frozenset(
    {
        "мыс.", "қ.", "обл.", "ауд.", "көш.", "даңғ.", "ү.", "б.", "т.", "пәт.", "а.",
        "проф.", "акад.", "доц.", "ген.", "Дж.", "Др.",
    }
)  # fmt: skip

ALL_DOTTED: frozenset[str] = MAY_END_SENTENCE | BEFORE_NAME


# Follow a number ("2025 ж.", "1,5 млн.") and, before a capitalised word, still rarely end the sentence
# (Kazakh puts the verb last): "1955 ж. АҚШ-пен ... жасасты", "16,3 млрд. АҚШ доллары".
AFTER_NUMBER: frozenset[str] = frozenset({"ж.", "жж.", "ғ.", "ғғ."})


def capitalised_variants(abbreviations: frozenset[str]) -> set[str]:
    """Each abbreviation and, unless it is one letter (then it reads as an initial), its capitalised form."""
    out = set(abbreviations)
    out.update(a[0].upper() + a[1:] for a in abbreviations if len(a) > 2)
    return out


MONTHS: frozenset[str] = frozenset(months.kazakh())

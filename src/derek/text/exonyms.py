"""English names of countries, capitals and big cities, keyed by the lowercase Kazakh name (general knowledge).

:func:`derek.text.translit.romanize` uses them before falling back to letter-by-letter romanisation.
"""

from __future__ import annotations

ENGLISH_NAMES: dict[str, str] = {
    # countries
    "қазақстан": "Kazakhstan", "ресей": "Russia", "ресей федерациясы": "Russian Federation",
    "өзбекстан": "Uzbekistan", "қырғызстан": "Kyrgyzstan", "тәжікстан": "Tajikistan",
    "түрікменстан": "Turkmenistan", "әзербайжан": "Azerbaijan", "армения": "Armenia", "грузия": "Georgia",
    "беларусь": "Belarus", "белоруссия": "Belarus", "украина": "Ukraine", "молдова": "Moldova",
    "қытай": "China", "жапония": "Japan", "моңғолия": "Mongolia", "оңтүстік корея": "South Korea",
    "солтүстік корея": "North Korea", "корея": "Korea", "үндістан": "India", "пәкістан": "Pakistan",
    "ауғанстан": "Afghanistan", "иран": "Iran", "ирак": "Iraq", "сирия": "Syria", "түркия": "Turkey",
    "израиль": "Israel", "мысыр": "Egypt", "египет": "Egypt", "сауд арабиясы": "Saudi Arabia",
    "біріккен араб әмірліктері": "United Arab Emirates", "катар": "Qatar", "кувейт": "Kuwait",
    "америка құрама штаттары": "United States", "ақш": "USA", "канада": "Canada", "мексика": "Mexico",
    "бразилия": "Brazil", "аргентина": "Argentina", "ұлыбритания": "United Kingdom", "англия": "England",
    "германия": "Germany", "франция": "France", "италия": "Italy", "испания": "Spain",
    "португалия": "Portugal", "нидерланды": "Netherlands", "бельгия": "Belgium", "швейцария": "Switzerland",
    "австрия": "Austria", "польша": "Poland", "чехия": "Czech Republic", "словакия": "Slovakia",
    "венгрия": "Hungary", "румыния": "Romania", "болгария": "Bulgaria", "сербия": "Serbia",
    "грекия": "Greece", "дания": "Denmark", "швеция": "Sweden", "норвегия": "Norway",
    "финляндия": "Finland", "эстония": "Estonia", "латвия": "Latvia", "литва": "Lithuania",
    "ирландия": "Ireland", "вьетнам": "Vietnam", "индонезия": "Indonesia", "малайзия": "Malaysia",
    "сингапур": "Singapore", "тайланд": "Thailand", "австралия": "Australia",
    # capitals and big cities
    "астана": "Astana", "алматы": "Almaty", "шымкент": "Shymkent", "қарағанды": "Karaganda",
    "қызылорда": "Kyzylorda", "өскемен": "Oskemen", "ақтөбе": "Aktobe", "атырау": "Atyrau",
    "мәскеу": "Moscow", "бейжің": "Beijing", "пекин": "Beijing", "вашингтон": "Washington",
    "лондон": "London", "париж": "Paris", "берлин": "Berlin", "рим": "Rome", "мадрид": "Madrid",
    "ташкент": "Tashkent", "бішкек": "Bishkek", "душанбе": "Dushanbe", "ашхабад": "Ashgabat",
    "баку": "Baku", "тбилиси": "Tbilisi", "ереван": "Yerevan", "минск": "Minsk", "киев": "Kyiv",
    "варшава": "Warsaw", "прага": "Prague", "вена": "Vienna", "брюссель": "Brussels",
    "женева": "Geneva", "анкара": "Ankara", "ыстамбұл": "Istanbul", "стамбул": "Istanbul",
    "токио": "Tokyo", "сеул": "Seoul", "нью-дели": "New Delhi", "тегеран": "Tehran", "каир": "Cairo",
    "нью-йорк": "New York", "әбу-даби": "Abu Dhabi", "эр-рияд": "Riyadh", "дубай": "Dubai",
    "ұлан-батор": "Ulaanbaatar", "санкт-петербург": "Saint Petersburg", "хельсинки": "Helsinki",
    "стокгольм": "Stockholm", "осло": "Oslo", "копенгаген": "Copenhagen", "амстердам": "Amsterdam",
}  # fmt: skip

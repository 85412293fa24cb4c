"""General-knowledge word lists: cities, organisations, demonyms, outlets, given names; countries and capitals
come from the language layer (:mod:`derek.lang.kk.countries`).

Every entry is nominative. Look-ups go through :func:`derek.extract.suffixes.stems`, which undoes case endings.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from derek.lang.kk import table
from derek.lang.kk import words as kk_words
from derek.lang.kk.countries import canonical, countries

# Cities and other places that are not capitals in the table above (Kazakh cities, big world cities, regions).
_PLACES = """
Алматы Шымкент Қарағанды Ақтөбе Тараз Павлодар Өскемен Семей Атырау Қостанай Қызылорда Орал Петропавл Ақтау Түркістан
Талдықорған Көкшетау Жезқазған Екібастұз Теміртау Байқоңыр Ақорда Бурабай
Нұр-Сұлтан Ыстамбұл Стамбұл Нью-Йорк Женева Давос Мюнхен Гаага Страсбург Франкфурт Гамбург Милан Барселона Сочи
Санкт-Петербург Қазан Новосибирск Омбы Екатеринбург Самарқанд Бұхара Хиуа Шанхай Гонконг Үрімжі Сиань Дубай Жидда
Мекке Мәдине Анталья Измир Лос-Анджелес Чикаго Сан-Франциско Бостон Торонто Монреаль Сидней Мельбурн Осака Пусан
Еуропа Азия Африка Америка Орталық Азия Таяу Шығыс Кавказ Балқан Скандинавия Арктика Антарктида Каспий Қырым Донбасс
Пекин Бишкек Ашғабат Ұланбатыр Дели Эр-Рияд Әбу-Даби Тель-Авив Бағдат Анкара Баку Ереван Тбилиси Минск Кишинев
"""

# Organisations: full name | English. Abbreviations are listed as their own entries.
_ORGANISATIONS = """
БҰҰ|United Nations
Біріккен Ұлттар Ұйымы|United Nations
БҰҰ Қауіпсіздік Кеңесі|UN Security Council
БҰҰ Бас Ассамблеясы|UN General Assembly
НАТО|NATO
ЕО|European Union
Еуропа Одағы|European Union
Еуропалық Одақ|European Union
Еуропалық комиссия|European Commission
Еурокомиссия|European Commission
Еуропалық кеңес|European Council
Еуропа Кеңесі|Council of Europe
Еуропарламент|European Parliament
Еуропа Парламенті|European Parliament
ЕҚЫҰ|OSCE
ШЫҰ|Shanghai Cooperation Organisation
Шанхай ынтымақтастық ұйымы|Shanghai Cooperation Organisation
ЕАЭО|Eurasian Economic Union
Еуразиялық экономикалық одақ|Eurasian Economic Union
ТМД|CIS
ҰҚШҰ|CSTO
ТМҰ|Organization of Turkic States
Түркі мемлекеттері ұйымы|Organization of Turkic States
АӨСШК|CICA
ИЫҰ|Organisation of Islamic Cooperation
ДСҰ|World Trade Organization
ДДСҰ|World Health Organization
ХВҚ|International Monetary Fund
Дүниежүзілік банк|World Bank
ЕҚДБ|EBRD
АДБ|Asian Development Bank
ЕДБ|Eurasian Development Bank
ЭЫДҰ|OECD
МАГАТЭ|IAEA
ЮНЕСКО|UNESCO
ЮНИСЕФ|UNICEF
ОПЕК|OPEC
БРИКС|BRICS
АСЕАН|ASEAN
Африка одағы|African Union
Араб мемлекеттерінің лигасы|Arab League
ХОК|International Olympic Committee
ФИФА|FIFA
УЕФА|UEFA
Интерпол|Interpol
АХҚО|Astana International Financial Centre
Парламент|Parliament of Kazakhstan
Сенат|Senate
Мәжіліс|Mazhilis
Үкімет|Government
Ақ үй|White House
Кремль|Kremlin
Президент Әкімшілігі|Presidential Administration
Қауіпсіздік Кеңесі|Security Council
Ұлттық Банк|National Bank
Ұлттық құрылтай|National Kurultai
Конституциялық Сот|Constitutional Court
Жоғарғы Сот|Supreme Court
Бас прокуратура|Prosecutor General's Office
ҰҚК|National Security Committee
СІМ|Ministry of Foreign Affairs
ІІМ|Ministry of Internal Affairs
ТЖМ|Ministry of Emergency Situations
"""

# Nouns that end an organisation name ("Еуропалық комиссия", "Түрік Әуежолдары", "Ұлттық банк"):
# lang/kk/data/org_heads.tsv
ORG_HEADS = frozenset(kk_words("org_heads"))

# Demonyms and "of country" adjectives → the country (lang/kk/data/demonyms.tsv).
DEMONYMS: dict[str, str] = {word: canonical(iso2) for word, iso2 in table("demonyms", 2)}

# News outlets: an "X тілшісі" or "деп хабарлайды X" is a source, not a speaker.
OUTLETS = frozenset(
    [
        "kazinform",
        "қазақпарат",
        "қазинформ",
        "reuters",
        "bloomberg",
        "tass",
        "тасс",
        "риа",
        "interfax",
        "интерфакс",
        "bbc",
        "cnn",
        "afp",
        "ap",
        "xinhua",
        "синьхуа",
        "анадолы",
        "anadolu",
        "sputnik",
        "спутник",
        "tengrinews",
        "informburo",
        "zakon",
        "azattyq",
        "азаттық",
        "euronews",
        "egemen",
        "егемен",
        "хабар",
        "khabar",
        "24kz",
        "kaztag",
        "казтаг",
        "vlast",
        "orda",
        "ria",
    ]
)


def _table(raw: str) -> list[list[str]]:
    return [line.split("|") for line in raw.strip().splitlines() if line.strip()]


COUNTRY_EN: dict[str, str] = {c.name: c.english for c in countries()}
CAPITAL_OF: dict[str, str] = {}
for _country in countries():
    if _country.capital:
        CAPITAL_OF.setdefault(_country.capital, _country.name)
ORGANISATION_EN: dict[str, str] = {row[0]: row[1] for row in _table(_ORGANISATIONS)}
PLACES: frozenset[str] = frozenset(
    set(CAPITAL_OF) | {w.replace("_", " ") for w in _PLACES.split()} | {"Орталық Азия", "Таяу Шығыс"}
)


def _lower_keys(names: set[str] | frozenset[str]) -> dict[str, str]:
    return {n.lower(): n for n in names}


_COUNTRY_KEYS = _lower_keys(set(COUNTRY_EN))
_PLACE_KEYS = _lower_keys(PLACES)
_ORG_KEYS = _lower_keys(set(ORGANISATION_EN))

# The longest name (in words) in each table, for multi-word look-ups.
MAX_NAME_WORDS = 4


def country(name: str) -> str | None:
    """The canonical country name for a nominative string, or None."""
    return _COUNTRY_KEYS.get(name.lower())


def place(name: str) -> str | None:
    """A city, capital or region in nominative, or None."""
    return _PLACE_KEYS.get(name.lower())


def organisation(name: str) -> str | None:
    """A known organisation in nominative, or None."""
    return _ORG_KEYS.get(name.lower())


def is_org_head(word: str) -> bool:
    return word.lower() in ORG_HEADS


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names (from KazNERD, CC BY 4.0) plus a few common international ones."""
    path = Path(__file__).with_name("data") / "first_names.txt"
    names = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()}
    names.update(_EXTRA_FIRST_NAMES.split())
    return frozenset(n for n in names if n and not n.startswith("#"))


_EXTRA_FIRST_NAMES = """
Джо Джон Джеймс Роберт Майкл Уильям Дэвид Ричард Томас Чарльз Марк Пол Питер Энтони Кевин Брайан Джордж Жан Пьер
Франсуа Мишель Николя Оливье Ангела Олаф Фридрих Ханс Карл Вольфганг Мартин Кир Борис Тереза Риши Джорджа Марио
Педро Антонио Хосе Луис Карлос Мануэль Жоао Педру Реджеп Мевлют Хакан Ильхам Никол Шавкат Садыр Эмомали Сердар
Гурбангулы Александр Алексей Сергей Дмитрий Михаил Николай Андрей Игорь Олег Виктор Юрий Мария Анна Елена Ольга
Наталья Си Ли Ван Нарендра Шехбаз Синдзо Фумио Сигэру Юн Мун Рамзан Ким Абдулла Мұхаммед Мохаммед Ахмед Салман
Биньямин Махмуд Масуд Ибрахим Фердинанд Лула Хавьер Клаудия Джастин Энтони Кристин Кая Жозеп Рим Вэньбинь
Қасым-Жомарт Олжас Ерлан Мұрат Әлихан Бейбіт Маулен Серік Тимур Дариға Аида Айгүл
Жансейіт Роман Бақыт Ғалымжан Ғалым Қуаныш Бауыржан Ержан Айдар Мақсат Дәулет Нұржан
"""

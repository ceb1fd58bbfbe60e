"""Word lists and reference facts the demo data is drawn from.

Names and streets come from Faker's ``ru_RU`` providers; they are read once as lists so
that a million subscribers cost a ``random.choice`` each instead of a Faker call.
"""

from __future__ import annotations

from dataclasses import dataclass

from faker.providers.address.ru_RU import Provider as AddressProvider
from faker.providers.person.ru_RU import Provider as PersonProvider


@dataclass(frozen=True)
class Region:
    """A region of Russia as the demo needs it: towns, postcodes, time zone, area code."""

    code: int
    name: str
    towns: tuple[str, ...]
    postcode_prefix: str
    time_zone: str
    area_code: str
    passport_authority: str
    weight: int


REGIONS: tuple[Region, ...] = (
    Region(
        77,
        "г. Москва",
        ("Москва", "Зеленоград"),
        "1",
        "Europe/Moscow",
        "495",
        "ГУ МВД России по г. Москве",
        30,
    ),
    Region(
        50,
        "Московская обл.",
        ("Химки", "Мытищи", "Балашиха", "Подольск", "Королёв", "Люберцы"),
        "14",
        "Europe/Moscow",
        "498",
        "ГУ МВД России по Московской области",
        14,
    ),
    Region(
        78,
        "г. Санкт-Петербург",
        ("Санкт-Петербург", "Колпино", "Пушкин"),
        "19",
        "Europe/Moscow",
        "812",
        "ГУ МВД России по г. Санкт-Петербургу и Ленинградской области",
        12,
    ),
    Region(
        16,
        "Республика Татарстан",
        ("Казань", "Набережные Челны", "Альметьевск"),
        "42",
        "Europe/Moscow",
        "843",
        "МВД по Республике Татарстан",
        5,
    ),
    Region(
        52,
        "Нижегородская обл.",
        ("Нижний Новгород", "Дзержинск", "Арзамас"),
        "60",
        "Europe/Moscow",
        "831",
        "ГУ МВД России по Нижегородской области",
        4,
    ),
    Region(
        23,
        "Краснодарский край",
        ("Краснодар", "Сочи", "Новороссийск", "Армавир"),
        "35",
        "Europe/Moscow",
        "861",
        "ГУ МВД России по Краснодарскому краю",
        6,
    ),
    Region(
        61,
        "Ростовская обл.",
        ("Ростов-на-Дону", "Таганрог", "Шахты"),
        "34",
        "Europe/Moscow",
        "863",
        "ГУ МВД России по Ростовской области",
        4,
    ),
    Region(
        63,
        "Самарская обл.",
        ("Самара", "Тольятти", "Сызрань"),
        "44",
        "Europe/Samara",
        "846",
        "ГУ МВД России по Самарской области",
        4,
    ),
    Region(
        66,
        "Свердловская обл.",
        ("Екатеринбург", "Нижний Тагил", "Каменск-Уральский"),
        "62",
        "Asia/Yekaterinburg",
        "343",
        "ГУ МВД России по Свердловской области",
        5,
    ),
    Region(
        54,
        "Новосибирская обл.",
        ("Новосибирск", "Бердск", "Искитим"),
        "63",
        "Asia/Novosibirsk",
        "383",
        "ГУ МВД России по Новосибирской области",
        4,
    ),
    Region(
        24,
        "Красноярский край",
        ("Красноярск", "Норильск", "Ачинск"),
        "66",
        "Asia/Krasnoyarsk",
        "391",
        "ГУ МВД России по Красноярскому краю",
        3,
    ),
    Region(
        25,
        "Приморский край",
        ("Владивосток", "Уссурийск", "Находка"),
        "69",
        "Asia/Vladivostok",
        "423",
        "УМВД России по Приморскому краю",
        2,
    ),
    Region(
        39,
        "Калининградская обл.",
        ("Калининград", "Советск", "Черняховск"),
        "23",
        "Europe/Kaliningrad",
        "4012",
        "УМВД России по Калининградской области",
        2,
    ),
)

# Mobile codes of the demo operator (its own lines) and of the others (other parties).
OWN_MOBILE_CODES = tuple(str(c) for c in (*range(910, 920), *range(980, 990)))
BEAUTIFUL_NUMBER_CODES = ("977", "978")
OTHER_MOBILE_CODES = ("903", "905", "906", "909", "925", "926", "929", "999", "962", "951")

# Roaming destinations with the share of trips and a country calling code for local calls.
ROAMING_COUNTRIES: tuple[tuple[str, str, int], ...] = (
    ("TR", "90", 30),
    ("AE", "971", 12),
    ("EG", "20", 10),
    ("TH", "66", 8),
    ("KZ", "7", 8),
    ("BY", "375", 8),
    ("UZ", "998", 6),
    ("CN", "86", 6),
    ("GE", "995", 5),
    ("AM", "374", 4),
    ("VN", "84", 3),
)

# Countries of international calls from home (calling code, weight).
INTERNATIONAL_CODES: tuple[tuple[str, int], ...] = (
    ("375", 20),
    ("998", 15),
    ("992", 10),
    ("374", 10),
    ("994", 8),
    ("996", 8),
    ("90", 7),
    ("49", 6),
    ("995", 5),
    ("86", 5),
    ("972", 4),
    ("1", 2),
)

# Faker spells every surname with «е»; common ones written with «ё» are added, as agents
# meet them daily and search must find them typed either way.
_WITH_YO = (
    "Фёдоров",
    "Королёв",
    "Ковалёв",
    "Соловьёв",
    "Воробьёв",
    "Журавлёв",
    "Селезнёв",
    "Артёмов",
    "Сёмин",
    "Шмелёв",
)
LAST_NAMES_MALE: tuple[str, ...] = tuple(PersonProvider.last_names_male) + _WITH_YO
LAST_NAMES_FEMALE: tuple[str, ...] = tuple(PersonProvider.last_names_female) + tuple(
    name + "а" for name in _WITH_YO
)
FIRST_NAMES_MALE: tuple[str, ...] = tuple(PersonProvider.first_names_male)
FIRST_NAMES_FEMALE: tuple[str, ...] = tuple(PersonProvider.first_names_female)
MIDDLE_NAMES_MALE: tuple[str, ...] = tuple(PersonProvider.middle_names_male)
MIDDLE_NAMES_FEMALE: tuple[str, ...] = tuple(PersonProvider.middle_names_female)

# The most common given names (most of the demo) and patronymics; Faker's complete
# lists, which are alphabetical and full of rare names, give the rest.
COMMON_MALE = (
    ("Александр", "Александрович", "Александровна"),
    ("Сергей", "Сергеевич", "Сергеевна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"),
    ("Андрей", "Андреевич", "Андреевна"),
    ("Алексей", "Алексеевич", "Алексеевна"),
    ("Максим", "Максимович", "Максимовна"),
    ("Евгений", "Евгеньевич", "Евгеньевна"),
    ("Иван", "Иванович", "Ивановна"),
    ("Михаил", "Михайлович", "Михайловна"),
    ("Артём", "Артёмович", "Артёмовна"),
    ("Владимир", "Владимирович", "Владимировна"),
    ("Николай", "Николаевич", "Николаевна"),
    ("Игорь", "Игоревич", "Игоревна"),
    ("Павел", "Павлович", "Павловна"),
    ("Виктор", "Викторович", "Викторовна"),
    ("Юрий", "Юрьевич", "Юрьевна"),
    ("Олег", "Олегович", "Олеговна"),
    ("Роман", "Романович", "Романовна"),
    ("Денис", "Денисович", "Денисовна"),
    ("Анатолий", "Анатольевич", "Анатольевна"),
    ("Василий", "Васильевич", "Васильевна"),
    ("Пётр", "Петрович", "Петровна"),
    ("Григорий", "Григорьевич", "Григорьевна"),
    ("Кирилл", "Кириллович", "Кирилловна"),
    ("Никита", "Никитич", "Никитична"),
)
COMMON_FEMALE = (
    "Елена",
    "Татьяна",
    "Ольга",
    "Наталья",
    "Анна",
    "Мария",
    "Ирина",
    "Светлана",
    "Екатерина",
    "Юлия",
    "Анастасия",
    "Марина",
    "Людмила",
    "Галина",
    "Дарья",
    "Надежда",
    "Валентина",
    "Ксения",
    "Алёна",
    "Виктория",
    "Оксана",
    "Любовь",
    "Полина",
    "Софья",
    "Вера",
)

STREETS: tuple[str, ...] = tuple(
    [f"ул. {title}" for title in AddressProvider.street_titles]
    + [f"ул. {title}" for title in AddressProvider.street_titles_noflex]
    + [f"пр-т {title}" for title in AddressProvider.street_titles_noflex[:40]]
    + [f"пер. {title}" for title in AddressProvider.street_titles_noflex[40:80]]
)

# Company names are built from two halves, as many Russian small businesses are named.
COMPANY_STEMS = (
    "Техно",
    "Строй",
    "Агро",
    "Транс",
    "Энерго",
    "Мед",
    "Торг",
    "Инвест",
    "Гео",
    "Эко",
    "Промо",
    "Сиб",
    "Волга",
    "Урал",
    "Север",
    "Альфа",
    "Вектор",
    "Логи",
)
COMPANY_ENDINGS = (
    "Сервис",
    "Групп",
    "Трейд",
    "Комплект",
    "Маркет",
    "Проект",
    "Снаб",
    "Инжиниринг",
    "Ресурс",
    "Лайн",
    "Систем",
    "Консалт",
)
COMPANY_FORMS = ("ООО", "ООО", "ООО", "АО", "ИП")

DEMO_CODE_WORD = "ромашка"

EMAIL_DOMAINS = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "rambler.ru", "inbox.ru")

_TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "iu",
        "я": "ia",
    }
)


def transliterate(text: str) -> str:
    """Latin letters for an e-mail address, in the passport (ICAO) style."""
    return text.lower().translate(_TRANSLIT)

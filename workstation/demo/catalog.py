"""The demo operator's product catalogue: tariff plans, services and number categories.

Prices are in kopecks (``int``) so that generating millions of charges never touches
``Decimal``; the writer turns them into the database's money representation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from models import Direction, FeePeriod, ServiceCategory, TariffStatus, UsageKind, Zone

GIB_MB = 1024


@dataclass(frozen=True)
class TariffSpec:
    code: str
    name: str
    description: str
    status: TariffStatus
    monthly_fee: int
    minutes: int
    sms: int
    data_mb: int
    switch_fee: int
    introduced_on: date
    archived_on: date | None = None
    for_business: bool = False
    block_free_days: int = 30
    block_daily_fee: int = 250
    popularity: int = 10
    # Prices beyond the allowance, kopecks per minute, message or megabyte.
    voice_home: int = 350
    voice_russia: int = 500
    voice_international: int = 5500
    sms_home: int = 250
    sms_international: int = 900
    mms: int = 900
    data_mb_price: int = 990
    roaming_voice: int = 9900
    roaming_sms: int = 1900
    roaming_data_mb: int = 1500

    def rates(self) -> list[tuple[UsageKind, Zone, Direction, int]]:
        """Every (kind, zone, direction) a record can have, with its unit price."""
        out, inc = Direction.OUTGOING, Direction.INCOMING
        return [
            (UsageKind.VOICE, Zone.HOME, out, self.voice_home),
            (UsageKind.VOICE, Zone.HOME, inc, 0),
            (UsageKind.VOICE, Zone.RUSSIA, out, self.voice_russia),
            (UsageKind.VOICE, Zone.RUSSIA, inc, 0),
            (UsageKind.VOICE, Zone.INTERNATIONAL, out, self.voice_international),
            (UsageKind.VOICE, Zone.INTERNATIONAL, inc, 0),
            (UsageKind.VOICE, Zone.ROAMING, out, self.roaming_voice),
            (UsageKind.VOICE, Zone.ROAMING, inc, self.roaming_voice // 2),
            (UsageKind.SMS, Zone.HOME, out, self.sms_home),
            (UsageKind.SMS, Zone.HOME, inc, 0),
            (UsageKind.SMS, Zone.RUSSIA, out, self.sms_home),
            (UsageKind.SMS, Zone.RUSSIA, inc, 0),
            (UsageKind.SMS, Zone.INTERNATIONAL, out, self.sms_international),
            (UsageKind.SMS, Zone.INTERNATIONAL, inc, 0),
            (UsageKind.SMS, Zone.ROAMING, out, self.roaming_sms),
            (UsageKind.SMS, Zone.ROAMING, inc, 0),
            (UsageKind.MMS, Zone.HOME, out, self.mms),
            (UsageKind.MMS, Zone.HOME, inc, 0),
            (UsageKind.DATA, Zone.HOME, out, self.data_mb_price),
            (UsageKind.DATA, Zone.RUSSIA, out, self.data_mb_price),
            (UsageKind.DATA, Zone.ROAMING, out, self.roaming_data_mb),
        ]


TARIFFS: tuple[TariffSpec, ...] = (
    TariffSpec(
        code="FREE",
        name="Свободный",
        description="Без абонентской платы: платите только за то, чем пользуетесь.",
        status=TariffStatus.AVAILABLE,
        monthly_fee=0,
        minutes=0,
        sms=0,
        data_mb=0,
        switch_fee=0,
        introduced_on=date(2021, 3, 1),
        popularity=6,
        voice_home=290,
        voice_russia=290,
        data_mb_price=990,
    ),
    TariffSpec(
        code="BASIC",
        name="Базовый",
        description="300 минут, 100 SMS и 10 ГБ интернета в месяц.",
        status=TariffStatus.AVAILABLE,
        monthly_fee=45000,
        minutes=300,
        sms=100,
        data_mb=10 * GIB_MB,
        switch_fee=0,
        introduced_on=date(2022, 2, 1),
        popularity=14,
    ),
    TariffSpec(
        code="ALL_S",
        name="Всё включено S",
        description="500 минут, 300 SMS и 20 ГБ в месяц; звонки по России по цене домашних.",
        status=TariffStatus.AVAILABLE,
        monthly_fee=65000,
        minutes=500,
        sms=300,
        data_mb=20 * GIB_MB,
        switch_fee=0,
        introduced_on=date(2023, 4, 1),
        popularity=18,
        voice_russia=350,
    ),
    TariffSpec(
        code="ALL_M",
        name="Всё включено M",
        description="800 минут, 500 SMS и 35 ГБ в месяц.",
        status=TariffStatus.AVAILABLE,
        monthly_fee=85000,
        minutes=800,
        sms=500,
        data_mb=35 * GIB_MB,
        switch_fee=0,
        introduced_on=date(2023, 4, 1),
        popularity=16,
        voice_russia=350,
    ),
    TariffSpec(
        code="ALL_L",
        name="Всё включено L",
        description="2000 минут, 1000 SMS и 60 ГБ в месяц, роуминг по сниженным ценам.",
        status=TariffStatus.AVAILABLE,
        monthly_fee=129000,
        minutes=2000,
        sms=1000,
        data_mb=60 * GIB_MB,
        switch_fee=0,
        introduced_on=date(2023, 4, 1),
        popularity=7,
        voice_russia=350,
        roaming_voice=5900,
        roaming_data_mb=900,
    ),
    TariffSpec(
        code="MAX",
        name="Максимум",
        description="3000 минут, 1000 SMS и 100 ГБ в месяц для тех, кто всегда на связи.",
        status=TariffStatus.AVAILABLE,
        monthly_fee=169000,
        minutes=3000,
        sms=1000,
        data_mb=100 * GIB_MB,
        switch_fee=0,
        introduced_on=date(2024, 9, 1),
        popularity=4,
        voice_russia=350,
        roaming_voice=4900,
        roaming_data_mb=700,
    ),
    TariffSpec(
        code="BIZ_START",
        name="Бизнес Старт",
        description="Для малого бизнеса: 1000 минут, 300 SMS и 15 ГБ на номер.",
        status=TariffStatus.AVAILABLE,
        monthly_fee=70000,
        minutes=1000,
        sms=300,
        data_mb=15 * GIB_MB,
        switch_fee=10000,
        introduced_on=date(2022, 6, 1),
        for_business=True,
        block_free_days=0,
        block_daily_fee=500,
        popularity=10,
    ),
    TariffSpec(
        code="BIZ_PRO",
        name="Бизнес Про",
        description="5000 минут, 1000 SMS и 50 ГБ на номер, внутри компании без ограничений.",
        status=TariffStatus.AVAILABLE,
        monthly_fee=150000,
        minutes=5000,
        sms=1000,
        data_mb=50 * GIB_MB,
        switch_fee=10000,
        introduced_on=date(2022, 6, 1),
        for_business=True,
        block_free_days=0,
        block_daily_fee=500,
        popularity=5,
        voice_russia=350,
    ),
    TariffSpec(
        code="CLASSIC",
        name="Классический",
        description="Архивный тариф: 100 минут, 50 SMS и 3 ГБ в месяц.",
        status=TariffStatus.ARCHIVED,
        monthly_fee=20000,
        minutes=100,
        sms=50,
        data_mb=3 * GIB_MB,
        switch_fee=0,
        introduced_on=date(2015, 5, 1),
        archived_on=date(2019, 12, 31),
        popularity=8,
        voice_home=250,
        data_mb_price=1500,
    ),
    TariffSpec(
        code="SUPER_ZERO",
        name="Супер Ноль",
        description="Архивный тариф без абонентской платы с поминутной оплатой.",
        status=TariffStatus.ARCHIVED,
        monthly_fee=0,
        minutes=0,
        sms=0,
        data_mb=0,
        switch_fee=0,
        introduced_on=date(2012, 1, 1),
        archived_on=date(2016, 6, 30),
        popularity=5,
        voice_home=190,
        voice_russia=490,
        sms_home=190,
        data_mb_price=1990,
    ),
    TariffSpec(
        code="SMART_2020",
        name="Смарт 2020",
        description="Архивный тариф: 600 минут, 300 SMS и 15 ГБ в месяц.",
        status=TariffStatus.ARCHIVED,
        monthly_fee=55000,
        minutes=600,
        sms=300,
        data_mb=15 * GIB_MB,
        switch_fee=0,
        introduced_on=date(2020, 2, 1),
        archived_on=date(2022, 12, 31),
        popularity=7,
    ),
)

BUSINESS_TARIFFS = frozenset(t.code for t in TARIFFS if t.for_business)
CONSUMER_TARIFFS = frozenset(t.code for t in TARIFFS if not t.for_business)
ALL_TARIFFS = BUSINESS_TARIFFS | CONSUMER_TARIFFS


@dataclass(frozen=True)
class ServiceSpec:
    code: str
    name: str
    category: ServiceCategory
    description: str
    fee: int
    fee_period: FeePeriod
    connection_fee: int = 0
    group: str | None = None
    allowed_on: frozenset[str] = field(default=CONSUMER_TARIFFS | BUSINESS_TARIFFS)
    popularity: int = 5
    available: bool = True
    # What a package adds to the tariff's monthly allowance.
    bonus_minutes: int = 0
    bonus_sms: int = 0
    bonus_data_mb: int = 0


_C = ServiceCategory
_M, _D, _N = FeePeriod.MONTHLY, FeePeriod.DAILY, FeePeriod.NONE

SERVICES: tuple[ServiceSpec, ...] = (
    ServiceSpec(
        "CALLER_ID",
        "Определитель номера",
        _C.CALLS,
        "Показывает номер звонящего. Бесплатно.",
        0,
        _N,
        popularity=30,
    ),
    ServiceSpec(
        "HIDE_ID",
        "Антиопределитель номера",
        _C.CALLS,
        "Скрывает ваш номер при исходящих звонках. Списывается ежедневно.",
        400,
        _D,
        group="caller_id",
        popularity=3,
    ),
    ServiceSpec(
        "WHO_CALLED",
        "Кто звонил",
        _C.CALLS,
        "SMS о пропущенных звонках, пока телефон был выключен или вне сети.",
        6000,
        _M,
        popularity=14,
    ),
    ServiceSpec(
        "FORWARD",
        "Переадресация вызова",
        _C.CALLS,
        "Переводит звонки на другой номер; сам перевод оплачивается как исходящий звонок.",
        0,
        _N,
        popularity=6,
    ),
    ServiceSpec(
        "CONFERENCE",
        "Конференц-связь",
        _C.CALLS,
        "Разговор до пяти участников одновременно.",
        3000,
        _M,
        popularity=2,
    ),
    ServiceSpec(
        "VOICEMAIL",
        "Голосовая почта",
        _C.CALLS,
        "Принимает сообщения, когда вы не можете ответить; прослушивание бесплатно.",
        4500,
        _M,
        popularity=4,
    ),
    ServiceSpec(
        "CALL_BARRING",
        "Запрет вызовов",
        _C.CALLS,
        "Запрещает выбранные виды исходящих или входящих вызовов.",
        0,
        _N,
        group="caller_id",
        popularity=1,
    ),
    ServiceSpec(
        "MIN_100",
        "Пакет 100 минут по России",
        _C.CALLS,
        "100 дополнительных минут на звонки по России в месяц.",
        15000,
        _M,
        group="minutes_pack",
        allowed_on=frozenset({"FREE", "BASIC", "CLASSIC", "SUPER_ZERO", "SMART_2020"}),
        popularity=5,
        bonus_minutes=100,
    ),
    ServiceSpec(
        "MIN_300",
        "Пакет 300 минут по России",
        _C.CALLS,
        "300 дополнительных минут на звонки по России в месяц.",
        35000,
        _M,
        group="minutes_pack",
        allowed_on=frozenset({"FREE", "BASIC", "ALL_S", "CLASSIC", "SMART_2020"}),
        popularity=3,
        bonus_minutes=300,
    ),
    ServiceSpec(
        "INTL_50",
        "Международный: 50 минут",
        _C.CALLS,
        "50 минут звонков в страны СНГ, Европы и Азии в месяц.",
        30000,
        _M,
        popularity=2,
    ),
    ServiceSpec(
        "SMS_100",
        "Пакет SMS 100",
        _C.MESSAGING,
        "100 SMS на номера России в месяц.",
        9000,
        _M,
        group="sms_pack",
        popularity=3,
        bonus_sms=100,
    ),
    ServiceSpec(
        "SMS_500",
        "Пакет SMS 500",
        _C.MESSAGING,
        "500 SMS на номера России в месяц.",
        25000,
        _M,
        group="sms_pack",
        popularity=1,
        bonus_sms=500,
    ),
    ServiceSpec(
        "MMS",
        "MMS",
        _C.MESSAGING,
        "Отправка и получение мультимедийных сообщений; оплата за каждое отправленное.",
        0,
        _N,
        popularity=4,
    ),
    ServiceSpec(
        "DATA_5",
        "Интернет+ 5 ГБ",
        _C.INTERNET,
        "5 ГБ сверх пакета тарифа на месяц.",
        20000,
        _M,
        group="data_pack",
        popularity=6,
        bonus_data_mb=5 * 1024,
    ),
    ServiceSpec(
        "DATA_15",
        "Интернет+ 15 ГБ",
        _C.INTERNET,
        "15 ГБ сверх пакета тарифа на месяц.",
        40000,
        _M,
        group="data_pack",
        popularity=4,
        bonus_data_mb=15 * 1024,
    ),
    ServiceSpec(
        "DATA_30",
        "Интернет+ 30 ГБ",
        _C.INTERNET,
        "30 ГБ сверх пакета тарифа на месяц.",
        60000,
        _M,
        group="data_pack",
        popularity=2,
        bonus_data_mb=30 * 1024,
    ),
    ServiceSpec(
        "MESSENGERS",
        "Безлимит на мессенджеры",
        _C.INTERNET,
        "Трафик мессенджеров не расходует пакет интернета.",
        9900,
        _M,
        popularity=8,
    ),
    ServiceSpec(
        "SOCIAL",
        "Безлимит на соцсети",
        _C.INTERNET,
        "Трафик социальных сетей не расходует пакет интернета.",
        12000,
        _M,
        popularity=5,
    ),
    ServiceSpec(
        "VIDEO",
        "Безлимит на видео",
        _C.INTERNET,
        "Видеосервисы не расходуют пакет интернета.",
        25000,
        _M,
        popularity=3,
    ),
    ServiceSpec(
        "TETHERING",
        "Раздача интернета",
        _C.INTERNET,
        "Позволяет раздавать интернет на другие устройства; плата за каждый день раздачи.",
        500,
        _D,
        popularity=2,
    ),
    ServiceSpec(
        "TURBO_1",
        "Турбокнопка 1 ГБ",
        _C.INTERNET,
        "Разово добавляет 1 ГБ на 24 часа; плата при подключении.",
        0,
        _N,
        connection_fee=10000,
        popularity=2,
    ),
    ServiceSpec(
        "WORLD",
        "Весь мир",
        _C.ROAMING,
        "Звонки в роуминге по 25 ₽/мин и входящие бесплатно; плата за каждый день за границей.",
        19000,
        _D,
        group="roaming",
        popularity=2,
    ),
    ServiceSpec(
        "ROAM_DATA",
        "Зарубежный интернет",
        _C.ROAMING,
        "500 МБ в сутки за границей; плата за каждый день, когда был трафик.",
        35000,
        _D,
        group="roaming",
        popularity=1,
    ),
    ServiceSpec(
        "NO_ROAMING",
        "Запрет роуминга",
        _C.ROAMING,
        "Полностью отключает связь за границей.",
        0,
        _N,
        group="roaming",
        popularity=2,
    ),
    ServiceSpec(
        "RUSSIA_TRAVEL",
        "Путешествуй по России",
        _C.ROAMING,
        "Входящие бесплатно в поездках по России.",
        10000,
        _M,
        popularity=2,
    ),
    ServiceSpec(
        "MUSIC",
        "Музыка",
        _C.ENTERTAINMENT,
        "Музыкальный сервис без рекламы; трафик не расходует пакет.",
        19900,
        _M,
        popularity=5,
    ),
    ServiceSpec(
        "CINEMA",
        "Кино и сериалы",
        _C.ENTERTAINMENT,
        "Онлайн-кинотеатр на телефоне и телевизоре.",
        29900,
        _M,
        popularity=3,
    ),
    ServiceSpec(
        "BOOKS",
        "Книги",
        _C.ENTERTAINMENT,
        "Электронные и аудиокниги по подписке.",
        24900,
        _M,
        popularity=2,
    ),
    ServiceSpec(
        "RINGBACK",
        "Мелодия вместо гудка",
        _C.ENTERTAINMENT,
        "Звонящие слышат выбранную мелодию; плата ежедневно.",
        250,
        _D,
        connection_fee=0,
        popularity=3,
    ),
    ServiceSpec(
        "CONTENT_BAN",
        "Запрет платного контента",
        _C.SECURITY,
        "Запрещает подписки и платные SMS на короткие номера.",
        0,
        _N,
        popularity=6,
    ),
    ServiceSpec(
        "ANTIVIRUS",
        "Антивирус",
        _C.SECURITY,
        "Защита смартфона от вредоносных программ.",
        6900,
        _M,
        popularity=3,
    ),
    ServiceSpec(
        "PARENTAL",
        "Родительский контроль",
        _C.SECURITY,
        "Местоположение ребёнка и фильтр сайтов.",
        7900,
        _M,
        popularity=2,
    ),
    ServiceSpec(
        "ANTISPAM",
        "Защита от спама",
        _C.SECURITY,
        "Предупреждает о звонках мошенников и спамеров.",
        0,
        _N,
        popularity=10,
    ),
    ServiceSpec(
        "BALANCE_SMS",
        "Баланс в SMS",
        _C.INFO,
        "SMS о балансе после каждого платежа и списания абонентской платы.",
        0,
        _N,
        popularity=8,
    ),
    ServiceSpec(
        "WEATHER",
        "Прогноз погоды",
        _C.INFO,
        "Ежедневный прогноз погоды по SMS.",
        300,
        _D,
        popularity=1,
    ),
    ServiceSpec(
        "NEWS",
        "Новости",
        _C.INFO,
        "Главные новости дня по SMS.",
        250,
        _D,
        popularity=1,
    ),
    ServiceSpec(
        "CORP_GROUP",
        "Корпоративная группа",
        _C.BUSINESS,
        "Звонки между номерами компании без ограничений.",
        5000,
        _M,
        allowed_on=BUSINESS_TARIFFS,
        popularity=8,
    ),
    ServiceSpec(
        "MOBILE_PBX",
        "Мобильная АТС",
        _C.BUSINESS,
        "Виртуальная АТС: внутренние номера, очереди, запись разговоров.",
        49000,
        _M,
        connection_fee=50000,
        allowed_on=BUSINESS_TARIFFS,
        popularity=2,
    ),
    ServiceSpec(
        "BIZ_MANAGER",
        "Персональный менеджер",
        _C.BUSINESS,
        "Закреплённый менеджер для обслуживания компании.",
        0,
        _N,
        allowed_on=BUSINESS_TARIFFS,
        popularity=3,
    ),
    ServiceSpec(
        "FAX_TO_EMAIL",
        "Факс в почту",
        _C.BUSINESS,
        "Входящие факсы приходят на электронную почту в PDF.",
        15000,
        _M,
        allowed_on=BUSINESS_TARIFFS,
        popularity=1,
    ),
    ServiceSpec(
        "HOROSCOPE",
        "Гороскоп",
        _C.INFO,
        "Ежедневный гороскоп по SMS. Больше не подключается.",
        200,
        _D,
        available=False,
        popularity=1,
    ),
)


@dataclass(frozen=True)
class NumberCategorySpec:
    code: str
    name: str
    price: int
    rank: int


NUMBER_CATEGORIES: tuple[NumberCategorySpec, ...] = (
    NumberCategorySpec("ordinary", "Обычный", 0, 0),
    NumberCategorySpec("bronze", "Бронзовый", 150000, 1),
    NumberCategorySpec("silver", "Серебряный", 500000, 2),
    NumberCategorySpec("gold", "Золотой", 1500000, 3),
    NumberCategorySpec("platinum", "Платиновый", 5000000, 4),
)

SIM_REPLACEMENT_FEE = 0
NUMBER_CHANGE_FEE = 10000

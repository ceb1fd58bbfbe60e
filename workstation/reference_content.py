"""What the agent's reference says about tariff plans and services, made from the catalogue.

The articles are generated from the rows billing rates with, so that the prices, the
allowance and the compatibility an agent reads out are the ones that will be charged.
The text is Russian: it is the operator's content, read to callers and pasted into
replies, not the interface.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from models import (
    Direction,
    FeePeriod,
    Service,
    ServiceCategory,
    TariffPlan,
    TariffStatus,
    UsageKind,
    Zone,
)
from workstation.formatting import day, money

_OUT, _IN = Direction.OUTGOING, Direction.INCOMING
_V, _S, _M, _D = UsageKind.VOICE, UsageKind.SMS, UsageKind.MMS, UsageKind.DATA
_H, _R, _I, _A = Zone.HOME, Zone.RUSSIA, Zone.INTERNATIONAL, Zone.ROAMING
RateKey = tuple[UsageKind, Zone, Direction]

# What is priced beyond the allowance, one line each; keys with equal prices share a line.
_HOME_PRICES: tuple[tuple[str, str, tuple[RateKey, ...]], ...] = (
    ("исходящие звонки в домашнем регионе", "за минуту", ((_V, _H, _OUT),)),
    ("исходящие звонки на номера других регионов России", "за минуту", ((_V, _R, _OUT),)),
    ("международные звонки", "за минуту", ((_V, _I, _OUT),)),
    ("SMS на номера России", "за сообщение", ((_S, _H, _OUT), (_S, _R, _OUT))),
    ("SMS за рубеж", "за сообщение", ((_S, _I, _OUT),)),
    ("MMS", "за сообщение", ((_M, _H, _OUT),)),
    ("мобильный интернет", "за мегабайт", ((_D, _H, _OUT), (_D, _R, _OUT))),
)
_ROAMING_PRICES: tuple[tuple[str, str, tuple[RateKey, ...]], ...] = (
    ("исходящие звонки", "за минуту", ((_V, _A, _OUT),)),
    ("входящие звонки", "за минуту", ((_V, _A, _IN),)),
    ("SMS", "за сообщение", ((_S, _A, _OUT),)),
    ("интернет", "за мегабайт", ((_D, _A, _OUT),)),
)
_FREE_INCOMING: tuple[RateKey, ...] = (
    (_V, _H, _IN),
    (_V, _R, _IN),
    (_V, _I, _IN),
    (_S, _H, _IN),
    (_S, _R, _IN),
)
CATEGORY_NAMES = {
    ServiceCategory.CALLS: "Звонки",
    ServiceCategory.MESSAGING: "Сообщения",
    ServiceCategory.INTERNET: "Интернет",
    ServiceCategory.ROAMING: "Роуминг и поездки",
    ServiceCategory.ENTERTAINMENT: "Развлечения",
    ServiceCategory.SECURITY: "Безопасность",
    ServiceCategory.INFO: "Информация",
    ServiceCategory.BUSINESS: "Для бизнеса",
}
HOW_TO_SWITCH = (
    "через оператора контакт-центра (после проверки личности владельца номера), "
    "в личном кабинете и мобильном приложении (раздел «Услуги») или в USSD-меню *100#"
)


def plural(count: int, forms: tuple[str, str, str]) -> str:
    """``1 день``, ``3 дня``, ``5 дней``: the Russian form for a count."""
    tens, ones = count % 100, count % 10
    if ones == 1 and tens != 11:
        form = forms[0]
    elif 2 <= ones <= 4 and not 12 <= tens <= 14:
        form = forms[1]
    else:
        form = forms[2]
    return f"{count} {form}"


def rub(amount: Decimal) -> str:
    return money(amount, "ru")


def data_size(megabytes: int) -> str:
    if megabytes and megabytes % 1024 == 0:
        return f"{megabytes // 1024} ГБ"
    return f"{megabytes} МБ"


def _price_lines(
    prices: dict[RateKey, Decimal], table: Sequence[tuple[str, str, tuple[RateKey, ...]]]
) -> list[str]:
    lines = []
    for what, unit, keys in table:
        found = sorted({prices[k] for k in keys if k in prices})
        if not found:
            continue
        if found == [Decimal("0.00")]:
            lines.append(f"• {what} — бесплатно")
        elif len(found) == 1:
            lines.append(f"• {what} — {rub(found[0])} {unit}")
        else:
            lines.append(f"• {what} — от {rub(found[0])} до {rub(found[-1])} {unit}")
    return lines


def _allowance(tariff: TariffPlan) -> str | None:
    parts = []
    if tariff.included_minutes:
        minutes = plural(tariff.included_minutes, ("минута", "минуты", "минут"))
        parts.append(f"{minutes} исходящих звонков по России")
    if tariff.included_sms:
        parts.append(f"{tariff.included_sms} SMS на номера России")
    if tariff.included_data_mb:
        parts.append(f"{data_size(tariff.included_data_mb)} мобильного интернета")
    if not parts:
        return None
    listed = ", ".join(parts[:-1]) + " и " + parts[-1] if len(parts) > 1 else parts[0]
    return (
        f"В абонентскую плату на месяц входят {listed}. Пакет расходуется в домашнем регионе "
        "и в поездках по России, в роуминге не действует; остаток на следующий месяц "
        "не переносится."
    )


def tariff_body(tariff: TariffPlan) -> str:
    """The tariff's article: what it is, what it costs, and how to move to it."""
    prices = {(r.kind, r.zone, r.direction): r.price for r in tariff.rates}
    paragraphs = [tariff.description.strip()] if tariff.description.strip() else []
    paragraphs.append(
        "Тариф для организаций и индивидуальных предпринимателей."
        if tariff.for_business
        else "Тариф для частных клиентов."
    )
    if tariff.monthly_fee:
        paragraphs.append(
            f"Абонентская плата — {rub(tariff.monthly_fee)} в месяц, списывается первого числа. "
            "В месяц подключения, перехода на тариф или закрытия номера плата считается "
            "пропорционально дням пользования."
        )
    else:
        paragraphs.append(
            "Абонентской платы нет: оплачиваются только звонки, сообщения и интернет."
        )
    allowance = _allowance(tariff)
    if allowance:
        paragraphs.append(allowance)
    home = _price_lines(prices, _HOME_PRICES)
    if home:
        title = "Сверх пакета:" if allowance else "Цены:"
        paragraphs.append("\n".join([title, *home]))
    if all(prices.get(k, Decimal("0.00")) == 0 for k in _FREE_INCOMING):
        paragraphs.append("Входящие звонки и SMS в домашнем регионе и по России бесплатны.")
    roaming = _price_lines(prices, _ROAMING_PRICES)
    if roaming:
        paragraphs.append("\n".join(["В роуминге:", *roaming]))
    paragraphs.append(
        "Звонки тарифицируются поминутно с округлением вверх, интернет сверх пакета — "
        "по мегабайтам за каждую сессию."
    )
    paragraphs.append(_block_rule(tariff))
    paragraphs.append(_how_to_move(tariff))
    return "\n\n".join(paragraphs)


def _block_rule(tariff: TariffPlan) -> str:
    if not tariff.block_daily_fee:
        return "Добровольная блокировка номера бесплатна на любой срок."
    if tariff.block_free_days:
        free = plural(tariff.block_free_days, ("день", "дня", "дней"))
        return (
            f"Добровольная блокировка: первые {free} бесплатно, "
            f"затем {rub(tariff.block_daily_fee)} в сутки."
        )
    return f"Добровольная блокировка: {rub(tariff.block_daily_fee)} в сутки с первого дня."


def _how_to_move(tariff: TariffPlan) -> str:
    if tariff.status == TariffStatus.ARCHIVED:
        since = f" с {day(tariff.archived_on)}" if tariff.archived_on else ""
        return (
            f"Тариф в архиве{since}: перейти на него нельзя. У абонентов, которые уже на нём, "
            "он действует на прежних условиях; перейти с него можно на любой действующий тариф."
        )
    fee = f"{rub(tariff.switch_fee)} разово" if tariff.switch_fee else "бесплатно"
    return (
        f"Переход на тариф — {fee}: через оператора контакт-центра, в личном кабинете или "
        "в мобильном приложении. Новый тариф действует сразу или с первого числа следующего "
        "месяца; номер, баланс и услуги сохраняются, кроме услуг, недоступных на новом тарифе."
    )


def service_body(
    service: Service, incompatible: Iterable[str], tariffs: Iterable[TariffPlan]
) -> str:
    """The service's article: what it does, what it costs, how to switch it, what it goes with.

    ``incompatible`` names the other services of its incompatibility group, ``tariffs`` are
    the plans that allow it.
    """
    paragraphs = [service.description.strip()] if service.description.strip() else []
    paragraphs.append(f"Раздел: {CATEGORY_NAMES[service.category]}.")
    paragraphs.append(_cost(service))
    if not service.available:
        paragraphs.append(
            "Услуга больше не подключается. У абонентов, у которых она подключена, она "
            "работает на прежних условиях, пока её не отключат."
        )
    else:
        paragraphs.append(f"Подключить: {HOW_TO_SWITCH}; сразу или с выбранной даты.")
    paragraphs.append(_how_to_stop(service))
    others = sorted(incompatible)
    if others:
        listed = ", ".join(f"«{name}»" for name in others)
        paragraphs.append(
            f"Не совместима с услугами: {listed}. При подключении одна из них отключается — "
            "агент может заменить её в том же действии."
        )
    else:
        paragraphs.append("Совместима с любыми другими услугами.")
    paragraphs.append(_allowed_on(list(tariffs)))
    return "\n\n".join(paragraphs)


def _cost(service: Service) -> str:
    connection = (
        f"подключение — {rub(service.connection_fee)}"
        if service.connection_fee
        else "подключение бесплатное"
    )
    if service.fee_period == FeePeriod.MONTHLY and service.fee:
        fee = (
            f"абонентская плата — {rub(service.fee)} в месяц: первый раз при подключении, "
            "затем первого числа каждого месяца"
        )
    elif service.fee_period == FeePeriod.DAILY and service.fee:
        fee = f"{rub(service.fee)} в сутки за каждые начатые сутки, пока услуга подключена"
    elif service.connection_fee:
        fee = "других платежей нет"
    else:
        return "Услуга бесплатная."
    return f"Стоимость: {connection}; {fee}."


def _how_to_stop(service: Service) -> str:
    if service.fee_period == FeePeriod.NONE and service.connection_fee:
        return "Услуга разовая: отключать её не нужно."
    ways = "теми же способами" if service.available else HOW_TO_SWITCH
    tail = ""
    if service.fee_period == FeePeriod.MONTHLY and service.fee:
        tail = " Абонентская плата за начавшийся месяц при отключении не возвращается."
    elif service.fee_period == FeePeriod.DAILY and service.fee:
        tail = " Плата перестаёт начисляться со следующих суток."
    return f"Отключить: {ways}; сразу или с выбранной даты.{tail}"


def _allowed_on(tariffs: list[TariffPlan]) -> str:
    current = sorted(t.name for t in tariffs if t.status == TariffStatus.AVAILABLE)
    archived = sorted(t.name for t in tariffs if t.status == TariffStatus.ARCHIVED)
    if not current and not archived:
        return "Не доступна ни на одном тарифе."
    text = "Доступна на тарифах: " + (", ".join(f"«{n}»" for n in current) or "—")
    if archived:
        text += "; на архивных: " + ", ".join(f"«{n}»" for n in archived)
    return text + "."

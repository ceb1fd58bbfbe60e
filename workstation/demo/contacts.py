"""Contact history: interactions with the contact center, and callbacks owed to callers."""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence

from models import CallbackStatus, Outcome
from models.interaction import Channel
from workstation.demo.days import DAY, HOUR, Stamp
from workstation.demo.lines import LinePlan
from workstation.demo.tables import Counters, Rows

_INTERACTION_NOTES = (
    (
        "Консультация по тарифу, рассказал о тарифах линейки «Всё включено»",
        Outcome.INFORMATION_GIVEN.value,
    ),
    ("Вопрос по списанию абонентской платы, объяснил начисления", Outcome.SOLVED.value),
    ("Подключение пакета интернета", Outcome.SOLVED.value),
    ("Не проходит платёж банковской картой, передано во второй линию", Outcome.ESCALATED.value),
    ("Запрос детализации за прошлый месяц, отправлена на e-mail", Outcome.SOLVED.value),
    ("Абонент просил перезвонить после 18:00", Outcome.CALLBACK_NEEDED.value),
    ("Добровольная блокировка на время поездки", Outcome.SOLVED.value),
    ("Вопрос о роуминге в Турции, рассказал об услуге «Весь мир»", Outcome.INFORMATION_GIVEN.value),
    ("Жалоба на качество связи дома, заявка в техническую поддержку", Outcome.ESCALATED.value),
    ("Смена способа доставки счёта на электронную почту", Outcome.SOLVED.value),
)
_CALLBACK_NOTES = (
    "Пропущенный вызов на 0890",
    "Не дождался ответа оператора",
    "Просил перезвонить по вопросу списаний",
    "Обрыв связи во время разговора",
)
_CHANNELS = (
    (Channel.SHORT_NUMBER.value, 55),
    (Channel.FREEPHONE.value, 20),
    (Channel.ROAMING_LINE.value, 3),
    (Channel.WEB_FORM.value, 10),
    (Channel.EMAIL.value, 8),
    (Channel.CALLBACK.value, 4),
)
_CHANNEL_CUM = tuple(sum(w for _, w in _CHANNELS[: i + 1]) for i in range(len(_CHANNELS)))
_EMAIL = Channel.EMAIL.value
_CALLBACK_NEEDED = Outcome.CALLBACK_NEEDED.value
_DONE, _OPEN = CallbackStatus.DONE.value, CallbackStatus.OPEN.value
_PRIORITIES = (0, 0, 1, 2)


class ContactHistory:
    """Interactions and callbacks for one build."""

    def __init__(
        self,
        window_start_ts: int,
        as_of_ts: int,
        agent_ids: Sequence[int],
        counters: Counters,
        stamp: Stamp,
    ) -> None:
        self.window_start_ts = window_start_ts
        self.as_of_ts = as_of_ts
        self.agent_ids = agent_ids
        self.counters = counters
        self.stamp = stamp

    def interactions(
        self, rng: random.Random, rows: Rows, customer_id: int, lines: Sequence[LinePlan]
    ) -> None:
        """One to three past contacts of the customer about one of the account's lines."""
        r = rng.random
        for _ in range(1 + int(r() * 3)):
            plan = lines[int(r() * len(lines))]
            channel = _CHANNELS[bisect.bisect_right(_CHANNEL_CUM, r() * _CHANNEL_CUM[-1])][0]
            span = max(DAY, self.as_of_ts - self.window_start_ts - DAY)
            started = self.window_start_ts + int(r() * span)
            ended = started + 90 + int(r() * 1111)
            note, outcome = _INTERACTION_NOTES[int(r() * len(_INTERACTION_NOTES))]
            self.counters.interaction += 1
            interaction_id = self.counters.interaction
            rows["interaction"].append(
                (
                    interaction_id,
                    self.agent_ids[int(r() * len(self.agent_ids))],
                    channel,
                    plan.msisdn if channel != _EMAIL else None,
                    customer_id,
                    plan.id,
                    self.stamp(started),
                    self.stamp(ended),
                    outcome,
                    note,
                )
            )
            if outcome == _CALLBACK_NEEDED:
                self.callback(rng, rows, plan.msisdn, customer_id, interaction_id, ended)

    def callback(
        self,
        rng: random.Random,
        rows: Rows,
        msisdn: str,
        customer_id: int | None,
        interaction_id: int | None,
        created: int,
    ) -> None:
        """A request to call back, done if it fell due more than a day ago."""
        r = rng.random
        due = created + (1 + int(r() * 8)) * HOUR
        done = due < self.as_of_ts - DAY
        self.counters.callback += 1
        rows["callback_request"].append(
            (
                self.counters.callback,
                msisdn,
                customer_id,
                interaction_id,
                self.stamp(created),
                self.stamp(due),
                _PRIORITIES[int(r() * len(_PRIORITIES))],
                _DONE if done else _OPEN,
                1 if done else 0,
                None,
                _CALLBACK_NOTES[int(r() * len(_CALLBACK_NOTES))],
                1,
            )
        )

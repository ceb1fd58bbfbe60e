"""Personal data, bill delivery and the self-care password."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import (
    AuditEvent,
    BillDelivery,
    Customer,
    DataChange,
    Line,
    OutboxMessage,
    PersonalAccount,
)
from tests.workstation.operations.conftest import World, snapshot
from workstation.errors import DomainError
from workstation.search import search
from workstation.secrets import verify_secret


def test_personal_data_changes_are_validated_and_kept(world: World) -> None:
    ctx = world.verified()
    result = world.call(
        ctx,
        "update_personal_data",
        line_id=world.line_id,
        last_name="Алёшина-Петрова",
        reg_postcode="125009",
        email="new@example.org",
        contact_phone="8 903 765-43-21",
    )
    assert set(result.fields) == {"last_name", "reg_postcode", "email", "contact_phone"}
    with world.db.read() as s:
        customer = s.get_one(Customer, world.customer_id)
        assert customer.contact_phone == "+79037654321"
        history = {c.field: (c.old_value, c.new_value) for c in s.scalars(select(DataChange))}
        assert history["last_name"] == ("Алёшин", "Алёшина-Петрова")
        assert history["email"] == ("p.aleshin@example.ru", "new@example.org")
        assert search(s, "алешина-петрова")[0].customer_id == world.customer_id


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("reg_postcode", "12500", "six digits"),
        ("email", "nobody@@example", "not an e-mail"),
        ("passport_series", "45AB", "four digits"),
        ("last_name", "R2-D2", "not a name"),
        ("contact_phone", "123", "not a phone"),
    ],
)
def test_bad_personal_data_is_refused(world: World, field: str, value: str, message: str) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(DomainError, match=message):
        world.call(ctx, "update_personal_data", line_id=world.line_id, **{field: value})
    assert snapshot(world.db) == before


def test_bill_delivery_by_post_email_fax(world: World) -> None:
    ctx = world.verified()
    world.call(
        ctx,
        "update_bill_delivery",
        account_id=world.account_id,
        method=BillDelivery.POST,
        postcode="125009",
        city="Москва",
        street="ул. Тверская",
        house="7",
        flat="12",
    )
    world.call(
        ctx,
        "update_bill_delivery",
        account_id=world.account_id,
        method=BillDelivery.FAX,
        fax="+7 495 123-45-67",
    )
    with world.db.read() as s:
        account = s.get_one(PersonalAccount, world.account_id)
        assert (account.bill_delivery, account.bill_fax, account.bill_postcode) == (
            BillDelivery.FAX,
            "+74951234567",
            "125009",
        )
        fields = [c.field for c in s.scalars(select(DataChange).order_by(DataChange.id))]
        assert fields.count("bill_delivery") == 2


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {
                "method": BillDelivery.POST,
                "postcode": "1234",
                "city": "x",
                "street": "y",
                "house": "1",
            },
            "six digits",
        ),
        ({"method": BillDelivery.POST, "postcode": "123456", "city": "Москва"}, "street"),
        ({"method": BillDelivery.EMAIL, "email": "no-at-sign"}, "not an e-mail"),
        ({"method": BillDelivery.FAX, "fax": "fax me"}, "not a phone"),
    ],
)
def test_bad_delivery_is_refused(world: World, arguments: dict[str, object], message: str) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(DomainError, match=message):
        world.call(ctx, "update_bill_delivery", account_id=world.account_id, **arguments)
    assert snapshot(world.db) == before


def test_the_one_time_password_goes_by_sms_and_is_never_shown(world: World) -> None:
    ctx = world.verified()
    result = world.call(ctx, "reset_selfcare_password", line_id=world.line_id)
    assert result.sent_to == "+79161234567"
    assert not any(
        len(str(v)) == 10 and str(v).isalnum()
        for v in vars(result).values()
        if isinstance(v, str) and v != result.sent_to
    )
    with world.db.read() as s:
        message = s.scalars(select(OutboxMessage)).one()
        line = s.get_one(Line, world.line_id)
        password = message.body.split(": ")[1].split(".")[0]
        assert message.sensitive and message.recipient == line.msisdn
        assert line.selfcare_must_change and line.selfcare_password_hash
        assert verify_secret(password, line.selfcare_password_hash)
        summaries = " ".join(s.scalars(select(AuditEvent.summary)))
        assert password not in summaries

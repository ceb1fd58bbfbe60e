"""The statement PDF: what it says, which fonts it carries, where the address sits, its pages."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import reports.statement
from reports import (
    CHARGE_CATEGORIES,
    Customer,
    Delivery,
    LineSummary,
    StatementData,
    StatementDataError,
    StatementOptions,
    UsageRow,
    build_statement,
)
from tests.reports.pdf import (
    MM,
    STANDARD_14,
    money,
    page_texts,
    raw_fonts,
    strokes,
    text_box,
    text_fonts,
)
from tests.reports.sample import (
    ADDRESS,
    CUSTOMER_NAME,
    MAIN_LINE,
    SECOND_LINE,
    sample_statement,
    usage_rows,
)

PAGE_HEIGHT = 841.89
CATEGORY_RU = {
    "subscription": "Абонентская плата",
    "service": "Дополнительные услуги",
    "voice": "Звонки",
    "sms": "SMS и MMS",
    "data": "Мобильный интернет",
    "roaming": "Роуминг",
    "one_off": "Разовые начисления",
    "adjustment": "Корректировки",
}


def build(data: StatementData, **options: object) -> tuple[bytes, int]:
    stream = BytesIO()
    pages = build_statement(data, stream, StatementOptions(**options))  # type: ignore[arg-type]
    return stream.getvalue(), pages


@pytest.fixture(scope="module")
def data() -> StatementData:
    return sample_statement(rows_per_line=180, with_inn=True)


@pytest.fixture(scope="module")
def email(data: StatementData) -> tuple[bytes, int]:
    return build(data, delivery=Delivery.EMAIL)


@pytest.fixture(scope="module")
def post(data: StatementData) -> tuple[bytes, int]:
    return build(data, delivery=Delivery.POST)


def test_the_statement_names_the_customer_and_formats_the_numbers(email: tuple[bytes, int]) -> None:
    text = "\n".join(page_texts(email[0]))
    assert CUSTOMER_NAME in text
    assert "+7 916 123-45-67" in text
    assert "+7 903 765-43-21" in text
    assert MAIN_LINE not in text
    assert "Счёт № 2025-03/004211 от 04.04.2025" in text
    assert "за услуги связи за март 2025 г." in text


def test_every_category_total_is_printed_and_is_the_sum_of_its_charges(
    data: StatementData, email: tuple[bytes, int]
) -> None:
    first_page = page_texts(email[0])[0]
    expected: dict[str, Decimal] = {}
    for charge in data.charges:
        expected[charge.category] = expected.get(charge.category, Decimal(0)) + charge.amount
    printed = {}
    for category in CHARGE_CATEGORIES:
        found = re.search(
            rf"^{re.escape(CATEGORY_RU[category])} (-?[\d ]+,\d\d) ₽$", first_page, re.M
        )
        if found:
            printed[category] = money(found[1])
    assert printed == expected
    total = re.search(r"^Итого начислено (-?[\d ]+,\d\d) ₽$", first_page, re.M)
    assert total is not None
    assert money(total[1]) == sum(c.amount for c in data.charges)


def test_balance_vat_and_amount_due_follow_from_the_records(
    data: StatementData, email: tuple[bytes, int]
) -> None:
    first_page = page_texts(email[0])[0]
    charges = sum(c.amount for c in data.charges)
    payments = sum(p.amount for p in data.payments)
    closing = data.opening_balance + payments - charges
    assert closing < 0
    assert f"Баланс на конец периода {_ru(closing)} ₽" in first_page
    assert f"К оплате\n{_ru(-closing)} ₽\nдо 20.04.2025" in first_page
    vat = (charges * 20 / 120).quantize(Decimal("0.01"))
    assert f"в т. ч. НДС 20 % {_ru(vat)} ₽" in first_page


def test_vat_is_22_percent_from_2026() -> None:
    data = sample_statement(rows_per_line=3, period=date(2026, 1, 1))
    first_page = page_texts(build(data)[0])[0]
    charges = sum(c.amount for c in data.charges)
    vat = (charges * 22 / 122).quantize(Decimal("0.01"))
    assert f"в т. ч. НДС 22 % {_ru(vat)} ₽" in first_page


def test_every_page_says_which_it_is_of_how_many(email: tuple[bytes, int]) -> None:
    pdf, pages = email
    texts = page_texts(pdf)
    assert len(texts) == pages > 3
    for number, text in enumerate(texts, start=1):
        assert f"Страница {number} из {pages}" in text


def test_only_the_first_page_has_the_letterhead_the_others_a_running_header(
    email: tuple[bytes, int],
) -> None:
    texts = page_texts(email[0])
    assert [i for i, text in enumerate(texts) if "ИНН 7709412350" in text] == [0]
    running = "Счёт № 2025-03/004211 · лицевой счёт 100234567 · март 2025 г."
    assert [i for i, text in enumerate(texts) if running in text] == list(range(1, len(texts)))


def test_the_detail_repeats_its_header_and_loses_no_row_across_pages(
    data: StatementData, email: tuple[bytes, int]
) -> None:
    texts = page_texts(email[0])
    header = "№ Дата и время Вид Напр. Номер / ресурс Длит. / объём Зона Сумма, ₽"
    detail_pages = [text for text in texts if "Дата и время Вид" in text]
    assert len(detail_pages) >= 3
    assert all(header in text for text in detail_pages)
    numbers: dict[str, list[int]] = {}
    line = ""
    for text in detail_pages:
        for row in text.split("\n"):
            heading = re.match(r"Номер (\+7 [\d -]+?)( ·| \(продолжение\))", row)
            if heading:
                line = heading[1]
            elif re.match(r"\d+ \d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d ", row):
                numbers.setdefault(line, []).append(int(row.split(" ", 1)[0]))
    counts = {"+7 916 123-45-67": 180, "+7 903 765-43-21": 60}
    assert numbers == {line: list(range(1, count + 1)) for line, count in counts.items()}
    continued = [text for text in detail_pages if "(продолжение)" in text]
    assert continued, "a line long enough to span pages says it continues"


def test_usage_totals_per_line_are_the_sums_of_its_rows(
    data: StatementData, email: tuple[bytes, int]
) -> None:
    text = "\n".join(page_texts(email[0]))
    printed = [money(m) for m in re.findall(r"^Итого по номеру (-?[\d ]+,\d\d) ₽$", text, re.M)]
    per_line = [
        sum((row.cost for row in data.usage if row.msisdn == line), Decimal(0))
        for line in (MAIN_LINE, SECOND_LINE)
    ]
    charges_per_line = [
        sum((c.amount for c in data.charges if c.msisdn == line), Decimal(0))
        for line in (MAIN_LINE, SECOND_LINE)
    ]
    # The invoice's totals per line come first, then the detail's.
    assert printed == charges_per_line + per_line
    overall = re.search(r"^Итого по детализации (-?[\d ]+,\d\d) ₽$", text, re.M)
    assert overall is not None
    assert money(overall[1]) == sum(row.cost for row in data.usage)


def test_times_are_shown_in_the_accounts_time_zone() -> None:
    row = UsageRow(
        msisdn=MAIN_LINE,
        started_at=datetime(2025, 3, 1, 0, 0, 5, tzinfo=UTC),
        kind="voice",
        direction="out",
        zone="home",
        cost=Decimal("1.00"),
        other_party="+79261112233",
        duration_s=61,
    )
    data = replace(sample_statement(rows_per_line=3), usage=(row,), time_zone="Asia/Vladivostok")
    text = "\n".join(page_texts(build(data)[0]))
    assert "1 01.03.2025 10:00:05 Звонок исх. +7 926 111-22-33 0:01:01 Домашний 1,00" in text
    assert "Asia/Vladivostok (UTC+10:00)" in text


def test_a_party_too_long_for_its_column_is_clipped_not_spilled() -> None:
    row = replace(usage_rows(MAIN_LINE, 1)[0], other_party="premium-content.partner.example.ru")
    data = replace(sample_statement(rows_per_line=3), usage=(row,))
    pdf = build(data)[0]
    texts = page_texts(pdf)
    assert "premium-content.partner.example.ru" not in "\n".join(texts)
    page = next(i for i, text in enumerate(texts) if "premium-content" in text)
    clipped = re.search(r"premium-content\S*…", texts[page])
    assert clipped is not None
    # The next column's heading starts where the party's column ends.
    assert text_box(pdf, page, clipped[0])[2] <= text_box(pdf, page, "Длит. / объём")[0]


def test_every_font_is_embedded_and_none_is_a_standard_one(email: tuple[bytes, int]) -> None:
    pdf = email[0]
    fonts = text_fonts(pdf)
    assert {name for name, _ in fonts} == {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
    }
    assert all(embedded for _, embedded in fonts)
    in_file = raw_fonts(pdf)
    assert in_file
    assert all(embedded for _, embedded in in_file)
    assert not {name.split("+")[-1] for name, _ in in_file} & STANDARD_14
    assert b"Helvetica" not in pdf


def test_title_author_subject_and_language_are_set(email: tuple[bytes, int]) -> None:
    pdf = email[0]
    document = pdfium.PdfDocument(pdf)
    try:
        meta = document.get_metadata_dict()
    finally:
        document.close()
    assert meta["Title"] == "Счёт № 2025-03/004211 за март 2025 г."
    assert meta["Author"] == "ПАО «Связь-Телеком»"
    assert "100234567" in meta["Subject"]
    assert b"/Lang (ru-RU)" in pdf


def test_english_on_request(data: StatementData) -> None:
    pdf, pages = build(data, language="en")
    text = "\n".join(page_texts(pdf))
    assert f"Page 1 of {pages}" in text
    assert "Invoice No. 2025-03/004211 of 4 April 2025" in text
    assert "Subscription fees RUB 950.00" in text
    assert "Страница" not in text
    assert b"/Lang (en-US)" in pdf


def _window(dx: float = 0, dy: float = 0) -> tuple[float, float, float, float]:
    """The envelope window (left, bottom, right, top) in points, moved by dx, dy mm."""
    return (
        (20 + dx) * MM,
        PAGE_HEIGHT - (90 + dy) * MM,
        (105 + dx) * MM,
        PAGE_HEIGHT - (45 + dy) * MM,
    )


def _inside(
    box: tuple[float, float, float, float], area: tuple[float, float, float, float]
) -> bool:
    return area[0] <= box[0] and area[1] <= box[1] and box[2] <= area[2] and box[3] <= area[3]


ADDRESS_LINES = (
    CUSTOMER_NAME,
    "Институтский пер., д. 9, кв. 17",
    "г. Долгопрудный",
    "Московская обл.",
    "141701",
)


def test_the_address_lies_in_the_envelope_window(post: tuple[bytes, int]) -> None:
    for line in ADDRESS_LINES:
        assert _inside(text_box(post[0], 0, line), _window()), line


def test_the_window_offset_moves_the_address(data: StatementData, post: tuple[bytes, int]) -> None:
    moved = build(data, delivery=Delivery.POST, window_offset_mm=(12.0, -8.0))[0]
    for line in ADDRESS_LINES:
        box = text_box(moved, 0, line)
        assert _inside(box, _window(12, -8)), line
        before = text_box(post[0], 0, line)
        assert box[0] - before[0] == pytest.approx(12 * MM, abs=0.01)
        assert box[3] - before[3] == pytest.approx(8 * MM, abs=0.01)


def test_a_long_address_shrinks_to_stay_in_the_window() -> None:
    long = replace(
        ADDRESS,
        street="Проспект имени Пятидесятилетия Великого Октября и Всех Трудящихся Края",
        region="Ханты-Мансийский автономный округ — Югра, Тюменская область",
    )
    data = sample_statement(rows_per_line=3)
    data = replace(data, customer=replace(data.customer, postal_address=long))
    pdf = build(data, delivery=Delivery.POST)[0]
    for needle in (CUSTOMER_NAME, "141701", "Тюменская область"):
        assert _inside(text_box(pdf, 0, needle), _window()), needle


def test_an_address_that_cannot_fit_the_window_is_refused(tmp_path: Path) -> None:
    data = sample_statement(rows_per_line=3)
    sprawling = replace(ADDRESS, street=" ".join(["Очень длинная улица"] * 40))
    data = replace(data, customer=replace(data.customer, postal_address=sprawling))
    target = tmp_path / "letter.pdf"
    with pytest.raises(StatementDataError, match="envelope window"):
        build_statement(data, target, StatementOptions(delivery=Delivery.POST))
    assert list(tmp_path.iterdir()) == []


def test_the_post_variant_has_fold_marks_and_the_email_one_does_not(
    post: tuple[bytes, int], email: tuple[bytes, int]
) -> None:
    def marks(pdf: bytes) -> list[float]:
        return sorted(
            round((PAGE_HEIGHT - (bounds[1] + bounds[3]) / 2) / MM, 1)
            for page, _, bounds in strokes(pdf)
            if page == 0 and bounds[2] < 15 * MM
        )

    assert marks(post[0]) == [105.0, 148.5, 210.0]
    assert marks(email[0]) == []


def test_the_email_variant_has_an_outline_per_section_and_line(
    email: tuple[bytes, int], post: tuple[bytes, int]
) -> None:
    def outline(pdf: bytes) -> list[tuple[int, str]]:
        document = pdfium.PdfDocument(pdf)
        try:
            return [(item.level, item.get_title()) for item in document.get_toc()]
        finally:
            document.close()

    entries = outline(email[0])
    titles = [title for _, title in entries]
    assert titles[0] == "Счёт № 2025-03/004211 за март 2025 г."
    assert "Детализация оказанных услуг за март 2025 г." in titles
    assert titles.count("+7 916 123-45-67") == 2  # its charges and its detail
    assert {"Начисления за период", "Как оплатить", "Платежи за период"} <= set(titles)
    assert outline(post[0]) == []


def test_the_email_variant_links_the_website_and_the_mailbox(
    email: tuple[bytes, int], post: tuple[bytes, int]
) -> None:
    assert b"/URI (https://svyaz-telecom.example)" in email[0]
    assert b"/URI (mailto:help@svyaz-telecom.example)" in email[0]
    assert b"/URI" not in post[0]


def test_the_outline_points_at_the_pages_the_sections_start_on(
    email: tuple[bytes, int],
) -> None:
    pdf = email[0]
    texts = page_texts(pdf)
    document = pdfium.PdfDocument(pdf)
    try:
        targets = {item.get_title(): item.get_dest().get_index() for item in document.get_toc()}
    finally:
        document.close()
    detail = targets["Детализация оказанных услуг за март 2025 г."]
    assert texts[detail].count("Детализация оказанных услуг") == 1
    payments = targets["Платежи за период"]
    assert "Платежи за период" in texts[payments]


def test_a_detail_only_statement(data: StatementData) -> None:
    pdf, _ = build(data, include_invoice=False)
    texts = page_texts(pdf)
    assert "Детализация оказанных услуг за март 2025 г." in texts[0]
    assert "Начисления за период" not in "\n".join(texts)
    assert CUSTOMER_NAME in texts[0]


def test_an_account_without_usage_or_payments() -> None:
    data = replace(
        sample_statement(rows_per_line=3),
        usage=(),
        payments=(),
        lines=(LineSummary(MAIN_LINE, "Смарт Плюс"),),
    )
    text = "\n".join(page_texts(build(data)[0]))
    assert "Платежей за период не было." in text
    assert "Записей за период нет." in text


def test_post_needs_a_postal_address() -> None:
    data = sample_statement(rows_per_line=3, postal=False)
    with pytest.raises(StatementDataError, match="postal address"):
        build(data, delivery=Delivery.POST)


def test_writing_to_a_path_replaces_the_file_whole(tmp_path: Path, data: StatementData) -> None:
    target = tmp_path / "statement.pdf"
    target.write_bytes(b"the previous statement")
    pages = build_statement(data, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert len(page_texts(target.read_bytes())) == pages
    assert [p.name for p in tmp_path.iterdir()] == ["statement.pdf"]


def test_a_failed_build_leaves_no_partial_file(
    tmp_path: Path, data: StatementData, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> list[object]:
        raise RuntimeError("the detail broke")

    monkeypatch.setattr(reports.statement, "detail_story", broken)
    target = tmp_path / "statement.pdf"
    target.write_bytes(b"the previous statement")
    with pytest.raises(RuntimeError, match="detail broke"):
        build_statement(data, target)
    assert target.read_bytes() == b"the previous statement"
    assert [p.name for p in tmp_path.iterdir()] == ["statement.pdf"]
    fresh = tmp_path / "new.pdf"
    with pytest.raises(RuntimeError):
        build_statement(data, fresh)
    assert not fresh.exists()
    stream = BytesIO()
    with pytest.raises(RuntimeError):
        build_statement(data, stream)
    assert stream.getvalue() == b""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"period": date(2025, 3, 2)}, "first day"),
        ({"time_zone": "Mars/Olympus"}, "time zone"),
        ({"opening_balance": 1.5}, "Decimal"),
        ({"opening_balance": Decimal("1.005")}, "kopecks"),
    ],
)
def test_data_that_cannot_make_a_correct_document_is_refused(
    change: dict[str, object], message: str
) -> None:
    with pytest.raises(StatementDataError, match=message):
        replace(sample_statement(rows_per_line=1), **change)  # type: ignore[arg-type]


def test_rows_with_unknown_values_or_naive_times_are_refused() -> None:
    row = usage_rows(MAIN_LINE, 1)[0]
    base = sample_statement(rows_per_line=1)
    for bad in (
        replace(row, kind="fax"),
        replace(row, zone="moon"),
        replace(row, direction="sideways"),
        replace(row, started_at=datetime(2025, 3, 1, 12)),
    ):
        with pytest.raises(StatementDataError):
            replace(base, usage=(bad,))


def test_fax_options_need_a_cover() -> None:
    with pytest.raises(StatementDataError, match="cover"):
        StatementOptions(delivery=Delivery.FAX)


def test_a_company_customer_shows_its_inn() -> None:
    data = sample_statement(rows_per_line=1)
    company = Customer(
        name="ООО «Вектор»", inn="7701234564", kpp="770101001", postal_address=ADDRESS
    )
    text = page_texts(build(replace(data, customer=company))[0])[0]
    assert "ИНН / КПП плательщика 7701234564 / 770101001" in text


def _ru(value: Decimal) -> str:
    """A Decimal as the Russian statement prints it, written out here independently."""
    sign = "-" if value < 0 else ""
    whole, _, cents = f"{abs(value):.2f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{' '.join(groups)},{cents}"

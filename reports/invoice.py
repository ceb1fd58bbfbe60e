"""The invoice: the balance, what is due, charges by category and by line, payments, how to pay."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from reports.data import ChargeLine
from reports.format import format_datetime, format_money, format_msisdn, format_percent
from reports.pages import CONTENT_WIDTH, Bookmark, Context, line_heading
from reports.qr import QrCode, payment_purpose, statement_payload
from reports.theme import grid_style, para, table_style
from reports.totals import ZERO, charges_by_line, line_order

QR_SIZE = 40 * mm


def invoice_story(ctx: Context) -> list[Flowable]:
    """The flowables of the invoice, from its title to the payments."""
    data, text, styles = ctx.data, ctx.text, ctx.styles
    title = text["doc.title"].format(number=data.invoice_number, month=ctx.month)
    return [
        Bookmark(ctx, "invoice", title, 0),
        para(
            text["invoice.title"].format(
                number=data.invoice_number, date=ctx.format_date(data.issued_on)
            ),
            styles.title,
        ),
        para(text["invoice.subtitle"].format(month=ctx.month), styles.subtitle),
        _balance_and_due(ctx),
        Bookmark(ctx, "charges", text["charges.title"], 1),
        para(text["charges.title"], styles.heading),
        _categories(ctx),
        Bookmark(ctx, "pay", text["pay.title"], 1),
        KeepTogether([para(text["pay.title"], styles.heading), _how_to_pay(ctx)]),
        *_charges_by_line(ctx),
        *_payments(ctx),
    ]


def _balance_and_due(ctx: Context) -> Table:
    """The account's movement over the month beside a box with the amount due."""
    text, styles, theme, totals, lang = ctx.text, ctx.styles, ctx.theme, ctx.totals, ctx.language
    rows = [
        (text["balance.opening"], totals.opening_balance),
        (text["balance.charges"], totals.charges),
        (text["balance.payments"], totals.payments),
        (text["balance.closing"], totals.closing_balance),
    ]
    movement = Table(
        [
            [
                para(label, styles.cell_bold if index == 3 else styles.cell),
                para(
                    format_money(value, lang),
                    styles.cell_bold_right if index == 3 else styles.cell_right,
                ),
            ]
            for index, (label, value) in enumerate(rows)
        ],
        colWidths=[62 * mm, 36 * mm],
        style=table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, 1), theme.thin, theme.rule),
                ("LINEABOVE", (0, 3), (-1, 3), theme.thick, theme.text),
            ]
        ),
    )
    left = [
        para(text["balance.title"], styles.subheading),
        movement,
        Spacer(1, 2),
        para(text["balance.note"], styles.small),
    ]

    due = totals.amount_due
    big = styles.title.clone("due", fontSize=theme.body + 9, leading=theme.body + 12, spaceAfter=0)
    right: list[Flowable] = [
        para(text["due.title"], styles.subheading),
        para(format_money(due, lang), big),
    ]
    if due > 0:
        right.append(
            para(text["due.by"].format(date=ctx.format_date(ctx.data.due_date)), styles.body)
        )
    else:
        right.append(para(text["due.nothing"], styles.small))
    box: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if theme.highlight is not None:
        box.append(("BACKGROUND", (0, 0), (-1, -1), theme.highlight))
    else:
        box.append(("BOX", (0, 0), (-1, -1), theme.thick, theme.text))
    due_box = Table([[right]], colWidths=[CONTENT_WIDTH - 110 * mm], style=table_style(box))
    return Table(
        [[left, due_box]],
        colWidths=[110 * mm, CONTENT_WIDTH - 110 * mm],
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def _categories(ctx: Context) -> Table:
    """Charges per category, their total and the VAT they include."""
    text, styles, totals, lang = ctx.text, ctx.styles, ctx.totals, ctx.language
    rows: list[list[Any]] = [
        [
            para(text["charges.category"], styles.cell_muted),
            para(text["charges.amount"], styles.cell_muted_right),
        ]
    ]
    rows += [
        [
            para(text[f"category.{category}"], styles.cell),
            para(format_money(amount, lang), styles.cell_right),
        ]
        for category, amount in totals.by_category.items()
    ]
    if not totals.by_category:
        rows.append([para(text["charges.none"], styles.cell), ""])
    rows.append(
        [
            para(text["charges.total"], styles.cell_bold),
            para(format_money(totals.charges, lang), styles.cell_bold_right),
        ]
    )
    vat = text["charges.vat"].format(rate=format_percent(totals.vat_rate, lang))
    rows.append([para(vat, styles.cell), para(format_money(totals.vat, lang), styles.cell_right)])
    return Table(
        rows,
        colWidths=[CONTENT_WIDTH - 45 * mm, 45 * mm],
        style=grid_style(ctx.theme, len(rows), total_rows=2),
        repeatRows=1,
    )


def _how_to_pay(ctx: Context) -> Table:
    """The ways to pay, the bank details for a transfer and the QR code that carries them."""
    data, text, styles = ctx.data, ctx.text, ctx.styles
    operator, bank = data.operator, data.operator.bank
    requisites = [
        (text["pay.payee"], operator.name),
        (text["pay.inn_kpp"], f"{operator.inn} / {operator.kpp}"),
        (text["pay.account"], bank.settlement_account),
        (text["pay.bank"], bank.bank_name),
        (text["pay.bic"], bank.bic),
        (text["pay.corr"], bank.correspondent_account),
        (text["pay.purpose"], payment_purpose(data)),
    ]
    details = Table(
        [[para(label, styles.cell_muted), para(value, styles.cell)] for label, value in requisites],
        colWidths=[28 * mm, CONTENT_WIDTH - QR_SIZE - 38 * mm],
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
            ]
        ),
    )
    due = ctx.totals.amount_due
    caption = text["pay.qr"] if due > 0 else text["pay.qr_no_sum"]
    return Table(
        [
            [
                [
                    para(text["pay.ways"].format(website=operator.website), styles.body),
                    Spacer(1, 3),
                    details,
                ],
                [
                    QrCode(statement_payload(data, due), QR_SIZE, ctx.theme.text),
                    para(caption, styles.small),
                ],
            ]
        ],
        colWidths=[CONTENT_WIDTH - QR_SIZE - 6 * mm, QR_SIZE + 6 * mm],
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
            ]
        ),
    )


def _charges_by_line(ctx: Context) -> list[Flowable]:
    """A table per line (and one for charges on the account) with its charges and total."""
    text, styles = ctx.text, ctx.styles
    groups = charges_by_line(ctx.data.charges)
    sections: list[tuple[str | None, str, str]] = [
        (msisdn, line_heading(ctx, msisdn), text["lines.total"]) for msisdn in line_order(ctx.data)
    ]
    if None in groups:
        sections.append((None, text["lines.account"], text["lines.account_total"]))
    story: list[Flowable] = [
        Bookmark(ctx, "lines", text["lines.title"], 1),
        para(text["lines.title"], styles.heading),
    ]
    for msisdn, heading, total_label in sections:
        key = f"charges-{msisdn or 'account'}"
        title = format_msisdn(msisdn) if msisdn else text["lines.account"]
        story.append(Bookmark(ctx, key, title, 2))
        story.append(_line_table(ctx, heading, total_label, groups.get(msisdn, [])))
        story.append(Spacer(1, 3 * mm))
    return story


def _line_table(ctx: Context, heading: str, total_label: str, charges: list[ChargeLine]) -> Table:
    text, styles, theme, lang = ctx.text, ctx.styles, ctx.theme, ctx.language
    rows: list[list[Any]] = [[para(heading, styles.cell_bold), "", ""]]
    rows += [
        [
            para(charge.description, styles.cell),
            para(text[f"category.{charge.category}"], styles.cell_muted),
            para(format_money(charge.amount, lang), styles.cell_right),
        ]
        for charge in charges
    ]
    if not charges:
        rows.append([para(text["charges.none"], styles.cell_muted), "", ""])
    total = sum((charge.amount for charge in charges), ZERO)
    rows.append(
        [
            para(total_label, styles.cell_bold),
            "",
            para(format_money(total, lang), styles.cell_bold_right),
        ]
    )
    style = grid_style(theme, len(rows), total_rows=1)
    style.add("SPAN", (0, 0), (-1, 0))
    return Table(
        rows,
        colWidths=[CONTENT_WIDTH - 75 * mm, 43 * mm, 32 * mm],
        style=style,
        repeatRows=1,
    )


def _payments(ctx: Context) -> list[Flowable]:
    """The payments received in the month, in time order, and their total."""
    text, styles, lang = ctx.text, ctx.styles, ctx.language
    story: list[Flowable] = [
        Bookmark(ctx, "payments", text["payments.title"], 1),
        para(text["payments.title"], styles.heading),
    ]
    payments = sorted(ctx.data.payments, key=lambda payment: payment.paid_at)
    if not payments:
        story.append(para(text["payments.none"], styles.body))
        return story
    rows: list[list[Any]] = [
        [
            para(text["payments.date"], styles.cell_muted),
            para(text["payments.method"], styles.cell_muted),
            para(text["payments.reference"], styles.cell_muted),
            para(text["payments.amount"], styles.cell_muted_right),
        ]
    ]
    rows += [
        [
            para(format_datetime(payment.paid_at, ctx.zone, lang), styles.cell),
            para(text[f"method.{payment.method}"], styles.cell),
            para(payment.reference, styles.cell),
            para(format_money(payment.amount, lang), styles.cell_right),
        ]
        for payment in payments
    ]
    rows.append(
        [
            para(text["payments.total"], styles.cell_bold),
            "",
            "",
            para(format_money(ctx.totals.payments, lang), styles.cell_bold_right),
        ]
    )
    story.append(
        Table(
            rows,
            colWidths=[38 * mm, 45 * mm, CONTENT_WIDTH - 121 * mm, 38 * mm],
            style=grid_style(ctx.theme, len(rows), total_rows=1),
            repeatRows=1,
        )
    )
    return story

"""A statement as PDF: the invoice and the usage detail of an account for a month.

One document template serves every variant. Page 1 carries the letterhead, the address in
the envelope window and the account's identifiers; later pages a running header; every page
a footer with "Страница N из M". A fax starts with its cover sheet.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from reports.data import Delivery, StatementData, StatementDataError, StatementOptions
from reports.detail import detail_story
from reports.fax import fax_cover_story
from reports.fonts import REGULAR, register_fonts
from reports.format import plain_spaces
from reports.invoice import invoice_story
from reports.output import Target, write_atomically
from reports.pages import (
    CONTENT_WIDTH,
    COVER_FRAME_TOP,
    FIRST_FRAME_TOP,
    FRAME_BOTTOM,
    LATER_FRAME_TOP,
    MARGIN_LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Context,
    NumberedCanvas,
    draw_account_box,
    draw_address_block,
    draw_fold_marks,
    draw_letterhead,
    draw_running_header,
    footer,
    make_context,
)

_PDF_LANGUAGES = {"ru": "ru-RU", "en": "en-US"}


def build_statement(
    data: StatementData, target: Target, options: StatementOptions | None = None
) -> int:
    """Write the statement as PDF to ``target`` (a path or a binary stream); return its pages.

    The file appears complete or not at all. Raises :class:`StatementDataError` when the
    data cannot make the variant asked for (a letter with no postal address, say).
    """
    options = options or StatementOptions()
    if options.delivery is Delivery.POST and data.customer.postal_address is None:
        raise StatementDataError("a statement by post needs the customer's postal address")
    register_fonts()
    ctx = make_context(data, options)
    return write_atomically(target, lambda stream: _build(ctx, stream))


def _build(ctx: Context, stream: BinaryIO) -> int:
    # Templates change by explicit NextPageTemplate: ReportLab's autoNextPageTemplate keeps a
    # stale choice for one more page when two of them follow each other.
    story: list[Flowable] = []
    if ctx.options.delivery is Delivery.FAX:
        story += [*fax_cover_story(ctx), NextPageTemplate("first"), PageBreak()]
    story.append(NextPageTemplate("later"))
    if ctx.options.include_invoice:
        story += invoice_story(ctx)
    if ctx.options.include_detail:
        if ctx.options.include_invoice:
            story.append(PageBreak())
        story += detail_story(ctx)

    document = _document(ctx, stream)
    document.build(story, canvasmaker=NumberedCanvas)
    pages: int = document.canv.page_count
    return pages


def _document(ctx: Context, stream: BinaryIO) -> BaseDocTemplate:
    data, text = ctx.data, ctx.text
    key = "doc.title" if ctx.options.include_invoice else "doc.title_detail"
    title = text[key].format(
        number=data.invoice_number, account=data.account_number, month=ctx.month
    )
    running = "page.running" if ctx.options.include_invoice else "page.running_detail"
    page_footer = footer(ctx)

    def first_page(canvas: NumberedCanvas, _: object) -> None:
        if ctx.theme.interactive:
            canvas.showOutline()
        draw_letterhead(canvas, ctx)
        draw_address_block(canvas, ctx)
        draw_account_box(canvas, ctx)
        if ctx.theme.fold_marks:
            draw_fold_marks(canvas, ctx)
        canvas.finish_page_with(page_footer)

    def later_page(canvas: NumberedCanvas, _: object) -> None:
        draw_running_header(canvas, ctx, running)
        canvas.finish_page_with(page_footer)

    def cover_page(canvas: NumberedCanvas, _: object) -> None:
        draw_letterhead(canvas, ctx)
        canvas.finish_page_with(page_footer)

    def frame(name: str, top: float) -> Frame:
        return Frame(
            MARGIN_LEFT,
            FRAME_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - top - FRAME_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    templates = [
        PageTemplate("first", [frame("first", FIRST_FRAME_TOP)], onPage=first_page),
        PageTemplate("later", [frame("later", LATER_FRAME_TOP)], onPage=later_page),
    ]
    if ctx.options.delivery is Delivery.FAX:
        templates.insert(
            0, PageTemplate("cover", [frame("cover", COVER_FRAME_TOP)], onPage=cover_page)
        )

    return BaseDocTemplate(
        stream,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageTemplates=templates,
        title=plain_spaces(title),
        author=plain_spaces(data.operator.name),
        subject=plain_spaces(
            text["doc.subject"].format(account=data.account_number, month=ctx.month)
        ),
        creator="Agent Workstation",
        lang=_PDF_LANGUAGES[ctx.language],
        initialFontName=REGULAR,
        displayDocTitle=ctx.options.delivery is Delivery.EMAIL or None,
    )

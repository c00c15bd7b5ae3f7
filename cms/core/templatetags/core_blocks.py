"""Helpers for the block templates."""

from django import template
from wagtail.models import Page

from cms.core.i18n import localized_pages as localized_versions
from cms.core.public import public

register = template.Library()


@register.simple_tag
def table_rows(table):
    """Splits a table block's cells into a header row and body rows, dropping empty rows."""
    rows = [row for row in (table or {}).get("data") or [] if any(cell for cell in row)]
    header = rows.pop(0) if rows and table.get("first_row_is_table_header") else None
    return {
        "header": [cell or "" for cell in header] if header else None,
        "rows": [[cell or "" for cell in row] for row in rows],
        "first_col_is_header": bool(table.get("first_col_is_header")),
    }


@register.simple_tag(takes_context=True)
def localized_pages(context, pages):
    """The chosen pages in the reader's language where translated; live, public ones only,
    as their specific types (for card titles and summaries)."""
    chosen = localized_versions(context["request"], [page for page in pages if page])
    found = public(Page.objects.filter(pk__in=[page.pk for page in chosen]).live()).specific()
    by_pk = {page.pk: page for page in found}
    return [by_pk[page.pk] for page in chosen if page.pk in by_pk]

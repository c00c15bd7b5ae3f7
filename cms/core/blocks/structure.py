"""Structural blocks: calls to action, accordions, tables and teasers of related pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock


class CallToActionValue(blocks.StructValue):
    def href(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("url")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an external address"), required=False)
    link_text = blocks.CharBlock(label=_("Link text"), max_length=60)

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"
        label = _("Call to action")
        description = _("A highlighted box leading readers to a page or another site.")
        value_class = CallToActionValue
        preview_value = {
            "heading": "Join a project",
            "text": "Find partner schools in 40 countries.",
            "url": "https://example.org/projects",
            "link_text": "Find partners",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter an external address, not both.")
            raise StructBlockValidationError(block_errors={"url": ValidationError(message)})
        return value


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Question or heading"), max_length=200)
    content = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "ol", "ul", "link", "document-link"]
    )


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "components/blocks/accordion.html"
        label = _("Accordion")
        description = _(
            "Questions and answers (FAQ) that readers open one by one; works without JavaScript."
        )
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                {"heading": "Who can join?", "content": "<p>Staff of schools in Europe.</p>"},
            ],
        }


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=200, help_text=_("Says what the table shows.")
    )
    table = WagtailTableBlock(label=_("Table"))

    class Meta:
        icon = "table"
        template = "components/blocks/table.html"
        label = _("Table")
        description = _("A data table with a caption and header cells.")


class TeasersBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("Page")), label=_("Pages"), min_num=1, max_num=6
    )

    class Meta:
        icon = "doc-full-inverse"
        template = "components/blocks/teasers.html"
        label = _("Related content")
        description = _("Cards leading to up to six pages, shown in the reader's language.")

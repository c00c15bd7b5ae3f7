"""Text blocks: formatted paragraphs and quotations."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph.html"
        label = _("Paragraph")
        description = _("Formatted text with headings, lists and links.")
        preview_value = "<p>Teachers across Europe share lesson plans in their own languages.</p>"
        features = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Their role"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        label = _("Quotation")
        description = _("A quotation set apart from the text, with the speaker's name.")
        preview_value = {
            "quote": "My pupils wrote to a class in Tartu every week.",
            "attribution": "Maria Kowalska",
            "role": "English teacher, Kraków",
        }

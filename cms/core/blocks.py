"""The shared StreamField block library. Block names are migration keys: keep them stable."""

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


class BodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()

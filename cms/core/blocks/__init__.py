"""The shared StreamField block library, used by every page type. Block names are migration
keys: keep them stable."""

from wagtail import blocks

from cms.core.blocks.media import DocumentListBlock, ExternalMediaBlock, ImageBlock
from cms.core.blocks.structure import (
    AccordionBlock,
    CallToActionBlock,
    TableBlock,
    TeasersBlock,
)
from cms.core.blocks.text import ParagraphBlock, QuoteBlock


class BodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    image = ImageBlock()
    media = ExternalMediaBlock()
    documents = DocumentListBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    table = TableBlock()
    teasers = TeasersBlock()

"""Media blocks: images with required alternative text, external media and document lists."""

from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class ExternalMediaValue(blocks.StructValue):
    def host(self):
        return urlsplit(self.get("url") or "").hostname or ""


class ExternalMediaBlock(blocks.StructBlock):
    """A video or other media hosted elsewhere. Shown as a link, not an embedded player: a
    player would load another host's scripts and trackers before the reader chooses to."""

    url = blocks.URLBlock(label=_("Address of the media"))
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    description = blocks.TextBlock(
        label=_("Description"),
        required=False,
        help_text=_("What the media shows; a transcript link helps readers who cannot watch."),
    )
    transcript = DocumentChooserBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        template = "components/blocks/external_media.html"
        label = _("Video or other media")
        description = _(
            "A link card for media hosted on another site, with an optional transcript."
        )
        value_class = ExternalMediaValue
        preview_value = {
            "url": "https://video.example.org/watch/school-gardens",
            "title": "School gardens in three countries",
            "description": "Pupils from Portugal, Finland and Slovenia show their gardens.",
        }


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document_list.html"
        label = _("Documents to download")
        description = _("A list of documents with their format and size.")

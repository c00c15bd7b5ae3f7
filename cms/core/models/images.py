"""The project's image model, chosen at the start because swapping it later is hard."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image with a credit line. Wagtail's ``description`` is the alternative text, and
    required here: editors describe every image they upload."""

    description = models.CharField(
        _("alternative text"),
        max_length=255,
        default="",
        help_text=_("What the image shows, for people who cannot see it."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def optional_image(verbose_name, **options):
    """An optional image chosen from the library; the page keeps working if it is deleted."""
    return models.ForeignKey(
        CustomImage,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        **options,
    )

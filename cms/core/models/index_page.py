"""The abstract index page of a content section: an introduction, then its children as a
faceted listing (``cms.core.listing``)."""

from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from cms.core.models.base_page import BasePage


class IndexPage(BasePage):
    introduction = models.TextField(_("introduction"), max_length=600, blank=True)

    listing = ""  # dotted path of the section's FacetedListing subclass
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction")]

    class Meta:
        abstract = True

    def listing_for(self):
        return import_string(self.listing)()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_for().context(self, request))
        return context

"""The abstract page every content page inherits, so cards, listings, feeds and search
results can rely on the same attributes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.models.images import optional_image
from search.facets import FacetedPage, facet_search_fields


class BasePage(FacetedPage, Page):
    listing_title = models.CharField(
        _("listing title"),
        max_length=255,
        blank=True,
        help_text=_("Shown on cards and in listings instead of the page title, if set."),
    )
    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown on cards, in listings and in search results."),
    )
    listing_image = optional_image(_("listing image"))
    social_image = optional_image(
        _("social media image"),
        help_text=_("Shown when the page is shared; the listing image is used if empty."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading=_("Listings"),
        ),
        FieldPanel("social_image"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary"),
        *facet_search_fields,
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_title"),
        TranslatableField("listing_summary"),
        SynchronizedField("listing_image"),
        SynchronizedField("social_image"),
    ]

    class Meta:
        abstract = True

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description

    @property
    def share_image(self):
        return self.social_image or self.listing_image

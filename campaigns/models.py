from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import BodyBlock
from cms.core.models import BasePage
from cms.core.models.images import optional_image
from cms.core.public import public
from taxonomies.models import term_slugs, terms_field

RELATED_PER_KIND = 4


class CampaignIndexPage(BasePage):
    introduction = models.TextField(_("introduction"), max_length=600, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction")]

    class Meta:
        verbose_name = _("campaigns index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = public(CampaignPage.objects.child_of(self).live()).order_by("-starts_on")
        today = timezone.localdate()
        context["current"] = [c for c in campaigns if c.starts_on <= today <= c.ends_on]
        context["upcoming"] = [c for c in campaigns if c.starts_on > today][::-1]
        context["past"] = [c for c in campaigns if c.ends_on < today]
        return context


class CampaignPage(BasePage):
    summary = models.TextField(
        _("theme"), max_length=600, help_text=_("The theme in one or two sentences.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    image = optional_image(_("image"))
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    topics = terms_field("taxonomies.Topic", _("topics"))

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]), FieldPanel("topics")],
            heading=_("Period and topics"),
            help_text=_(
                "News, publications, courses and events with these topics appear on the campaign."
            ),
        ),
        InlinePanel(
            "featured_resources",
            heading=_("Teaching materials"),
            label=_("teaching material"),
            max_num=8,
        ),
    ]
    api_fields = [
        *(APIField(name) for name in ("summary", "body", "starts_on", "ends_on")),
        APIField("topics", serializer=term_slugs()),
    ]
    search_date_field = "starts_on"
    term_fields = ("topics",)
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        *(
            SynchronizedField(name)
            for name in ("image", "starts_on", "ends_on", "topics", "featured_resources")
        ),
    ]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day must not be before the first day.")})

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    @property
    def is_current(self):
        return self.starts_on <= timezone.localdate() <= self.ends_on

    def get_context(self, request, *args, **kwargs):
        from campaigns.related import related_content

        context = super().get_context(request, *args, **kwargs)
        context["related"] = related_content(self, request, RELATED_PER_KIND)
        return context


class CampaignResource(Orderable):
    page = ParentalKey(CampaignPage, related_name="featured_resources", on_delete=models.CASCADE)
    resource = models.ForeignKey(
        "resources.ResourcePage",
        verbose_name=_("teaching material"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("resource")]


def current_campaign(locale_id):
    """The campaign running today in a language (the most recently started), or None."""
    today = timezone.localdate()
    campaigns = CampaignPage.objects.live().filter(
        locale_id=locale_id, starts_on__lte=today, ends_on__gte=today
    )
    return public(campaigns).order_by("-starts_on").first()

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import BodyBlock
from cms.core.feeds import FeedsMixin
from cms.core.models import BasePage, IndexPage
from cms.core.models.images import optional_image
from taxonomies.models import country_field, term_slugs, terms_field


class NewsIndexPage(FeedsMixin, IndexPage):
    listing = "news.listing.ArticleListing"
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("news index")

    def feed_items(self):
        from news.listing import articles_in

        return articles_in(self).order_by("-date", "-pk")


class ArticlePage(BasePage):
    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        VIEWPOINT = "viewpoint", _("Expert viewpoint")
        PRACTICE = "practice", _("Inspiring practice")

    kind = models.CharField(_("kind of article"), max_length=16, choices=Kind.choices)
    summary = models.TextField(
        _("lead"), max_length=600, help_text=_("The opening paragraph, shown in bold.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    lead_image = optional_image(_("lead image"))
    author_name = models.CharField(_("author"), max_length=200, blank=True)
    author_role = models.CharField(
        _("author's role"),
        max_length=200,
        blank=True,
        help_text=_("For viewpoints: the expert's position, e.g. professor of education."),
    )
    topics = terms_field("taxonomies.Topic", _("topics"))
    country = country_field()
    date = models.DateField(_("date"), default=timezone.localdate)

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    og_type = "article"

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("author_name"),
                FieldPanel("author_role"),
                FieldPanel("date"),
                FieldPanel("topics"),
                FieldPanel("country"),
            ],
            heading=_("Author and classification"),
        ),
    ]

    search_date_field = "date"
    facet_fields = {"country": "country"}
    term_fields = ("topics", "country")
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("author_name"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    api_fields = [
        *(APIField(name) for name in ("kind", "summary", "body", "author_name", "date")),
        APIField("topics", serializer=term_slugs()),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("author_role"),
        *(
            SynchronizedField(name)
            for name in ("kind", "lead_image", "author_name", "topics", "country", "date")
        ),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    @property
    def share_image(self):
        return super().share_image or self.lead_image

    def get_context(self, request, *args, **kwargs):
        from news.structured_data import article_data

        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = article_data(self, request)
        return context

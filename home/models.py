from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import BodyBlock
from cms.core.models import BasePage
from cms.core.models.images import optional_image
from cms.core.public import public


class HomePage(BasePage):
    """The root of each locale's tree: hero, current campaign and the latest content."""

    site_name = models.CharField(
        _("site name"),
        max_length=80,
        help_text=_("The name of the site in this language, shown in the header and page titles."),
    )
    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_intro = models.TextField(_("hero introduction"), max_length=500, blank=True)
    hero_image = optional_image(_("hero image"))
    hero_link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_text = models.CharField(_("hero link text"), max_length=60, blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "resources.ResourceIndexPage",
        "publications.PublicationIndexPage",
        "news.NewsIndexPage",
        "courses.CourseIndexPage",
        "courses.EventIndexPage",
        "campaigns.CampaignIndexPage",
    ]
    max_count_per_parent = 1

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("site_name"),
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link_page"),
                FieldPanel("hero_link_text"),
            ],
            heading=_("Hero"),
        ),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("site_name"),
        TranslatableField("hero_heading"),
        TranslatableField("hero_intro"),
        TranslatableField("hero_link_text"),
        SynchronizedField("hero_image"),
        SynchronizedField("hero_link_page"),
    ]

    class Meta:
        verbose_name = _("home page")

    def featured_resources(self, limit=4):
        from resources.models import ResourcePage

        resources = public(ResourcePage.objects.live().filter(locale_id=self.locale_id))
        return resources.filter(featured=True).order_by("-publication_date")[:limit]

    def current_campaign(self):
        from campaigns.models import current_campaign

        return current_campaign(self.locale_id)

    def latest_news(self, limit=3):
        from news.models import ArticlePage

        articles = public(ArticlePage.objects.live().filter(locale_id=self.locale_id))
        return articles.order_by("-date", "-pk")[:limit]

    def upcoming_dates(self, limit=4):
        """The next courses and events, soonest first (two queries)."""
        from courses.models import CoursePage, EventPage

        now = timezone.now()
        items = [
            item
            for model in (CoursePage, EventPage)
            for item in public(model.objects.live().filter(locale_id=self.locale_id))
            .filter(starts_at__gte=now)
            .order_by("starts_at")[:limit]
        ]
        return sorted(items, key=lambda item: item.starts_at)[:limit]

    @cached_property
    def _section_indexes(self):
        """{model: live child index page}, for the "All ..." links (one query)."""
        children = self.get_children().live().select_related("content_type")
        return {child.content_type.model_class(): child for child in children}

    def _section_index(self, model_label):
        return self._section_indexes.get(apps.get_model(model_label))

    def resources_index(self):
        return self._section_index("resources.ResourceIndexPage")

    def news_index(self):
        return self._section_index("news.NewsIndexPage")

    def events_index(self):
        return self._section_index("courses.EventIndexPage")

    def courses_index(self):
        return self._section_index("courses.CourseIndexPage")

    @property
    def hero_link(self):
        """The hero's target in the reader's language, falling back to the source page."""
        return self.hero_link_page.localized if self.hero_link_page else None


class StandardPage(BasePage):
    """Free-form pages such as About, Help or Accessibility."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")

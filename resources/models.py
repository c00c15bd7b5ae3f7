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
from cms.core.feeds import FeedsMixin
from cms.core.models import BasePage, IndexPage
from resources.licences import LICENCE_SUMMARIES, LICENCE_URLS, Licence
from taxonomies.models import country_field, term_slugs, terms_field

MIN_AGE, MAX_AGE = 2, 20
CLASSIFICATION_FIELDS = (
    "subjects",
    "education_levels",
    "resource_types",
    "material_languages",
    "key_competences",
)


class ResourceIndexPage(FeedsMixin, IndexPage):
    """Lists its resources with facets and offers RSS and Atom feeds."""

    listing = "resources.listing.ResourceListing"
    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("teaching materials index")

    def feed_items(self):
        from resources.listing import resources_in

        return resources_in(self).order_by("-publication_date", "-pk")


class ResourcePage(BasePage):
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("What pupils do and learn, in one or two sentences."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    subjects = terms_field("taxonomies.Subject", _("subjects"))
    education_levels = terms_field("taxonomies.EducationLevel", _("education levels"))
    resource_types = terms_field("taxonomies.ResourceType", _("resource types"))
    key_competences = terms_field("taxonomies.KeyCompetence", _("key competences"))
    material_languages = terms_field("taxonomies.MaterialLanguage", _("languages of the material"))
    age_from = models.PositiveSmallIntegerField(_("pupils' age from"), null=True, blank=True)
    age_to = models.PositiveSmallIntegerField(_("pupils' age to"), null=True, blank=True)
    duration_minutes = models.PositiveIntegerField(_("duration in minutes"), null=True, blank=True)
    licence = models.CharField(_("licence"), max_length=32, choices=Licence.choices)
    author_name = models.CharField(_("author"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = country_field()
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Show on the home page among featured materials.")
    )

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    og_type = "article"

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("attachments", heading=_("Attachments"), label=_("attachment")),
        MultiFieldPanel(
            [
                FieldPanel("subjects"),
                FieldPanel("education_levels"),
                FieldRowPanel([FieldPanel("age_from"), FieldPanel("age_to")]),
                FieldPanel("resource_types"),
                FieldPanel("key_competences"),
                FieldPanel("material_languages"),
                FieldPanel("duration_minutes"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("author_name"),
                FieldPanel("organisation"),
                FieldPanel("country"),
                FieldPanel("licence"),
                FieldPanel("publication_date"),
                FieldPanel("featured"),
            ],
            heading=_("Author and licence"),
        ),
        InlinePanel(
            "related_resources", heading=_("Related materials"), label=_("related material")
        ),
    ]

    search_date_field = "publication_date"
    facet_fields = {
        "subject": "subjects",
        "level": "education_levels",
        "language": "material_languages",
        "country": "country",
    }
    term_fields = (*facet_fields.values(), "resource_types", "key_competences")
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("author_name"),
        index.SearchField("organisation"),
        index.FilterField("publication_date"),
        index.FilterField("licence"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("body"),
        *(APIField(name, serializer=term_slugs()) for name in (*CLASSIFICATION_FIELDS,)),
        APIField("age_from"),
        APIField("age_to"),
        APIField("licence"),
        APIField("publication_date"),
        APIField("author_name"),
        APIField("organisation"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("subjects"),
        SynchronizedField("education_levels"),
        SynchronizedField("resource_types"),
        SynchronizedField("key_competences"),
        SynchronizedField("material_languages"),
        SynchronizedField("age_from"),
        SynchronizedField("age_to"),
        SynchronizedField("duration_minutes"),
        SynchronizedField("licence"),
        SynchronizedField("author_name"),
        SynchronizedField("organisation"),
        SynchronizedField("country"),
        SynchronizedField("publication_date"),
        SynchronizedField("featured"),
        SynchronizedField("attachments"),
        SynchronizedField("related_resources"),
    ]

    class Meta:
        verbose_name = _("teaching material")
        verbose_name_plural = _("teaching materials")

    def clean(self):
        super().clean()
        errors = {}
        for name in ("age_from", "age_to"):
            value = getattr(self, name)
            if value is not None and not MIN_AGE <= value <= MAX_AGE:
                errors[name] = _("Enter an age between %(min)s and %(max)s.") % {
                    "min": MIN_AGE,
                    "max": MAX_AGE,
                }
        if self.age_from and self.age_to and self.age_from > self.age_to:
            errors["age_to"] = _("The upper age must not be below the lower age.")
        if errors:
            raise ValidationError(errors)

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    def get_context(self, request, *args, **kwargs):
        from resources.structured_data import learning_resource

        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = learning_resource(self, request)
        return context

    def classification(self):
        """{relation name: [term slugs]} for every taxonomy of this page, in one query
        (kept for the rest of the request: the facts box and JSON-LD both use it)."""
        if self.__dict__.get("_classification") is not None:
            return self._classification
        parts = []
        for field in CLASSIFICATION_FIELDS:
            relation = getattr(ResourcePage, field)
            term = relation.field.m2m_reverse_field_name()
            parts.append(
                relation.through.objects.filter(resourcepage_id=self.pk)
                .annotate(relation=models.Value(field, output_field=models.CharField()))
                .values_list("relation", f"{term}__slug")
            )
        found = {field: [] for field in CLASSIFICATION_FIELDS}
        for field, slug in parts[0].union(*parts[1:], all=True):
            found[field].append(slug)
        self._classification = found
        return found

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    @property
    def licence_summary(self):
        return LICENCE_SUMMARIES.get(self.licence, "")


class ResourceAttachment(Orderable):
    page = ParentalKey(ResourcePage, related_name="attachments", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]


class RelatedResource(Orderable):
    page = ParentalKey(ResourcePage, related_name="related_resources", on_delete=models.CASCADE)
    resource = models.ForeignKey(
        ResourcePage, verbose_name=_("material"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("resource")]

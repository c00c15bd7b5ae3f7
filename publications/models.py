from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
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
from cms.core.models.images import optional_image
from publications.identifiers import normalised_isbn, validate_doi, validate_isbn
from taxonomies.models import term_slugs, terms_field


class PublicationIndexPage(FeedsMixin, IndexPage):
    listing = "publications.listing.PublicationListing"
    subpage_types = ["publications.PublicationPage"]

    class Meta:
        verbose_name = _("publications index")

    def feed_items(self):
        from publications.listing import publications_in

        return publications_in(self).order_by("-publication_date", "-pk")


class PublicationPage(BasePage):
    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        STUDY = "study", _("Study")
        GUIDE = "guide", _("Guide")
        TOOLKIT = "toolkit", _("Toolkit")
        POLICY = "policy", _("Policy document")

    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    kind = models.CharField(_("kind of publication"), max_length=16, choices=Kind.choices)
    authors = models.CharField(
        _("authors"), max_length=500, blank=True, help_text=_("Separate names with commas.")
    )
    publisher = models.CharField(_("publisher"), max_length=200)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    isbn = models.CharField(_("ISBN"), max_length=17, blank=True, validators=[validate_isbn])
    doi = models.CharField(_("DOI"), max_length=200, blank=True, validators=[validate_doi])
    topics = terms_field("taxonomies.Topic", _("topics"))
    cover_image = optional_image(_("cover image"))
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    og_type = "article"

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel(
            "files",
            heading=_("PDF files"),
            label=_("language version"),
            help_text=_("One file per language in which the publication is available."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("authors"),
                FieldPanel("publisher"),
                FieldRowPanel([FieldPanel("year"), FieldPanel("publication_date")]),
                FieldRowPanel([FieldPanel("isbn"), FieldPanel("doi")]),
                FieldPanel("topics"),
                FieldPanel("cover_image"),
            ],
            heading=_("Bibliographic details"),
        ),
    ]

    search_date_field = "publication_date"
    term_fields = ("topics",)
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.FilterField("kind"),
        index.FilterField("year"),
    ]

    api_fields = [
        APIField(name)
        for name in ("summary", "body", "kind", "authors", "publisher", "year", "isbn", "doi")
    ] + [APIField("topics", serializer=term_slugs()), APIField("publication_date")]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        *(
            SynchronizedField(name)
            for name in (
                "kind",
                "authors",
                "publisher",
                "year",
                "isbn",
                "doi",
                "topics",
                "cover_image",
                "publication_date",
                "files",
            )
        ),
    ]

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def clean(self):
        super().clean()
        if self.isbn:
            self.isbn = normalised_isbn(self.isbn)
        self.doi = self.doi.strip().removeprefix("https://doi.org/")
        languages = [file.language for file in self.files.all()]
        if len(languages) != len(set(languages)):
            raise ValidationError(_("Each language may have only one PDF file."))

    def search_facets(self):
        # The languages its PDF exists in are the languages of the material.
        languages = dict.fromkeys(file.language for file in self.files.all())
        return {**super().search_facets(), "language": list(languages)}

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    @property
    def author_list(self):
        return [name.strip() for name in self.authors.split(",") if name.strip()]

    @property
    def doi_url(self):
        return f"https://doi.org/{self.doi}" if self.doi else ""

    def get_context(self, request, *args, **kwargs):
        from publications.structured_data import publication_data

        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = publication_data(self, request)
        return context


class PublicationFile(Orderable):
    page = ParentalKey(PublicationPage, related_name="files", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF file"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("document")])]

    class Meta(Orderable.Meta):
        verbose_name = _("language version")

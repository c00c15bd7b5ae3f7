"""Translatable vocabularies. Pages link to the term in the site's default language (the
canonical term, the same in every translation of the page) and show it in the reader's
language; facets use the slug, which is the same in every language."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


def canonical_terms():
    """Limit choosers to terms in the default language: translations follow automatically."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class Term(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("The term's identifier in web addresses; the same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Subject(Term):
    class Meta(Term.Meta):
        verbose_name = _("subject")
        verbose_name_plural = _("subjects")


class EducationLevel(Term):
    class Meta(Term.Meta):
        verbose_name = _("education level")
        verbose_name_plural = _("education levels")


class ResourceType(Term):
    class Meta(Term.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")


class KeyCompetence(Term):
    class Meta(Term.Meta):
        verbose_name = _("key competence")
        verbose_name_plural = _("key competences")


class Topic(Term):
    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Country(Term):
    code = models.CharField(_("ISO code"), max_length=2, help_text=_("ISO 3166-1 alpha-2"))

    panels = [*Term.panels, FieldPanel("code")]
    translatable_fields = [*Term.translatable_fields, SynchronizedField("code")]

    class Meta(Term.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")


class MaterialLanguage(Term):
    """A language teaching material is written in (not the page's locale)."""

    code = models.CharField(_("language code"), max_length=8, help_text=_("ISO 639-1, e.g. el"))

    panels = [*Term.panels, FieldPanel("code")]
    translatable_fields = [*Term.translatable_fields, SynchronizedField("code")]

    class Meta(Term.Meta):
        verbose_name = _("language of the material")
        verbose_name_plural = _("languages of the material")


def terms_field(model, verbose_name):
    """A page's link to the canonical terms of one vocabulary."""
    from modelcluster.fields import ParentalManyToManyField

    return ParentalManyToManyField(
        model, verbose_name=verbose_name, blank=True, limit_choices_to=canonical_terms
    )


def country_field():
    return models.ForeignKey(
        "taxonomies.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=canonical_terms,
    )


def term_slugs():
    """Serialises a page's terms for the API as their slugs (the same in every language)."""
    from rest_framework import serializers

    return serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")

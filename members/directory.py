"""The member directory: signed-in members find colleagues by country, subject, education level
and language spoken. A filter only matches a part its owner shows to members."""

import django_filters
from django.utils.translation import gettext_lazy as _

from members.models import Profile, Visibility
from taxonomies.forms import localize_term_choices
from taxonomies.models import Country, EducationLevel, MaterialLanguage, Subject, canonical_terms

SHOWN_TO_MEMBERS = [Visibility.PUBLIC, Visibility.MEMBERS]


def listed_profiles():
    return (
        Profile.objects.filter(user__is_active=True, name_visibility__in=SHOWN_TO_MEMBERS)
        .select_related("country")
        .prefetch_related("subjects")
        .order_by("name", "pk")
    )


def _terms(model):
    return model.objects.filter(**canonical_terms())


class DirectoryFilter(django_filters.FilterSet):
    country = django_filters.ModelChoiceFilter(
        label=_("Country"), queryset=_terms(Country), method="filter_part"
    )
    subject = django_filters.ModelChoiceFilter(
        label=_("Subject"), queryset=_terms(Subject), method="filter_part"
    )
    level = django_filters.ModelChoiceFilter(
        label=_("Education level"), queryset=_terms(EducationLevel), method="filter_part"
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Language spoken"), queryset=_terms(MaterialLanguage), method="filter_part"
    )

    # filter name: (profile field, the visibility field that guards it)
    PARTS = {
        "country": ("country", "country_visibility"),
        "subject": ("subjects", "teaching_visibility"),
        "level": ("levels", "teaching_visibility"),
        "language": ("languages", "languages_visibility"),
    }

    class Meta:
        model = Profile
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        localize_term_choices(self.form.fields)

    def filter_part(self, queryset, name, value):
        field, visibility = self.PARTS[name]
        return queryset.filter(**{field: value, f"{visibility}__in": SHOWN_TO_MEMBERS})

from django import template
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from cms.core import i18n
from taxonomies.names import term_names

register = template.Library()


def _classification_rows():
    return (
        (_("Subjects"), "subjects", "taxonomies.subject"),
        (_("Education levels"), "education_levels", "taxonomies.educationlevel"),
        (_("Type of material"), "resource_types", "taxonomies.resourcetype"),
        (_("Language of the material"), "material_languages", "taxonomies.materiallanguage"),
        (_("Key competences"), "key_competences", "taxonomies.keycompetence"),
    )


@register.simple_tag
def resource_facts(page):
    """(label, value) pairs describing the resource, in the reader's language."""
    names = term_names(get_language())
    classification = page.classification()
    facts = []
    for label, field, model_label in _classification_rows():
        terms = names.get(model_label, {})
        value = ", ".join(terms.get(slug, slug) for slug in classification[field])
        if value:
            facts.append((label, value))
    if page.age_from and page.age_to:
        ages = _("%(from)s to %(to)s years") % {"from": page.age_from, "to": page.age_to}
        facts.append((_("Pupils' age"), ages))
    if page.duration_minutes:
        minutes = page.duration_minutes
        duration = ngettext("%(n)s minute", "%(n)s minutes", minutes) % {"n": minutes}
        facts.append((_("Duration"), duration))
    author = ", ".join(part for part in (page.author_name, page.organisation) if part)
    if author:
        facts.append((_("Author"), author))
    if page.country_id:
        countries = names.get("taxonomies.country", {})
        facts.append((_("Country"), countries.get(page.country.slug, page.country.name)))
    facts.append((_("Published"), page.publication_date))
    return facts


@register.simple_tag(takes_context=True)
def related_resources(context, page):
    """The related materials in the reader's language where translated (two queries)."""
    related = [item.resource for item in page.related_resources.select_related("resource")]
    return i18n.localized_pages(context["request"], related) if related else []

from django import template
from django.utils.translation import get_language

from taxonomies.names import term_names

register = template.Library()


@register.simple_tag
def term_labels(terms):
    """The names of canonical terms in the reader's language (from the cached name map)."""
    names = term_names(get_language())
    return [names.get(term._meta.label_lower, {}).get(term.slug, term.name) for term in terms]


@register.simple_tag
def term_label(term):
    """The name of one canonical term in the reader's language."""
    return term_labels([term])[0] if term else ""

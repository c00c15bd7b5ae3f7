"""Term choices in forms, labelled in the reader's language (one cached map, no query per term)."""

from django.utils.translation import get_language

from taxonomies.models import Term
from taxonomies.names import term_names


def localize_term_choices(fields):
    """Label every term field among ``fields`` with the term's name in the active language."""
    names = term_names(get_language())
    for field in fields.values():
        model = getattr(getattr(field, "queryset", None), "model", None)
        if model is not None and issubclass(model, Term):
            labels = names.get(model._meta.label_lower, {})
            field.label_from_instance = lambda term, labels=labels: labels.get(term.slug, term.name)

"""Term names in the reader's language, without a query per term: one cached map per locale
({model label: {slug: name}}), rebuilt when any term changes."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from taxonomies.models import Term

CACHE_KEY = "taxonomy-names:{version}:{locale}"
VERSION_KEY = "taxonomy-names:version"


def _term_models():
    return Term.__subclasses__()


def term_names(language_code):
    version = cache.get_or_set(VERSION_KEY, 1, None)
    key = CACHE_KEY.format(version=version, locale=language_code)
    names = cache.get(key)
    if names is None:
        names = {}
        for model in _term_models():
            rows = model.objects.filter(locale__language_code=language_code).values_list(
                "slug", "name"
            )
            names[model._meta.label_lower] = dict(rows)
        cache.set(key, names, 60 * 60)
    return names


def localized_name(term, language_code):
    """The term's name in the language, falling back to the canonical name."""
    return term_names(language_code).get(term._meta.label_lower, {}).get(term.slug, term.name)


@receiver(post_save)
@receiver(post_delete)
def _forget_names(sender, **kwargs):
    if issubclass(sender, Term):
        try:
            cache.incr(VERSION_KEY)
        except ValueError:
            cache.set(VERSION_KEY, 1, None)

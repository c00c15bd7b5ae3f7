"""Which pages are public, without a query per listing: the paths of restricted sections are
cached site-wide and forgotten whenever a view restriction changes. Equivalent to Wagtail's
``PageQuerySet.public()``, which reads every restriction on each call."""

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction

CACHE_KEY = "restricted-page-paths"


def restricted_paths():
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = sorted(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(CACHE_KEY, paths, 60 * 60)
    return paths


def public(queryset):
    """Exclude pages inside restricted sections (the restricted page included)."""
    private = Q(pk__in=[])
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return queryset.exclude(private)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _forget_restrictions(**kwargs):
    cache.delete(CACHE_KEY)

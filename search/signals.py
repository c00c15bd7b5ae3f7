"""Index updates Wagtail does not make by itself.

A page's facet values and term names depend on its relations, which are saved after the page
row: the index update Wagtail runs on save sees the previous ones. On publish, once they are
stored, the database rows and the documents are refreshed. A renamed term reaches the pages
filed under it."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.search import index
from wagtail.signals import page_published

from search.facets import FacetedPage, store_facets
from taxonomies.models import Term


@receiver(page_published, dispatch_uid="search-facets-on-publish")
def refresh_facets(sender, instance, **kwargs):
    if isinstance(instance, FacetedPage):
        store_facets(instance)
        index.insert_or_update_object(instance)


@receiver(post_save, dispatch_uid="search-reindex-on-term-change")
def reindex_pages_of_term(sender, instance, created=False, raw=False, **kwargs):
    """A renamed term reaches the documents of the pages filed under it."""
    if raw or not isinstance(instance, Term):
        return
    if created and not Page.objects.filter(locale_id=instance.locale_id, depth__gt=2).exists():
        return  # a new term in a language without content yet (loading the vocabularies)
    from search.tasks import reindex_pages_using_term

    arguments = (sender._meta.label, str(instance.translation_key), instance.locale.language_code)
    transaction.on_commit(lambda: reindex_pages_using_term.enqueue(*arguments))

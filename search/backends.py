"""Our engine backends: Wagtail's OpenSearch and Elasticsearch backends, plus

- a backlog: an add or delete the engine fails to take is recorded (``search.backlog``) and
  retried, instead of only logged;
- languages: a language backend holds only the pages of its language, in an index whose default
  analyser is that language's (``search.analysis``). Wagtail's automatic index updates and
  ``update_index`` thus route every page to the index of its language and nothing else there."""

from django.utils.functional import cached_property
from wagtail.models import Page
from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9Index,
    Elasticsearch9SearchBackend,
)
from wagtail.search.backends.opensearch2 import OpenSearch2Index, OpenSearch2SearchBackend

from search.backlog import record


class BacklogMixin:
    def __init__(self, params):
        self.alias = params.pop("ALIAS", "default")
        super().__init__(params)

    def add(self, obj, retrying=False):
        from search.service import engine_errors

        try:
            super().add(obj)
        except engine_errors() as error:
            if retrying:
                raise
            record(self.alias, obj, remove=False, error=error)

    def add_bulk(self, model, obj_list):
        from search.service import engine_errors

        try:
            super().add_bulk(model, obj_list)
        except engine_errors() as error:
            for obj in obj_list:
                record(self.alias, obj, remove=False, error=error)

    def delete(self, obj, retrying=False):
        from search.service import engine_errors

        try:
            super().delete(obj)
        except engine_errors() as error:
            if retrying:
                raise
            record(self.alias, obj, remove=True, error=error)


class LanguageIndexMixin:
    def add_item(self, item):
        if self.backend.accepts(item):
            super().add_item(item)

    def add_items(self, model, items):
        items = [item for item in items if self.backend.accepts(item)]
        if items:
            super().add_items(model, items)

    def delete_item(self, item):
        # A page whose language is unknown (deleted meanwhile) is removed everywhere.
        if isinstance(item, Page) and item.locale_id in (None, self.backend.locale_id):
            super().delete_item(item)


class LanguageBackendMixin(BacklogMixin):
    def __init__(self, params):
        self.language = params.pop("LANGUAGE")
        super().__init__(params)

    @cached_property
    def locale_id(self):
        from wagtail.models import Locale

        locales = Locale.objects.filter(language_code=self.language)
        return locales.values_list("pk", flat=True).first()

    def accepts(self, item):
        return isinstance(item, Page) and item.locale_id == self.locale_id


class OpenSearchBackend(BacklogMixin, OpenSearch2SearchBackend):
    pass


class OpenSearchLanguageIndex(LanguageIndexMixin, OpenSearch2Index):
    pass


class OpenSearchLanguageBackend(LanguageBackendMixin, OpenSearch2SearchBackend):
    index_class = OpenSearchLanguageIndex


class ElasticsearchBackend(BacklogMixin, Elasticsearch9SearchBackend):
    pass


class ElasticsearchLanguageIndex(LanguageIndexMixin, Elasticsearch9Index):
    pass


class ElasticsearchLanguageBackend(LanguageBackendMixin, Elasticsearch9SearchBackend):
    index_class = ElasticsearchLanguageIndex

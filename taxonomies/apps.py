from django.apps import AppConfig


class TaxonomiesConfig(AppConfig):
    """Translatable vocabularies shared by resources, news, courses and profiles."""

    name = "taxonomies"

    def ready(self):
        from taxonomies import names  # noqa: F401  (connects the cache invalidation)

from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The public site search."""

    name = "search"

    def ready(self):
        from search import signals  # noqa: F401

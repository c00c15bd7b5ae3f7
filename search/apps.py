from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The public site search."""

    name = "search"

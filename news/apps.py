from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News, expert viewpoints and inspiring practices ("insights"), with feeds."""

    name = "news"

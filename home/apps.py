from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The home page of each locale and free-form standard pages."""

    name = "home"

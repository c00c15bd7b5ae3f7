from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content: a realistic site in all 24 languages, loaded by ``manage.py load_demo``."""

    name = "demo"

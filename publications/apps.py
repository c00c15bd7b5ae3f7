from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    """Reports, studies, guides, toolkits and policy documents, with a PDF per language."""

    name = "publications"

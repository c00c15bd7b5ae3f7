from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """Teaching materials: an index with facets and one page per resource."""

    name = "resources"

from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Cross-cutting pieces every app uses: base page, images, site settings, i18n tags."""

    name = "cms.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from cms.core import chrome, public  # noqa: F401  (connect the cache invalidation)

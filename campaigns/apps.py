from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    """Thematic campaigns: a theme and a period, pulling in related content by topic."""

    name = "campaigns"

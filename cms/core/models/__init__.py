from cms.core.models.base_page import BasePage
from cms.core.models.images import CustomImage, CustomRendition
from cms.core.models.index_page import IndexPage
from cms.core.models.site_settings import FooterLink, SiteSettings, SocialLink

__all__ = [
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "FooterLink",
    "IndexPage",
    "SiteSettings",
    "SocialLink",
]

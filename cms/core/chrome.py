"""The parts of every page that are the same for a whole language: main menu, footer links,
social links and contact details. Cached per site and language (shared through Redis when
configured) and rebuilt after any publish, unpublish, move or deletion and after a settings
change, so a page view spends no queries on them."""

from dataclasses import dataclass

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.core import i18n
from cms.core.models import FooterLink, SiteSettings, SocialLink
from cms.core.versioned_cache import VersionedCache

FURNITURE = VersionedCache("site-chrome")


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    page_id: int | None = None


def cached_for_site(request, name, compute):
    """``compute(site)``, cached per site and ``name`` until the next publish or settings change."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return FURNITURE.get_or_compute(f"{site.pk}:{name}", lambda: compute(site))


def site_chrome(request):
    return cached_for_site(request, f"chrome:{get_language()}", lambda site: _build(request, site))


def _build(request, site):
    home = i18n.localized_home(request)
    settings = SiteSettings.for_site(site)
    menu = home.get_children().live().public().in_menu() if home else []
    footer_pages = [link.page for link in settings.footer_links.select_related("page")]
    return {
        "menu": [Link(page.title, page.get_url(request), page.pk) for page in menu],
        "footer_links": [
            Link(page.title, page.get_url(request))
            for page in i18n.localized_pages(request, footer_pages)
        ],
        "social_links": [
            Link(link.get_network_display(), link.url) for link in settings.social_links.all()
        ],
        "organisation_name": settings.organisation_name,
        "contact_email": settings.contact_email,
        "contact_address": settings.contact_address,
    }


forget_site_chrome = FURNITURE.forget_all


page_published.connect(forget_site_chrome, dispatch_uid="chrome-published")
page_unpublished.connect(forget_site_chrome, dispatch_uid="chrome-unpublished")
post_page_move.connect(forget_site_chrome, dispatch_uid="chrome-moved")


@receiver(post_delete)
def _forget_on_delete(sender, instance, **kwargs):
    if isinstance(instance, (Page, FooterLink, SocialLink)):
        forget_site_chrome()


@receiver(post_save)
def _forget_on_settings_change(sender, instance, **kwargs):
    if isinstance(instance, (SiteSettings, FooterLink, SocialLink)):
        forget_site_chrome()

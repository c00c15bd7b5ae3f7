"""Per-site settings editors manage in the admin: organisation, contact, footer and social links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=255,
        blank=True,
        help_text=_("The organisation that runs the site, as registered (shown in the footer)."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_address = models.TextField(_("contact address"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_address"),
            ],
            heading=_("Organisation"),
        ),
        InlinePanel(
            "footer_links",
            heading=_("Footer links"),
            help_text=_("Pages linked in the footer; each shows in the reader's language."),
        ),
        InlinePanel("social_links", heading=_("Social media links")),
    ]

    class Meta:
        verbose_name = _("site settings")


class FooterLink(Orderable):
    """A page in the footer. Its link text is the page's title in the reader's language."""

    settings = ParentalKey(SiteSettings, related_name="footer_links", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]


class SocialLink(Orderable):
    class Network(models.TextChoices):
        BLUESKY = "bluesky", "Bluesky"
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        LINKEDIN = "linkedin", "LinkedIn"
        MASTODON = "mastodon", "Mastodon"
        YOUTUBE = "youtube", "YouTube"

    settings = ParentalKey(SiteSettings, related_name="social_links", on_delete=models.CASCADE)
    network = models.CharField(_("network"), max_length=20, choices=Network.choices)
    url = models.URLField(_("address"))

    panels = [FieldPanel("network"), FieldPanel("url")]

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import BodyBlock
from cms.core.models import BasePage, IndexPage
from courses.schedule import Scheduled
from taxonomies.models import country_field, term_slugs, terms_field


class Registration(models.TextChoices):
    EXTERNAL = "external", _("On the provider's site")
    PLATFORM = "platform", _("On this platform")


class Participant(models.Model):
    """A member's place on a course or event whose registration runs on this platform. Keyed by
    the page's translation key: one list of participants for every translation of the page."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Registered")
        WAITING = "waiting", _("On the waiting list")

    item_key = models.UUIDField(_("course or event"), db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["item_key", "user"], name="one_place_per_member")
        ]

    def __str__(self):
        return f"{self.user_id} {self.status}"


class CalendarIndexMixin(RoutablePageMixin):
    """``ics/``: the index's upcoming and ongoing items as one iCalendar feed."""

    @path("ics/", name="calendar")
    def calendar(self, request):
        from courses.calendar import calendar_response

        items = self.listing_for().items(self).exclude(when="past").order_by("starts_at")
        return calendar_response(request, items, f"{self.slug}.ics", name=self.title)


class CalendarItemPage(RoutablePageMixin, Scheduled, BasePage):
    """A course or an event: dated, in a time zone, with registration and an .ics file."""

    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    topics = terms_field("taxonomies.Topic", _("topics"))
    registration = models.CharField(
        _("registration"),
        max_length=16,
        choices=Registration.choices,
        default=Registration.EXTERNAL,
    )
    registration_url = models.URLField(_("registration address"), blank=True)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = country_field()

    subpage_types = []
    registration_panel = MultiFieldPanel(
        [FieldPanel("registration"), FieldPanel("registration_url"), FieldPanel("capacity")],
        heading=_("Registration"),
    )
    place_panel = MultiFieldPanel(
        [FieldPanel("venue"), FieldRowPanel([FieldPanel("city"), FieldPanel("country")])],
        heading=_("Place"),
    )
    shared_translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        *(
            SynchronizedField(name)
            for name in (
                *Scheduled.schedule_fields,
                "topics",
                "registration",
                "registration_url",
                "capacity",
                "venue",
                "city",
                "country",
            )
        ),
    ]
    shared_api_fields = [
        *(
            APIField(name)
            for name in (
                "summary",
                "body",
                "starts_at",
                "ends_at",
                "time_zone",
                "registration",
                "capacity",
                "venue",
                "city",
            )
        ),
        APIField("topics", serializer=term_slugs()),
    ]
    search_date_field = "starts_at"
    facet_fields = {"country": "country"}
    term_fields = ("topics", "country")
    shared_search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("starts_at"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.registration == Registration.EXTERNAL and not self.registration_url:
            raise ValidationError(
                {"registration_url": _("Enter the address where participants register.")}
            )

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    @path("ics/", name="calendar")
    def calendar(self, request):
        from courses.calendar import calendar_response

        return calendar_response(request, [self], f"{self.slug}.ics")

    @path("registration/", name="registration")
    def registration_view(self, request):
        from courses.registration import registration_view

        return registration_view(self, request)

    def get_context(self, request, *args, **kwargs):
        from courses.registration import registration_state

        context = super().get_context(request, *args, **kwargs)
        context["registration"] = registration_state(self, request.user)
        return context


class CourseIndexPage(CalendarIndexMixin, IndexPage):
    listing = "courses.listing.CourseListing"
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("courses index")


class CoursePage(CalendarItemPage):
    class Format(models.TextChoices):
        MOOC = "mooc", _("MOOC")
        SELF_PACED = "self-paced", _("Self-paced online course")
        WEBINAR = "webinar", _("Online seminar (webinar)")
        LEARNING_EVENT = "learning-event", _("Learning event")
        ON_SITE = "on-site", _("On-site course")
        CONFERENCE = "conference", _("Conference")

    format = models.CharField(_("format"), max_length=16, choices=Format.choices)
    provider = models.CharField(_("provider"), max_length=200)
    enrolment_deadline = models.DateField(_("enrolment deadline"), null=True, blank=True)
    workload_hours = models.PositiveSmallIntegerField(_("workload in hours"), null=True, blank=True)
    languages = terms_field("taxonomies.MaterialLanguage", _("languages of instruction"))
    education_levels = terms_field("taxonomies.EducationLevel", _("education levels"))
    cost = models.DecimalField(
        _("cost in euros"),
        max_digits=7,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("0 for a free course."),
    )
    certificate = models.BooleanField(_("certificate on completion"), default=False)

    parent_page_types = ["courses.CourseIndexPage"]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("provider"),
                FieldPanel("workload_hours"),
                FieldPanel("languages"),
                FieldPanel("education_levels"),
                FieldPanel("topics"),
                FieldRowPanel([FieldPanel("cost"), FieldPanel("certificate")]),
            ],
            heading=_("About the course"),
        ),
        Scheduled.schedule_panel,
        FieldPanel("enrolment_deadline"),
        CalendarItemPage.registration_panel,
        CalendarItemPage.place_panel,
    ]
    api_fields = [
        *CalendarItemPage.shared_api_fields,
        *(APIField(name) for name in ("format", "provider", "workload_hours", "cost")),
        APIField("languages", serializer=term_slugs()),
    ]
    facet_fields = {
        **CalendarItemPage.facet_fields,
        "level": "education_levels",
        "language": "languages",
    }
    term_fields = (*CalendarItemPage.term_fields, "education_levels", "languages")
    search_fields = [
        *CalendarItemPage.shared_search_fields,
        index.SearchField("provider"),
        index.FilterField("format"),
    ]
    translatable_fields = [
        *CalendarItemPage.shared_translatable_fields,
        *(
            SynchronizedField(name)
            for name in (
                "format",
                "provider",
                "enrolment_deadline",
                "workload_hours",
                "languages",
                "education_levels",
                "cost",
                "certificate",
            )
        ),
    ]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        if self.enrolment_deadline and self.end_date and self.enrolment_deadline > self.end_date:
            raise ValidationError(
                {"enrolment_deadline": _("The enrolment deadline must not be after the end.")}
            )

    def get_context(self, request, *args, **kwargs):
        from courses.structured_data import course_data

        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = course_data(self, request)
        return context


class EventIndexPage(CalendarIndexMixin, IndexPage):
    listing = "courses.listing.EventListing"
    subpage_types = ["courses.EventPage"]

    class Meta:
        verbose_name = _("events index")


class EventPage(CalendarItemPage):
    class Mode(models.TextChoices):
        ONLINE = "online", _("Online")
        ONSITE = "onsite", _("On site")
        HYBRID = "hybrid", _("Hybrid")

    mode = models.CharField(_("online or on site"), max_length=8, choices=Mode.choices)
    organiser = models.CharField(_("organiser"), max_length=200)
    online_link = models.URLField(
        _("video-conference link"),
        blank=True,
        help_text=_("Shown only to registered participants."),
    )

    parent_page_types = ["courses.EventIndexPage"]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("mode"), FieldPanel("organiser"), FieldPanel("topics")],
            heading=_("About the event"),
        ),
        Scheduled.schedule_panel,
        CalendarItemPage.registration_panel,
        CalendarItemPage.place_panel,
        FieldPanel("online_link"),
    ]
    api_fields = [*CalendarItemPage.shared_api_fields, APIField("mode"), APIField("organiser")]
    search_fields = [
        *CalendarItemPage.shared_search_fields,
        index.SearchField("organiser"),
        index.FilterField("mode"),
    ]
    translatable_fields = [
        *CalendarItemPage.shared_translatable_fields,
        *(SynchronizedField(name) for name in ("mode", "organiser", "online_link")),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.mode != self.Mode.ONLINE and not (self.venue and self.city):
            raise ValidationError({"venue": _("Give the venue and city of an on-site event.")})

    def get_context(self, request, *args, **kwargs):
        from courses.structured_data import event_data

        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = event_data(self, request)
        return context

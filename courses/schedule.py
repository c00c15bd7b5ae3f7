"""Dates and times of courses and events. Editors enter them in the local time of the course
or venue; the absolute instants are derived on save, for sorting, filtering and iCalendar."""

from datetime import datetime, time
from zoneinfo import ZoneInfo, available_timezones

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

EUROPEAN_TIME_ZONES = sorted(
    name
    for name in available_timezones()
    if name.startswith("Europe/")
    or name in {"UTC", "Atlantic/Azores", "Atlantic/Canary", "Atlantic/Madeira"}
)


class Status(models.TextChoices):
    ONGOING = "ongoing", _("Under way")
    UPCOMING = "upcoming", _("Upcoming")
    PAST = "past", _("Past")


class Scheduled(models.Model):
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        default="Europe/Brussels",
        choices=[(name, name) for name in EUROPEAN_TIME_ZONES],
        help_text=_("Dates and times above are in this time zone."),
    )
    starts_at = models.DateTimeField(editable=False, db_index=True, null=True)
    ends_at = models.DateTimeField(editable=False, db_index=True, null=True)

    schedule_panel = MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
            FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            FieldPanel("time_zone"),
        ],
        heading=_("Dates"),
    )
    schedule_fields = ("start_date", "start_time", "end_date", "end_time", "time_zone")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.starts_at = self._instant(self.start_date, self.start_time, time.min)
        self.ends_at = self._instant(self.end_date, self.end_time, time.max)
        super().save(*args, **kwargs)

    def _instant(self, day, at, fallback):
        return datetime.combine(day, at or fallback, tzinfo=self.zone)

    def clean(self):
        super().clean()
        if self.start_date and self.end_date:
            if self.end_date < self.start_date:
                raise ValidationError({"end_date": _("The end must not be before the start.")})
            if (
                self.end_date == self.start_date
                and self.start_time
                and self.end_time
                and self.end_time <= self.start_time
            ):
                raise ValidationError({"end_time": _("The end must be after the start.")})

    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at, self.zone)

    @property
    def status(self):
        now = timezone.now()
        if self.ends_at < now:
            return Status.PAST
        return Status.ONGOING if self.starts_at <= now else Status.UPCOMING


def with_status(queryset):
    """Annotate ``when`` (for the facet) and ``status_rank`` (under way, upcoming, past)."""
    now = timezone.now()
    return queryset.annotate(
        when=Case(
            When(ends_at__lt=now, then=Value(Status.PAST.value)),
            When(starts_at__lte=now, then=Value(Status.ONGOING.value)),
            default=Value(Status.UPCOMING.value),
            output_field=models.CharField(),
        ),
        status_rank=Case(
            When(ends_at__lt=now, then=Value(2)),
            When(starts_at__lte=now, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        ),
    )

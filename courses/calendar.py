"""iCalendar (RFC 5545) files for courses and events, with their own time zone."""

from datetime import timedelta

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event


def calendar_response(request, items, filename, name=None):
    calendar = Calendar()
    calendar.add("prodid", "-//School Education Platform//Courses and events//EN")
    calendar.add("version", "2.0")
    if name:
        calendar.add("x-wr-calname", name)
    for item in items:
        calendar.add_component(_event(request, item))
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _event(request, item):
    event = Event()
    event.add("uid", f"{item.translation_key}-{item.locale.language_code}@{request.get_host()}")
    event.add("dtstamp", timezone.now())
    event.add("summary", item.title)
    event.add("description", item.summary)
    event.add("url", item.get_full_url(request))
    if item.all_day:
        event.add("dtstart", item.start_date)
        event.add("dtend", item.end_date + timedelta(days=1))  # exclusive end date
    else:
        event.add("dtstart", item.local_start)
        event.add("dtend", item.local_end)
    place = ", ".join(part for part in (item.venue, item.city) if part)
    if place:
        event.add("location", place)
    if item.last_published_at:
        event.add("last-modified", item.last_published_at)
    event.add("x-language", item.locale.language_code or settings.LANGUAGE_CODE)
    return event

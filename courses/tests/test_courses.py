from datetime import date, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar

from cms.testing.html import assert_valid_html, json_ld, result_titles, total
from courses.models import CoursePage, EventPage

pytestmark = pytest.mark.django_db


def courses(code="en"):
    return CoursePage.objects.live().filter(locale__language_code=code)


def events(code="en"):
    return EventPage.objects.live().filter(locale__language_code=code)


def test_courses_under_way_and_upcoming_come_before_past_ones(client):
    html = client.get("/en/courses/").content.decode()
    assert total(html) == courses().count() > 0
    titles = result_titles(html)
    now = timezone.now()
    first_past = next(
        (i for i, t in enumerate(titles) if courses().get(title=t).ends_at < now), None
    )
    if first_past is not None:
        assert all(courses().get(title=t).ends_at < now for t in titles[first_past:])
    assert_valid_html(html)


def test_when_and_format_facets(client):
    upcoming = courses().filter(starts_at__gt=timezone.now())
    html = client.get("/en/courses/", {"when": "upcoming"}).content.decode()
    assert total(html) == upcoming.count()
    mooc = upcoming.filter(format="mooc").count()
    html = client.get("/en/courses/", {"when": "upcoming", "format": "mooc"}).content.decode()
    assert total(html) == mooc


def test_query_budget(client, django_assert_max_num_queries):
    pages = [
        ("/en/courses/", {"when": "upcoming", "language": "en", "level": "primary"}),
        (courses().first().url, {}),
        ("/en/events/", {"mode": "online", "when": "upcoming"}),
        (events().first().url, {}),
    ]
    for url, params in pages:
        client.get(url, params)  # warm the per-process caches
        with django_assert_max_num_queries(15):
            client.get(url, params)


def test_course_ics_is_in_the_courses_own_time_zone(client):
    course = courses().exclude(start_time=None).first()
    response = client.get(course.url + "ics/")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start.tzinfo.key == course.time_zone
    assert (start.date(), start.time().replace(tzinfo=None)) == (
        course.start_date,
        course.start_time,
    )
    assert str(event["summary"]) == course.title
    assert calendar.walk("VTIMEZONE"), "the time zone travels with the file"


def test_upcoming_feed_leaves_out_past_courses(client):
    calendar = Calendar.from_ical(client.get("/en/courses/ics/").content)
    summaries = {str(event["summary"]) for event in calendar.walk("VEVENT")}
    current = courses().filter(ends_at__gte=timezone.now())
    assert summaries == set(current.values_list("title", flat=True))


def test_course_json_ld(client):
    course = courses().first()
    data = json_ld(client.get(course.url).content.decode())[0]
    assert data["@type"] == "Course"
    assert data["provider"]["name"] == course.provider
    assert data["hasCourseInstance"][0]["startDate"] == course.local_start.isoformat()


def test_event_link_is_never_shown_to_readers(client):
    event = events().exclude(online_link="").first()
    html = client.get(event.url).content.decode()
    assert event.online_link not in html
    assert json_ld(html)[0]["@type"] == "Event"


def test_dates_are_validated():
    course = courses().first()
    course.start_date, course.end_date = date(2027, 3, 10), date(2027, 3, 9)
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert "end_date" in error.value.message_dict
    course.end_date = course.start_date
    course.start_time, course.end_time = time(14, 0), time(13, 0)
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert "end_time" in error.value.message_dict


def test_external_registration_needs_an_address():
    course = courses().first()
    course.registration, course.registration_url = "external", ""
    course.start_date = course.end_date = timezone.localdate() + timedelta(days=3)
    course.start_time = course.end_time = None
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert "registration_url" in error.value.message_dict

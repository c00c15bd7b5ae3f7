"""schema.org Course (with its CourseInstance) and Event descriptions."""

from django.utils.translation import get_language

from taxonomies.names import term_names

ATTENDANCE = {
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "onsite": "https://schema.org/OfflineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}
COURSE_MODE = {"mooc": "online", "self-paced": "online", "webinar": "online"}


def _place(page):
    return {
        "@type": "Place",
        "name": page.venue,
        "address": {"@type": "PostalAddress", "addressLocality": page.city},
    }


def course_data(page, request):
    languages = term_names(get_language()).get("taxonomies.materiallanguage", {})
    instance = {
        "@type": "CourseInstance",
        "courseMode": COURSE_MODE.get(page.format, "onsite" if page.venue else "online"),
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
    }
    if page.workload_hours:
        instance["courseWorkload"] = f"PT{page.workload_hours}H"
    if page.venue:
        instance["location"] = _place(page)
    return {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "provider": {"@type": "Organization", "name": page.provider},
        "inLanguage": [term.slug for term in page.languages.all()],
        "availableLanguage": [languages.get(term.slug, term.name) for term in page.languages.all()],
        "isAccessibleForFree": not page.cost,
        "offers": {"@type": "Offer", "price": str(page.cost), "priceCurrency": "EUR"},
        "hasCourseInstance": [instance],
    }


def event_data(page, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventAttendanceMode": ATTENDANCE[page.mode],
        "eventStatus": "https://schema.org/EventScheduled",
        "organizer": {"@type": "Organization", "name": page.organiser},
        "inLanguage": page.locale.language_code,
    }
    location = []
    if page.mode != "onsite":
        location.append({"@type": "VirtualLocation", "url": page.get_full_url(request)})
    if page.mode != "online" and page.venue:
        location.append(_place(page))
    data["location"] = location
    return data

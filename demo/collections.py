"""Demo publications, news, courses, events and campaigns, read from ``demo/content/<name>/``
(see ``demo.content``). Each record becomes an English page and its linked translations."""

from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from campaigns.models import CampaignPage, CampaignResource
from courses.models import CoursePage, EventPage
from demo.images import demo_image
from demo.pdf import pdf_document
from demo.site_tree import text_map, translate, upsert_page
from news.models import ArticlePage
from publications.models import PublicationFile, PublicationPage
from resources.models import ResourcePage
from taxonomies.models import Country, EducationLevel, MaterialLanguage, Topic

# Campaigns show the materials of the subjects closest to their topics.
SUBJECTS_OF_TOPIC = {
    "well-being": ["health-education", "physical-education"],
    "digital-education": ["computer-science", "media-literacy"],
    "sustainability": ["environmental-education", "geography"],
    "disinformation": ["media-literacy", "citizenship"],
    "stem-education": ["mathematics", "physics", "technology"],
    "multilingualism": ["foreign-languages", "language-of-schooling"],
    "inclusive-education": ["cross-curricular", "citizenship"],
}


class Terms:
    """Canonical (English) terms by slug, loaded once."""

    def __init__(self):
        self.by_model = {}

    def __call__(self, model, slugs):
        if model not in self.by_model:
            english = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
            self.by_model[model] = {term.slug: term for term in english}
        return [self.by_model[model][slug] for slug in slugs if slug in self.by_model[model]]

    def one(self, model, slug):
        found = self(model, [slug] if slug else [])
        return found[0] if found else None


def build_collection(index, locales, records, translations, fields_of):
    """Create or update a page per English record under ``index``, with its translations."""
    terms = Terms()
    pages = translated = 0
    for record in records:
        page_type, fields = fields_of(record, terms)
        page = upsert_page(index, page_type, record, **fields)
        pages += 1
        for code, texts in translations.items():
            if record["slug"] in texts:
                translate(page, locales[code], text_map(record, texts[record["slug"]]))
                translated += 1
    return pages, translated


def publication_fields(record, terms):
    files = [
        PublicationFile(
            language=code,
            document=pdf_document(
                record, f"{record['title']} (PDF, {code})", f"{record['slug']}-{code}.pdf"
            ),
        )
        for code in record["pdf_languages"]
        if code in dict(settings.LANGUAGES)
    ]
    return PublicationPage, {
        "kind": record["kind"],
        "summary": record["summary"],
        "authors": ", ".join(record.get("authors", [])),
        "publisher": record["publisher"],
        "year": record["year"],
        "isbn": record.get("isbn") or "",
        "doi": record.get("doi") or "",
        "topics": terms(Topic, record.get("topics", [])),
        "cover_image": demo_image(
            record["slug"],
            f"Cover: {record['title']}",
            f"Cover of the publication {record['title']}",
        ),
        "publication_date": date.fromisoformat(record["publication_date"]),
        "files": files,
    }


def article_fields(record, terms):
    return ArticlePage, {
        "kind": record["kind"],
        "summary": record["summary"],
        "author_name": record.get("author", ""),
        "author_role": record.get("author_role", ""),
        "topics": terms(Topic, record.get("topics", [])),
        "country": terms.one(Country, record.get("country")),
        "date": date.fromisoformat(record["date"]),
        "lead_image": demo_image(
            record["slug"],
            f"Lead image: {record['title']}",
            "Abstract illustration in calm colours",
        ),
    }


def _dates(record):
    """Dates relative to today, so the demo always has upcoming courses and events."""
    start_date = timezone.localdate() + timedelta(days=record["starts_in_days"])
    start_time = time.fromisoformat(record["start_time"]) if record.get("start_time") else None
    days = record.get("duration_days") or 1
    if start_time is None:
        end_date, end_time = start_date + timedelta(days=days - 1), None
    elif days > 1:
        end_date, end_time = start_date + timedelta(days=days - 1), time(17, 0)
    else:
        end = datetime.combine(start_date, start_time) + timedelta(
            hours=record.get("duration_hours", 2)
        )
        end_date, end_time = end.date(), end.time()
    return {
        "start_date": start_date,
        "start_time": start_time,
        "end_date": end_date,
        "end_time": end_time,
    }


def _registration(record):
    registration = record.get("registration") or {"mode": "platform"}
    return {
        "registration": registration["mode"],
        "registration_url": registration.get("url", ""),
        "capacity": registration.get("capacity") or record.get("capacity"),
    }


def course_fields(record, terms):
    dates = _dates(record)
    deadline = record.get("enrolment_deadline_days_before_start")
    return CoursePage, {
        **dates,
        **_registration(record),
        "time_zone": record.get("timezone", "Europe/Brussels"),
        "summary": record["summary"],
        "format": record["format"],
        "provider": record["provider"],
        "enrolment_deadline": dates["start_date"] - timedelta(days=deadline)
        if deadline is not None
        else None,
        "workload_hours": record.get("workload_hours"),
        "languages": terms(MaterialLanguage, record.get("languages", [])),
        "education_levels": terms(EducationLevel, record.get("education_levels", [])),
        "topics": terms(Topic, record.get("topics", [])),
        "cost": record.get("cost_eur", 0),
        "certificate": record.get("certificate", False),
        "venue": record.get("venue", ""),
        "city": record.get("city", ""),
        "country": terms.one(Country, record.get("country")),
    }


def event_fields(record, terms):
    return EventPage, {
        **_dates(record),
        "registration": "platform",
        "capacity": record.get("capacity"),
        "time_zone": record.get("timezone", "Europe/Brussels"),
        "summary": record["summary"],
        "mode": record["mode"],
        "organiser": record.get("organiser", ""),
        "online_link": ""
        if record["mode"] == "onsite"
        else f"https://meet.example.org/{record['slug']}",
        "topics": terms(Topic, record.get("topics", [])),
        "venue": record.get("venue", ""),
        "city": record.get("city", ""),
        "country": terms.one(Country, record.get("country")),
    }


def campaign_fields(record, terms):
    start = timezone.localdate() + timedelta(days=record["starts_in_days"])
    topics = record.get("topics", [])
    subjects = [subject for topic in topics for subject in SUBJECTS_OF_TOPIC.get(topic, [])]
    resources = (
        ResourcePage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, subjects__slug__in=subjects
        )
        .distinct()
        .order_by("-publication_date")[:6]
    )
    return CampaignPage, {
        "summary": record["summary"],
        "starts_on": start,
        "ends_on": start + timedelta(days=record["duration_days"] - 1),
        "topics": terms(Topic, topics),
        "image": demo_image(
            record["slug"], f"Campaign: {record['title']}", "Abstract illustration in calm colours"
        ),
        "featured_resources": [CampaignResource(resource=resource) for resource in resources],
    }


COLLECTIONS = {
    # content directory: (index page key, fields of a record)
    "publications": ("publications_index", publication_fields),
    "news": ("news_index", article_fields),
    "courses": ("courses_index", course_fields),
    "events": ("events_index", event_fields),
    "campaigns": ("campaigns_index", campaign_fields),
}

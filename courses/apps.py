from django.apps import AppConfig


class CoursesConfig(AppConfig):
    """Professional development: courses and events, with dates in their own time zone and
    iCalendar files."""

    name = "courses"

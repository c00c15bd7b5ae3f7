"""Django's own strings that readers of the public site see, carried in the project's catalogs.

Workaround: Django has no Maltese catalog, so without these entries a Maltese reader would get
form errors and month names in English. ``makemessages`` collects the strings below into every
catalog; for languages Django does translate, the entries repeat Django's wording. Nothing
imports this module at run time. ``cms/core/tests/test_languages.py`` fails once Django ships
an ``mt`` catalog, so the list can then be dropped.
"""

from django.utils.translation import gettext_noop

DJANGO_STRINGS_READERS_SEE = [
    # Form validation
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a valid time."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a number."),
    gettext_noop("No file was submitted."),
    gettext_noop("The submitted file is empty."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    # Dates
    gettext_noop("Monday"),
    gettext_noop("Tuesday"),
    gettext_noop("Wednesday"),
    gettext_noop("Thursday"),
    gettext_noop("Friday"),
    gettext_noop("Saturday"),
    gettext_noop("Sunday"),
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]

"""Demo members: teachers in several countries with filled-in profiles, and a national moderator
for Greece and for Poland. Every demo member signs in with ``DEMO_MEMBER_PASSWORD``."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from members.models import Profile, SchoolRole, SchoolType, Visibility
from taxonomies.models import Country, EducationLevel, MaterialLanguage, Subject, canonical_terms

DEMO_MEMBER_PASSWORD = "demo-member-2026"

# (name, e-mail, country, school, town, subjects, levels, languages, verified, moderates)
MEMBERS = [
    (
        "Eleni Georgiou",
        "moderator.gr@example.eu",
        "gr",
        "2nd Lyceum of Patras",
        "Patras",
        ["history"],
        ["upper-secondary"],
        ["el", "en", "fr"],
        True,
        ["gr"],
    ),
    (
        "Agnieszka Nowak",
        "moderator.pl@example.eu",
        "pl",
        "Szkoła Podstawowa nr 12",
        "Kraków",
        ["mathematics"],
        ["primary"],
        ["pl", "en", "de"],
        True,
        ["pl"],
    ),
    (
        "Maria Papadopoulou",
        "maria@example.eu",
        "gr",
        "1st Primary School of Volos",
        "Volos",
        ["natural-sciences", "mathematics"],
        ["primary"],
        ["el", "en"],
        True,
        [],
    ),
    (
        "Jonas Becker",
        "jonas@example.eu",
        "de",
        "Gesamtschule am Rhein",
        "Köln",
        ["physics", "computer-science"],
        ["lower-secondary"],
        ["de", "en"],
        True,
        [],
    ),
    (
        "Claire Martin",
        "claire@example.eu",
        "fr",
        "Collège Jean Moulin",
        "Lyon",
        ["foreign-languages"],
        ["lower-secondary"],
        ["fr", "en", "es"],
        False,
        [],
    ),
    (
        "Lucía Fernández",
        "lucia@example.eu",
        "es",
        "IES Miguel de Cervantes",
        "Sevilla",
        ["biology", "chemistry"],
        ["upper-secondary"],
        ["es", "en"],
        True,
        [],
    ),
    (
        "Piotr Zieliński",
        "piotr@example.eu",
        "pl",
        "Technikum Elektroniczne",
        "Gdańsk",
        ["technology"],
        ["vet"],
        ["pl", "en"],
        False,
        [],
    ),
    (
        "Aoife Byrne",
        "aoife@example.eu",
        "ie",
        "Scoil Bhríde",
        "Galway",
        ["language-of-schooling", "music"],
        ["primary"],
        ["ga", "en"],
        True,
        [],
    ),
    (
        "Matteo Rossi",
        "matteo@example.eu",
        "it",
        "Liceo Scientifico Galilei",
        "Torino",
        ["mathematics", "physics"],
        ["upper-secondary"],
        ["it", "en"],
        False,
        [],
    ),
    (
        "Anna Svensson",
        "anna@example.eu",
        "se",
        "Ekbackens förskola",
        "Uppsala",
        ["visual-arts"],
        ["early-childhood"],
        ["sv", "en"],
        True,
        [],
    ),
    (
        "Tomás Silva",
        "tomas@example.eu",
        "pt",
        "Escola Básica de Braga",
        "Braga",
        ["geography", "history"],
        ["lower-secondary"],
        ["pt", "es", "en"],
        False,
        [],
    ),
    (
        "Kateřina Dvořáková",
        "katerina@example.eu",
        "cz",
        "Základní škola Brno",
        "Brno",
        ["physical-education"],
        ["primary", "lower-secondary"],
        ["cs", "sk", "de"],
        True,
        [],
    ),
]


def build_members():
    """Create or update the demo members; returns {what: count} for the summary."""
    terms = {
        model: {term.slug: term for term in model.objects.filter(**canonical_terms())}
        for model in (Country, Subject, EducationLevel, MaterialLanguage)
    }
    users = get_user_model().objects
    for (
        name,
        email,
        country,
        school,
        town,
        subjects,
        levels,
        languages,
        verified,
        moderates,
    ) in MEMBERS:
        user, created = users.get_or_create(username=email, defaults={"email": email})
        if created:
            user.set_password(DEMO_MEMBER_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        profile, _created = Profile.objects.update_or_create(
            user=user,
            defaults={
                "name": name,
                "country": terms[Country][country],
                "school_name": school,
                "school_town": town,
                "school_type": SchoolType.PRIMARY if "primary" in levels else SchoolType.SECONDARY,
                "role": SchoolRole.TEACHER,
                "bio": f"{name} teaches in {town} and looks for partner schools for eTwinning-style"
                " projects.",
                "verified_at": timezone.now() if verified else None,
                "country_visibility": Visibility.PUBLIC,
                "name_visibility": Visibility.PUBLIC if verified else Visibility.MEMBERS,
            },
        )
        profile.subjects.set([terms[Subject][slug] for slug in subjects])
        profile.levels.set([terms[EducationLevel][slug] for slug in levels])
        profile.languages.set([terms[MaterialLanguage][code] for code in languages])
        profile.moderated_countries.set([terms[Country][code] for code in moderates])
    return {"members": len(MEMBERS)}

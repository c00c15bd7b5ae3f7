"""Members' profiles, their consents and their requests to be verified as teachers."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from taxonomies.models import canonical_terms, country_field


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Members only")
    PRIVATE = "private", _("Only me")


class SchoolType(models.TextChoices):
    EARLY_CHILDHOOD = "early_childhood", _("Early childhood education")
    PRIMARY = "primary", _("Primary school")
    SECONDARY = "secondary", _("Secondary school")
    VOCATIONAL = "vocational", _("Vocational school")
    SPECIAL_NEEDS = "special_needs", _("Special needs school")
    TEACHER_EDUCATION = "teacher_education", _("Teacher education institution")
    OTHER = "other", _("Other")


class SchoolRole(models.TextChoices):
    TEACHER = "teacher", _("Teacher")
    HEAD_TEACHER = "head_teacher", _("Head teacher")
    DEPUTY_HEAD = "deputy_head", _("Deputy head teacher")
    LIBRARIAN = "librarian", _("School librarian")
    ICT_COORDINATOR = "ict_coordinator", _("ICT coordinator")
    COUNSELLOR = "counsellor", _("School counsellor")
    TEACHER_EDUCATOR = "teacher_educator", _("Teacher educator")
    OTHER = "other", _("Other school staff")


def photo_path(profile, filename):
    # A random name: the address of a photo reveals nothing and cannot be guessed.
    return f"members/photos/{uuid.uuid4().hex}.jpg"


def visibility_field(label, default=Visibility.MEMBERS):
    return models.CharField(label, max_length=8, choices=Visibility.choices, default=default)


class Profile(models.Model):
    """What a member tells about themselves; each part has its own visibility."""

    # The parts a member can show or hide, each with a ``<part>_visibility`` field.
    PARTS = ("name", "country", "school", "role", "teaching", "languages", "bio", "photo")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(pgettext_lazy("person", "name"), max_length=120)
    country = country_field()
    school_name = models.CharField(_("school"), max_length=200, blank=True)
    school_town = models.CharField(_("town"), max_length=100, blank=True)
    school_type = models.CharField(
        _("type of school"), max_length=20, choices=SchoolType.choices, blank=True
    )
    role = models.CharField(_("role"), max_length=20, choices=SchoolRole.choices, blank=True)
    subjects = models.ManyToManyField(
        "taxonomies.Subject",
        verbose_name=_("subjects"),
        blank=True,
        related_name="+",
        limit_choices_to=canonical_terms,
    )
    levels = models.ManyToManyField(
        "taxonomies.EducationLevel",
        verbose_name=_("education levels"),
        blank=True,
        related_name="+",
        limit_choices_to=canonical_terms,
    )
    languages = models.ManyToManyField(
        "taxonomies.MaterialLanguage",
        verbose_name=_("languages spoken"),
        blank=True,
        related_name="+",
        limit_choices_to=canonical_terms,
    )
    bio = models.TextField(_("about me"), max_length=1000, blank=True)
    photo = models.ImageField(_("photo"), upload_to=photo_path, blank=True)
    name_visibility = visibility_field(_("who sees my name"))
    country_visibility = visibility_field(_("who sees my country"))
    school_visibility = visibility_field(_("who sees my school"))
    role_visibility = visibility_field(_("who sees my role"))
    teaching_visibility = visibility_field(_("who sees my subjects and levels"))
    languages_visibility = visibility_field(_("who sees my languages"))
    bio_visibility = visibility_field(_("who sees my introduction"))
    photo_visibility = visibility_field(_("who sees my photo"))
    language = models.CharField(
        _("language for e-mails"), max_length=8, default=settings.LANGUAGE_CODE
    )
    verified_at = models.DateTimeField(_("verified as a teacher"), null=True, blank=True)
    moderated_countries = models.ManyToManyField(
        "taxonomies.Country",
        verbose_name=_("national moderator for"),
        blank=True,
        related_name="moderators",
        limit_choices_to=canonical_terms,
        help_text=_("Countries whose members' verification requests this member decides."),
    )
    created_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    @property
    def is_verified(self):
        return self.verified_at is not None

    def visibility_of(self, part):
        return getattr(self, f"{part}_visibility")


class Consent(models.Model):
    """A member's acceptance of one version of a document, kept with its time."""

    class Document(models.TextChoices):
        TERMS = "terms", _("Terms of use")
        PRIVACY = "privacy", _("Privacy notice")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    document = models.CharField(_("document"), max_length=16, choices=Document.choices)
    version = models.CharField(_("version"), max_length=32)
    accepted_at = models.DateTimeField(_("accepted"), auto_now_add=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-accepted_at"]

    def __str__(self):
        return f"{self.get_document_display()} {self.version}"


class VerificationRequest(models.Model):
    """A member's request to be verified as a teacher, decided by a national moderator of the
    member's country. The decision stays (with the moderator's reason) when the member leaves."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="verification_requests",
    )
    country = models.ForeignKey(
        "taxonomies.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=canonical_terms,
    )
    school_name = models.CharField(_("school"), max_length=200)
    school_town = models.CharField(_("town"), max_length=100)
    school_type = models.CharField(_("type of school"), max_length=20, choices=SchoolType.choices)
    role = models.CharField(_("role"), max_length=20, choices=SchoolRole.choices)
    evidence = models.TextField(
        _("how we can check"),
        max_length=1000,
        blank=True,
        help_text=_("For example your school's web page that lists staff, or a colleague to ask."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    reason = models.TextField(_("reason"), max_length=1000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)

    class Meta:
        verbose_name = _("verification request")
        verbose_name_plural = _("verification requests")
        ordering = ["created_at", "pk"]

    def __str__(self):
        # No personal data: this label is kept in the audit log after the member leaves.
        return _("Verification request %(number)s") % {"number": self.pk}

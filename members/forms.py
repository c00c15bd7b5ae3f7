"""Forms members fill in: sign-up (with consent), profile, verification request, decisions."""

from allauth.account.forms import SignupForm as AccountSignupForm
from allauth.socialaccount.forms import SignupForm as SocialAccountSignupForm
from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from members.models import Consent, Profile, VerificationRequest
from members.photos import clean_photo
from taxonomies.forms import localize_term_choices


class MembershipFields(forms.Form):
    """What every new member gives besides the credentials: a name and their consent."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        help_text=_("As colleagues will see it, e.g. Maria Papadopoulou."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    adult_staff = forms.BooleanField(
        label=_("I am an adult and I work in school education."),
        error_messages={"required": _("Accounts are for adults working in school education.")},
    )
    accept_terms = forms.BooleanField(
        label=_("I accept the terms of use and the privacy notice."),
        error_messages={"required": _("Please accept the terms of use and the privacy notice.")},
    )

    field_order = ["name", "email", "password1", "password2", "adult_staff", "accept_terms"]

    def signup(self, request, user):
        """Called by django-allauth once the account exists."""
        Profile.objects.create(
            user=user, name=self.cleaned_data["name"], language=request.LANGUAGE_CODE
        )
        Consent.objects.bulk_create(
            Consent(user=user, document=document, version=settings.TERMS_VERSION)
            for document in Consent.Document.values
        )


class SignupForm(MembershipFields, AccountSignupForm):
    pass


class SocialSignupForm(MembershipFields, SocialAccountSignupForm):
    pass


class ProfileForm(forms.ModelForm):
    # A plain file field: ``members.photos`` decides what is an acceptable photo, by content.
    photo = forms.FileField(
        label=capfirst(_("photo")),  # as a model field's label would be
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_("JPEG, PNG or WebP, at most 5 MB. We remove the data cameras store in it."),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)

    class Meta:
        model = Profile
        fields = [
            "name",
            "name_visibility",
            "country",
            "country_visibility",
            "school_name",
            "school_town",
            "school_type",
            "school_visibility",
            "role",
            "role_visibility",
            "subjects",
            "levels",
            "teaching_visibility",
            "languages",
            "languages_visibility",
            "bio",
            "bio_visibility",
            "photo",
            "photo_visibility",
        ]
        widgets = {
            "subjects": forms.CheckboxSelectMultiple,
            "levels": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "bio": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {
            "bio": _("A few sentences about your teaching; at most 1,000 characters."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.photo_before = self.instance.photo.name  # the file to delete once replaced
        localize_term_choices(self.fields)

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and photo != self.instance.photo:
            return clean_photo(photo)
        return photo

    def save(self, commit=True):
        profile = super().save(commit=False)
        if self.cleaned_data.get("remove_photo"):
            profile.photo = ""
        if commit:
            profile.save()
            self.save_m2m()
            if self.photo_before and self.photo_before != profile.photo.name:
                profile.photo.storage.delete(self.photo_before)
        return profile


class VerificationRequestForm(forms.ModelForm):
    class Meta:
        model = VerificationRequest
        fields = ["country", "school_name", "school_town", "school_type", "role", "evidence"]
        widgets = {"evidence": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        localize_term_choices(self.fields)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (VerificationRequest.Status.APPROVED, _("Approve")),
            (VerificationRequest.Status.REJECTED, _("Reject")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when you reject; the member receives it."),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("decision") == VerificationRequest.Status.REJECTED
            and not cleaned.get("reason", "").strip()
        ):
            self.add_error("reason", _("Please tell the member why you reject the request."))
        return cleaned


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and my personal data will be erased for good."),
        error_messages={"required": _("Please confirm that you want to delete your account.")},
    )
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if not user.has_usable_password():  # signed up through single sign-on
            del self.fields["password"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."))
        return password

"""Validation of the identifiers publications carry: ISBN-10/13 and DOI."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DOI_PATTERN = re.compile(r"^10\.\d{4,9}/\S+$")


def normalised_isbn(value):
    return re.sub(r"[\s-]", "", value).upper()


def isbn_is_valid(value):
    digits = normalised_isbn(value)
    if re.fullmatch(r"\d{13}", digits):
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
        return total % 10 == 0
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if d == "X" else int(d)) for i, d in enumerate(digits))
        return total % 11 == 0
    return False


def validate_isbn(value):
    if not isbn_is_valid(value):
        raise ValidationError(
            _("Enter a valid ISBN: 10 or 13 digits whose check digit matches."), code="isbn"
        )


def validate_doi(value):
    if not DOI_PATTERN.match(value.strip()):
        raise ValidationError(
            _("Enter a DOI such as 10.2766/123456, without https://doi.org/."), code="doi"
        )

"""Profile photos: accepted by content (never by file name), bounded in size and pixels, and
re-encoded, which drops EXIF data (camera, place, time) and anything hidden in the file."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000
MIN_SIDE = 64
OUTPUT_SIDE = 600
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}


def clean_photo(upload):
    """A ``ContentFile`` with the photo as a square-bounded JPEG without metadata, or a
    ``ValidationError`` with a message the member can act on."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The photo is too large: at most %(megabytes)s MB, please."),
            code="too_large",
            params={"megabytes": MAX_BYTES // (1024 * 1024)},
        )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("This file is not a photo we can read. Please upload a JPEG, PNG or WebP image."),
            code="not_an_image",
        ) from None
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("This file is not a photo we can read. Please upload a JPEG, PNG or WebP image."),
            code="not_an_image",
        )
    if width * height > MAX_PIXELS:
        raise ValidationError(
            _("The photo has too many pixels: at most %(megapixels)s million, please."),
            code="too_many_pixels",
            params={"megapixels": MAX_PIXELS // 1_000_000},
        )
    if min(width, height) < MIN_SIDE:
        raise ValidationError(
            _("The photo is too small: at least %(pixels)s pixels on each side, please."),
            code="too_small",
            params={"pixels": MIN_SIDE},
        )
    upload.seek(0)
    with Image.open(upload) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        image.thumbnail((OUTPUT_SIDE, OUTPUT_SIDE))
        output = io.BytesIO()
        image.save(output, "JPEG", quality=85, optimize=True)
    return ContentFile(output.getvalue(), name="photo.jpg")

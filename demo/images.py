"""Generated demo pictures: calm abstract compositions drawn with Pillow, one per page, so the
demo needs no downloaded photos. Each carries a description that serves as alternative text."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

PALETTES = [
    ("#0b4f8a", "#f2b705", "#eef3f8"),
    ("#1d6b52", "#f28c28", "#eef6f1"),
    ("#6b2c7a", "#3fb5a4", "#f4eef6"),
    ("#8a2b0b", "#2f80c2", "#f8f0ec"),
]


def demo_image(key, title, description, size=(1200, 675)):
    """The image for ``key`` (created once), titled and described for screen readers."""
    model = get_image_model()
    image = model.objects.filter(title=title).first()
    if image is not None:
        return image
    seed = hashlib.sha256(key.encode()).digest()
    ink, accent, ground = PALETTES[seed[0] % len(PALETTES)]
    picture = Image.new("RGB", size, ground)
    draw = ImageDraw.Draw(picture)
    width, height = size
    for index in range(6):
        x = seed[index + 1] / 255 * width
        y = seed[index + 7] / 255 * height
        radius = 60 + seed[index + 13] % 200
        colour = ink if index % 2 else accent
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    draw.rectangle((0, height - 40, width, height), fill=ink)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    image = model(title=title, description=description)
    image.file = ImageFile(buffer, name=f"{key}.png")
    image.save()
    return image

"""E-mails the platform sends members about decisions, in the member's own language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from cms.core.mail import send_later


def notify(user, template, context):
    """Render ``<template>_subject.txt`` and ``<template>_message.txt`` in the member's language
    and queue the message."""
    language = getattr(getattr(user, "profile", None), "language", settings.LANGUAGE_CODE)
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_message.txt", context)
    send_later(
        EmailMessage(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, [user.email])
    )

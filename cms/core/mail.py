"""E-mail leaves the request through the task queue: a slow or unreachable mail server never
delays or breaks a page. Messages are rendered (and translated) in the request; the task only
delivers them."""

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def deliver_email(*, subject, body, from_email, to, html=None):
    message = EmailMultiAlternatives(subject, body, from_email, to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def send_later(message):
    """Queue a rendered ``EmailMessage`` for delivery."""
    html = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", [])
            if mimetype == "text/html"
        ),
        None,
    )
    deliver_email.enqueue(
        subject=str(message.subject),
        body=message.body,
        from_email=message.from_email,
        to=list(message.to),
        html=html,
    )

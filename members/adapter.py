"""django-allauth's account adapter, with e-mails sent through the task queue."""

from allauth.account.adapter import DefaultAccountAdapter

from cms.core.mail import send_later


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        send_later(self.render_mail(template_prefix, email, context))
